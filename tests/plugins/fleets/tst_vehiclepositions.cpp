// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "fleetstestsupport.h"
#include "fleetstwin.h"

#include "ct/fleets/gtfsrealtimefeed.h"
#include "ct/fleets/vehiclepositionupdater.h"

#include <QRandomGenerator>
#include <QtTest>

using namespace ct;
using namespace ct::fleets;
using ct::fleets::test::scalar;

namespace {

/// Values a float holds exactly, as the protobuf fields are floats.
double f(double v)
{
    return double(float(v));
}

std::vector<VehiclePosition> sample()
{
    VehiclePosition a;
    a.vehicleId = QStringLiteral("bus-101");
    a.label = QStringLiteral("つくバス 101");
    a.tripId = QStringLiteral("T1");
    a.routeId = QStringLiteral("R1");
    a.latitude = f(36.0826);
    a.longitude = f(140.1115);
    a.bearing = f(271.5);
    a.speed = f(8.25);
    a.stopId = QStringLiteral("S3");
    a.status = VehiclePosition::Status::StoppedAt;
    a.timestamp = 1796000000;
    VehiclePosition b;
    b.vehicleId = QStringLiteral("demand-7");
    b.latitude = f(36.1064);
    b.longitude = f(140.1029);
    b.status = VehiclePosition::Status::IncomingAt;
    b.timestamp = 1796000030;
    VehiclePosition c; // no bearing, no speed, no time, default status
    c.vehicleId = QStringLiteral("shuttle-2");
    c.latitude = f(36.05);
    c.longitude = f(140.08);
    return {a, b, c};
}

} // namespace

