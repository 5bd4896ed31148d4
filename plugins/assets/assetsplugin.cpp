// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "assetsplugin.h"

#include "assetplancontroller.h"
#include "assetplanmodel.h"

#include "ct/assets/assetreport.h"
#include "ct/assets/assetschema.h"
#include "ct/assets/inventorycsvimporter.h"

#include <QCoreApplication>
#include <QLocale>
#include <QtQml/qqml.h>

namespace ct::assets {

using plugin::LayerDescriptor;

// The name from the metadata JSON, marked for translation (Help → Plugins, panel tabs).
[[maybe_unused]] const char *const kDisplayName = QT_TRANSLATE_NOOP("PluginNames", "Assets and maintenance");

core::Status AssetsPlugin::initialise(const plugin::PluginContext &context)
{
    Q_UNUSED(context);
    qmlRegisterType<AssetPlanController>("CityTwin.Assets", 1, 0, "AssetPlanController");
    qmlRegisterUncreatableType<AssetPlanModel>("CityTwin.Assets", 1, 0, "AssetPlanModel",
                                               QStringLiteral("the plan table belongs to an AssetPlanController"));
    return core::Status::success();
}

std::vector<LayerDescriptor> AssetsPlugin::layers() const
{
    // The inventory itself (for the inspector; hidden: the grade layers draw the same lines in
    // their colours), one layer per grade, and the latest saved plan on top.
    LayerDescriptor all = LayerDescriptor::lines(AssetSchema::layerName(), QStringLiteral(QT_TRANSLATE_NOOP("LayerTitles", "Assets (all)")),
                                                 QStringLiteral("assets"), QStringLiteral("#607080"), 3.0, 44);
    all.visibleByDefault = false;
    std::vector<LayerDescriptor> out{all};
    const char *titles[] = {QT_TRANSLATE_NOOP("LayerTitles", "Assets: grade I (sound)"),
                            QT_TRANSLATE_NOOP("LayerTitles", "Assets: grade II (preventive stage)"),
                            QT_TRANSLATE_NOOP("LayerTitles", "Assets: grade III (early action)"),
                            QT_TRANSLATE_NOOP("LayerTitles", "Assets: grade IV (urgent action)")};
    for (Grade g : allGrades()) {
        LayerDescriptor d = LayerDescriptor::lines(AssetSchema::gradeLayerName(g), QString::fromLatin1(titles[gradeIndex(g)]),
                                                   QStringLiteral("assets"), gradeColor(g), 3.0 + gradeIndex(g), 45 + gradeIndex(g));
        // Off until a planner turns them on: every road is an asset, so the grades would recolour
        // the whole road map for everybody else (shelters, safety, fleets) at first sight.
        d.visibleByDefault = false;
        out.push_back(d);
    }
    LayerDescriptor planned = LayerDescriptor::lines(AssetSchema::plannedLayerName(),
                                                     QStringLiteral(QT_TRANSLATE_NOOP("LayerTitles", "Planned maintenance")),
                                                     QStringLiteral("assets"), QStringLiteral("#8e24aa"), 9.0, 49);
    out.push_back(planned);
    return out;
}

QUrl AssetsPlugin::panel() const
{
    return QUrl(QStringLiteral("qrc:/citytwin/plugins/assets/qml/Panel.qml"));
}

store::MigrationList AssetsPlugin::migrations() const
{
    return AssetSchema::migrations();
}

std::vector<plugin::ReportSection> AssetsPlugin::reportSections(const plugin::ReportContext &context) const
{
    if (!context.store)
        return {};
    const QLocale locale(context.language == QLatin1String("ja") ? QLocale::Japanese : QLocale::English);
    return {AssetReport::section(*context.store, locale)};
}

std::vector<std::shared_ptr<plugin::Importer>> AssetsPlugin::importers() const
{
    return {std::make_shared<InventoryCsvImporter>()};
}

} // namespace ct::assets
