// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include "ct/pluginapi/domainplugin.h"

#include <QObject>

namespace ct::shelters {

/// \brief The shelters domain: the twin's evacuation shelters on the map, their status table.
/// Status lifecycle, occupancy and stockpiles arrive with the disaster-headquarters issue.
class SheltersPlugin : public QObject, public plugin::DomainPlugin
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID CityTwinDomainPlugin_iid FILE "shelters.json")
    Q_INTERFACES(ct::plugin::DomainPlugin)

public:
    std::vector<plugin::LayerDescriptor> layers() const override;
    QUrl panel() const override;
    store::MigrationList migrations() const override;
};

} // namespace ct::shelters
