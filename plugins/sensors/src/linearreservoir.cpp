// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "linearreservoir.h"

#include <algorithm>
#include <cmath>

namespace ct::sensors {

LinearReservoir::LinearReservoir(double areaKm2, double runoffCoefficient, double storageSeconds, double baseFlow)
    : m_area(areaKm2), m_coefficient(runoffCoefficient), m_storage(std::max(storageSeconds, 1.0)), m_baseFlow(baseFlow)
{
}

double LinearReservoir::equilibrium(double intensityMmPerHour, double areaKm2, double runoffCoefficient)
{
    return runoffCoefficient * intensityMmPerHour * areaKm2 / 3.6;
}

void LinearReservoir::advance(double seconds, double intensityMmPerHour)
{
    if (seconds <= 0.0)
        return;
    const double target = equilibrium(intensityMmPerHour, m_area, m_coefficient);
    m_direct = target + (m_direct - target) * std::exp(-seconds / m_storage);
}

double LinearReservoir::constantRainDischarge(double intensityMmPerHour, double areaKm2, double runoffCoefficient, double storageSeconds,
                                              double baseFlow, double seconds)
{
    return baseFlow + equilibrium(intensityMmPerHour, areaKm2, runoffCoefficient) * (1.0 - std::exp(-seconds / storageSeconds));
}

double LinearReservoir::defaultStorageHours(double areaKm2)
{
    return 0.35 * std::pow(std::max(areaKm2, 0.01), 0.4);
}

} // namespace ct::sensors
