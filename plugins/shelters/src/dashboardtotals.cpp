// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "dashboardtotals.h"

#include <algorithm>

namespace ct::shelters {

DashboardTotals DashboardTotals::of(const std::vector<ShelterRecord> &records)
{
    DashboardTotals t;
    for (const ShelterRecord &r : records) {
        ++t.shelters;
        t.capacity += r.capacity;
        t.evacuees += r.occupancy;
        t.medicalCount += r.medicalCount;
        t.openRequests += r.openRequests;
        t.unacknowledgedRequests += r.unacknowledgedRequests;
        if (r.status == ShelterStatus::Open || r.status == ShelterStatus::Full)
            ++t.openShelters;
        if (ShelterLifecycle::isActive(r.status)) {
            ++t.activeShelters;
            t.loadKw += r.loadKw;
            if (r.hasShortage())
                ++t.shortages;
        }
        if (ShelterLifecycle::admitsEvacuees(r.status)) {
            t.openCapacity += r.capacity;
            t.freePlaces += std::max(0, r.capacity - r.occupancy);
        }
        if (r.congestion.isOverCapacity())
            ++t.overCapacity;
        if (r.hasNoPower())
            ++t.noPower;
    }
    return t;
}

} // namespace ct::shelters