class TstVehiclePositions : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private slots:
    void roundTrip()
    {
        const auto positions = sample();
        const QByteArray bytes = GtfsRealtimeFeed::encode(positions, 1796000040);
        auto decoded = GtfsRealtimeFeed::decode(bytes, QStringLiteral("feed.pb"));
        QVERIFY2(decoded, qPrintable(decoded ? QString() : decoded.error().toString()));
        QCOMPARE(decoded->size(), positions.size());
        for (size_t i = 0; i < positions.size(); ++i)
            QVERIFY2((*decoded)[i] == positions[i], qPrintable(positions[i].vehicleId));
    }

    void decodesTheOfficialLayout()
    {
        // Bytes written by hand from the reference's field numbers, not by our generated code.
        test::OfficialVehicle a;
        a.entityId = "e1";
        a.vehicleId = "bus-9";
        a.label = "9";
        a.tripId = "T2";
        a.routeId = "R1";
        a.stopId = "S2";
        a.latitude = 36.1f;
        a.longitude = 140.1f;
        a.bearing = 90.0f;
        a.timestamp = 1796000123;
        a.status = 1; // STOPPED_AT
        test::OfficialVehicle b;
        b.entityId = "only-entity-id";
        b.latitude = 36.0f;
        b.longitude = 140.0f;
        b.status = 0; // INCOMING_AT
        auto decoded = GtfsRealtimeFeed::decode(test::officialFeed({a, b}, 1796000200), QStringLiteral("official.pb"));
        QVERIFY2(decoded, qPrintable(decoded ? QString() : decoded.error().toString()));
        QCOMPARE(decoded->size(), std::size_t(2));
        const VehiclePosition &p = decoded->at(0);
        QCOMPARE(p.vehicleId, QStringLiteral("bus-9"));
        QCOMPARE(p.label, QStringLiteral("9"));
        QCOMPARE(p.tripId, QStringLiteral("T2"));
        QCOMPARE(p.routeId, QStringLiteral("R1"));
        QCOMPARE(p.stopId, QStringLiteral("S2"));
        QCOMPARE(p.latitude, double(36.1f));
        QCOMPARE(p.longitude, double(140.1f));
        QCOMPARE(p.bearing.value_or(-1), 90.0);
        QVERIFY(!p.speed);
        QCOMPARE(p.timestamp, 1796000123);
        QCOMPARE(p.status, VehiclePosition::Status::StoppedAt);
        // No VehicleDescriptor.id: the entity id names the vehicle (empty descriptor id sent).
        QCOMPARE(decoded->at(1).vehicleId, QStringLiteral("only-entity-id"));
        QCOMPARE(decoded->at(1).status, VehiclePosition::Status::IncomingAt);
        // And the other way: our encoder's bytes are the official layout byte for byte.
        VehiclePosition c;
        c.vehicleId = QStringLiteral("v");
        c.latitude = double(36.5f);
        c.longitude = double(140.5f);
        c.timestamp = 5;
        test::OfficialVehicle same;
        same.entityId = same.vehicleId = "v";
        same.latitude = 36.5f;
        same.longitude = 140.5f;
        same.timestamp = 5;
        QByteArray expected = test::officialFeed({same}, 7);
        // The encoder also sends incrementality FULL_DATASET (FeedHeader field 2 = 0).
        QCOMPARE(GtfsRealtimeFeed::encode({c}, 7).size(), expected.size() + 2);
    }

    void corruptedFeedsAreRefused_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        const QByteArray good = GtfsRealtimeFeed::encode(sample(), 1796000040);
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("truncated") << good.left(good.size() - 7);
        QTest::newRow("text") << QByteArray("{\"entity\": []}\n");
        QByteArray flipped = good;
        flipped[0] = char(0xff); // field 31, wire type 7: no such wire type
        QTest::newRow("bad tag") << flipped;
        // A FeedMessage without its required header.
        QTest::newRow("no header") << QByteArray("\x12\x03\x0a\x01x", 5);
    }
    void corruptedFeedsAreRefused()
    {
        QFETCH(QByteArray, bytes);
        auto decoded = GtfsRealtimeFeed::decode(bytes, QStringLiteral("broken.pb"));
        QVERIFY(!decoded);
        QVERIFY2(decoded.error().where.startsWith(QStringLiteral("broken.pb")), qPrintable(decoded.error().toString()));
    }

    void randomGarbageNeverDecodesSilentlyWrong()
    {
        // Random bytes either fail to parse or decode into whatever they encode; they must not crash.
        QRandomGenerator random(8);
        for (int i = 0; i < 500; ++i) {
            QByteArray bytes(int(random.bounded(1, 200)), Qt::Uninitialized);
            for (auto &b : bytes)
                b = char(random.bounded(256));
            auto decoded = GtfsRealtimeFeed::decode(bytes, QStringLiteral("noise.pb"));
            if (decoded)
                for (const auto &p : *decoded)
                    QVERIFY(std::abs(p.latitude) <= 90 && std::abs(p.longitude) <= 180);
        }
    }

    void outOfRangeLatitude()
    {
        auto positions = sample();
        positions[1].latitude = 123.0;
        auto decoded = GtfsRealtimeFeed::decode(GtfsRealtimeFeed::encode(positions, 1), QStringLiteral("feed.pb"));
        QVERIFY(!decoded);
        QVERIFY2(decoded.error().where.contains(QStringLiteral("entity[1]")), qPrintable(decoded.error().toString()));
        QVERIFY(decoded.error().message.contains(QStringLiteral("latitude")));
    }

    void updatesTheVehicleTable()
    {
        auto twin = test::makeTwin(m_dir, QStringLiteral("rt.gpkg"));
        QVERIFY(twin);
        QVERIFY(twin->setMetadata(QStringLiteral("probe"), QStringLiteral("1")));
        sqlite3_exec(twin->handle(),
                     "INSERT INTO fleet_vehicle (vehicle_id, kind, capacity, state, x, y, updated_at) VALUES "
                     "('bus-101', 'community_bus', 30, 'depot', 0, 0, '2026-01-01T00:00:00Z'),"
                     "('demand-7', 'on_demand_bus', 8, 'idle', 1, 1, '2030-01-01T00:00:00Z')",
                     nullptr, nullptr, nullptr);
        const QString file = m_dir.filePath(QStringLiteral("positions.pb"));
        {
            QFile out(file);
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write(GtfsRealtimeFeed::encode(sample(), 1796000040));
        }
        auto read = GtfsRealtimeFeed::readFile(file);
        QVERIFY(read);
        auto outcome = VehiclePositionUpdater::apply(*twin, *read);
        QVERIFY2(outcome, qPrintable(outcome ? QString() : outcome.error().toString()));
        QCOMPARE(outcome->updated, 1);  // bus-101
        QCOMPARE(outcome->stale, 1);    // demand-7: the table has a newer report
        QCOMPARE(outcome->inserted, 1); // shuttle-2
        QCOMPARE(scalar(*twin, "SELECT state || '/' || heading_deg || '/' || capacity FROM fleet_vehicle WHERE vehicle_id = 'bus-101'"),
                 QStringLiteral("stopped_at/271.5/30"));
        QCOMPARE(scalar(*twin, "SELECT updated_at FROM fleet_vehicle WHERE vehicle_id = 'bus-101'"),
                 QDateTime::fromSecsSinceEpoch(1796000000, Qt::UTC).toString(Qt::ISODate));
        const double x = scalar(*twin, "SELECT x FROM fleet_vehicle WHERE vehicle_id = 'bus-101'").toDouble();
        const double y = scalar(*twin, "SELECT y FROM fleet_vehicle WHERE vehicle_id = 'bus-101'").toDouble();
        QVERIFY2(x > 22000 && x < 26000 && y > 8000 && y < 13000, qPrintable(QStringLiteral("%1 %2").arg(x).arg(y)));
        QCOMPARE(scalar(*twin, "SELECT state || '/' || x FROM fleet_vehicle WHERE vehicle_id = 'demand-7'"), QStringLiteral("idle/1.0"));
        QCOMPARE(scalar(*twin, "SELECT kind || '/' || (heading_deg IS NULL) FROM fleet_vehicle WHERE vehicle_id = 'shuttle-2'"),
                 QStringLiteral("community_bus/1"));
    }
};

QTEST_GUILESS_MAIN(TstVehiclePositions)
#include "tst_vehiclepositions.moc"
