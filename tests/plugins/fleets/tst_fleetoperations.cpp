// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "fleetstwin.h"

#include "ct/fleets/demofleet.h"
#include "ct/fleets/dispatchkpis.h"
#include "ct/fleets/vehiclefilter.h"
#include "ct/fleets/vehiclekind.h"
#include "ct/fleets/vehiclereader.h"
#include "ct/store/layerdefinition.h"

#include <QtTest>

#include <sqlite3.h>

using namespace ct;
using namespace ct::fleets;

namespace {

const QDateTime kNine = QDateTime(QDate(2026, 11, 30), QTime(9, 0), Qt::UTC);

QString iso(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODate);
}

bool exec(store::TwinStore &twin, const QString &sql)
{
    char *message = nullptr;
    const bool ok = sqlite3_exec(twin.handle(), sql.toUtf8().constData(), nullptr, nullptr, &message) == SQLITE_OK;
    if (!ok)
        qWarning() << message;
    sqlite3_free(message);
    return ok;
}

qint64 count(store::TwinStore &twin, const QString &sql)
{
    sqlite3_stmt *s = nullptr;
    sqlite3_prepare_v2(twin.handle(), sql.toUtf8().constData(), -1, &s, nullptr);
    qint64 value = -1;
    if (s && sqlite3_step(s) == SQLITE_ROW)
        value = sqlite3_column_int64(s, 0);
    sqlite3_finalize(s);
    return value;
}

VehicleRecord vehicle(const QString &id, const QString &kind, const QString &state, const QString &label = {})
{
    VehicleRecord v;
    v.id = id;
    v.kind = kind;
    v.state = state;
    v.label = label;
    return v;
}

} // namespace

class TestFleetOperations : public QObject
{
    Q_OBJECT

private slots:
    void positionHistoryIsRecordedAndBounded()
    {
        QTemporaryDir dir;
        auto twin = test::makeTwin(dir);
        QVERIFY(twin);
        QVERIFY(exec(*twin, QStringLiteral("UPDATE fleet_setting SET value = 5 WHERE key = 'history_max_points'")));
        QVERIFY(exec(*twin, QStringLiteral("INSERT INTO fleet_vehicle (vehicle_id, kind, x, y, heading_deg, updated_at) "
                                           "VALUES ('D-1', 'drone', 0, 0, 90, '%1')").arg(iso(kNine))));
        for (int minute = 1; minute <= 8; ++minute)
            QVERIFY(exec(*twin, QStringLiteral("UPDATE fleet_vehicle SET x = %1, updated_at = '%2' WHERE vehicle_id = 'D-1'")
                                    .arg(minute * 100).arg(iso(kNine.addSecs(60 * minute)))));
        // The newest five of nine positions.
        auto track = VehicleReader::track(*twin, QStringLiteral("D-1"));
        QVERIFY(track);
        QCOMPARE(int(track->size()), 5);
        QCOMPARE(track->front().x, 400.0);
        QCOMPARE(track->back().x, 800.0);
        QCOMPARE(track->back().at, kNine.addSecs(480));
        // Retention: a report three hours later drops everything older than two hours.
        QVERIFY(exec(*twin, QStringLiteral("UPDATE fleet_vehicle SET x = 900, updated_at = '%1' WHERE vehicle_id = 'D-1'")
                                .arg(iso(kNine.addSecs(3 * 3600)))));
        QCOMPARE(count(*twin, QStringLiteral("SELECT count(*) FROM fleet_position_history")), 1);
        // A state change without a move records nothing new.
        QVERIFY(exec(*twin, QStringLiteral("UPDATE fleet_vehicle SET state = 'charging' WHERE vehicle_id = 'D-1'")));
        QCOMPARE(count(*twin, QStringLiteral("SELECT count(*) FROM fleet_position_history")), 1);
        QVERIFY(exec(*twin, QStringLiteral("DELETE FROM fleet_vehicle")));
        QCOMPARE(count(*twin, QStringLiteral("SELECT count(*) FROM fleet_position_history")), 0);
    }

