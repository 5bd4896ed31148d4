// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include "ct/core/result.h"
#include "ct/pluginapi/featurestatesource.h"
#include "ct/pluginapi/importer.h"
#include "ct/pluginapi/layerdescriptor.h"
#include "ct/pluginapi/overlaysource.h"
#include "ct/pluginapi/plugincontext.h"
#include "ct/pluginapi/reportsection.h"
#include "ct/pluginapi/simulationmodel.h"
#include "ct/store/migration.h"

#include <QtPlugin>
#include <QUrl>

#include <memory>
#include <vector>

namespace ct::plugin {

/// \brief The interface a service domain (shelters, hydrogen buses, safety, sensors, fleets)
/// implements to join the console.
///
/// A plugin is a factory: the console asks it for what it brings. Each optional part is declared
/// in the plugin's metadata JSON under "capabilities" ("layers", "panel", "migrations",
/// "importers", "simulation", "states", "report", "overlays"); the console only asks for the parts declared.
class DomainPlugin
{
public:
    virtual ~DomainPlugin() = default;

    /// Called once after loading; an error here is listed in Help → Plugins and the log, and the
    /// console goes on without the plugin. The default has nothing to prepare.
    virtual core::Status initialise(const PluginContext &context)
    {
        Q_UNUSED(context);
        return core::Status::success();
    }

    /// Feature tables this domain shows.
    virtual std::vector<LayerDescriptor> layers() const { return {}; }
    /// qrc URL of the domain's QML panel (a component taking `required property var twin`).
    virtual QUrl panel() const { return {}; }
    /// Forward schema steps of the domain's own tables, recorded under the plugin id.
    virtual store::MigrationList migrations() const { return {}; }
    virtual std::vector<std::shared_ptr<Importer>> importers() const { return {}; }
    /// The domain's simulation models ("simulation" capability): factories of ct::sim::Model run
    /// beside the evacuation (see simulationmodel.h).
    virtual std::vector<std::shared_ptr<SimulationModelFactory>> simulationModels() const { return {}; }
    /// Live per-feature state of the domain's layers ("states" capability), for the map in live
    /// mode (see featurestatesource.h).
    virtual std::vector<std::shared_ptr<FeatureStateSource>> featureStateSources() const { return {}; }
    /// Layers of the main map computed for the signed-in operator ("overlays" capability), e.g.
    /// the alerts that operator may see and their hotspot surface (see overlaysource.h).
    virtual std::vector<std::shared_ptr<OverlaySource>> overlaySources() const { return {}; }
    /// The domain's sections of the situation report ("report" capability), read from the open
    /// twin at `context.at`; must not write to the store.
    virtual std::vector<ReportSection> reportSections(const ReportContext &context) const
    {
        Q_UNUSED(context);
        return {};
    }
};

} // namespace ct::plugin

#define CityTwinDomainPlugin_iid "org.citytwin.DomainPlugin/1.0"
Q_DECLARE_INTERFACE(ct::plugin::DomainPlugin, CityTwinDomainPlugin_iid)
