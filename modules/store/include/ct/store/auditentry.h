// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include "ct/core/actor.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace ct::store {

/// \brief One row of the audit log: who did what to which object, with the state before and after.
struct AuditEntry
{
    qint64 id = 0;
    QDateTime at;                 //!< UTC, millisecond precision
    QString operatorName;
    core::Role role = core::Role::System;
    QString action;               //!< "shelter.set-status", "layer.import", …
    QString target;               //!< "shelters/42", a file name, …
    QJsonObject before;
    QJsonObject after;
};

} // namespace ct::store
