// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
//
// Issue #6 audit, closed gaps: (1) the console's File → Import and citytwin-cli import perform a
// plugin importer under the importer's own action, so the police liaison — who has no general
// "layer.import" — may import the police crime CSV, and a planner may not; (2) the
// "hotspot without a patrol" alert is raised once per hotspot and day, all or nothing.
#include "safetytestsupport.h"

#include "ct/pluginapi/importer.h"
#include "ct/safety/areacsvimporter.h"
#include "ct/safety/hotspot.h"
#include "ct/safety/patrolplans.h"
#include "ct/safety/policecrimeimporter.h"
#include "ct/safety/streetlightadvisor.h"
#include "ct/safety/streetlightimporter.h"

#include "ct/geo/crstransform.h"

#include <QFile>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

#include <sqlite3.h>

using namespace ct;
using namespace ct::safety;
using core::Actor;
using core::Role;

namespace {

qint64 count(store::TwinStore &twin, const char *sql)
{
    sqlite3_stmt *st = nullptr;
    qint64 value = -1;
    if (sqlite3_prepare_v2(twin.handle(), sql, -1, &st, nullptr) == SQLITE_OK && sqlite3_step(st) == SQLITE_ROW)
        value = sqlite3_column_int64(st, 0);
    sqlite3_finalize(st);
    return value;
}

/// What the console's ImportController and the CLI's PluginImport do with a plugin importer:
/// one perform() under importer.action() around import().
core::Status importLikeTheConsole(store::TwinStore &twin, const Actor &actor, plugin::Importer &importer, const QString &path)
{
    return twin.perform(actor, importer.action(), QStringLiteral("crime.csv"), [&](store::TwinStore &t, QJsonObject &, QJsonObject &) -> core::Status {
        auto imported = importer.import(t, path);
        return imported ? core::Status::success() : core::Status(imported.error());
    });
}

} // namespace

class TestImportPermission : public QObject
{
    Q_OBJECT

private slots:
    void importersNameTheirActions()
    {
        QCOMPARE(PoliceCrimeImporter().action(), QStringLiteral("safety.crime-data.import"));
        QCOMPARE(AreaCsvImporter().action(), QStringLiteral("safety.areas.import"));
    }

