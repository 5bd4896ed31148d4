// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include "ct/safety/alertstatus.h"

#include <QDateTime>
#include <QList>

namespace ct::safety {

/// \brief Which alerts to read (before the access rules, which always apply).
struct AlertFilter
{
    QDateTime from;                 //!< occurred at or after; invalid = no lower bound
    QDateTime to;                   //!< occurred before; invalid = no upper bound
    QList<AlertStatus> statuses;    //!< empty = every status
    qint64 id = 0;                  //!< only this alert; 0 = all
};

} // namespace ct::safety
