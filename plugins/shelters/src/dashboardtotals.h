// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include "shelterrecord.h"

#include <vector>

namespace ct::shelters {

/// \brief The headline figures of the HQ dashboard, over every shelter (filters do not apply).
struct DashboardTotals
{
    int shelters = 0;            //!< shelters in the registry
    int openShelters = 0;        //!< open or full (housing people and staffed)
    int activeShelters = 0;      //!< opening, open, full or closing
    int evacuees = 0;            //!< persons checked in, all shelters
    int capacity = 0;            //!< capacity of every shelter
    int openCapacity = 0;        //!< capacity of the shelters that admit evacuees (opening, open, full)
    int freePlaces = 0;          //!< Σ max(0, capacity − occupancy) over those
    int overCapacity = 0;        //!< shelters above capacity
    int noPower = 0;             //!< active shelters without electricity
    int shortages = 0;           //!< active shelters with at least one shortage
    int medicalCount = 0;        //!< persons needing continued care, all shelters
    double loadKw = 0.0;         //!< estimated load of all active shelters
    int openRequests = 0;        //!< requested, acknowledged or dispatched
    int unacknowledgedRequests = 0;

    static DashboardTotals of(const std::vector<ShelterRecord> &records);
};

} // namespace ct::shelters
