// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "fleetsplugin.h"

#include "dispatchcontroller.h"
#include "fleetcontroller.h"
#include "plannedpathoverlaysource.h"
#include "vehicleoverlaysource.h"
#include "vehicletrackoverlaysource.h"

#include "ct/fleets/adherencemodel.h"
#include "ct/fleets/fleetschema.h"
#include "ct/fleets/logistics/droneflightcheck.h"
#include "ct/fleets/logistics/logisticsmodelfactory.h"
#include "ct/fleets/logistics/robotdeliverycheck.h"
#include "ct/fleets/logistics/supermarketetamodel.h"
#include "ct/fleets/logistics/supermarketroundeditor.h"
#include "ct/fleets/realtimefeedpoller.h"
#include "ct/fleets/fixedroutemodelfactory.h"
#include "ct/fleets/gtfsimporter.h"
#include "ct/fleets/ondemandmodelfactory.h"
#include "ct/fleets/vehiclepositionimporter.h"

#include <QtQml/qqml.h>

namespace ct::fleets {

using plugin::LayerDescriptor;

// The name from the metadata JSON, marked for translation (Help → Plugins, panel tabs).
[[maybe_unused]] const char *const kDisplayName = QT_TRANSLATE_NOOP("PluginNames", "Mobility fleets");

core::Status FleetsPlugin::initialise(const plugin::PluginContext &context)
{
    Q_UNUSED(context);
    // Types for the panel's QML, which the console loads from this plugin's resources.
    qmlRegisterType<FleetController>("CityTwin.Fleets", 1, 0, "FleetController");
    qmlRegisterType<DispatchController>("CityTwin.Fleets", 1, 0, "DispatchController");
    qmlRegisterUncreatableType<VehicleListModel>("CityTwin.Fleets", 1, 0, "VehicleListModel",
                                                 QStringLiteral("the list belongs to a FleetController"));
    // The live page (LivePage.qml): GTFS-Realtime polling, schedule adherence, supermarket ETAs.
    qmlRegisterType<RealtimeFeedPoller>("CityTwin.Fleets", 1, 0, "RealtimeFeedPoller");
    qmlRegisterType<AdherenceModel>("CityTwin.Fleets", 1, 0, "AdherenceModel");
    qmlRegisterType<SupermarketEtaModel>("CityTwin.Fleets", 1, 0, "SupermarketEtaModel");
    qmlRegisterType<SupermarketRoundEditor>("CityTwin.Fleets", 1, 0, "SupermarketRoundEditor");
    qmlRegisterType<DroneFlightCheck>("CityTwin.Fleets", 1, 0, "DroneFlightCheck");
    qmlRegisterType<RobotDeliveryCheck>("CityTwin.Fleets", 1, 0, "RobotDeliveryCheck");
    return core::Status::success();
}

std::vector<LayerDescriptor> FleetsPlugin::layers() const
{
    const QString owner = QStringLiteral("fleets");
    return {LayerDescriptor::lines(QStringLiteral("bus_routes"), QStringLiteral(QT_TRANSLATE_NOOP("LayerTitles", "Bus routes")), owner,
                                   QStringLiteral("#e67e22"), 10, 40),
            LayerDescriptor::points(QStringLiteral("bus_stops"), QStringLiteral(QT_TRANSLATE_NOOP("LayerTitles", "Bus stops")), owner,
                                    QStringLiteral("#c0641a"), LayerDescriptor::Symbol::Square, 8, 70, QStringLiteral("name")),
            LayerDescriptor::lines(QStringLiteral("gtfs_shapes"), QStringLiteral(QT_TRANSLATE_NOOP("LayerTitles", "GTFS route shapes")), owner,
                                   QStringLiteral("#8e44ad"), 8, 41),
            LayerDescriptor::points(QStringLiteral("gtfs_stops"), QStringLiteral(QT_TRANSLATE_NOOP("LayerTitles", "GTFS stops")), owner,
                                    QStringLiteral("#6c3483"), LayerDescriptor::Symbol::Circle, 7, 71, QStringLiteral("name")),
            LayerDescriptor::areas(QStringLiteral("no_fly_zones"), QStringLiteral(QT_TRANSLATE_NOOP("LayerTitles", "No-fly zones")), owner,
                                   QStringLiteral("#f5b7b1"), QStringLiteral("#c0392b"), 3, 30)};
}

QUrl FleetsPlugin::panel() const
{
    return QUrl(QStringLiteral("qrc:/citytwin/plugins/fleets/Panel.qml"));
}

store::MigrationList FleetsPlugin::migrations() const
{
    return FleetSchema::migrations();
}

std::vector<std::shared_ptr<plugin::Importer>> FleetsPlugin::importers() const
{
    return {std::make_shared<GtfsImporter>(), std::make_shared<VehiclePositionImporter>()};
}

std::vector<std::shared_ptr<plugin::SimulationModelFactory>> FleetsPlugin::simulationModels() const
{
    return {std::make_shared<FixedRouteModelFactory>(), std::make_shared<LogisticsModelFactory>(), std::make_shared<OnDemandModelFactory>()};
}

std::vector<std::shared_ptr<plugin::OverlaySource>> FleetsPlugin::overlaySources() const
{
    std::vector<std::shared_ptr<plugin::OverlaySource>> sources;
    for (VehicleKind kind : VehicleKinds::all())
        sources.push_back(std::make_shared<VehicleOverlaySource>(kind));
    sources.push_back(std::make_shared<VehicleTrackOverlaySource>());
    sources.push_back(std::make_shared<PlannedPathOverlaySource>());
    return sources;
}

} // namespace ct::fleets