    void badVehicleValuesAreRefused()
    {
        QTemporaryDir dir;
        auto twin = test::makeTwin(dir);
        QVERIFY(twin);
        QVERIFY(!exec(*twin, QStringLiteral("INSERT INTO fleet_vehicle (vehicle_id, kind, energy_type) VALUES ('X', 'drone', 'coal')")));
        QVERIFY(!exec(*twin, QStringLiteral("INSERT INTO fleet_vehicle (vehicle_id, kind, energy_level) VALUES ('X', 'drone', 1.5)")));
        QVERIFY(!exec(*twin, QStringLiteral("INSERT INTO fleet_request (created_at, pickup_x, pickup_y, dropoff_x, dropoff_y, "
                                            "earliest_pickup, latest_arrival, passengers) VALUES ('%1', 0, 0, 1, 1, '%1', '%1', 1)")
                                 .arg(iso(kNine))));
    }

    void vehicleFilters_data()
    {
        QTest::addColumn<QStringList>("kinds");
        QTest::addColumn<QString>("state");
        QTest::addColumn<QString>("search");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("all") << QStringList() << QString() << QString() << QStringList{"ODB-01", "ODB-02", "DN-01", "MS-01"};
        QTest::newRow("kind") << QStringList{"on_demand_bus"} << QString() << QString() << QStringList{"ODB-01", "ODB-02"};
        QTest::newRow("two kinds") << QStringList{"drone", "mobile_supermarket"} << QString() << QString() << QStringList{"DN-01", "MS-01"};
        QTest::newRow("state") << QStringList() << "idle" << QString() << QStringList{"ODB-02", "MS-01"};
        QTest::newRow("kind and state") << QStringList{"on_demand_bus"} << "idle" << QString() << QStringList{"ODB-02"};
        QTest::newRow("search id, any case") << QStringList() << QString() << "odb-0" << QStringList{"ODB-01", "ODB-02"};
        QTest::newRow("search label") << QStringList() << QString() << "sakura" << QStringList{"MS-01"};
        QTest::newRow("nothing") << QStringList{"drone"} << "idle" << QString() << QStringList();
    }

    void vehicleFilters()
    {
        QFETCH(QStringList, kinds);
        QFETCH(QString, state);
        QFETCH(QString, search);
        QFETCH(QStringList, expected);
        const std::vector<VehicleRecord> all = {vehicle("ODB-01", "on_demand_bus", "in_service"), vehicle("ODB-02", "on_demand_bus", "idle"),
                                                vehicle("DN-01", "drone", "en_route"),
                                                vehicle("MS-01", "mobile_supermarket", "idle", "Sakura market")};
        VehicleFilter filter{kinds, state, search};
        QStringList got;
        for (const VehicleRecord &v : filter.apply(all))
            got << v.id;
        QCOMPARE(got, expected);
    }

