// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include "ct/core/actor.h"
#include "ct/safety/alertstatus.h"

#include <QDateTime>
#include <QString>

namespace ct::safety {

/// \brief One lifecycle step of an alert: who moved it into which status, when and why.
struct AlertStep
{
    QDateTime at;             //!< UTC
    QString operatorName;
    core::Role role = core::Role::System;
    AlertStatus status = AlertStatus::Received;
    QString reason;
};

} // namespace ct::safety
