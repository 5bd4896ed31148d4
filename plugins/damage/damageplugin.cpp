// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "damageplugin.h"

#include "damagecontroller.h"
#include "damagequeuemodel.h"

#include "ct/damage/damageschema.h"
#include "ct/damage/damagesummary.h"
#include "ct/store/twinstore.h"

#include <QCoreApplication>
#include <QLocale>
#include <QtQml/qqml.h>

namespace ct::damage {

using plugin::LayerDescriptor;

// The name from the metadata JSON, marked for translation (Help → Plugins, panel tabs).
[[maybe_unused]] const char *const kDisplayName = QT_TRANSLATE_NOOP("PluginNames", "Damage reports");

core::Status DamagePlugin::initialise(const plugin::PluginContext &context)
{
    Q_UNUSED(context);
    // Types for the panel's QML, which the console loads from this plugin's resources.
    qmlRegisterType<DamageController>("CityTwin.Damage", 1, 0, "DamageController");
    qmlRegisterUncreatableType<DamageQueueModel>("CityTwin.Damage", 1, 0, "DamageQueueModel",
                                                 QStringLiteral("the queue belongs to a DamageController"));
    return core::Status::success();
}

std::vector<LayerDescriptor> DamagePlugin::layers() const
{
    using Symbol = LayerDescriptor::Symbol;
    return {LayerDescriptor::points(DamageSchema::layerName(), QStringLiteral(QT_TRANSLATE_NOOP("LayerTitles", "Damage reports")),
                                    QStringLiteral("damage"), QStringLiteral("#d7263d"), Symbol::Diamond, 15, 95)};
}

QUrl DamagePlugin::panel() const
{
    return QUrl(QStringLiteral("qrc:/citytwin/plugins/damage/qml/Panel.qml"));
}

store::MigrationList DamagePlugin::migrations() const
{
    return DamageSchema::migrations();
}

std::vector<plugin::ReportSection> DamagePlugin::reportSections(const plugin::ReportContext &context) const
{
    if (!context.store)
        return {};
    const QDateTime at = context.at.isValid() ? context.at : QDateTime::currentDateTimeUtc();
    plugin::ReportSection section;
    section.id = QStringLiteral("damage.summary");
    section.title = QCoreApplication::translate("DamageReport", "Damage reports");
    section.order = 40;
    // A twin never opened for writing with this plugin (the report only reads): no tables yet.
    if (context.store->schemaVersion(DamageSchema::component()) == 0) {
        section.paragraphs << QCoreApplication::translate("DamageReport", "No damage data yet: the damage plugin's tables are created when the twin "
                                                                          "is first opened for writing (in the console, or by a writing citytwin-cli command).");
        return {section};
    }
    auto summary = DamageSummary::at(*context.store, at);
    if (!summary) {
        section.paragraphs << QCoreApplication::translate("DamageReport", "The damage reports cannot be read: %1").arg(summary.error().toString());
        return {section};
    }
    const DamageSummary &s = summary.value();
    const QLocale locale(context.language == QLatin1String("ja") ? QLocale::Japanese : QLocale::English);
    if (s.total() == 0) {
        section.paragraphs << QCoreApplication::translate("DamageReport", "No damage had been reported by this time.");
        return {section};
    }
    section.figures = {{QCoreApplication::translate("DamageReport", "Reports"), locale.toString(s.total())},
                       {QCoreApplication::translate("DamageReport", "Open (new, verified, assigned)"), locale.toString(s.open())},
                       {QCoreApplication::translate("DamageReport", "Open with severity 4–5"), locale.toString(s.severeOpen())},
                       {QCoreApplication::translate("DamageReport", "Road links closed by reports"), locale.toString(s.closedRoads())}};
    plugin::ReportTable table;
    table.title = QCoreApplication::translate("DamageReport", "Reports by category and triage state");
    table.headers << QCoreApplication::translate("DamageReport", "Category");
    for (TriageState state : allTriageStates())
        table.headers << triageStateLabel(state);
    table.headers << QCoreApplication::translate("DamageReport", "Total");
    for (DamageCategory category : allCategories()) {
        QStringList row{categoryLabel(category)};
        for (TriageState state : allTriageStates())
            row << locale.toString(s.count(category, state));
        row << locale.toString(s.total(category));
        table.rows << row;
    }
    QStringList totals{QCoreApplication::translate("DamageReport", "All categories")};
    for (TriageState state : allTriageStates())
        totals << locale.toString(s.total(state));
    totals << locale.toString(s.total());
    table.rows << totals;
    section.tables << table;
    return {section};
}

} // namespace ct::damage
