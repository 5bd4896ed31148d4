// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
//
// Power dispatch on a generated twin: reading buses, stations and the shelters plugin's view
// shelter_power_need; the travel matrix over the roads with live closures; the optimiser against
// the greedy baseline on the demo city.
#include "outagefixture.h"

#include "ct/hydrogen/dispatchinputreader.h"
#include "ct/hydrogen/greedybaseline.h"
#include "ct/hydrogen/powerdispatchoptimizer.h"
#include "ct/hydrogen/twindispatchproblem.h"
#include "ct/routing/dijkstra.h"
#include "ct/routing/liveclosures.h"
#include "ct/routing/roadgraph.h"

#include <QTemporaryDir>
#include <QTest>

using namespace ct::hydrogen;
using ct::store::TwinStore;

class TestTwinDispatch : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("outage.gpkg"));
        testing::OutageOptions options;
        options.scale = 0.05;
        options.buses = 4;
        const QString error = testing::outageTwin(m_path, QStringLiteral(CITYTWIN_PLUGIN_DIR), options);
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    void readsBusesStationsAndNeeds()
    {
        auto twin = TwinStore::open(m_path, TwinStore::OpenMode::ReadOnly);
        QVERIFY(twin.ok());
        auto buses = DispatchInputReader::buses(*twin.value());
        QVERIFY2(buses.ok(), buses.ok() ? "" : qPrintable(buses.error().toString()));
        QCOMPARE(buses->size(), std::size_t(4));
        for (const FuelCellBus &bus : buses.value()) {
            QVERIFY(!bus.busId.isEmpty());
            QVERIFY(bus.energyKwh >= 0.0 && bus.energyKwh <= 235.0);
            QCOMPARE(bus.specification.exportKw, 9.0);
        }
        auto stations = DispatchInputReader::stations(*twin.value());
        QVERIFY(stations.ok());
        QCOMPARE(stations->size(), std::size_t(1));
        QVERIFY(DispatchInputReader::hasPowerNeedView(*twin.value()));
        auto needs = DispatchInputReader::shelterNeeds(*twin.value());
        QVERIFY2(needs.ok(), needs.ok() ? "" : qPrintable(needs.error().toString()));
        auto shelters = twin.value()->layer(QStringLiteral("shelters"));
        QVERIFY(shelters.ok());
        QCOMPARE(qint64(needs->size()), shelters->featureCount);  // the fixture cut every shelter's power
        for (const ShelterNeed &need : needs.value()) {
            QVERIFY(need.occupancy > 0);
            QVERIFY(need.loadKw >= 5.0);   // the shelters plugin's load model: 5 kW base
            QVERIFY(need.expectedOutageHours >= 6.0);
        }
    }

    void sheltersOnGridAreNotNeedy()
    {
        auto twin = TwinStore::open(m_path);
        QVERIFY(twin.ok());
        auto before = DispatchInputReader::shelterNeeds(*twin.value());
        QVERIFY(before.ok() && !before->empty());
        const qint64 fid = before->front().fid;
        QVERIFY(exec(*twin.value(), QStringLiteral("UPDATE shelter_status SET power = 'grid' WHERE shelter_fid = %1").arg(fid)));
        auto after = DispatchInputReader::shelterNeeds(*twin.value());
        QVERIFY(after.ok());
        QCOMPARE(after->size(), before->size() - 1);
        for (const ShelterNeed &need : after.value())
            QVERIFY(need.fid != fid);
        QVERIFY(exec(*twin.value(), QStringLiteral("UPDATE shelter_status SET power = 'none' WHERE shelter_fid = %1").arg(fid)));
    }

    void missingViewIsNamed()
    {
        const QString path = m_dir.filePath(QStringLiteral("plain.gpkg"));
        ct::citygen::GeneratorOptions options;
        options.scale = 0.02;
        QVERIFY(ct::citygen::CityGenerator::generate(path, options).ok());
        auto twin = TwinStore::open(path, TwinStore::OpenMode::ReadOnly);
        QVERIFY(twin.ok());
        QVERIFY(!DispatchInputReader::hasPowerNeedView(*twin.value()));
        auto needs = DispatchInputReader::shelterNeeds(*twin.value());
        QVERIFY(!needs.ok());
        QCOMPARE(needs.error().kind, ct::core::Error::Kind::NotFound);
        QVERIFY(needs.error().message.contains(QStringLiteral("shelter_power_need")));
        auto problem = TwinDispatchProblem::load(*twin.value(), DispatchOptions{});
        QVERIFY(!problem.ok());
        QVERIFY(problem.error().message.contains(QStringLiteral("shelter_power_need")));
    }

    void badBusRowIsNamed()
    {
        const QString path = m_dir.filePath(QStringLiteral("bad.gpkg"));
        QVERIFY(QFile::copy(m_path, path));
        auto twin = TwinStore::open(path);
        QVERIFY(twin.ok());
        QVERIFY(exec(*twin.value(), QStringLiteral("UPDATE fuel_cell_buses SET energy_kwh = 900 WHERE fid = 2")));
        auto buses = DispatchInputReader::buses(*twin.value());
        QVERIFY(!buses.ok());
        QCOMPARE(buses.error().where, QStringLiteral("fuel_cell_buses/2 energy_kwh"));
        QVERIFY(exec(*twin.value(), QStringLiteral("UPDATE fuel_cell_buses SET energy_kwh = 100, state = 'flying' WHERE fid = 2")));
        buses = DispatchInputReader::buses(*twin.value());
        QVERIFY(!buses.ok());
        QCOMPARE(buses.error().where, QStringLiteral("fuel_cell_buses/2 state"));
        QVERIFY(buses.error().message.contains(QStringLiteral("flying")));
    }

    void travelMatrixIsTheFastestRoadPath()
    {
        auto twin = TwinStore::open(m_path, TwinStore::OpenMode::ReadOnly);
        QVERIFY(twin.ok());
        auto loaded = TwinDispatchProblem::load(*twin.value(), DispatchOptions{});
        QVERIFY2(loaded.ok(), loaded.ok() ? "" : qPrintable(loaded.error().toString()));
        const TwinDispatchProblem &twinProblem = *loaded.value();
        const DispatchProblem &problem = twinProblem.problem();
        QCOMPARE(problem.validate(), QString());
        QCOMPARE(twinProblem.summary().buses, 4);
        QCOMPARE(twinProblem.summary().stations, 1);
        QVERIFY(twinProblem.summary().needyShelters > 0);
        auto graph = ct::routing::RoadGraph::fromTwin(*twin.value(), ct::routing::Mode::Car);
        QVERIFY(graph.ok());
        ct::routing::Dijkstra dijkstra(graph.value());
        int checked = 0;
        for (int i = 0; i < problem.siteCount(); i += 3) {
            for (int j = 0; j < problem.siteCount(); j += 2) {
                const int a = graph->nearestNode(twinProblem.sitePosition(i)), b = graph->nearestNode(twinProblem.sitePosition(j));
                if (a == b)
                    continue;
                const ct::routing::Route route = dijkstra.route(a, b);
                QCOMPARE(problem.travel.isReachable(i, j), route.reachable);
                if (!route.reachable)
                    continue;
                QVERIFY(std::abs(problem.travel.seconds(i, j) - route.seconds) < 1e-6);
                QVERIFY(std::abs(problem.travel.kilometres(i, j) - route.metres / 1000.0) < 1e-6);
                ++checked;
            }
        }
        QVERIFY(checked > 10);
    }

    void liveClosuresLengthenTheDrive()
    {
        const QString path = m_dir.filePath(QStringLiteral("closed.gpkg"));
        QVERIFY(QFile::copy(m_path, path));
        auto twin = TwinStore::open(path);
        QVERIFY(twin.ok());
        auto open = TwinDispatchProblem::load(*twin.value(), DispatchOptions{});
        QVERIFY(open.ok());
        const DispatchProblem &problem = open.value()->problem();
        // Close every road of the fastest path from the first bus to the first shelter.
        auto graph = ct::routing::RoadGraph::fromTwin(*twin.value(), ct::routing::Mode::Car);
        QVERIFY(graph.ok());
        const int from = graph->nearestNode(open.value()->sitePosition(problem.busSite(0)));
        const int to = graph->nearestNode(open.value()->sitePosition(problem.shelterSite(0)));
        const ct::routing::Route route = ct::routing::Dijkstra(graph.value()).route(from, to);
        QVERIFY(route.reachable && !route.edges.empty());
        // road fids of the path: the roads layer's fid of each road id
        std::vector<qint64> fids;
        auto roads = twin.value()->read(QStringLiteral("roads"), {QStringLiteral("road_id")});
        QVERIFY(roads.ok());
        const qint64 roadId = graph->edgeRoadId(route.edges[route.edges.size() / 2]);
        for (std::size_t i = 0; i < roads->size(); ++i)
            if (roads->columns[0][i].toLongLong() == roadId)
                fids.push_back(roads->fids[i]);
        QVERIFY(!fids.empty());
        QVERIFY(ct::routing::LiveClosures::close(*twin.value(), fids, QStringLiteral("test"), QStringLiteral("road_blocked")).ok());
        auto closed = TwinDispatchProblem::load(*twin.value(), DispatchOptions{});
        QVERIFY(closed.ok());
        QVERIFY(closed.value()->summary().hasLiveClosures);
        QCOMPARE(closed.value()->summary().closedRoads, int(fids.size()));
        const double before = problem.travel.seconds(problem.busSite(0), problem.shelterSite(0));
        const double after = closed.value()->problem().travel.seconds(problem.busSite(0), problem.shelterSite(0));
        QVERIFY2(after > before, qPrintable(QStringLiteral("%1 s before, %2 s after the closure").arg(before).arg(after)));
    }

    // The optimiser is never worse than the greedy baseline on the demo city (scale 0.1: 13
    // shelters, here 5 buses), and its plan is feasible.
    void demoCityNeverWorseThanBaseline()
    {
        const QString path = m_dir.filePath(QStringLiteral("demo.gpkg"));
        testing::OutageOptions options;
        options.scale = 0.1;
        options.buses = 5;
        const QString error = testing::outageTwin(path, QStringLiteral(CITYTWIN_PLUGIN_DIR), options);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        auto twin = TwinStore::open(path, TwinStore::OpenMode::ReadOnly);
        QVERIFY(twin.ok());
        auto loaded = TwinDispatchProblem::load(*twin.value(), DispatchOptions{});
        QVERIFY(loaded.ok());
        const DispatchProblem &problem = loaded.value()->problem();
        QCOMPARE(int(problem.shelters.size()), 13);
        const DispatchPlan baseline = GreedyBaseline(problem).plan();
        PowerDispatchOptimizer optimizer(problem);
        const auto plan = optimizer.optimise();
        QVERIFY(plan.ok());
        QVERIFY(plan->feasible);
        QVERIFY(baseline.feasible);
        qInfo("demo city: optimiser %.1f person-hours, greedy baseline %.1f", plan->coveredPersonHours, baseline.coveredPersonHours);
        QVERIFY(plan->coveredPersonHours >= baseline.coveredPersonHours - 1e-9);
        QVERIFY(plan->coveredPersonHours > 0.0);
    }

private:
    static bool exec(TwinStore &twin, const QString &sql)
    {
        return sqlite3_exec(twin.handle(), sql.toUtf8().constData(), nullptr, nullptr, nullptr) == SQLITE_OK;
    }

    QTemporaryDir m_dir;
    QString m_path;
};

QTEST_GUILESS_MAIN(TestTwinDispatch)
#include "tst_twindispatch.moc"
