// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include "ct/pluginapi/domainplugin.h"

#include <QObject>

namespace ct::sensors {

/// \brief The sensors domain: river gauges, weather stations and infrastructure sensors on the
/// map, and the readings table. Ingest and alarms arrive with the infrastructure issue.
class SensorsPlugin : public QObject, public plugin::DomainPlugin
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID CityTwinDomainPlugin_iid FILE "sensors.json")
    Q_INTERFACES(ct::plugin::DomainPlugin)

public:
    std::vector<plugin::LayerDescriptor> layers() const override;
    QUrl panel() const override;
    store::MigrationList migrations() const override;
};

} // namespace ct::sensors
