// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
//
// Live closures from damage reports on a generated city: a verified road_blocked report closes
// the roads within 30 m of it and `citytwin-cli route` detours; resolving it reopens them and the
// route comes back; flooding closes the roads meeting a 100 m circle; a duplicate's closures go
// while the original's stay; other categories close nothing; a simulation branched from the
// live state starts with the closed roads.
#include "damagetestsupport.h"

#include "ct/damage/damageactions.h"
#include "ct/geo/crs.h"
#include "ct/geo/crstransform.h"
#include "ct/routing/closures.h"
#include "ct/routing/dijkstra.h"
#include "ct/routing/liveclosures.h"
#include "ct/routing/roadgraph.h"
#include "ct/sim/scenario.h"
#include "ct/sim/simulation.h"
#include "ct/sim/simulationworld.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QtTest>

#include <cmath>
#include <set>

using namespace ct::damage;
using namespace ct::routing;
using ct::geo::Point;

namespace {

double segmentDistance(Point p, Point a, Point b)
{
    const double dx = b.x - a.x, dy = b.y - a.y, l2 = dx * dx + dy * dy;
    const double t = l2 > 0 ? std::clamp(((p.x - a.x) * dx + (p.y - a.y) * dy) / l2, 0.0, 1.0) : 0.0;
    return std::hypot(a.x + t * dx - p.x, a.y + t * dy - p.y);
}

Point halfway(const std::vector<Point> &line)
{
    double total = 0.0;
    for (std::size_t i = 1; i < line.size(); ++i)
        total += std::hypot(line[i].x - line[i - 1].x, line[i].y - line[i - 1].y);
    double left = total / 2.0;
    for (std::size_t i = 1; i < line.size(); ++i) {
        const double l = std::hypot(line[i].x - line[i - 1].x, line[i].y - line[i - 1].y);
        if (left <= l && l > 0) {
            const double t = left / l;
            return {line[i - 1].x + t * (line[i].x - line[i - 1].x), line[i - 1].y + t * (line[i].y - line[i - 1].y)};
        }
        left -= l;
    }
    return line.back();
}

QJsonObject cliRoute(const QString &twin, const QString &from, const QString &to, int *exitCode)
{
    QProcess process;
    process.start(QStringLiteral(CITYTWIN_BINARY_DIR "/bin/citytwin-cli"),
                  {QStringLiteral("route"), twin, QStringLiteral("--from"), from, QStringLiteral("--to"), to, QStringLiteral("--json")});
    if (!process.waitForFinished(120000)) {
        *exitCode = -2;
        return {};
    }
    *exitCode = process.exitCode();
    if (*exitCode != 0)
        qWarning("citytwin-cli route: %s", process.readAllStandardError().constData());
    return QJsonDocument::fromJson(process.readAllStandardOutput()).object().value(QStringLiteral("properties")).toObject();
}

} // namespace

