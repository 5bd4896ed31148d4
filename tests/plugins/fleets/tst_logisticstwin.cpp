// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
//
// Logistics on a generated twin: the schema step seeds no-fly zones (hospital helipads, crowds at
// the busiest stops) and the mobile supermarkets' rounds; drones fly around the zones (checked
// with GEOS), robots walk the twin's pedestrian network, and the panel's ETA model follows the
// supermarket's reported positions.
#include "fakesession.h"
#include "fleetstwin.h"

#include "ct/citygen/citygenerator.h"
#include "ct/fleets/logistics/droneflightcheck.h"
#include "ct/fleets/logistics/droneplanner.h"
#include "ct/fleets/logistics/noflyzones.h"
#include "ct/fleets/logistics/robotrouter.h"
#include "ct/fleets/logistics/supermarketetamodel.h"
#include "ct/fleets/logistics/supermarketround.h"
#include "ct/pluginapi/twinaccess.h"
#include "ct/routing/roadgraph.h"

#include <QTimeZone>
#include <QtTest>

#include <ogr_geometry.h>
#include <sqlite3.h>

using namespace ct;
using namespace ct::fleets;

namespace {

bool exec(store::TwinStore &twin, const QString &sql)
{
    return sqlite3_exec(twin.handle(), sql.toUtf8().constData(), nullptr, nullptr, nullptr) == SQLITE_OK;
}

QString jst(int h, int m) { return QDateTime(QDate(2026, 11, 30), QTime(h, m), QTimeZone("Asia/Tokyo")).toUTC().toString(Qt::ISODate); }

} // namespace

class TestLogisticsTwin : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<store::TwinStore> m_twin;

