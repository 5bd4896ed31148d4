// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
//
// The inventory on a generated city: what the migration derives from the roads, rivers, water
// and buildings (bridges where roads cross water, pavement, pipes, importance), that it is
// deterministic and its grades follow the ages, the grade layers, the deterioration model in the
// twin, saving a plan (granted to planner and administrator only, audited, the plan layer), and
// importing a CSV inventory with per-line errors that leave the twin unchanged.
#include "assetstestsupport.h"

#include "ct/assets/assetactions.h"
#include "ct/assets/assetinventory.h"
#include "ct/assets/inventorybuilder.h"
#include "ct/assets/inventorycsvimporter.h"
#include "ct/assets/inventorycsvreader.h"
#include "ct/dataio/dataimporter.h"
#include "ct/assets/maintenanceplanner.h"

#include <ogr_geometry.h>

#include <QJsonArray>
#include <QtTest>

#include <map>

using namespace ct::assets;
using test::scalar;

namespace {

void writeFile(const QString &path, const QByteArray &text)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        qFatal("cannot write %s", qPrintable(path));
    f.write(text);
}

} // namespace

class TestAssetInventory : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_twin = m_city.copyTo(m_dir.filePath(QStringLiteral("twin.gpkg")));
        auto assets = AssetInventory(*m_twin).read();
        QVERIFY2(assets, qPrintable(assets ? QString() : assets.error().toString()));
        m_assets = assets.value();
    }

    void migrationDerivesTheInventoryFromTheRoads()
    {
        QCOMPARE(m_twin->schemaVersion(AssetSchema::component()), 1);
        std::map<AssetType, int> count;
        for (const Asset &a : m_assets)
            ++count[a.type];
        const qint64 roads = scalar(*m_twin, QStringLiteral("SELECT count(*) FROM roads WHERE road_class <> 'service'"));
        const qint64 sewered = scalar(*m_twin, QStringLiteral("SELECT count(*) FROM roads WHERE road_class IN ('residential', 'tertiary')"));
        const qint64 flagged = scalar(*m_twin, QStringLiteral("SELECT count(*) FROM roads WHERE bridge"));
        qInfo("inventory: %d bridges, %d pavement, %d water, %d sewer (roads %lld, flagged bridges %lld)", count[AssetType::Bridge],
              count[AssetType::Pavement], count[AssetType::WaterPipe], count[AssetType::SewerPipe], roads, flagged);
        QVERIFY(roads > 0);
        QCOMPARE(qint64(count[AssetType::Pavement]), roads);
        QCOMPARE(qint64(count[AssetType::WaterPipe]), roads);
        QCOMPARE(qint64(count[AssetType::SewerPipe]), sewered);
        QVERIFY(count[AssetType::Bridge] > 0);
        QVERIFY(qint64(count[AssetType::Bridge]) >= flagged);
        QCOMPARE(qint64(m_assets.size()), scalar(*m_twin, QStringLiteral("SELECT count(*) FROM asset")));
        for (const Asset &a : m_assets) {
            QVERIFY(!a.geometry.isEmpty());
            QVERIFY(a.lengthM > 0);
            QVERIFY(a.lastInspection.isValid());
            QVERIFY(a.lastInspection.year() >= a.installYear && a.lastInspection.year() <= 2025);
            if (isPricedByArea(a.type))
                QVERIFY(a.areaM2 >= a.lengthM * 3);
        }
    }

    void bridgesAreWhereRoadsCrossWater()
    {
        QVERIFY(OGRGeometryFactory::haveGEOS());
        // every bridge not flagged by the generator lies on a river (within its half width + 5 m)
        // or on a water surface
        auto rivers = m_twin->read(QStringLiteral("rivers"), {QStringLiteral("width_m")});
        auto water = m_twin->read(QStringLiteral("water"));
        QVERIFY(rivers && water);
        int crossing = 0;
        for (const Asset &a : m_assets) {
            if (a.type != AssetType::Bridge)
                continue;
            QVERIFY(a.importance > 0);
            const bool flagged = scalar(*m_twin, QStringLiteral("SELECT bridge FROM roads WHERE fid = %1").arg(a.sourceFid)) == 1;
            const auto pts = a.geometry.points();
            const ct::geo::Point mid{(pts.front().x + pts.back().x) / 2, (pts.front().y + pts.back().y) / 2};
            OGRPoint p(mid.x, mid.y);
            bool onWater = false;
            for (std::size_t i = 0; i < rivers->size() && !onWater; ++i) {
                OGRLineString line;
                for (const auto &q : rivers->geometries[i].points())
                    line.addPoint(q.x, q.y);
                onWater = line.Distance(&p) <= rivers->columns[0][i].toDouble() / 2 + 5 + 1;
            }
            for (std::size_t i = 0; i < water->size() && !onWater; ++i) {
                const auto &g = water->geometries[i];
                for (int part = 0; part < g.partCount() && !onWater; ++part)
                    onWater = ct::geo::polygonContains(g, part, mid);
            }
            QVERIFY2(onWater || flagged, qPrintable(a.id));
            crossing += onWater;
        }
        QVERIFY(crossing > 0);
    }

    void buildIsDeterministicAndSeeded()
    {
        InventoryBuilder::Options options;
        options.seed = AssetSchema::inventorySeed(*m_twin);
        auto a = InventoryBuilder::build(*m_twin, options);
        auto b = InventoryBuilder::build(*m_twin, options);
        QVERIFY(a && b);
        QCOMPARE(a->size(), b->size());
        QCOMPARE(a->size(), m_assets.size());
        int differentGrades = 0;
        options.seed += 1;
        auto c = InventoryBuilder::build(*m_twin, options);
        for (std::size_t i = 0; i < a->size(); ++i) {
            QCOMPARE(a->at(i).id, b->at(i).id);
            QCOMPARE(a->at(i).grade, b->at(i).grade);
            QCOMPARE(a->at(i).installYear, b->at(i).installYear);
            QCOMPARE(a->at(i).importance, b->at(i).importance);
            QCOMPARE(a->at(i).geometry, b->at(i).geometry);
            differentGrades += a->at(i).grade != c->at(i).grade || a->at(i).installYear != c->at(i).installYear;
        }
        QVERIFY(differentGrades > int(a->size()) / 10);
    }

    void gradesFollowAgeAndBuildOut()
    {
        // bridges and pipes: built mostly in the 1970s–80s; the worse the grade, the older
        std::array<double, kGradeCount> ageSum{};
        std::array<int, kGradeCount> n{};
        int buildOut = 0, total = 0;
        for (const Asset &a : m_assets) {
            if (a.type == AssetType::Pavement)
                continue;
            ++total;
            buildOut += a.installYear >= 1965 && a.installYear <= 1990;
            ageSum[std::size_t(gradeIndex(a.grade))] += 2025 - a.installYear;
            ++n[std::size_t(gradeIndex(a.grade))];
        }
        QVERIFY(double(buildOut) / total > 0.7);
        for (int g = 0; g < kGradeCount; ++g)
            QVERIFY2(n[std::size_t(g)] > 0, qPrintable(QStringLiteral("no asset in grade %1").arg(g + 1)));
        const double ageI = ageSum[0] / n[0], ageII = ageSum[1] / n[1], ageIII = ageSum[2] / n[2];
        qInfo("mean age by grade: I %.1f, II %.1f, III %.1f (n = %d, %d, %d, %d)", ageI, ageII, ageIII, n[0], n[1], n[2], n[3]);
        QVERIFY(ageI < ageII);
        QVERIFY(ageII < ageIII);
        // pipes serve the residents of the buildings along their road
        double served = 0;
        for (const Asset &a : m_assets)
            if (a.type == AssetType::WaterPipe)
                served += a.importance;
        const qint64 residents = scalar(*m_twin, QStringLiteral("SELECT sum(residents) FROM buildings"));
        QVERIFY(served > 0.5 * double(residents));
        QVERIFY(served <= double(residents) + 0.5);
    }

    void gradeLayersSplitTheInventory()
    {
        qint64 sum = 0;
        for (Grade g : allGrades()) {
            const QString layer = AssetSchema::gradeLayerName(g);
            QVERIFY(m_twin->hasLayer(layer));
            const qint64 rows = scalar(*m_twin, QStringLiteral("SELECT count(*) FROM %1").arg(layer));
            QCOMPARE(rows, scalar(*m_twin, QStringLiteral("SELECT count(*) FROM asset WHERE grade = '%1'").arg(gradeCode(g))));
            QCOMPARE(scalar(*m_twin, QStringLiteral("SELECT count(*) FROM %1 WHERE grade <> '%2'").arg(layer, gradeCode(g))), qint64(0));
            // the R-tree follows (the map reads through it)
            QCOMPARE(scalar(*m_twin, QStringLiteral("SELECT count(*) FROM rtree_%1_geom").arg(layer)), rows);
            sum += rows;
        }
        QCOMPARE(sum, qint64(m_assets.size()));
        // the store refuses a row with an unknown grade
        QVERIFY(scalar(*m_twin, QStringLiteral("SELECT count(*) FROM asset WHERE grade NOT IN ('I','II','III','IV')")) == 0);
        char *message = nullptr;
        QVERIFY(sqlite3_exec(m_twin->handle(), "UPDATE asset SET grade = 'V' WHERE fid = 1", nullptr, nullptr, &message) != SQLITE_OK);
        sqlite3_free(message);
    }

    void deteriorationModelLivesInTheTwin()
    {
        auto twin = m_city.copyTo(m_dir.filePath(QStringLiteral("model.gpkg")));
        auto model = DeteriorationModel::read(*twin);
        QVERIFY(model);
        QCOMPARE(model.value(), DeteriorationModel::defaults());
        DeteriorationModel changed = model.value();
        QVERIFY(changed.setMatrix(AssetType::Pavement, DeteriorationModel::oneStep(0.2, 0.25, 0.3)));
        QVERIFY(twin->begin());
        QVERIFY(changed.write(*twin));
        QVERIFY(twin->commit());
        auto again = DeteriorationModel::read(*twin);
        QVERIFY(again);
        QCOMPARE(again.value(), changed);
        // saving through the audited action: planner and administrator only
        DeteriorationModel faster = DeteriorationModel::defaults();
        QVERIFY(faster.setMatrix(AssetType::Bridge, DeteriorationModel::oneStep(0.1, 0.1, 0.1)));
        const auto refused = AssetInventory(*twin).saveModel(test::actor(ct::core::Role::HqCommander), faster);
        QVERIFY(!refused);
        QCOMPARE(refused.error().kind, ct::core::Error::Kind::Refused);
        QCOMPARE(DeteriorationModel::read(*twin).value(), changed);
        QVERIFY(AssetInventory(*twin).saveModel(test::actor(ct::core::Role::Planner), faster));
        QCOMPARE(DeteriorationModel::read(*twin).value(), faster);
        const auto entry = twin->auditLog(1).front();
        QCOMPARE(entry.action, planAction());
        QCOMPARE(entry.target, QStringLiteral("model"));
        QCOMPARE(entry.before.value(QStringLiteral("pavement")).toArray()[0].toArray()[1].toDouble(), 0.2);
        QCOMPARE(entry.after.value(QStringLiteral("bridge")).toArray()[2].toArray()[3].toDouble(), 0.1);
        // a row that does not sum to 1 is named when read
        QCOMPARE(sqlite3_exec(twin->handle(), "UPDATE asset_transition SET probability = 0.5 WHERE asset_type = 'bridge' AND from_grade = 1 AND to_grade = 1",
                              nullptr, nullptr, nullptr), SQLITE_OK);
        auto broken = DeteriorationModel::read(*twin);
        QVERIFY(!broken);
        QVERIFY(broken.error().where.contains(QStringLiteral("bridge I")));
    }

    void savingAPlanIsGrantedAuditedAndMapped()
    {
        auto twin = m_city.copyTo(m_dir.filePath(QStringLiteral("plan.gpkg")));
        auto assets = AssetInventory(*twin).read();
        QVERIFY(assets);
        const MaintenancePlanner planner(DeteriorationModel::defaults(), InterventionCatalog::defaults());
        PlanSettings settings;
        settings.annualBudget = 200;
        settings.years = 3;
        const MaintenancePlan plan = planner.plan(assets.value(), settings);
        QVERIFY(!plan.items.empty());
        for (const PlanYear &y : plan.years)
            QVERIFY(y.spent <= settings.annualBudget);

        // refused for the roles without the grant: nothing written, no audit row
        const qint64 audits = scalar(*twin, QStringLiteral("SELECT count(*) FROM ct_audit"));
        for (ct::core::Role role : {ct::core::Role::Viewer, ct::core::Role::ShelterStaff, ct::core::Role::HqCommander,
                                    ct::core::Role::MobilityDispatcher}) {
            auto refused = AssetInventory(*twin).savePlan(test::actor(role), plan, assets.value());
            QVERIFY(!refused);
            QCOMPARE(refused.error().kind, ct::core::Error::Kind::Refused);
        }
        QCOMPARE(scalar(*twin, QStringLiteral("SELECT count(*) FROM ct_audit")), audits);
        QCOMPARE(scalar(*twin, QStringLiteral("SELECT count(*) FROM asset_plan")), qint64(0));
        QCOMPARE(scalar(*twin, QStringLiteral("SELECT count(*) FROM asset_planned")), qint64(0));

        for (ct::core::Role role : {ct::core::Role::Planner, ct::core::Role::Administrator}) {
            auto id = AssetInventory(*twin).savePlan(test::actor(role), plan, assets.value());
            QVERIFY2(id, qPrintable(id ? QString() : id.error().toString()));
            QCOMPARE(scalar(*twin, QStringLiteral("SELECT count(*) FROM asset_plan_item WHERE plan_id = %1").arg(id.value())),
                     qint64(plan.items.size()));
            // the map layer holds the latest plan only
            QCOMPARE(scalar(*twin, QStringLiteral("SELECT count(*) FROM asset_planned")), qint64(plan.items.size()));
            QCOMPARE(scalar(*twin, QStringLiteral("SELECT count(*) FROM asset_planned WHERE plan_id <> %1").arg(id.value())), qint64(0));
        }
        const auto log = twin->auditLog(2);
        QCOMPARE(log.size(), std::size_t(2));
        QCOMPARE(log[0].action, planAction());
        QCOMPARE(log[0].role, ct::core::Role::Administrator);
        QCOMPARE(log[1].role, ct::core::Role::Planner);
        QCOMPARE(log[0].after.value(QStringLiteral("interventions")).toInt(), int(plan.items.size()));
        QVERIFY(std::abs(log[0].after.value(QStringLiteral("total_cost_myen")).toDouble() - plan.totalCost()) < 1e-6);
        const qint64 spent = scalar(*twin, QStringLiteral("SELECT CAST(round(sum(cost_myen) * 1000) AS INTEGER) FROM asset_plan_item WHERE plan_id = 1"));
        QCOMPARE(spent, qint64(std::llround(plan.totalCost() * 1000)));
    }

    void csvImportNamesEveryBadLine()
    {
        auto twin = m_city.copyTo(m_dir.filePath(QStringLiteral("csv.gpkg")));
        const qint64 before = scalar(*twin, QStringLiteral("SELECT count(*) FROM asset"));
        const QString bad = m_dir.filePath(QStringLiteral("inventory.csv"));
        writeFile(bad, "asset_id,type,name,install_year,length_m,area_m2,material,importance,grade,last_inspection,lon,lat\n"
                       "CSV-1,bridge,Kaname bridge,1976,42,420,PC,8000,II,2023-05-10,140.10,36.08\n"
                       "CSV-2,bridge,Bad grade,1980,30,300,RC,5000,V,2022-01-01,140.11,36.07\n"
                       "CSV-3,tunnel,Bad type,2099,-4,,,x,III,tomorrow,140.12,36.09\n"
                       "CSV-1,water_pipe,Twice,1975,100,,cast_iron,300,III,2020-02-02,140.10,36.08\n"
                       "CSV-5,sewer_pipe,Far away,1979,80,,concrete,200,I,2021-03-03,190,36.0\n");
        const InventoryCsvReader::Outcome outcome = InventoryCsvReader::read(bad, 2026);
        QVERIFY(!outcome.ok());
        QVERIFY(outcome.assets.empty());
        const QString all = outcome.errors.join(QLatin1Char('\n'));
        qInfo("%s", qPrintable(all));
        QVERIFY(outcome.errors.contains(QStringLiteral("inventory.csv:3: grade: expected I, II, III or IV, got \"V\"")));
        QVERIFY(all.contains(QStringLiteral("inventory.csv:4: type:")));
        QVERIFY(all.contains(QStringLiteral("inventory.csv:4: install_year:")));
        QVERIFY(all.contains(QStringLiteral("inventory.csv:4: length_m:")));
        QVERIFY(all.contains(QStringLiteral("inventory.csv:4: importance:")));
        QVERIFY(all.contains(QStringLiteral("inventory.csv:4: last_inspection:")));
        QVERIFY(all.contains(QStringLiteral("inventory.csv:5: asset_id:")));
        QVERIFY(all.contains(QStringLiteral("inventory.csv:6: lon:")));
        QVERIFY(!all.contains(QStringLiteral("inventory.csv:2:")));
        QCOMPARE(scalar(*twin, QStringLiteral("SELECT count(*) FROM asset")), before);

        const QString missing = m_dir.filePath(QStringLiteral("columns.csv"));
        writeFile(missing, "asset_id,type,grade\nX,bridge,I\n");
        const auto noColumns = InventoryCsvReader::read(missing);
        QCOMPARE(noColumns.errors.size(), 1);
        QVERIFY(noColumns.errors[0].startsWith(QStringLiteral("columns.csv:1: missing columns: install_year, length_m, importance")));

        const QString good = m_dir.filePath(QStringLiteral("good.csv"));
        writeFile(good, "asset_id,type,name,install_year,length_m,area_m2,material,importance,grade,last_inspection,wkt,lon,lat\n"
                        "CSV-1,bridge,Kaname bridge,1976,42,420,PC,8000,ii,2023-05-10,,140.10,36.08\n"
                        "CSV-2,water_pipe,Main 2,1972,120,,cast_iron,350,4,2019-07-01,\"LINESTRING (10000 5000, 10120 5000)\",,\n");
        const auto ok = InventoryCsvReader::read(good, 2026);
        QVERIFY2(ok.ok(), qPrintable(ok.errors.join(QLatin1Char('\n'))));
        QCOMPARE(ok.assets.size(), std::size_t(2));
        QCOMPARE(ok.assets[0].grade, Grade::II);
        QCOMPARE(ok.assets[1].grade, Grade::IV);
        // 140.10 E, 36.08 N in JGD2011 zone IX (origin 139°50' E, 36° N): about 23 km east, 9 km north
        const auto p = ok.assets[0].geometry.points().front();
        QVERIFY2(p.x > 20000 && p.x < 26000 && p.y > 7000 && p.y < 11000, qPrintable(QStringLiteral("%1 %2").arg(p.x).arg(p.y)));
        QCOMPARE(ok.assets[1].geometry.points().back().x, 10120.0);

        // refused for a viewer, done for a planner; re-importing updates instead of duplicating
        QVERIFY(!AssetInventory(*twin).importInventory(test::actor(ct::core::Role::Viewer), ok.assets, QStringLiteral("good.csv")));
        QCOMPARE(scalar(*twin, QStringLiteral("SELECT count(*) FROM asset")), before);
        QVERIFY(AssetInventory(*twin).importInventory(test::actor(ct::core::Role::Planner), ok.assets, QStringLiteral("good.csv")));
        QCOMPARE(scalar(*twin, QStringLiteral("SELECT count(*) FROM asset")), before + 2);
        QVERIFY(AssetInventory(*twin).importInventory(test::actor(ct::core::Role::Planner), ok.assets, QStringLiteral("good.csv")));
        QCOMPARE(scalar(*twin, QStringLiteral("SELECT count(*) FROM asset")), before + 2);
        QCOMPARE(scalar(*twin, QStringLiteral("SELECT count(*) FROM asset_grade_4 WHERE asset_id = 'CSV-2'")), qint64(1));
        QCOMPARE(twin->auditLog(1).front().action, importAction());
    }

    void csvImporterRecognisesAndImports()
    {
        auto twin = m_city.copyTo(m_dir.filePath(QStringLiteral("importer.gpkg")));
        const QString good = m_dir.filePath(QStringLiteral("importer.csv"));
        writeFile(good, "\xEF\xBB\xBF\"asset_id\",type,name,install_year,length_m,area_m2,material,importance,grade,last_inspection,lon,lat\n"
                        "IMP-1,bridge,Kaname bridge,1976,42,420,PC,8000,III,2023-05-10,140.10,36.08\n");
        const QString other = m_dir.filePath(QStringLiteral("other.csv"));
        writeFile(other, "name,lon,lat\nA,140.1,36.1\n");
        InventoryCsvImporter importer;
        QCOMPARE(importer.action(), importAction());
        QVERIFY(importer.confidence(good) >= ct::plugin::Importer::kConfident);
        QCOMPARE(importer.confidence(other), 0);
        const qint64 before = scalar(*twin, QStringLiteral("SELECT count(*) FROM asset"));
        QVERIFY(twin->begin());
        auto summary = importer.import(*twin, good);
        QVERIFY2(summary, qPrintable(summary ? QString() : summary.error().toString()));
        QVERIFY(twin->commit());
        QCOMPARE(summary->imported, qint64(1));
        QCOMPARE(scalar(*twin, QStringLiteral("SELECT count(*) FROM asset")), before + 1);
        QCOMPARE(scalar(*twin, QStringLiteral("SELECT count(*) FROM asset_grade_3 WHERE asset_id = 'IMP-1'")), qint64(1));
        // a bad file: the error names the line, nothing is written
        writeFile(good, "asset_id,type,install_year,length_m,importance,grade,lon,lat\nIMP-2,bridge,1980,10,5,IX,140.1,36.1\n");
        QVERIFY(twin->begin());
        auto refused = importer.import(*twin, good);
        twin->rollback();
        QVERIFY(!refused);
        QVERIFY2(refused.error().message.contains(QStringLiteral("importer.csv:2: grade:")), qPrintable(refused.error().toString()));
        QCOMPARE(scalar(*twin, QStringLiteral("SELECT count(*) FROM asset")), before + 1);
    }

    void realRoadsImportedLaterAreDerivedOnRequest()
    {
        // a real twin: the plugin's schema comes first (on open), the OpenStreetMap roads after
        const QString osm = qEnvironmentVariable("CITYTWIN_SHARED_DATA") + QStringLiteral("/osm/smaller_tsukuba.osm");
        if (!QFile::exists(osm))
            QSKIP("the shared Tsukuba data is not here");
        const QString path = m_dir.filePath(QStringLiteral("real.gpkg"));
        auto created = ct::store::TwinStore::create(path);
        QVERIFY(created);
        auto twin = std::move(created.value());
        QVERIFY(twin->migrate(AssetSchema::component(), AssetSchema::migrations()));
        QCOMPARE(scalar(*twin, QStringLiteral("SELECT count(*) FROM asset")), qint64(0)); // no roads yet
        ct::dataio::DataImporter importer(*twin);
        const auto report = importer.importFile(osm);
        QVERIFY(twin->hasLayer(QStringLiteral("roads")));
        const qint64 roads = scalar(*twin, QStringLiteral("SELECT count(*) FROM roads WHERE road_class <> 'service'"));
        QVERIFY(roads > 50);

        QVERIFY(!AssetInventory(*twin).deriveFromTwin(test::actor(ct::core::Role::Viewer)));
        QCOMPARE(scalar(*twin, QStringLiteral("SELECT count(*) FROM asset")), qint64(0));
        auto derived = AssetInventory(*twin).deriveFromTwin(test::actor(ct::core::Role::Planner));
        QVERIFY2(derived, qPrintable(derived ? QString() : derived.error().toString()));
        QVERIFY(derived.value() >= 2 * roads);
        QCOMPARE(scalar(*twin, QStringLiteral("SELECT count(*) FROM asset WHERE asset_type = 'pavement'")), roads);
        QCOMPARE(scalar(*twin, QStringLiteral("SELECT count(*) FROM asset")), derived.value());
        QCOMPARE(twin->auditLog(1).front().action, importAction());
        // the OSM buildings have no residents: the pipes serve nobody known, honestly 0
        QCOMPARE(scalar(*twin, QStringLiteral("SELECT count(*) FROM asset WHERE asset_type = 'water_pipe' AND importance > 0")), qint64(0));
        // deriving again updates in place
        QVERIFY(AssetInventory(*twin).deriveFromTwin(test::actor(ct::core::Role::Administrator)));
        QCOMPARE(scalar(*twin, QStringLiteral("SELECT count(*) FROM asset")), derived.value());
    }

private:
    test::CityTemplate m_city;
    QTemporaryDir m_dir;
    std::unique_ptr<ct::store::TwinStore> m_twin;
    std::vector<Asset> m_assets;
};

QTEST_GUILESS_MAIN(TestAssetInventory)
#include "tst_assetinventory.moc"
