// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include "ct/safety/notice.h"

#include <QDateTime>
#include <QString>

namespace ct::safety {

/// \brief One hand-off to the delivery system: the notice of one alert for one subscription area.
struct OutboxEntry
{
    enum class State { Pending, HandedOver, Cancelled };

    qint64 id = 0;
    qint64 alertId = 0;
    QString areaId;
    QString areaName;
    QString areaKind;
    qint64 recipients = 0;   //!< the area's subscribers when the alert was published
    QDateTime createdAt;     //!< UTC
    State state = State::Pending;
    Notice notice;
};

QString outboxStateKey(OutboxEntry::State state);  //!< "pending", "handed-over", "cancelled"

} // namespace ct::safety
