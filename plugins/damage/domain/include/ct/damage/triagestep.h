// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include "ct/core/actor.h"
#include "ct/damage/triagestate.h"

#include <QDateTime>
#include <QString>

namespace ct::damage {

/// \brief One step of a report through the queue (`damage_triage_step`): the entry itself
/// (from nothing to new) and every transition after it.
struct TriageStep
{
    qint64 id = 0;
    qint64 reportFid = 0;
    bool hasFrom = false;             //!< false for the entry step
    TriageState from = TriageState::New;
    TriageState to = TriageState::New;
    QDateTime at;                     //!< UTC
    QString operatorName;
    core::Role role = core::Role::System;
    QString note;                     //!< assignee, original fid or a free note
};

} // namespace ct::damage
