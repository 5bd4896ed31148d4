// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include "ct/pluginapi/domainplugin.h"

#include <QObject>

namespace ct::assets {

/// \brief The assets domain: the inventory of bridges, pavement and pipes on the map coloured by
/// condition grade, and the maintenance planner's panel (plan under a budget, preventive vs
/// reactive life-cycle cost, saving the plan).
class AssetsPlugin : public QObject, public plugin::DomainPlugin
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID CityTwinDomainPlugin_iid FILE "assets.json")
    Q_INTERFACES(ct::plugin::DomainPlugin)

public:
    /// Registers the panel's C++ types under the QML URI CityTwin.Assets 1.0.
    core::Status initialise(const plugin::PluginContext &context) override;
    std::vector<plugin::LayerDescriptor> layers() const override;
    QUrl panel() const override;
    store::MigrationList migrations() const override;
    //! The inventory CSV (File → Import, citytwin-cli import), action "assets.import".
    std::vector<std::shared_ptr<plugin::Importer>> importers() const override;
    //! The inventory by grade and the latest saved plan (AssetReport).
    std::vector<plugin::ReportSection> reportSections(const plugin::ReportContext &context) const override;
};

} // namespace ct::assets
