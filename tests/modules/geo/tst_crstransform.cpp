// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "ct/geo/crs.h"
#include "ct/geo/crsdefinition.h"
#include "ct/geo/crstransform.h"

#include <QtTest>

#include <cmath>

using ct::geo::CrsTransform;
using ct::geo::Point;
namespace crs = ct::geo::crs;

namespace {
constexpr double kZoneIXOriginLon = 139.0 + 50.0 / 60.0; // 139°50′E
constexpr double kZoneIXOriginLat = 36.0;
} // namespace

/// \brief CrsTransform: JGD2011 plane zone IX, axis-order normalisation and failures.
class TestCrsTransform : public QObject
{
    Q_OBJECT

private slots:
    void zoneOriginIsZero_data();
    void zoneOriginIsZero();
    void roundTrip_data();
    void roundTrip();
    void eastIsPositiveX();
    void spanAndGeometry();
    void unknownCrs_data();
    void unknownCrs();
    void wktDefinition();
};

void TestCrsTransform::zoneOriginIsZero_data()
{
    // EPSG:4326 and EPSG:6697 are latitude-first in the EPSG registry; the transform still takes
    // x = longitude.
    QTest::addColumn<QString>("from");
    QTest::newRow("EPSG:4326") << QStringLiteral("EPSG:4326");
    QTest::newRow("EPSG:6697") << QStringLiteral("EPSG:6697");
    QTest::newRow("EPSG:6668") << QStringLiteral("EPSG:6668");
}

void TestCrsTransform::zoneOriginIsZero()
{
    QFETCH(QString, from);
    auto transform = CrsTransform::create(from, QStringLiteral("EPSG:%1").arg(crs::kJgd2011ZoneIX));
    QVERIFY2(transform.ok(), qPrintable(transform.ok() ? QString() : transform.error().toString()));
    Point p{kZoneIXOriginLon, kZoneIXOriginLat};
    QVERIFY(transform->forward(p));
    QVERIFY2(std::abs(p.x) < 1e-3 && std::abs(p.y) < 1e-3, qPrintable(QStringLiteral("(%1, %2)").arg(p.x).arg(p.y)));
}

void TestCrsTransform::roundTrip_data()
{
    QTest::addColumn<double>("lon");
    QTest::addColumn<double>("lat");
    QTest::newRow("Tsukuba station") << 140.1109 << 36.0828;
    QTest::newRow("Mount Tsukuba") << 140.1066 << 36.2253;
    QTest::newRow("zone IX west edge") << 138.5 << 35.2;
    QTest::newRow("zone IX origin") << kZoneIXOriginLon << kZoneIXOriginLat;
}

void TestCrsTransform::roundTrip()
{
    QFETCH(double, lon);
    QFETCH(double, lat);
    auto transform = CrsTransform::create(crs::kWgs84, crs::kJgd2011ZoneIX);
    QVERIFY(transform.ok());
    Point p{lon, lat};
    QVERIFY(transform->forward(p));
    QVERIFY(std::abs(p.x) < 300000 && std::abs(p.y) < 300000); // metres within the zone
    QVERIFY(transform->inverse(p));
    QVERIFY2(std::abs(p.x - lon) < 1e-9 && std::abs(p.y - lat) < 1e-9,
             qPrintable(QStringLiteral("%1 %2").arg(p.x - lon).arg(p.y - lat)));
}

void TestCrsTransform::eastIsPositiveX()
{
    // 0.1° east of the origin is ~9 km east: x grows, y stays near 0. A swapped axis order would
    // put the point hundreds of kilometres away or fail.
    auto transform = CrsTransform::create(crs::kWgs84, crs::kJgd2011ZoneIX);
    QVERIFY(transform.ok());
    Point east{kZoneIXOriginLon + 0.1, kZoneIXOriginLat};
    QVERIFY(transform->forward(east));
    QVERIFY2(east.x > 8900 && east.x < 9100, qPrintable(QString::number(east.x)));
    QVERIFY(std::abs(east.y) < 100);
    Point north{kZoneIXOriginLon, kZoneIXOriginLat + 0.1};
    QVERIFY(transform->forward(north));
    QVERIFY2(north.y > 11000 && north.y < 11200, qPrintable(QString::number(north.y)));
    QVERIFY(std::abs(north.x) < 1e-3);
}

void TestCrsTransform::spanAndGeometry()
{
    auto transform = CrsTransform::create(crs::kWgs84, crs::kJgd2011ZoneIX);
    QVERIFY(transform.ok());
    auto g = ct::geo::Geometry::lineString({{kZoneIXOriginLon, kZoneIXOriginLat}, {kZoneIXOriginLon + 0.1, kZoneIXOriginLat}});
    QVERIFY(transform->forward(g));
    QVERIFY(std::abs(g.points()[0].x) < 1e-3);
    QVERIFY(g.points()[1].x > 8900);
    QCOMPARE(transform->sourceCrs(), QStringLiteral("EPSG:4326"));
    QCOMPARE(transform->targetCrs(), QStringLiteral("EPSG:6677"));
}

void TestCrsTransform::unknownCrs_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::newRow("unknown source") << QStringLiteral("EPSG:999999") << QStringLiteral("EPSG:6677");
    QTest::newRow("unknown target") << QStringLiteral("EPSG:4326") << QStringLiteral("EPSG:999999");
    QTest::newRow("garbage") << QStringLiteral("not a crs") << QStringLiteral("EPSG:6677");
}

void TestCrsTransform::unknownCrs()
{
    QFETCH(QString, from);
    QFETCH(QString, to);
    auto transform = CrsTransform::create(from, to);
    QVERIFY(!transform.ok());
    const QString bad = from.startsWith(QLatin1String("EPSG:4326")) ? to : from;
    QVERIFY2(transform.error().message.contains(bad), qPrintable(transform.error().message));
}

void TestCrsTransform::wktDefinition()
{
    auto wkt = ct::geo::crsWkt(crs::kJgd2011ZoneIX);
    QVERIFY(wkt.ok());
    QVERIFY(wkt->startsWith(QLatin1String("PROJCS[")));
    QVERIFY(wkt->contains(QLatin1String("JGD2011")));
    QVERIFY(wkt->contains(QLatin1String("AUTHORITY[\"EPSG\",\"6677\"]")));
    auto name = ct::geo::crsName(crs::kJgd2011ZoneIX);
    QVERIFY(name.ok());
    QCOMPARE(name.value(), QStringLiteral("JGD2011 / Japan Plane Rectangular CS IX"));
    auto unknown = ct::geo::crsWkt(999999);
    QVERIFY(!unknown.ok());
    QVERIFY(unknown.error().message.contains(QLatin1String("EPSG:999999")));
}

QTEST_GUILESS_MAIN(TestCrsTransform)
#include "tst_crstransform.moc"
