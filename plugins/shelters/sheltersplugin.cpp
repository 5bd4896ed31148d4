// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "sheltersplugin.h"

#include "shelteroccupancyfactory.h"
#include "shelterreport.h"
#include "shelterschema.h"
#include "shelterstatesource.h"
#include "sheltersqmltypes.h"

namespace ct::shelters {

using plugin::LayerDescriptor;

// The name from the metadata JSON, marked for translation (Help → Plugins, panel tabs).
[[maybe_unused]] const char *const kDisplayName = QT_TRANSLATE_NOOP("PluginNames", "Shelters");

core::Status SheltersPlugin::initialise(const plugin::PluginContext &context)
{
    Q_UNUSED(context);
    SheltersQmlTypes::registerTypes();
    return core::Status::success();
}

std::vector<LayerDescriptor> SheltersPlugin::layers() const
{
    using Symbol = LayerDescriptor::Symbol;
    const QString owner = QStringLiteral("shelters");
    return {LayerDescriptor::points(QStringLiteral("shelters"), QStringLiteral(QT_TRANSLATE_NOOP("LayerTitles", "Evacuation shelters")),
                                    owner, QStringLiteral("#2e9e44"), Symbol::Circle, 16, 90, QStringLiteral("name"))};
}

QUrl SheltersPlugin::panel() const
{
    return QUrl(QStringLiteral("qrc:/citytwin/plugins/shelters/qml/Panel.qml"));
}

store::MigrationList SheltersPlugin::migrations() const
{
    return ShelterSchema::migrations();
}

std::vector<std::shared_ptr<plugin::SimulationModelFactory>> SheltersPlugin::simulationModels() const
{
    return {std::make_shared<ShelterOccupancyFactory>()};
}

std::vector<std::shared_ptr<plugin::FeatureStateSource>> SheltersPlugin::featureStateSources() const
{
    return {std::make_shared<ShelterStateSource>()};
}

std::vector<plugin::ReportSection> SheltersPlugin::reportSections(const plugin::ReportContext &context) const
{
    return ShelterReport::sections(context);
}

} // namespace ct::shelters