private slots:
    void initTestCase()
    {
        citygen::GeneratorOptions options;
        options.scale = 0.05;
        const QString path = m_dir.filePath(QStringLiteral("city.gpkg"));
        auto report = citygen::CityGenerator::generate(path, options);
        QVERIFY2(report.ok(), report.ok() ? "" : qPrintable(report.error().toString()));
        auto twin = store::TwinStore::open(path, store::TwinStore::OpenMode::ReadWrite);
        QVERIFY(twin);
        m_twin = std::move(twin.value());
        QVERIFY(m_twin->migrate(QStringLiteral("fleets"), FleetSchema::migrations()));
    }

    void seededZonesAndRounds()
    {
        auto zones = NoFlyZones::read(*m_twin);
        QVERIFY(zones);
        auto hospitals = m_twin->read(QStringLiteral("hospitals"));
        QVERIFY(hospitals);
        QVERIFY(hospitals->size() > 0);
        int helipads = 0, crowds = 0;
        for (const NoFlyZone &z : *zones) {
            helipads += z.kind == QLatin1String("helipad");
            crowds += z.kind == QLatin1String("crowd");
        }
        QCOMPARE(helipads, int(hospitals->size()));
        QCOMPARE(crowds, 2);
        auto round = SupermarketRound::read(*m_twin, QStringLiteral("MS-01"));
        QVERIFY(round);
        QCOMPARE(round->size(), std::size_t(6));
        for (std::size_t i = 1; i < round->size(); ++i)
            QVERIFY((*round)[i].scheduledArrival > (*round)[i - 1].scheduledArrival);
        // A twin that was not generated gets the empty layer and table only.
        QTemporaryDir other;
        auto plain = test::makeTwin(other);
        QVERIFY(plain);
        QVERIFY(plain->hasLayer(QStringLiteral("no_fly_zones")));
        QCOMPARE(NoFlyZones::read(*plain)->size(), std::size_t(0));
    }

    void dronesFlyAroundTheHelipads()
    {
        auto zones = NoFlyZones::read(*m_twin);
        QVERIFY(zones);
        auto planner = DronePlanner::create(*zones, 15.0);
        QVERIFY2(planner, qPrintable(planner ? QString() : planner.error().toString()));
        const NoFlyZone &helipad = zones->front();
        double cx = 0, cy = 0;
        for (const geo::Point &p : helipad.rings.front()) {
            cx += p.x / double(helipad.rings.front().size());
            cy += p.y / double(helipad.rings.front().size());
        }
        // Straight across the helipad, 600 m or more either side: the nearest pair of end points
        // that lies outside every zone of this twin (the generated twin always has one).
        geo::Point from{}, to{};
        bool found = false;
        for (double reach = 600; reach <= 3000 && !found; reach += 200) {
            from = {cx - reach, cy + 3};
            to = {cx + reach, cy - 3};
            found = planner->zoneAt(from) < 0 && planner->zoneAt(to) < 0;
        }
        QVERIFY2(found, "no end points outside the no-fly zones within 3 km either side of the helipad");
        auto path = planner->plan(from, to, DroneSpec{});
        QVERIFY2(path, qPrintable(path ? QString() : path.error().toString()));
        QVERIFY(path->metres > 1200.0);
        OGRLineString line;
        for (const geo::Point &p : path->waypoints)
            line.addPoint(p.x, p.y);
        for (const NoFlyZone &z : *zones) {
            OGRPolygon polygon;
            auto *ring = new OGRLinearRing;
            for (const geo::Point &p : z.rings.front())
                ring->addPoint(p.x, p.y);
            ring->closeRings();
            polygon.addRingDirectly(ring);
            QVERIFY2(line.Distance(&polygon) >= 15.0 - 1e-6, qPrintable(z.id));
        }
        // Delivering onto the helipad itself is refused, naming the hospital.
        auto onto = planner->plan(from, {cx, cy}, DroneSpec{});
        QVERIFY(!onto);
        QVERIFY2(onto.error().toString().contains(helipad.name), qPrintable(onto.error().toString()));
    }

    void robotsWalkTheTwinsFootways()
    {
        auto walk = routing::RoadGraph::fromTwin(*m_twin, routing::Mode::Walk);
        QVERIFY(walk);
        auto graph = std::make_shared<const routing::RoadGraph>(std::move(walk.value()));
        RobotRouter router(graph);
        auto round = SupermarketRound::read(*m_twin, QStringLiteral("MS-01"));
        QVERIFY(round && round->size() >= 2);
        RobotRouter::Robot robot;
        robot.maxAccessM = 400.0;
        auto route = router.route((*round)[0].position, (*round)[1].position, robot);
        QVERIFY2(route, qPrintable(route ? QString() : route.error().toString()));
        QVERIFY(!route->edges.empty());
        const double straight = std::hypot((*round)[1].position.x - (*round)[0].position.x, (*round)[1].position.y - (*round)[0].position.y);
        QVERIFY(route->metres >= straight - 1e-6);
        for (std::size_t i = 1; i < route->edges.size(); ++i)
            QCOMPARE(graph->edgeTail(route->edges[i]), graph->edgeHead(route->edges[i - 1]));
        QCOMPARE(route->seconds, route->metres / robot.speedMps);
    }

    void droneFlightCheck()
    {
        testing::FakeSession session(m_twin.get(), core::Actor::system(QStringLiteral("tst")));
        DroneFlightCheck check;
        check.setTwin(&session);
        QVERIFY(!check.drones().isEmpty());
        auto hospitals = m_twin->read(QStringLiteral("hospitals"), {QStringLiteral("name")});
        QVERIFY(hospitals);
        QCOMPARE(check.zoneCount(), int(hospitals->size()) + 2);
        const QString hospital = hospitals->columns[0][0].toString();
        const int hospitalPlace = check.places().indexOf(hospital);
        QVERIFY(hospitalPlace >= 0);
        const QString drone = check.drones().first();
        // The hospital itself lies in its helipad zone: refused, naming it.
        QVERIFY(!check.check(drone, hospitalPlace, false));
        QVERIFY2(check.result().contains(hospital) && check.result().contains(QStringLiteral("no-fly zone")), qPrintable(check.result()));
        // Some place outside the zones is within reach of a full battery.
        QVERIFY(sqlite3_exec(m_twin->handle(), QStringLiteral("UPDATE fleet_vehicle SET energy_level = 1.0 WHERE vehicle_id = '%1'").arg(drone).toUtf8().constData(),
                             nullptr, nullptr, nullptr) == SQLITE_OK);
        int feasible = -1;
        for (int i = 0; i < check.places().size() && feasible < 0; ++i)
            if (check.check(drone, i, true))
                feasible = i;
        QVERIFY2(feasible >= 0, qPrintable(check.result()));
        QVERIFY(check.feasible());
        QVERIFY2(check.result().contains(QStringLiteral("battery 100 %")), qPrintable(check.result()));
        // At the reserve the same flight is refused.
        QVERIFY(sqlite3_exec(m_twin->handle(), QStringLiteral("UPDATE fleet_vehicle SET energy_level = 0.2 WHERE vehicle_id = '%1'").arg(drone).toUtf8().constData(),
                             nullptr, nullptr, nullptr) == SQLITE_OK);
        QVERIFY(!check.check(drone, feasible, true));
        QVERIFY2(check.result().contains(QStringLiteral("reserve")), qPrintable(check.result()));
        QVERIFY(!check.feasible());
    }

    void supermarketEtaFollowsReports()
    {
        auto round = SupermarketRound::read(*m_twin, QStringLiteral("MS-01"));
        QVERIFY(round);
        const auto &first = (*round)[0], &second = (*round)[1];
        testing::FakeSession session(m_twin.get(), core::Actor::system(QStringLiteral("tst")));
        SupermarketEtaModel model;
        model.setVehicleId(QStringLiteral("MS-01"));
        // At the first stop at 10:05 (Japan time).
        QVERIFY(exec(*m_twin, QStringLiteral("UPDATE fleet_vehicle SET x = %1, y = %2, updated_at = '%3' WHERE vehicle_id = 'MS-01'")
                                  .arg(first.position.x, 0, 'f', 3).arg(first.position.y, 0, 'f', 3).arg(jst(10, 5))));
        model.setTwin(&session);
        QVERIFY2(model.errorString().isEmpty(), qPrintable(model.errorString()));
        QVERIFY(model.vehicles().contains(QStringLiteral("MS-01")));
        QCOMPARE(model.rowCount(), 6);
        QCOMPARE(model.data(model.index(0), SupermarketEtaModel::StateRole).toString(), QStringLiteral("at_stop"));
        QVERIFY(model.data(model.index(0), SupermarketEtaModel::EtaTextRole).toString().startsWith(QStringLiteral("Here until")));
        const QString secondBefore = model.data(model.index(1), SupermarketEtaModel::EtaTextRole).toString();
        QVERIFY2(secondBefore.startsWith(QStringLiteral("Arriving at")), qPrintable(secondBefore));
        // Half way to the second stop at 10:50, long after it was due there: the first stop is
        // left (replayed from the position history), the second is late.
        const geo::Point half{(first.position.x + second.position.x) / 2, (first.position.y + second.position.y) / 2};
        QVERIFY(exec(*m_twin, QStringLiteral("UPDATE fleet_vehicle SET x = %1, y = %2, updated_at = '%3' WHERE vehicle_id = 'MS-01'")
                                  .arg(half.x, 0, 'f', 3).arg(half.y, 0, 'f', 3).arg(jst(10, 50))));
        model.refresh();
        QCOMPARE(model.data(model.index(0), SupermarketEtaModel::StateRole).toString(), QStringLiteral("departed"));
        QCOMPARE(model.data(model.index(1), SupermarketEtaModel::StateRole).toString(), QStringLiteral("upcoming"));
        const QString secondAfter = model.data(model.index(1), SupermarketEtaModel::EtaTextRole).toString();
        QVERIFY2(secondAfter != secondBefore && secondAfter.contains(QStringLiteral("min late")), qPrintable(secondAfter));
        QVERIFY(model.data(model.index(1), SupermarketEtaModel::DelayMinutesRole).toInt() > 0);
        QVERIFY2(model.headline().contains(second.name), qPrintable(model.headline()));
        QCOMPARE(model.lastReport(), QStringLiteral("10:50"));
    }
};

QTEST_GUILESS_MAIN(TestLogisticsTwin)
#include "tst_logisticstwin.moc"
