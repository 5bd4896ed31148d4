// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include "ct/pluginapi/domainplugin.h"

#include <QObject>

namespace ct::shelters {

/// \brief The shelters domain: the twin's evacuation shelters on the map coloured by congestion,
/// their lifecycle, occupancy, stock, power and medical counts, requests and messages between
/// HQ and shelter staff (the HQ dashboard panel), a simulation model of shelter occupancy, and
/// the shelters' part of the situation report. The logic lives in the static library
/// ct_shelters_domain (plugins/shelters/src), which the tests link as well.
class SheltersPlugin : public QObject, public plugin::DomainPlugin
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID CityTwinDomainPlugin_iid FILE "shelters.json")
    Q_INTERFACES(ct::plugin::DomainPlugin)

public:
    //! Registers the panel's C++ types under the QML module CityTwin.Shelters 1.0.
    core::Status initialise(const plugin::PluginContext &context) override;
    std::vector<plugin::LayerDescriptor> layers() const override;
    QUrl panel() const override;
    store::MigrationList migrations() const override;
    std::vector<std::shared_ptr<plugin::SimulationModelFactory>> simulationModels() const override;
    std::vector<std::shared_ptr<plugin::FeatureStateSource>> featureStateSources() const override;
    std::vector<plugin::ReportSection> reportSections(const plugin::ReportContext &context) const override;
};

} // namespace ct::shelters
