// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include "ct/pluginapi/domainplugin.h"

#include <QObject>

namespace ct::safety {

/// \brief The community-safety domain: schools, their districts, police boxes and streetlights on
/// the map, and the alert tables (personal data in a table of its own, so that who-sees-what can
/// be enforced by the store). The domain logic lives in the ct_safety library; this class only
/// hands its parts to the console.
class SafetyPlugin : public QObject, public plugin::DomainPlugin
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID CityTwinDomainPlugin_iid FILE "safety.json")
    Q_INTERFACES(ct::plugin::DomainPlugin)

public:
    core::Status initialise(const plugin::PluginContext &context) override;
    std::vector<plugin::LayerDescriptor> layers() const override;
    QUrl panel() const override;
    store::MigrationList migrations() const override;
    std::vector<std::shared_ptr<plugin::Importer>> importers() const override;
    std::vector<std::shared_ptr<plugin::SimulationModelFactory>> simulationModels() const override;
    /// The alerts and their hotspot surface on the main map, for the signed-in operator.
    std::vector<std::shared_ptr<plugin::OverlaySource>> overlaySources() const override;
};

} // namespace ct::safety
