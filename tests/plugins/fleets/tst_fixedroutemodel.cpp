// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
//
// Fixed-route buses from an imported GTFS feed (data/feed_good): the trips of a service day
// (calendar, calendar_dates exceptions, frequencies), bus positions at known times along the
// shape or between stops, and the "fixedroute" model through its factory in a Simulation (KPIs,
// snapshot positions, section errors naming their JSON path).
#include "fleetstestsupport.h"
#include "fleetstwin.h"

#include "ct/citygen/citygenerator.h"
#include "ct/fleets/fixedroutemodelfactory.h"
#include "ct/fleets/gtfsimporter.h"
#include "ct/fleets/gtfstimetable.h"
#include "ct/sim/simulation.h"
#include "ct/sim/simulationworld.h"

#include <QTest>

#include <cmath>

using namespace ct;
using namespace ct::fleets;

namespace {

double distance(geo::Point a, geo::Point b)
{
    return std::hypot(a.x - b.x, a.y - b.y);
}

bool importFeed(store::TwinStore &twin, const QString &zip)
{
    store::Transaction t(twin);
    GtfsImporter importer;
    return importer.import(twin, zip).ok() && t.commit().ok();
}

} // namespace

class TestFixedRouteModel : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_twinPath;
    QHash<QString, geo::Point> m_stops;   // S1, S2, S3 in EPSG:6677

    int tripIndex(const GtfsTimetable &timetable, const QString &id)
    {
        for (int i = 0; i < int(timetable.trips().size()); ++i)
            if (timetable.trips()[std::size_t(i)].tripId == id)
                return i;
        return -1;
    }