    void policeLiaisonImportsCrimeDataAsTheConsoleDoes_data()
    {
        QTest::addColumn<int>("role");
        QTest::addColumn<bool>("allowed");
        QTest::newRow("police-liaison") << int(Role::PoliceLiaison) << true;
        QTest::newRow("administrator") << int(Role::Administrator) << true;
        QTest::newRow("planner") << int(Role::Planner) << false;
        QTest::newRow("hq-commander") << int(Role::HqCommander) << false;
        QTest::newRow("school-liaison") << int(Role::SchoolLiaison) << false;
        QTest::newRow("viewer") << int(Role::Viewer) << false;
    }
    void policeLiaisonImportsCrimeDataAsTheConsoleDoes()
    {
        QFETCH(int, role);
        QFETCH(bool, allowed);
        QTemporaryDir dir;
        auto twin = test::writeSafetyTwin(dir.filePath(QStringLiteral("t.gpkg")), false);
        const Actor actor{QStringLiteral("someone"), Role(role), {QStringLiteral("school:1")}};
        // The police liaison has no general layer import: before importers named their action,
        // File → Import refused them the police CSV.
        if (Role(role) == Role::PoliceLiaison)
            QVERIFY(!twin->mayPerform(actor, QStringLiteral("layer.import"), QStringLiteral("crime.csv")).ok());
        const QString path = dir.filePath(QStringLiteral("crime.csv"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QStringLiteral("罪名,手口,管轄警察署（発生地）,管轄交番・駐在所（発生地）,市区町村コード（発生地）,都道府県（発生地）,"
                               "市区町村（発生地）,町丁目（発生地）,発生年月日（始期）,発生時（始期）,発生場所,発生場所の詳細,"
                               "被害者の年齢,被害者の職業\n"
                               "声かけ事案,,つくば警察署,春日交番,082201,茨城県,つくば市,竹園西小学校,2026-02-10,16,路上,道路上,10歳代,小学生\n")
                    .toUtf8());
        f.close();
        PoliceCrimeImporter importer;
        QVERIFY(importer.confidence(path) >= plugin::Importer::kConfident);
        const core::Status done = importLikeTheConsole(*twin, actor, importer, path);
        QCOMPARE(done.ok(), allowed);
        QCOMPARE(count(*twin, "SELECT count(*) FROM ct_audit WHERE action = 'safety.crime-data.import'"), allowed ? 1 : 0);
        if (!allowed)
            QCOMPARE(count(*twin, "SELECT count(*) FROM safety_alert"), 0);
    }

    void streetlightsReplaceTheGeneratedOnes()
    {
        QTemporaryDir dir;
        auto twin = test::writeSafetyTwin(dir.filePath(QStringLiteral("t.gpkg")));   // with generated lights
        const auto generated = StreetlightAdvisor::readTwin(*twin);
        QVERIFY(generated.ok() && generated->second.size() > 100);
        auto toWgs84 = geo::CrsTransform::create(6677, 4326);
        auto lonLat = [&](geo::Point p) {
            toWgs84->forward(p);
            return QStringLiteral("%1,%2").arg(p.x, 0, 'f', 8).arg(p.y, 0, 'f', 8);
        };
        const QString csv = QStringLiteral("管理番号,経度,緯度\n"
                                           "701,%1\n"
                                           "702,%2\n"
                                           "703,%3\n"
                                           "704,%4\n"       // outside the city
                                           "705,abc,def\n")  // unreadable
                                .arg(lonLat({21000, 11000}), lonLat({23000, 11500}), lonLat({25000, 10000}), lonLat({30000, 10000}));
        const QString path = dir.filePath(QStringLiteral("防犯灯.csv"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(csv.toUtf8());
        f.close();
        StreetlightImporter importer;
        QCOMPARE(importer.confidence(path), 85);
        QCOMPARE(PoliceCrimeImporter().confidence(path), 0);
        QCOMPARE(AreaCsvImporter().confidence(path), 0);
        // School liaison staff may not replace the city's lights; planners may.
        QVERIFY(!importLikeTheConsole(*twin, Actor{QStringLiteral("s"), Role::SchoolLiaison, {QStringLiteral("school:1")}}, importer, path).ok());
        QCOMPARE(StreetlightAdvisor::readTwin(*twin)->second.size(), generated->second.size());
        plugin::ImportSummary summary;
        const core::Status done = twin->perform(Actor{QStringLiteral("p"), Role::Planner, {}}, importer.action(), QStringLiteral("防犯灯.csv"),
                                                [&](store::TwinStore &t, QJsonObject &, QJsonObject &) -> core::Status {
                                                    auto imported = importer.import(t, path);
                                                    if (!imported)
                                                        return imported.error();
                                                    summary = imported.value();
                                                    return core::Status::success();
                                                });
        QVERIFY2(done.ok(), qPrintable(done.ok() ? QString() : done.error().toString()));
        QCOMPARE(summary.imported, qint64(3));
        QCOMPARE(summary.skipped, qint64(2));
        QVERIFY(summary.skippedReasons.join(QLatin1Char('\n')).contains(QStringLiteral("防犯灯.csv:5: outside the city")));
        QVERIFY(summary.skippedReasons.join(QLatin1Char('\n')).contains(QStringLiteral("防犯灯.csv:6:")));
        const auto replaced = StreetlightAdvisor::readTwin(*twin);
        QCOMPARE(replaced->second.size(), std::size_t(3));   // the generated ones are gone
        QVERIFY(std::abs(replaced->second.front().x - 21000) < 0.01 || std::abs(replaced->second.back().x - 25000) < 0.01);
        QCOMPARE(count(*twin, "SELECT count(*) FROM streetlights WHERE light_id IN (701, 702, 703)"), 3);

        // Nothing usable: refused, the layer stays.
        const QString bad = dir.filePath(QStringLiteral("streetlights-bad.csv"));
        QFile b(bad);
        QVERIFY(b.open(QIODevice::WriteOnly));
        b.write(QStringLiteral("light_id,lon,lat\n1,,\n").toUtf8());
        b.close();
        QVERIFY(!importLikeTheConsole(*twin, Actor{QStringLiteral("p"), Role::Planner, {}}, importer, bad).ok());
        QCOMPARE(StreetlightAdvisor::readTwin(*twin)->second.size(), std::size_t(3));
    }

    void unpatrolledHotspotIsRaisedOncePerDay()
    {
        QTemporaryDir dir;
        auto twin = test::writeSafetyTwin(dir.filePath(QStringLiteral("t.gpkg")), false);
        std::vector<Hotspot> hotspots(2);
        hotspots[0].rank = 1;
        hotspots[0].peak = {23000, 9400};
        hotspots[1].rank = 2;
        hotspots[1].peak = {25800, 11800};
        const QDate day(2026, 3, 3);
        QCOMPARE(PatrolPlans::raiseUnpatrolled(*twin, {hotspots[0]}, day).value(), 1);
        // Pressed again (the same hotspot, its peak moved a cell by another bandwidth) and with a
        // new one: only the new one is raised.
        Hotspot moved = hotspots[0];
        moved.peak.x += 50;
        QCOMPARE(PatrolPlans::raiseUnpatrolled(*twin, {moved, hotspots[1]}, day).value(), 1);
        QCOMPARE(count(*twin, "SELECT count(*) FROM ct_event_log WHERE kind = 'hotspot-unpatrolled'"), 2);
        // Another day: raised again.
        QCOMPARE(PatrolPlans::raiseUnpatrolled(*twin, hotspots, day.addDays(1)).value(), 2);
        QCOMPARE(count(*twin, "SELECT count(*) FROM ct_event_log WHERE kind = 'hotspot-unpatrolled'"), 4);
    }
};

QTEST_GUILESS_MAIN(TestImportPermission)
#include "tst_importpermission.moc"
