// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
//
// The rainfall-runoff pieces on their own (#7.7): the linear reservoir against its analytic
// solution, the rating curve, the hyetograph and the checks of the scenario section.
#include "hyetograph.h"
#include "linearreservoir.h"
#include "rainfallsettings.h"
#include "ratingcurve.h"

#include <QJsonDocument>
#include <QTest>

#include <cmath>

using namespace ct;
using namespace ct::sensors;

namespace {

QJsonObject json(const char *text)
{
    return QJsonDocument::fromJson(QByteArray(text)).object();
}

QStringList wheres(const QList<core::Error> &errors)
{
    QStringList out;
    for (const auto &e : errors)
        out << e.where;
    return out;
}

} // namespace

class TestRainfallRunoff : public QObject
{
    Q_OBJECT

private slots:
    void reservoirMatchesTheAnalyticSolution_data()
    {
        QTest::addColumn<double>("stepSeconds");
        QTest::newRow("10 s") << 10.0;
        QTest::newRow("7 min") << 420.0;
        QTest::newRow("1 h") << 3600.0;
    }
    void reservoirMatchesTheAnalyticSolution()
    {
        // Q(t) = Qb + C·i·A/3.6·(1 − e^(−t/k)) for constant rain i on a catchment at base flow.
        QFETCH(double, stepSeconds);
        const double area = 150.0, c = 0.6, k = 2.6 * 3600.0, base = 3.0, i = 30.0;
        LinearReservoir r(area, c, k, base);
        QCOMPARE(r.discharge(), base);
        for (double t = stepSeconds; t <= 12 * 3600.0 + 1e-6; t += stepSeconds) {
            r.advance(stepSeconds, i);
            const double expected = base + i * area * c / 3.6 * (1.0 - std::exp(-t / k));
            QVERIFY2(std::abs(r.discharge() - expected) <= 1e-9 * expected,
                     qPrintable(QStringLiteral("t=%1 s: %2 vs %3").arg(t).arg(r.discharge(), 0, 'g', 15).arg(expected, 0, 'g', 15)));
            QCOMPARE(LinearReservoir::constantRainDischarge(i, area, c, k, base, t), expected);
        }
        // After about 12 h (4.6 k) within 1.1 % of the equilibrium C·i·A/3.6 = 750 m³/s.
        QVERIFY(std::abs(r.directRunoff() - 750.0) < 8.25);
        QCOMPARE(LinearReservoir::equilibrium(i, area, c), 750.0);
    }

    void reservoirRecedesExponentially()
    {
        LinearReservoir r(20.0, 0.5, 3600.0, 0.0);
        r.advance(10 * 3600.0, 36.0);        // equilibrium 0.5·36·20/3.6 = 100 m³/s (to 5e-5)
        const double q0 = r.discharge();
        r.advance(3600.0, 0.0);              // one k without rain: × e^−1
        QVERIFY(std::abs(r.discharge() - q0 * std::exp(-1.0)) < 1e-9);
        // Splitting a step changes nothing (exact for piecewise-constant rain).
        LinearReservoir a(20.0, 0.5, 3600.0, 1.0), b(20.0, 0.5, 3600.0, 1.0);
        a.advance(1800.0, 12.0);
        for (int n = 0; n < 30; ++n)
            b.advance(60.0, 12.0);
        QVERIFY(std::abs(a.discharge() - b.discharge()) < 1e-9);
    }

    void defaultStorageGrowsWithArea()
    {
        double last = 0.0;
        for (double area : {1.0, 3.3, 20.0, 150.0, 705.0}) {
            const double k = LinearReservoir::defaultStorageHours(area);
            QVERIFY(k > last);
            last = k;
        }
        QVERIFY(std::abs(LinearReservoir::defaultStorageHours(150.0) - 0.35 * std::pow(150.0, 0.4)) < 1e-12);
    }