private slots:
    void initTestCase()
    {
        // A small generated city (roads for the run's world) with the feed imported into it.
        citygen::GeneratorOptions options;
        options.scale = 0.02;
        m_twinPath = m_dir.filePath(QStringLiteral("city.gpkg"));
        QVERIFY(citygen::CityGenerator::generate(m_twinPath, options).ok());
        auto twin = store::TwinStore::open(m_twinPath);
        QVERIFY(twin.ok());
        QVERIFY(twin.value()->migrate(QStringLiteral("fleets"), FleetSchema::migrations()).ok());
        const QString zip = m_dir.filePath(QStringLiteral("tsukuba_bus.zip"));
        QVERIFY(test::writeFeed(QStringLiteral("feed_good"), zip));
        QVERIFY(importFeed(*twin.value(), zip));
        auto stops = twin.value()->read(QStringLiteral("gtfs_stops"), {QStringLiteral("stop_id")});
        QVERIFY(stops.ok());
        for (std::size_t i = 0; i < stops->size(); ++i)
            m_stops.insert(stops->columns[0][i].toString(), stops->geometries[i].points().front());
        QCOMPARE(m_stops.size(), 4);
    }

    void tripsOfAServiceDay()
    {
        auto twin = store::TwinStore::open(m_twinPath, store::TwinStore::OpenMode::ReadOnly);
        // Wednesday 2026-06-10: WD runs; T1 every 15 min 07:00–09:00 (8 runs), T2 every 20 min
        // from 23:50 to before 26:10 (7 runs); T3 (HOL) does not.
        auto weekday = GtfsTimetable::load(*twin.value(), QDate(2026, 6, 10));
        QVERIFY(weekday.ok());
        QCOMPARE(weekday->trips().size(), std::size_t(15));
        QVERIFY(tripIndex(weekday.value(), QStringLiteral("T1@07:45:00")) >= 0);
        const int late = tripIndex(weekday.value(), QStringLiteral("T2@25:50:00"));
        QVERIFY(late >= 0);
        QCOMPARE(weekday->trips()[std::size_t(late)].end(), 25 * 3600 + 50 * 60 + 100.0 * 60);   // 25:30 − 23:50 later
        QCOMPARE(tripIndex(weekday.value(), QStringLiteral("T3")), -1);
        // Tuesday 2026-11-03 (文化の日): WD removed, HOL added.
        auto holiday = GtfsTimetable::load(*twin.value(), QDate(2026, 11, 3));
        QVERIFY(holiday.ok());
        QCOMPARE(holiday->trips().size(), std::size_t(1));
        QCOMPARE(holiday->trips().front().tripId, QStringLiteral("T3"));
        // A feed that is not there has no trips; a twin without GTFS tables is an error.
        QVERIFY(GtfsTimetable::load(*twin.value(), QDate(2026, 6, 10), QStringLiteral("nope"))->trips().empty());
        auto empty = store::TwinStore::create(m_dir.filePath(QStringLiteral("empty.gpkg")));
        QVERIFY(!GtfsTimetable::load(*empty.value(), QDate(2026, 6, 10)).ok());
    }

    void positionsAtKnownTimes()
    {
        auto twin = store::TwinStore::open(m_twinPath, store::TwinStore::OpenMode::ReadOnly);
        auto timetable = GtfsTimetable::load(*twin.value(), QDate(2026, 6, 10));
        QVERIFY(timetable.ok());
        const geo::Point s1 = m_stops.value(QStringLiteral("S1")), s2 = m_stops.value(QStringLiteral("S2")), s3 = m_stops.value(QStringLiteral("S3"));
        // T1 follows shape SH1 through S1 → S3 → S2 (its points are the stops) in 12 minutes;
        // S3 has no time: it is called at in proportion to the distance.
        const int run = tripIndex(timetable.value(), QStringLiteral("T1@07:15:00"));
        QVERIFY(run >= 0);
        const double a = distance(s1, s3), b = distance(s3, s2), total = a + b;
        const double start = 7 * 3600 + 15 * 60;
        QVERIFY(std::abs(timetable->trips()[std::size_t(run)].length() - total) < 1e-6);
        QVERIFY(!timetable->position(run, start - 1));
        auto at = timetable->position(run, start);
        QVERIFY(at && distance(at->position, s1) < 1e-6 && at->atStop);
        const double atS3 = start + 720.0 * a / total;
        at = timetable->position(run, atS3);
        QVERIFY(at && distance(at->position, s3) < 1e-6);
        // Half-way in time is half-way along the path.
        at = timetable->position(run, start + 360.0);
        QVERIFY(at);
        const double half = total / 2.0;
        const geo::Point expected = half <= a ? geo::Point{s1.x + (s3.x - s1.x) * half / a, s1.y + (s3.y - s1.y) * half / a}
                                              : geo::Point{s3.x + (s2.x - s3.x) * (half - a) / b, s3.y + (s2.y - s3.y) * (half - a) / b};
        QVERIFY2(distance(at->position, expected) < 1e-6, qPrintable(QStringLiteral("%1 m off").arg(distance(at->position, expected))));
        QVERIFY(!at->atStop);
        at = timetable->position(run, start + 720.0);
        QVERIFY(at && distance(at->position, s2) < 1e-6);
        QVERIFY(!timetable->position(run, start + 721.0));

        // T3 has no shape: a straight line from S2 (09:05) to S1 (09:30), on a holiday.
        auto holiday = GtfsTimetable::load(*twin.value(), QDate(2026, 11, 3));
        const auto mid = holiday->position(0, 9 * 3600 + 17 * 60 + 30);
        QVERIFY(mid && distance(mid->position, {(s1.x + s2.x) / 2, (s1.y + s2.y) / 2}) < 1e-6);
        // Heading: S2 lies north-west of S1, so the bus to S1 heads south-east (90°–180°).
        QVERIFY(mid->headingDeg > 90.0 && mid->headingDeg < 180.0);
    }

    void runsThroughTheSimulation()
    {
        auto twin = store::TwinStore::open(m_twinPath, store::TwinStore::OpenMode::ReadOnly);
        auto world = sim::SimulationWorld::load(*twin.value());
        QVERIFY(world.ok());
        const sim::ModelFactoryList factories{std::make_shared<FixedRouteModelFactory>()};
        auto scenario = [](const QByteArray &section) {
            return sim::Scenario::fromJson(R"({"name": "buses", "start": "2026-06-10T07:00:00+09:00", "duration": "02:00",
                "population": {"compliance": 0}, "models": {"fixedroute": )" + section + "}}");
        };
        // Errors name their path.
        auto wrong = scenario(R"({"date": "2026-06-10", "feed": "other", "speed": 3})");
        QVERIFY(wrong.ok());
        QStringList where;
        for (const auto &e : sim::Simulation::validate(world.value(), wrong.value(), factories))
            where << e.where;
        where.sort();
        QCOMPARE(where, (QStringList{QStringLiteral("models.fixedroute.date"), QStringLiteral("models.fixedroute.feed"),
                                     QStringLiteral("models.fixedroute.speed")}));

        auto good = scenario(R"({"feed": "tsukuba_bus"})");
        QVERIFY(good.ok());
        QVERIFY(sim::Simulation::validate(world.value(), good.value(), factories).isEmpty());
        sim::SimulationOptions options;
        options.models = factories;
        options.sampleInterval = 6 * sim::kMinute;
        sim::Simulation simulation(world.value(), good.value(), options);
        simulation.run();
        const QJsonObject k = simulation.kpis().value(QStringLiteral("fixedroute")).toObject();
        // 07:00–09:00: the 8 runs of T1, each 12 minutes over S1, S3, S2; one bus out at a time.
        const double length = distance(m_stops.value(QStringLiteral("S1")), m_stops.value(QStringLiteral("S3")))
                              + distance(m_stops.value(QStringLiteral("S3")), m_stops.value(QStringLiteral("S2")));
        QCOMPARE(k.value(QStringLiteral("trips_in_service")).toInt(), 8);
        QCOMPARE(k.value(QStringLiteral("trips_started")).toInt(), 8);
        QCOMPARE(k.value(QStringLiteral("trips_finished")).toInt(), 8);
        QCOMPARE(k.value(QStringLiteral("stop_calls")).toInt(), 24);
        QCOMPARE(k.value(QStringLiteral("peak_buses")).toInt(), 1);
        QVERIFY(std::abs(k.value(QStringLiteral("vehicle_km")).toDouble() - 8 * length / 1000.0) < 0.002);
        // The sample at 07:06 shows the first run half-way; the one at 07:12 at S2 (finishing).
        const auto &samples = simulation.samples();
        auto sampleAt = [&](sim::SimTime t) -> const sim::Snapshot * {
            for (const auto &s : samples)
                if (s->time == t)
                    return s.get();
            return nullptr;
        };
        const sim::Snapshot *sample = sampleAt(6 * sim::kMinute);
        QVERIFY(sample);
        const sim::FeatureState *state = sample->featureState(QStringLiteral("gtfs_vehicles"));
        QVERIFY(state);
        QCOMPARE(state->size(), std::size_t(1));
        QCOMPARE(state->text(0, state->textColumn(QStringLiteral("trip_id"))), QStringLiteral("T1@07:00:00"));
        QCOMPARE(sample->modes.size(), std::size_t(1));
        int started = 0;
        for (const auto &e : simulation.engine().recordedEvents())
            started += e.source == QLatin1String("fixedroute") && e.kind == QLatin1String("trip_started") ? 1 : 0;
        QCOMPARE(started, 8);
    }
};

QTEST_GUILESS_MAIN(TestFixedRouteModel)
#include "tst_fixedroutemodel.moc"