class TestDamageClosures : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_path = m_dir->filePath(QStringLiteral("twin.gpkg"));
        m_twin = m_city.copyTo(m_path);
        auto roads = m_twin->read(QStringLiteral("roads"), {QStringLiteral("road_id")});
        QVERIFY(roads.ok());
        m_roads = std::move(roads.value());
    }
    void cleanup()
    {
        m_twin.reset();
        m_dir.reset();
    }

    void verifiedRoadBlockedDetoursTheRouteAndResolveReopens()
    {
        auto graph = RoadGraph::fromTwin(*m_twin, Mode::Car);
        QVERIFY(graph.ok());
        Dijkstra dijkstra(graph.value());
        const auto tree = dijkstra.oneToAll(0);
        int far = -1;
        for (int v = 0; v < graph->nodeCount(); ++v)
            if (tree.isReached(v) && (far < 0 || tree.seconds[std::size_t(v)] > tree.seconds[std::size_t(far)]))
                far = v;
        QVERIFY(far > 0);
        const Route direct = dijkstra.route(0, far);
        QVERIFY(direct.reachable);

        // A place on the route, halfway along a long link, whose closures (every road within
        // 30 m, found here by brute force) leave a slower way.
        Point place;
        std::set<qint64> expectedFids;
        Route expectedDetour;
        bool found = false;
        for (int e : direct.edges) {
            if (graph->edgeLength(e) < 120.0)
                continue;
            const Point p = halfway(graph->edgeGeometry(e));
            std::set<qint64> fids;
            Closures closures(graph.value());
            for (std::size_t i = 0; i < m_roads.size(); ++i) {
                const auto &g = m_roads.geometries[i];
                double best = 1e300;
                for (int r = 0; r < g.ringCount(); ++r)
                    for (std::size_t k = 1; k < g.ring(r).size(); ++k)
                        best = std::min(best, segmentDistance(p, g.ring(r)[k - 1], g.ring(r)[k]));
                if (best <= 30.0) {
                    fids.insert(m_roads.fids[i]);
                    closures.close(m_roads.columns[0][i].toLongLong());
                }
            }
            const Route detour = dijkstra.route(0, far, closures);
            if (detour.reachable && detour.seconds > direct.seconds + 1.0) {
                place = p;
                expectedFids = fids;
                expectedDetour = detour;
                found = true;
                break;
            }
        }
        QVERIFY2(found, "no link of the route has a detour");

        const QString from = lonLat(graph->position(0)), to = lonLat(graph->position(far));
        int exitCode = 0;
        const QJsonObject before = cliRoute(m_path, from, to, &exitCode);
        QCOMPARE(exitCode, 0);
        QVERIFY(std::abs(before.value(QStringLiteral("seconds")).toDouble() - direct.seconds) <= 0.051);
        QVERIFY(before.value(QStringLiteral("live_closed")).toArray().isEmpty());

        DamageRegistry registry(*m_twin);
        auto fid = registry.submit(test::staff(), test::sampleReport(place, QStringLiteral("road_blocked"), 4));
        QVERIFY(fid.ok());
        // a new (unverified) report closes nothing yet
        QVERIFY(LiveClosures::active(*m_twin)->empty());
        QVERIFY(registry.verify(test::hq(), fid.value()));
        auto closures = registry.reader().closures(fid.value());
        QVERIFY(closures.ok());
        std::set<qint64> closedFids;
        for (const auto &c : closures.value()) {
            QCOMPARE(c.source, DamageActions::closureSource(fid.value()));
            QCOMPARE(c.reason, QStringLiteral("road_blocked"));
            QVERIFY(!c.until.isValid());
            closedFids.insert(c.roadFid);
        }
        QCOMPARE(closedFids, expectedFids);
        const QJsonObject audit = m_twin->auditLog(1)[0].after;
        QCOMPARE(audit.value(QStringLiteral("closed_roads")).toArray().size(), int(expectedFids.size()));

        const QJsonObject blocked = cliRoute(m_path, from, to, &exitCode);
        QCOMPARE(exitCode, 0);
        QVERIFY2(std::abs(blocked.value(QStringLiteral("seconds")).toDouble() - expectedDetour.seconds) <= 0.051,
                 qPrintable(QStringLiteral("%1 vs %2").arg(blocked.value(QStringLiteral("seconds")).toDouble()).arg(expectedDetour.seconds)));
        QVERIFY(blocked.value(QStringLiteral("seconds")).toDouble() > before.value(QStringLiteral("seconds")).toDouble());
        QCOMPARE(blocked.value(QStringLiteral("live_closed")).toArray().size(), int(expectedFids.size()));

        // resolving reopens: the route is the direct one again
        QVERIFY(registry.assign(test::hq(), fid.value(), QStringLiteral("Road crew 1")));
        QVERIFY(LiveClosures::active(*m_twin)->size() == expectedFids.size()); // assigned: still closed
        QVERIFY(registry.resolve(test::hq(), fid.value()));
        QVERIFY(LiveClosures::active(*m_twin)->empty());
        QCOMPARE(m_twin->auditLog(1)[0].after.value(QStringLiteral("reopened_roads")).toArray().size(), int(expectedFids.size()));
        const QJsonObject reopened = cliRoute(m_path, from, to, &exitCode);
        QCOMPARE(exitCode, 0);
        QVERIFY(std::abs(reopened.value(QStringLiteral("seconds")).toDouble() - direct.seconds) <= 0.051);
        // the history keeps when the roads were closed
        const auto history = registry.reader().closures(fid.value()).value();
        for (const auto &c : history)
            QVERIFY(c.until.isValid());
    }

    void floodingClosesTheRoadsMeetingItsCircle()
    {
        DamageRegistry registry(*m_twin);
        const Point p = test::pointInCity(*m_twin);
        auto fid = registry.submit(test::staff(), test::sampleReport(p, QStringLiteral("flooding"), 3));
        QVERIFY(fid.ok());
        QVERIFY(registry.verify(test::hq(), fid.value()));
        std::set<qint64> expected;
        for (std::size_t i = 0; i < m_roads.size(); ++i) {
            const auto &g = m_roads.geometries[i];
            for (int r = 0; r < g.ringCount(); ++r)
                for (std::size_t k = 1; k < g.ring(r).size(); ++k)
                    if (segmentDistance(p, g.ring(r)[k - 1], g.ring(r)[k]) <= 100.0)
                        expected.insert(m_roads.fids[i]);
        }
        QVERIFY(expected.size() >= 2);
        std::set<qint64> closed;
        const auto active = LiveClosures::active(*m_twin).value();
        for (const auto &c : active)
            closed.insert(c.roadFid);
        QCOMPARE(closed, expected);
    }

    void otherCategoriesCloseNothing()
    {
        DamageRegistry registry(*m_twin);
        const Point p = test::pointInCity(*m_twin);
        for (const char *category : {"collapse", "fire", "landslide", "outage"}) {
            auto fid = registry.submit(test::staff(), test::sampleReport(p, QString::fromLatin1(category)));
            QVERIFY(fid.ok());
            QVERIFY(registry.verify(test::hq(), fid.value()));
        }
        QVERIFY(LiveClosures::history(*m_twin)->empty());
    }

    void duplicateReopensOnlyItsOwnClosures()
    {
        DamageRegistry registry(*m_twin);
        const Point p = test::pointInCity(*m_twin);
        const qint64 first = registry.submit(test::staff(), test::sampleReport(p, QStringLiteral("road_blocked"))).value();
        const qint64 second = registry.submit(test::staff(), test::sampleReport({p.x + 5.0, p.y}, QStringLiteral("road_blocked"))).value();
        QVERIFY(registry.verify(test::hq(), first));
        QVERIFY(registry.verify(test::hq(), second));
        const auto roads = LiveClosures::activeRoadIds(*m_twin).value();
        QVERIFY(!roads.empty());
        QVERIFY(registry.markDuplicate(test::hq(), second, first));
        const auto secondClosures = registry.reader().closures(second).value();
        QVERIFY(!secondClosures.empty());
        for (const auto &c : secondClosures)
            QVERIFY(c.until.isValid());
        QCOMPARE(LiveClosures::activeRoadIds(*m_twin).value(), roads); // the original still closes them
        QVERIFY(!registry.markDuplicate(test::hq(), first, second).ok()); // second is a duplicate: refused
        // marking the original itself as a duplicate of a third report reopens everything
        const qint64 third = registry.submit(test::staff(), test::sampleReport(p, QStringLiteral("road_blocked"))).value();
        QVERIFY(registry.markDuplicate(test::hq(), first, third));
        QVERIFY(LiveClosures::activeRoadIds(*m_twin)->empty());
    }

    void refusedVerificationClosesNothing()
    {
        DamageRegistry registry(*m_twin);
        const Point p = test::pointInCity(*m_twin);
        const qint64 fid = registry.submit(test::staff(), test::sampleReport(p, QStringLiteral("road_blocked"))).value();
        QVERIFY(!registry.verify(test::staff(), fid).ok()); // shelter staff may not triage
        QVERIFY(LiveClosures::history(*m_twin)->empty());
        QCOMPARE(registry.reader().report(fid)->state, TriageState::New);
    }

    void simulationBranchedFromLiveStartsWithTheClosures()
    {
        DamageRegistry registry(*m_twin);
        const Point p = test::pointInCity(*m_twin);
        const qint64 fid = registry.submit(test::staff(), test::sampleReport(p, QStringLiteral("road_blocked"))).value();
        QVERIFY(registry.verify(test::hq(), fid));
        const auto closed = LiveClosures::activeRoadIds(*m_twin).value();
        QVERIFY(!closed.empty());
        auto world = ct::sim::SimulationWorld::load(*m_twin);
        QVERIFY2(world.ok(), world.ok() ? "" : qPrintable(world.error().toString()));
        QCOMPARE(world->liveClosedRoads(), closed);

        for (const char *initial : {"live", "all_open"}) {
            const QByteArray json = QByteArray(R"({"name": "branch", "duration": "00:10", "shelters": {"initial": ")") + initial
                                  + QByteArray(R"("}})");
            auto scenario = ct::sim::Scenario::fromJson(json);
            QVERIFY2(scenario.ok(), scenario.ok() ? "" : qPrintable(scenario.error().toString()));
            ct::sim::Simulation simulation(world.value(), scenario.value());
            simulation.step();
            const bool live = QByteArray(initial) == "live";
            for (qint64 road : closed)
                QCOMPARE(simulation.evacuation().carClosures().isRoadClosed(road), live);
            bool recorded = false;
            for (const auto &event : simulation.engine().recordedEvents())
                recorded |= event.kind == QLatin1String("roads_closed") && event.payload.value(QStringLiteral("cause")).toString() == QLatin1String("live");
            QCOMPARE(recorded, live);
        }
    }

private:
    QString lonLat(Point p) const
    {
        auto transform = ct::geo::CrsTransform::create(ct::geo::crs::kWgs84, ct::geo::crs::kJgd2011ZoneIX);
        transform->inverse(p);
        return QStringLiteral("%1,%2").arg(p.x, 0, 'f', 9).arg(p.y, 0, 'f', 9);
    }

    test::CityTemplate m_city;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    std::unique_ptr<ct::store::TwinStore> m_twin;
    ct::store::FeatureTable m_roads;
};

QTEST_GUILESS_MAIN(TestDamageClosures)
#include "tst_damageclosures.moc"