    void kpisFromRequestsAndHistory()
    {
        QTemporaryDir dir;
        auto twin = test::makeTwin(dir);
        QVERIFY(twin);
        QVERIFY(exec(*twin, QStringLiteral("INSERT INTO fleet_vehicle (vehicle_id, kind, capacity, x, y, updated_at) VALUES "
                                           "('ODB-1', 'on_demand_bus', 4, 0, 0, '%1'), ('ODB-2', 'on_demand_bus', 6, 0, 0, '%1'), "
                                           "('DN-1', 'drone', 0, 0, 0, '%1')").arg(iso(kNine))));
        // ODB-1 drives 3 km in the first hour and 4 km in the second; the drone's flight is not counted.
        QVERIFY(exec(*twin, QStringLiteral("UPDATE fleet_vehicle SET x = 3000, updated_at = '%1' WHERE vehicle_id = 'ODB-1'").arg(iso(kNine.addSecs(1800)))));
        QVERIFY(exec(*twin, QStringLiteral("UPDATE fleet_vehicle SET y = 4000, updated_at = '%1' WHERE vehicle_id = 'ODB-1'").arg(iso(kNine.addSecs(3900)))));
        QVERIFY(exec(*twin, QStringLiteral("UPDATE fleet_vehicle SET x = 9000, updated_at = '%1' WHERE vehicle_id = 'DN-1'").arg(iso(kNine.addSecs(600)))));
        auto request = [&](int earliest, const QString &status, int pickup, int dropoff, double direct, int passengers) {
            return exec(*twin, QStringLiteral("INSERT INTO fleet_request (created_at, pickup_x, pickup_y, dropoff_x, dropoff_y, earliest_pickup, "
                                              "latest_arrival, passengers, status, pickup_eta, dropoff_eta, direct_s) VALUES "
                                              "('%1', 0, 0, 1, 1, '%2', '%3', %4, '%5', %6, %7, %8)")
                                   .arg(iso(kNine), iso(kNine.addSecs(earliest)), iso(kNine.addSecs(earliest + 7200)))
                                   .arg(passengers).arg(status)
                                   .arg(pickup < 0 ? QStringLiteral("NULL") : QStringLiteral("'%1'").arg(iso(kNine.addSecs(pickup))))
                                   .arg(dropoff < 0 ? QStringLiteral("NULL") : QStringLiteral("'%1'").arg(iso(kNine.addSecs(dropoff))))
                                   .arg(direct));
        };
        // Hour 1: waits 300 s and 900 s; rides 600 s for 400 s direct (1.5) and 1200 s for 1200 s (1.0); one rejected.
        QVERIFY(request(0, "completed", 300, 900, 400, 2));
        QVERIFY(request(600, "assigned", 1500, 2700, 1200, 1));
        QVERIFY(request(1200, "rejected", -1, -1, 0, 1));
        // Asked for in hour 1 as well, riding across the hour boundary (3000 → 4200 s): no wait, 1.2.
        QVERIFY(request(3000, "picked_up", 3000, 4200, 1000, 3));
        auto kpis = DispatchKpis::compute(*twin, kNine, kNine.addSecs(7200), 3600);
        QVERIFY2(kpis, kpis ? "" : qPrintable(kpis.error().toString()));
        QCOMPARE(int(kpis->size()), 2);
        const KpiSample &h1 = (*kpis)[0], &h2 = (*kpis)[1];
        QCOMPARE(h1.requests, 4);
        QCOMPARE(h1.served, 3);
        QCOMPARE(h1.rejected, 1);
        QCOMPARE(h1.meanWaitSeconds, 400.0);
        QVERIFY(qFuzzyCompare(h1.meanDetourFactor, (1.5 + 1.0 + 1.2) / 3));
        QCOMPARE(h1.vehicleKm, 3.0);
        // Rider-seconds: 2×600 + 1×1200 + 3×600 (3000–3600) = 4200 over 10 seats × 3600 s.
        QCOMPARE(h1.occupancy, 4200.0 / 36000.0);
        QCOMPARE(h2.requests, 0);
        QVERIFY(std::isnan(h2.meanWaitSeconds));
        QCOMPARE(h2.occupancy, 3 * 600.0 / 36000.0);
        QCOMPARE(h2.vehicleKm, 4.0);
        QVERIFY(!DispatchKpis::compute(*twin, kNine, kNine, 3600));
        QVERIFY(!DispatchKpis::compute(*twin, kNine, kNine.addSecs(60), 0));
    }