    void ratingCurveIsMonotonicThroughItsPoints()
    {
        // Normal 1.0 m at 3 m³/s, danger 3.8 m at 700 m³/s.
        auto c = RatingCurve::through(3.0, 1.0, 700.0, 3.8, 0.5);
        QVERIFY(c && c->isValid());
        QVERIFY(std::abs(c->level(3.0) - 1.0) < 1e-12);
        QVERIFY(std::abs(c->level(700.0) - 3.8) < 1e-12);
        double last = c->level(0.0);
        QCOMPARE(last, c->h0);
        for (double q = 0.5; q < 5000.0; q *= 1.3) {
            const double h = c->level(q);
            QVERIFY2(h > last, qPrintable(QStringLiteral("not rising at Q=%1").arg(q)));
            QVERIFY(std::abs(c->discharge(h) - q) < 1e-9 * q);   // the inverse
            last = h;
        }
        QCOMPARE(c->level(-5.0), c->h0);                        // no negative flow
        QCOMPARE(c->discharge(c->h0 - 1.0), 0.0);
        // Other exponents still pass through both points.
        for (double b : {0.3, 0.6, 1.0}) {
            auto other = RatingCurve::through(0.0, 0.5, 100.0, 2.5, b);
            QVERIFY(other);
            QVERIFY(std::abs(other->level(100.0) - 2.5) < 1e-12);
            QVERIFY(std::abs(other->level(0.0) - 0.5) < 1e-12);
        }
    }

    void ratingCurveRefusesImpossiblePoints()
    {
        QVERIFY(!RatingCurve::through(10.0, 1.0, 10.0, 3.0, 0.5));   // design flood not above base
        QVERIFY(!RatingCurve::through(10.0, 3.0, 100.0, 2.0, 0.5));  // danger below normal
        QVERIFY(!RatingCurve::through(10.0, 1.0, 100.0, 3.0, 0.0));  // exponent 0
        QVERIFY(!(RatingCurve{0.0, -1.0, 0.5}.isValid()));
    }

    void hyetographSteps()
    {
        const Hyetograph h(10 * sim::kMinute, {6.0, 12.0, 0.0, 30.0}, sim::kHour);
        QCOMPARE(h.intensityAt(0), 0.0);                                   // before the start
        QCOMPARE(h.intensityAt(sim::kHour), 6.0);
        QCOMPARE(h.intensityAt(sim::kHour + 10 * sim::kMinute - 1), 6.0);
        QCOMPARE(h.intensityAt(sim::kHour + 10 * sim::kMinute), 12.0);
        QCOMPARE(h.intensityAt(sim::kHour + 35 * sim::kMinute), 30.0);
        QCOMPARE(h.intensityAt(sim::kHour + 40 * sim::kMinute), 0.0);      // after the end
        QCOMPARE(h.nextChange(0), sim::kHour);
        QCOMPARE(h.nextChange(sim::kHour + 5 * sim::kMinute), sim::kHour + 10 * sim::kMinute);
        QVERIFY(std::abs(h.totalMm() - (6.0 + 12.0 + 30.0) / 6.0) < 1e-12);
        QVERIFY(std::abs(h.depthMm(0, 3 * sim::kHour) - h.totalMm()) < 1e-12);
        QVERIFY(std::abs(h.depthMm(sim::kHour + 5 * sim::kMinute, sim::kHour + 15 * sim::kMinute) - (6.0 + 12.0) / 12.0) < 1e-12);
        QCOMPARE(h.peakMmPerHour(), 30.0);
        const Hyetograph c = Hyetograph::constant(20.0);
        QCOMPARE(c.intensityAt(1000 * sim::kHour), 20.0);
        QVERIFY(std::abs(c.depthMm(0, 90 * sim::kMinute) - 30.0) < 1e-12);
    }

