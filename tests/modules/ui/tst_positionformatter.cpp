// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "positionformatter.h"

#include <QTest>

using ct::ui::PositionFormatter;

class TestPositionFormatter : public QObject
{
    Q_OBJECT

private slots:
    void describesZoneNinePositions_data();
    void describesZoneNinePositions();
    void roundTripThroughWgs84();
    void unknownCrsIsReported();
};

void TestPositionFormatter::describesZoneNinePositions_data()
{
    QTest::addColumn<double>("x");
    QTest::addColumn<double>("y");
    QTest::addColumn<QString>("wgs84");
    QTest::addColumn<QString>("metric");
    // The origin of JGD2011 plane zone IX is 36° N, 139° 50′ E.
    QTest::newRow("zone origin") << 0.0 << 0.0 << "36.00000° N, 139.83333° E" << "E 0.0 m, N 0.0 m";
    // 10 km east and 9 km north of it; expected value from gdaltransform -s_srs EPSG:6677 -t_srs EPSG:4326.
    QTest::newRow("north-east") << 10000.0 << 9000.0 << "36.08107° N, 139.94437° E" << "E 10000.0 m, N 9000.0 m";
}

void TestPositionFormatter::describesZoneNinePositions()
{
    QFETCH(double, x);
    QFETCH(double, y);
    QFETCH(QString, wgs84);
    QFETCH(QString, metric);
    PositionFormatter formatter;
    QVERIFY(formatter.error().isEmpty());
    const QVariantMap d = formatter.describe(x, y);
    QVERIFY(d.value(QStringLiteral("valid")).toBool());
    QCOMPARE(d.value(QStringLiteral("wgs84")).toString(), wgs84);
    QCOMPARE(d.value(QStringLiteral("metric")).toString(), metric);
}

void TestPositionFormatter::roundTripThroughWgs84()
{
    PositionFormatter formatter;
    const QVariantMap d = formatter.describe(12345.6, -7890.1);
    const QVariantMap back = formatter.fromWgs84(d.value(QStringLiteral("lon")).toDouble(), d.value(QStringLiteral("lat")).toDouble());
    QVERIFY(back.value(QStringLiteral("valid")).toBool());
    QVERIFY(std::abs(back.value(QStringLiteral("x")).toDouble() - 12345.6) < 1e-6);
    QVERIFY(std::abs(back.value(QStringLiteral("y")).toDouble() + 7890.1) < 1e-6);
    QVERIFY(!formatter.describe(qQNaN(), 0).value(QStringLiteral("valid")).toBool());
}

void TestPositionFormatter::unknownCrsIsReported()
{
    PositionFormatter formatter;
    formatter.setSourceCrs(QStringLiteral("EPSG:999999"));
    QVERIFY(formatter.error().contains(QStringLiteral("EPSG:999999")));
    QVERIFY(!formatter.describe(0, 0).value(QStringLiteral("valid")).toBool());
}

QTEST_GUILESS_MAIN(TestPositionFormatter)
#include "tst_positionformatter.moc"
