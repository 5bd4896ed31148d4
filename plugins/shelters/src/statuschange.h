// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include "shelterlifecycle.h"

#include <QDateTime>
#include <QString>

namespace ct::shelters {

/// \brief One row of `shelter_status_history`: a lifecycle step, when and by whom.
struct StatusChange
{
    qint64 id = 0;
    qint64 shelterFid = 0;
    ShelterStatus from = ShelterStatus::Closed;
    ShelterStatus to = ShelterStatus::Closed;
    QDateTime at;
    QString operatorName;
    QString role;
    int occupancy = 0;   //!< persons inside at the change
    QString note;
};

} // namespace ct::shelters
