// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "hydrogenplugin.h"

#include "ct/hydrogen/hydrogenschema.h"
#include "ct/hydrogen/planlayerwriter.h"
#include "ct/hydrogen/powerdispatchmodelfactory.h"
#include "ct/hydrogen/powerplanreport.h"
#include "hydrogenqmltypes.h"

namespace ct::hydrogen {

using plugin::LayerDescriptor;

// The name from the metadata JSON, marked for translation (Help → Plugins, panel tabs).
[[maybe_unused]] const char *const kDisplayName = QT_TRANSLATE_NOOP("PluginNames", "Hydrogen buses");

core::Status HydrogenPlugin::initialise(const plugin::PluginContext &context)
{
    Q_UNUSED(context);
    HydrogenQmlTypes::registerTypes();
    return core::Status::success();
}

std::vector<LayerDescriptor> HydrogenPlugin::layers() const
{
    using Symbol = LayerDescriptor::Symbol;
    const QString owner = QStringLiteral("hydrogen");
    return {LayerDescriptor::points(QStringLiteral("hydrogen_stations"), QStringLiteral(QT_TRANSLATE_NOOP("LayerTitles", "Hydrogen stations")),
                                    owner, QStringLiteral("#0aa3c2"), Symbol::Diamond, 18, 92, QStringLiteral("name")),
            LayerDescriptor::points(QStringLiteral("fuel_cell_buses"), QStringLiteral(QT_TRANSLATE_NOOP("LayerTitles", "Fuel-cell buses")),
                                    owner, QStringLiteral("#1f5fbf"), Symbol::Square, 14, 94, QStringLiteral("name")),
            // The proposed power plan (PlanLayerWriter): routes under the stops, stops labelled
            // with bus and arrival time.
            LayerDescriptor::lines(PlanLayerWriter::routeLayer(), QStringLiteral(QT_TRANSLATE_NOOP("LayerTitles", "Power plan routes")),
                                   owner, QStringLiteral("#e8590c"), 14.0, 88),
            LayerDescriptor::points(PlanLayerWriter::stopLayer(), QStringLiteral(QT_TRANSLATE_NOOP("LayerTitles", "Power plan stops")),
                                    owner, QStringLiteral("#e8590c"), Symbol::Triangle, 16, 95, QStringLiteral("label"))};
}

QUrl HydrogenPlugin::panel() const
{
    return QUrl(QStringLiteral("qrc:/citytwin/plugins/hydrogen/Panel.qml"));
}

store::MigrationList HydrogenPlugin::migrations() const
{
    return HydrogenSchema::migrations();
}

std::vector<std::shared_ptr<plugin::SimulationModelFactory>> HydrogenPlugin::simulationModels() const
{
    return {std::make_shared<PowerDispatchModelFactory>()};
}

std::vector<plugin::ReportSection> HydrogenPlugin::reportSections(const plugin::ReportContext &context) const
{
    return PowerPlanReport::sections(context);
}

} // namespace ct::hydrogen
