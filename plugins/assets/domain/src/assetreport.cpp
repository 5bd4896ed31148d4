// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "ct/assets/assetreport.h"

#include "ct/assets/assetschema.h"
#include "ct/assets/assettype.h"
#include "ct/assets/grade.h"
#include "ct/store/sqlstatement.h"
#include "ct/store/twinstore.h"

#include <QCoreApplication>

#include <array>

namespace ct::assets {

plugin::ReportSection AssetReport::section(const store::TwinStore &twin, const QLocale &locale)
{
    plugin::ReportSection section;
    section.id = QStringLiteral("assets.condition");
    section.title = QCoreApplication::translate("AssetReport", "Assets and maintenance");
    section.order = 70;
    if (twin.schemaVersion(AssetSchema::component()) == 0 || !twin.hasLayer(AssetSchema::layerName())) {
        section.paragraphs << QCoreApplication::translate("AssetReport", "No asset inventory yet: the assets plugin's tables are created when the twin "
                                                                          "is first opened for writing.");
        return section;
    }
    std::array<std::array<qint64, kGradeCount>, kAssetTypeCount> counts{};
    {
        store::SqlStatement q(twin.handle(), "SELECT asset_type, grade, count(*) FROM asset GROUP BY 1, 2");
        while (q.next()) {
            AssetType type;
            Grade grade;
            if (parseAssetType(q.text(0), &type) && parseGrade(q.text(1), &grade))
                counts[std::size_t(type)][std::size_t(gradeIndex(grade))] = q.int64(2);
        }
    }
    qint64 total = 0;
    std::array<qint64, kGradeCount> byGrade{};
    plugin::ReportTable table;
    table.title = QCoreApplication::translate("AssetReport", "Assets by type and condition grade");
    table.headers << QCoreApplication::translate("AssetReport", "Type");
    for (Grade g : allGrades())
        table.headers << gradeLabel(g);
    table.headers << QCoreApplication::translate("AssetReport", "Total");
    for (AssetType type : allAssetTypes()) {
        QStringList row{assetTypeLabel(type)};
        qint64 sum = 0;
        for (Grade g : allGrades()) {
            const qint64 n = counts[std::size_t(type)][std::size_t(gradeIndex(g))];
            row << locale.toString(n);
            sum += n;
            byGrade[std::size_t(gradeIndex(g))] += n;
        }
        row << locale.toString(sum);
        total += sum;
        table.rows << row;
    }
    section.tables << table;
    section.figures = {{QCoreApplication::translate("AssetReport", "Assets"), locale.toString(total)},
                       {QCoreApplication::translate("AssetReport", "In grade III (early action needed)"), locale.toString(byGrade[2])},
                       {QCoreApplication::translate("AssetReport", "In grade IV (urgent action needed)"), locale.toString(byGrade[3])}};
    store::SqlStatement plan(twin.handle(), "SELECT id, saved_at, saved_by, first_year, years, annual_budget_myen, total_cost_myen, "
                                         "total_risk_reduction_myen, interventions FROM asset_plan ORDER BY id DESC LIMIT 1");
    if (plan.next()) {
        section.paragraphs << QCoreApplication::translate("AssetReport", "Latest maintenance plan %1, saved %2 by %3: %4–%5, %6 million yen a year; "
                                                                          "%7 interventions costing %8 million yen remove %9 million yen of risk.")
                                  .arg(plan.int64(0))
                                  .arg(plan.text(1), plan.text(2))
                                  .arg(plan.int64(3))
                                  .arg(plan.int64(3) + plan.int64(4) - 1)
                                  .arg(locale.toString(plan.real(5), 'f', 1))
                                  .arg(plan.int64(8))
                                  .arg(locale.toString(plan.real(6), 'f', 1), locale.toString(plan.real(7), 'f', 1));
    } else {
        section.paragraphs << QCoreApplication::translate("AssetReport", "No maintenance plan has been saved.");
    }
    return section;
}

} // namespace ct::assets
