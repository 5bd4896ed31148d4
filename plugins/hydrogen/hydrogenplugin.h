// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include "ct/pluginapi/domainplugin.h"

#include <QObject>

namespace ct::hydrogen {

/// \brief The hydrogen domain: fuel-cell buses (each can power a shelter, 9 kW, ≈ 235 kWh per
/// tank) and the hydrogen station. Power dispatch arrives with the disaster-headquarters issue.
class HydrogenPlugin : public QObject, public plugin::DomainPlugin
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID CityTwinDomainPlugin_iid FILE "hydrogen.json")
    Q_INTERFACES(ct::plugin::DomainPlugin)

public:
    std::vector<plugin::LayerDescriptor> layers() const override;
    QUrl panel() const override;
    store::MigrationList migrations() const override;
};

} // namespace ct::hydrogen
