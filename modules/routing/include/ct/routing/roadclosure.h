// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include <QDateTime>
#include <QString>

namespace ct::routing {

/// \brief One row of the twin's `road_closure` table: a road of the `roads` layer closed in the
/// live (operational) state from `since` until `until` (open-ended while `until` is invalid).
struct RoadClosure
{
    qint64 id = 0;         //!< row id
    qint64 roadFid = 0;    //!< fid of the feature in the `roads` layer
    QString source;        //!< who closed it, e.g. "damage:12" (a damage report) or "cli"
    QString reason;        //!< free text for operators, e.g. "road_blocked"
    QDateTime since;       //!< UTC
    QDateTime until;       //!< UTC; invalid while the closure is active

    bool isActiveAt(const QDateTime &at) const { return since <= at && (!until.isValid() || until > at); }
};

} // namespace ct::routing