    void demoFleetOnGeneratedTwinsOnly()
    {
        QTemporaryDir dir;
        auto twin = store::TwinStore::create(dir.filePath(QStringLiteral("demo.gpkg")));
        QVERIFY(twin);
        store::LayerDefinition routes;
        routes.name = QStringLiteral("bus_routes");
        routes.geometryType = geo::GeometryType::LineString;
        routes.fields = {{QStringLiteral("route_id"), store::FieldDefinition::Type::Text, false},
                         {QStringLiteral("kind"), store::FieldDefinition::Type::Text, false}};
        QVERIFY((*twin)->createLayer(routes));
        {
            auto writer = (*twin)->writer(QStringLiteral("bus_routes"), {QStringLiteral("route_id"), QStringLiteral("kind")});
            QVERIFY(writer);
            QVERIFY(writer->insert(geo::Geometry::lineString({{0, 0}, {1000, 0}, {1000, 1000}}), {QStringLiteral("R1"), QStringLiteral("community")}));
            QVERIFY(writer->insert(geo::Geometry::lineString({{2000, 0}, {3000, 0}, {3000, 1000}, {2000, 0}}),
                                   {QStringLiteral("Z1"), QStringLiteral("on_demand_zone")}));
            QVERIFY(writer->finish());
        }
        // Not generated: no demo vehicles.
        QTemporaryDir plainDir;
        auto plain = test::makeTwin(plainDir);
        QVERIFY(plain);
        QCOMPARE(count(*plain, QStringLiteral("SELECT count(*) FROM fleet_vehicle")), 0);
        QVERIFY((*twin)->setMetadata(QStringLiteral("generator.seed"), QStringLiteral("7")));
        QVERIFY((*twin)->migrate(QStringLiteral("fleets"), FleetSchema::migrations()));
        auto vehicles = VehicleReader::vehicles(**twin);
        QVERIFY(vehicles);
        QCOMPARE(int(vehicles->size()), 45);
        QSet<QString> kinds;
        for (const VehicleRecord &v : *vehicles) {
            kinds.insert(v.kind);
            QVERIFY(v.x && v.y && v.headingDeg);
            QVERIFY2(*v.x >= 0 && *v.x <= 3000 && *v.y >= 0 && *v.y <= 1000, qPrintable(v.id));
            QVERIFY(v.energyLevel && *v.energyLevel >= 0.35 && *v.energyLevel <= 0.95);
            QVERIFY(!v.energyType.isEmpty());
            QVERIFY(v.occupancy <= v.capacity);
        }
        QCOMPARE(kinds.size(), int(VehicleKinds::all().size()));
        QCOMPARE(count(**twin, QStringLiteral("SELECT count(*) FROM fleet_position_history")), 45);
        QCOMPARE(count(**twin, QStringLiteral("SELECT count(*) FROM fleet_request WHERE status = 'open'")), 8);
        // Once only: the step is recorded and does not run again.
        QVERIFY((*twin)->migrate(QStringLiteral("fleets"), FleetSchema::migrations()));
        QCOMPARE(count(**twin, QStringLiteral("SELECT count(*) FROM fleet_vehicle")), 45);
        // The same seed gives the same fleet.
        QTemporaryDir other;
        auto copy = store::TwinStore::create(other.filePath(QStringLiteral("demo.gpkg")));
        QVERIFY(copy);
        QVERIFY((*copy)->createLayer(routes));
        auto writer = (*copy)->writer(QStringLiteral("bus_routes"), {QStringLiteral("route_id"), QStringLiteral("kind")});
        QVERIFY(writer->insert(geo::Geometry::lineString({{0, 0}, {1000, 0}, {1000, 1000}}), {QStringLiteral("R1"), QStringLiteral("community")}));
        QVERIFY(writer->insert(geo::Geometry::lineString({{2000, 0}, {3000, 0}, {3000, 1000}, {2000, 0}}),
                               {QStringLiteral("Z1"), QStringLiteral("on_demand_zone")}));
        QVERIFY(writer->finish());
        QVERIFY((*copy)->setMetadata(QStringLiteral("generator.seed"), QStringLiteral("7")));
        QVERIFY((*copy)->migrate(QStringLiteral("fleets"), FleetSchema::migrations()));
        auto again = VehicleReader::vehicles(**copy);
        QVERIFY(again);
        QCOMPARE(int(again->size()), 45);
        for (std::size_t i = 0; i < again->size(); ++i)
            QCOMPARE((*again)[i].x, (*vehicles)[i].x);
    }
};

QTEST_GUILESS_MAIN(TestFleetOperations)
#include "tst_fleetoperations.moc"
