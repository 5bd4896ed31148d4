// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "ct/assets/assetinventory.h"

#include "ct/assets/assetactions.h"
#include "ct/assets/assetschema.h"
#include "ct/assets/inventorybuilder.h"
#include "ct/store/sqlstatement.h"
#include "ct/store/twinstore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>

#include <sqlite3.h>

#include <algorithm>

namespace ct::assets {

namespace {

const QStringList &fieldNames()
{
    static const QStringList names{QStringLiteral("asset_id"),     QStringLiteral("asset_type"), QStringLiteral("name"),
                                   QStringLiteral("install_year"), QStringLiteral("length_m"),   QStringLiteral("area_m2"),
                                   QStringLiteral("material"),     QStringLiteral("importance"), QStringLiteral("grade"),
                                   QStringLiteral("last_inspection"), QStringLiteral("source_layer"), QStringLiteral("source_fid")};
    return names;
}

core::Status exec(sqlite3 *db, const QString &sql)
{
    return store::SqlStatement::execute(db, sql);
}

//! gpkg_contents' extent of a layer from its R-tree.
core::Status refreshExtent(sqlite3 *db, const QString &layer)
{
    return exec(db, QStringLiteral("UPDATE gpkg_contents SET min_x = (SELECT min(minx) FROM rtree_%1_geom), "
                                   "max_x = (SELECT max(maxx) FROM rtree_%1_geom), min_y = (SELECT min(miny) FROM rtree_%1_geom), "
                                   "max_y = (SELECT max(maxy) FROM rtree_%1_geom), "
                                   "last_change = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE table_name = '%1'")
                        .arg(layer));
}

} // namespace

core::Result<std::vector<Asset>> AssetInventory::read() const
{
    auto table = m_twin.read(AssetSchema::layerName(), fieldNames());
    if (!table)
        return table.error();
    const store::FeatureTable &t = table.value();
    std::vector<Asset> assets;
    assets.reserve(t.size());
    auto col = [&t](const char *name) { return t.columnIndex(QString::fromLatin1(name)); };
    const int id = col("asset_id"), type = col("asset_type"), name = col("name"), year = col("install_year"),
              length = col("length_m"), area = col("area_m2"), material = col("material"), importance = col("importance"),
              grade = col("grade"), inspection = col("last_inspection"), sourceLayer = col("source_layer"),
              sourceFid = col("source_fid");
    for (std::size_t i = 0; i < t.size(); ++i) {
        Asset a;
        a.fid = t.fids[i];
        a.id = t.columns[std::size_t(id)][i].toString();
        const QString where = QStringLiteral("asset %1").arg(a.id);
        if (!parseAssetType(t.columns[std::size_t(type)][i].toString(), &a.type))
            return core::Error::invalidInput(QCoreApplication::translate("AssetInventory", "unknown asset type"), where);
        if (!parseGrade(t.columns[std::size_t(grade)][i].toString(), &a.grade))
            return core::Error::invalidInput(QCoreApplication::translate("AssetInventory", "unknown grade"), where);
        a.name = t.columns[std::size_t(name)][i].toString();
        a.installYear = t.columns[std::size_t(year)][i].toInt();
        a.lengthM = t.columns[std::size_t(length)][i].toDouble();
        a.areaM2 = t.columns[std::size_t(area)][i].toDouble();
        a.material = t.columns[std::size_t(material)][i].toString();
        a.importance = t.columns[std::size_t(importance)][i].toDouble();
        a.lastInspection = QDate::fromString(t.columns[std::size_t(inspection)][i].toString(), Qt::ISODate);
        a.sourceLayer = t.columns[std::size_t(sourceLayer)][i].toString();
        a.sourceFid = t.columns[std::size_t(sourceFid)][i].toLongLong();
        a.geometry = t.geometries[i];
        assets.push_back(std::move(a));
    }
    std::sort(assets.begin(), assets.end(), [](const Asset &a, const Asset &b) { return a.id < b.id; });
    return assets;
}

core::Status AssetInventory::write(const std::vector<Asset> &assets)
{
    auto writer = m_twin.writer(AssetSchema::layerName(), fieldNames());
    if (!writer)
        return writer.error();
    for (const Asset &a : assets) {
        std::vector<QVariant> values{a.id,
                                     assetTypeCode(a.type),
                                     a.name.isEmpty() ? QVariant() : QVariant(a.name),
                                     a.installYear,
                                     a.lengthM,
                                     isPricedByArea(a.type) ? QVariant(a.areaM2) : QVariant(),
                                     a.material.isEmpty() ? QVariant() : QVariant(a.material),
                                     a.importance,
                                     gradeCode(a.grade),
                                     a.lastInspection.isValid() ? QVariant(a.lastInspection.toString(Qt::ISODate)) : QVariant(),
                                     a.sourceLayer.isEmpty() ? QVariant() : QVariant(a.sourceLayer),
                                     a.sourceFid > 0 ? QVariant(a.sourceFid) : QVariant()};
        auto fid = writer->insert(a.geometry, values);
        if (!fid)
            return core::Error::invalidInput(fid.error().message, QStringLiteral("asset %1").arg(a.id));
    }
    if (core::Status s = writer->finish(); !s)
        return s;
    return rebuildGradeLayers();
}

core::Status AssetInventory::rebuildGradeLayers()
{
    sqlite3 *db = m_twin.handle();
    for (Grade g : allGrades()) {
        const QString layer = AssetSchema::gradeLayerName(g);
        if (core::Status s = exec(db, QStringLiteral("DELETE FROM %1; INSERT INTO %1 (geom, asset_id, asset_type, grade) "
                                                     "SELECT geom, asset_id, asset_type, grade FROM asset WHERE grade = '%2' ORDER BY asset_id")
                                          .arg(layer, gradeCode(g)));
            !s)
            return s;
        if (core::Status s = refreshExtent(db, layer); !s)
            return s;
    }
    return core::Status::success();
}

core::Status AssetInventory::importInventory(const core::Actor &actor, const std::vector<Asset> &assets, const QString &source)
{
    return m_twin.perform(actor, importAction(), source, [&](store::TwinStore &twin, QJsonObject &before, QJsonObject &after) -> core::Status {
        AssetInventory inventory(twin);
        before.insert(QStringLiteral("assets"), double(twin.layer(AssetSchema::layerName()).value().featureCount));
        if (core::Status s = inventory.write(assets); !s)
            return s;
        after.insert(QStringLiteral("assets"), double(twin.layer(AssetSchema::layerName()).value().featureCount));
        after.insert(QStringLiteral("imported"), double(assets.size()));
        return core::Status::success();
    });
}

core::Result<qint64> AssetInventory::deriveFromTwin(const core::Actor &actor)
{
    qint64 derived = 0;
    core::Status s = m_twin.perform(actor, importAction(), QStringLiteral("roads"),
                                    [&](store::TwinStore &twin, QJsonObject &before, QJsonObject &after) -> core::Status {
        before.insert(QStringLiteral("assets"), double(twin.layer(AssetSchema::layerName()).value().featureCount));
        InventoryBuilder::Options options;
        options.seed = AssetSchema::inventorySeed(twin);
        auto built = InventoryBuilder::build(twin, options);
        if (!built)
            return built.error();
        if (core::Status written = AssetInventory(twin).write(built.value()); !written)
            return written;
        derived = qint64(built->size());
        after.insert(QStringLiteral("assets"), double(twin.layer(AssetSchema::layerName()).value().featureCount));
        after.insert(QStringLiteral("derived"), double(derived));
        after.insert(QStringLiteral("seed"), QString::number(options.seed));
        return core::Status::success();
    });
    if (!s)
        return s.error();
    return derived;
}

core::Result<qint64> AssetInventory::savePlan(const core::Actor &actor, const MaintenancePlan &plan, const std::vector<Asset> &assets)
{
    if (plan.years.empty())
        return core::Error::invalidInput(QCoreApplication::translate("AssetInventory", "the plan has no years"), QStringLiteral("plan"));
    qint64 planId = 0;
    core::Status s = m_twin.perform(actor, planAction(), QStringLiteral("plan"),
                                    [&](store::TwinStore &twin, QJsonObject &before, QJsonObject &after) -> core::Status {
        sqlite3 *db = twin.handle();
        before.insert(QStringLiteral("plans"), double(AssetInventory(twin).planCount()));
        store::SqlStatement insertPlan(db, "INSERT INTO asset_plan (saved_at, saved_by, role, first_year, years, annual_budget_myen, "
                                        "risk_horizon, cost_unit_myen, total_cost_myen, total_risk_reduction_myen, interventions) "
                                        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        insertPlan.bind(1, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
        insertPlan.bind(2, actor.operatorName);
        insertPlan.bind(3, core::roleName(actor.role));
        insertPlan.bind(4, plan.settings.firstYear);
        insertPlan.bind(5, int(plan.years.size()));
        insertPlan.bind(6, plan.settings.annualBudget);
        insertPlan.bind(7, plan.settings.riskHorizon);
        insertPlan.bind(8, plan.costUnit);
        insertPlan.bind(9, plan.totalCost());
        insertPlan.bind(10, plan.totalRiskReduction());
        insertPlan.bind(11, qint64(plan.items.size()));
        if (core::Status inserted = insertPlan.exec(); !inserted)
            return inserted;
        planId = sqlite3_last_insert_rowid(db);
        if (core::Status cleared = exec(db, QStringLiteral("DELETE FROM asset_planned")); !cleared)
            return cleared;
        store::SqlStatement insertItem(db, "INSERT INTO asset_plan_item (plan_id, year, asset_id, asset_type, grade, intervention, "
                                        "grade_after, cost_myen, risk_before_myen, risk_reduction_myen) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        store::SqlStatement insertPlanned(db, "INSERT INTO asset_planned (geom, plan_id, year, asset_id, asset_type, grade, intervention, cost_myen) "
                                           "SELECT geom, ?, ?, asset_id, asset_type, ?, ?, ? FROM asset WHERE asset_id = ?");
        for (const PlannedIntervention &item : plan.items) {
            const QString where = QStringLiteral("plan %1, asset %2").arg(item.year).arg(item.assetId);
            if (item.assetIndex < 0 || std::size_t(item.assetIndex) >= assets.size() || assets[std::size_t(item.assetIndex)].id != item.assetId)
                return core::Error::invalidInput(QCoreApplication::translate("AssetInventory", "the plan does not match the asset list"), where);
            insertItem.reset();
            insertItem.bind(1, planId);
            insertItem.bind(2, item.year);
            insertItem.bind(3, item.assetId);
            insertItem.bind(4, assetTypeCode(item.type));
            insertItem.bind(5, gradeCode(item.grade));
            insertItem.bind(6, interventionCode(item.intervention));
            insertItem.bind(7, gradeCode(item.after));
            insertItem.bind(8, item.cost);
            insertItem.bind(9, item.riskBefore);
            insertItem.bind(10, item.riskReduction);
            if (core::Status inserted = insertItem.exec(); !inserted)
                return core::Error::io(inserted.error().message, where);
            insertPlanned.reset();
            insertPlanned.bind(1, planId);
            insertPlanned.bind(2, item.year);
            insertPlanned.bind(3, gradeCode(item.grade));
            insertPlanned.bind(4, interventionCode(item.intervention));
            insertPlanned.bind(5, item.cost);
            insertPlanned.bind(6, item.assetId);
            if (core::Status inserted = insertPlanned.exec(); !inserted)
                return core::Error::io(inserted.error().message, where);
            if (sqlite3_changes(db) != 1)
                return core::Error::notFound(QCoreApplication::translate("AssetInventory", "the asset is not in the twin's inventory"), where);
        }
        if (core::Status extent = refreshExtent(db, AssetSchema::plannedLayerName()); !extent)
            return extent;
        after.insert(QStringLiteral("plan"), double(planId));
        after.insert(QStringLiteral("first_year"), plan.settings.firstYear);
        after.insert(QStringLiteral("years"), int(plan.years.size()));
        after.insert(QStringLiteral("annual_budget_myen"), plan.settings.annualBudget);
        after.insert(QStringLiteral("interventions"), double(plan.items.size()));
        after.insert(QStringLiteral("total_cost_myen"), plan.totalCost());
        after.insert(QStringLiteral("total_risk_reduction_myen"), plan.totalRiskReduction());
        return core::Status::success();
    });
    if (!s)
        return s.error();
    return planId;
}

namespace {

QJsonObject describe(const DeteriorationModel &model)
{
    QJsonObject out;
    for (AssetType type : allAssetTypes()) {
        QJsonArray rows;
        for (const GradeVector &row : model.matrix(type))
            rows.append(QJsonArray{row[0], row[1], row[2], row[3]});
        out.insert(assetTypeCode(type), rows);
    }
    return out;
}

} // namespace

core::Status AssetInventory::saveModel(const core::Actor &actor, const DeteriorationModel &model)
{
    return m_twin.perform(actor, planAction(), QStringLiteral("model"),
                          [&](store::TwinStore &twin, QJsonObject &before, QJsonObject &after) -> core::Status {
        auto current = DeteriorationModel::read(twin);
        if (current)
            before = describe(current.value());
        if (core::Status s = model.write(twin); !s)
            return s;
        after = describe(model);
        return core::Status::success();
    });
}

qint64 AssetInventory::planCount() const
{
    store::SqlStatement q(m_twin.handle(), "SELECT count(*) FROM asset_plan");
    return q.next() ? q.int64(0) : 0;
}

} // namespace ct::assets