    void goodSectionIsRead()
    {
        QList<core::Error> errors;
        const auto s = RainfallSettings::parse(json(R"({"step": "00:20", "start": "01:00", "rain_mm_h": [10, 20],
            "runoff_coefficient": 0.8, "design": {"rain_mm_h": 50, "duration": "02:00"},
            "flood": {"max_width_m": 200, "close_roads": false},
            "gauges": {"G1": {"catchment_km2": 12.5, "rain_mm_h": 5, "rating": {"h0": 0.2, "a": 0.3, "b": 0.5}}}})"),
                                               QStringLiteral("models.rainfall"), errors);
        QVERIFY2(errors.isEmpty(), qPrintable(wheres(errors).join(QStringLiteral(", "))));
        QCOMPARE(s.step, 20 * sim::kMinute);
        QCOMPARE(s.rain.intensityAt(sim::kHour + 25 * sim::kMinute), 20.0);
        QCOMPARE(s.rain.intensityAt(30 * sim::kMinute), 0.0);
        QCOMPARE(s.runoffCoefficient, 0.8);
        QCOMPARE(s.designMmPerHour, 50.0);
        QCOMPARE(s.designDuration, 2 * sim::kHour);
        QCOMPARE(s.flood.maxWidthM, 200.0);
        QVERIFY(!s.flood.closeRoads);
        QVERIFY(s.gauge(QStringLiteral("G1")));
        QCOMPARE(s.gauge(QStringLiteral("G1"))->catchmentKm2, 12.5);
        QVERIFY(s.gauge(QStringLiteral("G1"))->rain->isConstant());
        QCOMPARE(s.gauge(QStringLiteral("G1"))->rating->a, 0.3);
        QVERIFY(!s.gauge(QStringLiteral("G2")));
    }

    void badSectionsNameTheirPath_data()
    {
        QTest::addColumn<QByteArray>("section");
        QTest::addColumn<QString>("where");
        QTest::newRow("no rain") << QByteArray(R"({})") << QStringLiteral("models.rainfall.rain_mm_h");
        QTest::newRow("negative intensity") << QByteArray(R"({"rain_mm_h": [1, 2, -3]})") << QStringLiteral("models.rainfall.rain_mm_h[2]");
        QTest::newRow("text intensity") << QByteArray(R"({"rain_mm_h": [1, "lots"]})") << QStringLiteral("models.rainfall.rain_mm_h[1]");
        QTest::newRow("absurd intensity") << QByteArray(R"({"rain_mm_h": 9000})") << QStringLiteral("models.rainfall.rain_mm_h");
        QTest::newRow("empty list") << QByteArray(R"({"rain_mm_h": []})") << QStringLiteral("models.rainfall.rain_mm_h");
        QTest::newRow("unknown key") << QByteArray(R"({"rain_mm_h": 1, "rain": 2})") << QStringLiteral("models.rainfall.rain");
        QTest::newRow("bad step") << QByteArray(R"({"rain_mm_h": 1, "step": "ten minutes"})") << QStringLiteral("models.rainfall.step");
        QTest::newRow("zero update") << QByteArray(R"({"rain_mm_h": 1, "update": "00:00"})") << QStringLiteral("models.rainfall.update");
        QTest::newRow("coefficient above 1") << QByteArray(R"({"rain_mm_h": 1, "runoff_coefficient": 1.5})")
                                             << QStringLiteral("models.rainfall.runoff_coefficient");
        QTest::newRow("flood width") << QByteArray(R"({"rain_mm_h": 1, "flood": {"max_width_m": -1}})")
                                     << QStringLiteral("models.rainfall.flood.max_width_m");
        QTest::newRow("flood key") << QByteArray(R"({"rain_mm_h": 1, "flood": {"depth": 1}})") << QStringLiteral("models.rainfall.flood.depth");
        QTest::newRow("flood not object") << QByteArray(R"({"rain_mm_h": 1, "flood": true})") << QStringLiteral("models.rainfall.flood");
        QTest::newRow("design duration") << QByteArray(R"({"rain_mm_h": 1, "design": {"duration": 3}})")
                                         << QStringLiteral("models.rainfall.design.duration");
        QTest::newRow("gauge rain") << QByteArray(R"({"rain_mm_h": 1, "gauges": {"G1": {"rain_mm_h": [0, -1]}}})")
                                    << QStringLiteral("models.rainfall.gauges.G1.rain_mm_h[1]");
        QTest::newRow("gauge area") << QByteArray(R"({"rain_mm_h": 1, "gauges": {"G1": {"catchment_km2": 0}}})")
                                    << QStringLiteral("models.rainfall.gauges.G1.catchment_km2");
        QTest::newRow("rating half given") << QByteArray(R"({"rain_mm_h": 1, "gauges": {"G1": {"rating": {"h0": 1, "a": 0.2}}}})")
                                           << QStringLiteral("models.rainfall.gauges.G1.rating.b");
        QTest::newRow("gauge not object") << QByteArray(R"({"rain_mm_h": 1, "gauges": {"G1": 5}})") << QStringLiteral("models.rainfall.gauges.G1");
    }
    void badSectionsNameTheirPath()
    {
        QFETCH(QByteArray, section);
        QFETCH(QString, where);
        QList<core::Error> errors;
        RainfallSettings::parse(json(section.constData()), QStringLiteral("models.rainfall"), errors);
        QVERIFY2(wheres(errors).contains(where), qPrintable(QStringLiteral("expected an error at %1, got: %2")
                                                                .arg(where, wheres(errors).join(QStringLiteral(", ")))));
        for (const auto &e : errors)
            QVERIFY(!e.message.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestRainfallRunoff)
#include "tst_rainfallrunoff.moc"
