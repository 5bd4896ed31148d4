// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "arrivalsplugin.h"

#include "arrivalcounterfactory.h"

namespace ct::sim::test {

std::vector<std::shared_ptr<plugin::SimulationModelFactory>> ArrivalsPlugin::simulationModels() const
{
    return {std::make_shared<ArrivalCounterFactory>()};
}

} // namespace ct::sim::test
