// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include "ct/geo/point.h"

#include <QString>

#include <algorithm>

namespace ct::hydrogen {

/// \brief A shelter without grid power, as the dispatch optimiser sees it (one row of the twin's
/// view `shelter_power_need`, placed at the shelter's position).
struct ShelterNeed
{
    qint64 fid = 0;                   //!< feature id in `shelters`
    QString name;
    int capacity = 0;                 //!< persons
    int occupancy = 0;                //!< persons there now
    int medicalCount = 0;             //!< of them, persons with medical needs (oxygen, dialysis, cold chain)
    double loadKw = 0.0;              //!< the shelter's electrical load (kW); ≤ 0: needs no power
    double expectedOutageHours = 0.0; //!< from now; ≤ 0: unknown, taken as the whole horizon
    geo::Point position;              //!< EPSG:6677 metres

    /// The shelter's weight in the objective: occupancy × (1 + medicalFactor × medical share), i.e.
    /// occupancy + medicalFactor × medical_count — a person with medical needs counts
    /// (1 + medicalFactor) times. Medical counts above the occupancy are capped at it.
    double weight(double medicalFactor) const
    {
        const int people = std::max(occupancy, 0);
        const int medical = std::clamp(medicalCount, 0, people);
        return double(people) + medicalFactor * double(medical);
    }
};

} // namespace ct::hydrogen
