// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include <QDateTime>
#include <QString>

namespace ct::fleets {

/// \brief Where a request would go: the vehicle, when it would be picked up and set down, and
/// how much driving its insertion adds (s).
struct DispatchProposal
{
    qint64 requestId = 0;
    QString vehicleId;
    QDateTime pickupEta;
    QDateTime dropoffEta;
    double detourSeconds = 0.0;  //!< driving added to the vehicle's route
    double directSeconds = 0.0;  //!< pick-up → drop-off without detour
    double waitSeconds = 0.0;    //!< pick-up ETA − earliest pick-up
};

} // namespace ct::fleets
