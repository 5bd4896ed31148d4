// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "safetyplugin.h"

#include "ct/safety/alertsimulationfactory.h"
#include "ct/safety/areacsvimporter.h"
#include "ct/safety/policecrimeimporter.h"
#include "ct/safety/safetyschema.h"
#include "ct/safety/streetlightimporter.h"
#include "alertpointsoverlay.h"
#include "hotspotoverlay.h"
#include "safetyqmltypes.h"

namespace ct::safety {

using plugin::LayerDescriptor;

// The name from the metadata JSON, marked for translation (Help → Plugins, panel tabs).
[[maybe_unused]] const char *const kDisplayName = QT_TRANSLATE_NOOP("PluginNames", "Community safety");

core::Status SafetyPlugin::initialise(const plugin::PluginContext &context)
{
    Q_UNUSED(context);
    // Types for the panel's QML, which the console loads from this plugin's resources.
    registerSafetyQmlTypes();
    return core::Status::success();
}

std::vector<LayerDescriptor> SafetyPlugin::layers() const
{
    using Symbol = LayerDescriptor::Symbol;
    const QString owner = QStringLiteral("safety");
    auto districts = LayerDescriptor::areas(QStringLiteral("school_districts"), QStringLiteral(QT_TRANSLATE_NOOP("LayerTitles", "School districts")),
                                            owner, QStringLiteral("#f3d9b1"), QStringLiteral("#b7791f"), 6, 12);
    districts.visibleByDefault = false;
    auto lights = LayerDescriptor::points(QStringLiteral("streetlights"), QStringLiteral(QT_TRANSLATE_NOOP("LayerTitles", "Streetlights")),
                                          owner, QStringLiteral("#f2c94c"), Symbol::Circle, 6, 60);
    lights.visibleByDefault = false;
    // Subscription areas (school districts, neighbourhoods, drawn polygons, radii); no personal data.
    auto areas = LayerDescriptor::areas(QStringLiteral("safety_areas"), QStringLiteral(QT_TRANSLATE_NOOP("LayerTitles", "Safety notice areas")),
                                        owner, QStringLiteral("#e8d5f2"), QStringLiteral("#7b3fa0"), 4, 14);
    areas.visibleByDefault = false;
    return {LayerDescriptor::points(QStringLiteral("schools"), QStringLiteral(QT_TRANSLATE_NOOP("LayerTitles", "Schools")), owner,
                                    QStringLiteral("#d9822b"), Symbol::Triangle, 14, 80, QStringLiteral("name")),
            districts,
            LayerDescriptor::points(QStringLiteral("police_boxes"), QStringLiteral(QT_TRANSLATE_NOOP("LayerTitles", "Police boxes")),
                                    owner, QStringLiteral("#1d3f8f"), Symbol::Square, 14, 82, QStringLiteral("name")),
            lights,
            areas};
}

QUrl SafetyPlugin::panel() const
{
    return QUrl(QStringLiteral("qrc:/citytwin/plugins/safety/qml/Panel.qml"));
}

store::MigrationList SafetyPlugin::migrations() const
{
    return SafetySchema::migrations();
}

std::vector<std::shared_ptr<plugin::Importer>> SafetyPlugin::importers() const
{
    return {std::make_shared<PoliceCrimeImporter>(), std::make_shared<AreaCsvImporter>(), std::make_shared<StreetlightImporter>()};
}

std::vector<std::shared_ptr<plugin::SimulationModelFactory>> SafetyPlugin::simulationModels() const
{
    return {std::make_shared<AlertSimulationFactory>()};
}

} // namespace ct::safety

namespace ct::safety {

std::vector<std::shared_ptr<plugin::OverlaySource>> SafetyPlugin::overlaySources() const
{
    return {std::make_shared<HotspotOverlay>(), std::make_shared<AlertPointsOverlay>()};
}

} // namespace ct::safety
