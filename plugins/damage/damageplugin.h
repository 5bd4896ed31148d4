// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include "ct/pluginapi/domainplugin.h"

#include <QObject>

namespace ct::damage {

/// \brief The damage domain: reports from shelter staff and residents on the map, their triage
/// queue in a panel, the road closures verified reports impose, and the damage section of the
/// situation report.
class DamagePlugin : public QObject, public plugin::DomainPlugin
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID CityTwinDomainPlugin_iid FILE "damage.json")
    Q_INTERFACES(ct::plugin::DomainPlugin)

public:
    /// Registers the panel's C++ types under the QML URI CityTwin.Damage 1.0.
    core::Status initialise(const plugin::PluginContext &context) override;
    std::vector<plugin::LayerDescriptor> layers() const override;
    QUrl panel() const override;
    store::MigrationList migrations() const override;
    std::vector<plugin::ReportSection> reportSections(const plugin::ReportContext &context) const override;
};

} // namespace ct::damage
