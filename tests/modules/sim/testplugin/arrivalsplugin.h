// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

// A real domain plugin library for the tests (loaded by citytwin-cli simulate --plugin-path):
// it brings one simulation model, the arrivals counter of the sim tests.

#include "ct/pluginapi/domainplugin.h"

#include <QObject>

namespace ct::sim::test {

class ArrivalsPlugin : public QObject, public plugin::DomainPlugin
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID CityTwinDomainPlugin_iid FILE "arrivals.json")
    Q_INTERFACES(ct::plugin::DomainPlugin)

public:
    std::vector<std::shared_ptr<plugin::SimulationModelFactory>> simulationModels() const override;
};

} // namespace ct::sim::test
