// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
//
// Live road closures in the twin (road_closure): schema, closing and reopening in transactions,
// several sources, time semantics, the fid → road id translation against RoadGraph (numeric and
// text road ids), roads near a point against brute force, and a route that detours.
#include "ct/citygen/citygenerator.h"
#include "ct/routing/closures.h"
#include "ct/routing/dijkstra.h"
#include "ct/routing/liveclosures.h"
#include "ct/routing/roadgraph.h"
#include "ct/store/twinstore.h"

#include <QTemporaryDir>
#include <QtTest>

#include <sqlite3.h>

#include <cmath>
#include <random>
#include <set>

using namespace ct::routing;
using ct::store::TwinStore;

namespace {

qint64 count(const TwinStore &twin, const char *sql)
{
    sqlite3_stmt *st = nullptr;
    qint64 value = -1;
    if (sqlite3_prepare_v2(twin.handle(), sql, -1, &st, nullptr) == SQLITE_OK && sqlite3_step(st) == SQLITE_ROW)
        value = sqlite3_column_int64(st, 0);
    sqlite3_finalize(st);
    return value;
}

QDateTime at(const char *text)
{
    return QDateTime::fromString(QString::fromLatin1(text), Qt::ISODate);
}

double segmentDistance(ct::geo::Point p, ct::geo::Point a, ct::geo::Point b)
{
    const double dx = b.x - a.x, dy = b.y - a.y, l2 = dx * dx + dy * dy;
    const double t = l2 > 0 ? std::clamp(((p.x - a.x) * dx + (p.y - a.y) * dy) / l2, 0.0, 1.0) : 0.0;
    return std::hypot(a.x + t * dx - p.x, a.y + t * dy - p.y);
}

} // namespace

class TestLiveClosures : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_path = m_dir->filePath(QStringLiteral("twin.gpkg"));
        ct::citygen::GeneratorOptions options;
        options.scale = 0.01;
        auto report = ct::citygen::CityGenerator::generate(m_path, options);
        QVERIFY2(report.ok(), report.ok() ? "" : qPrintable(report.error().toString()));
        auto twin = TwinStore::open(m_path);
        QVERIFY(twin.ok());
        m_twin = std::move(twin.value());
        auto roads = m_twin->read(QStringLiteral("roads"), {QStringLiteral("road_id")});
        QVERIFY(roads.ok());
        m_roads = std::move(roads.value());
        QVERIFY(m_roads.size() > 100);
    }
    void cleanup()
    {
        m_twin.reset();
        m_dir.reset();
    }

    void noTableNoClosures()
    {
        QVERIFY(!LiveClosures::hasTable(*m_twin));
        auto active = LiveClosures::active(*m_twin);
        QVERIFY(active.ok());
        QVERIFY(active->empty());
        auto ids = LiveClosures::activeRoadIds(*m_twin);
        QVERIFY(ids.ok());
        QVERIFY(ids->empty());
        // reopening nothing writes nothing and creates no table
        auto reopened = LiveClosures::reopen(*m_twin, QStringLiteral("x"));
        QVERIFY(reopened.ok());
        QVERIFY(!LiveClosures::hasTable(*m_twin));
    }

    void badInputWritesNothing()
    {
        const qint64 good = m_roads.fids[0];
        const qint64 missing = m_roads.fids.back() + 1000;
        auto refused = LiveClosures::close(*m_twin, {good, missing}, QStringLiteral("test"), QStringLiteral("r"));
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().kind, ct::core::Error::Kind::InvalidInput);
        QVERIFY2(refused.error().message.contains(QString::number(missing)), qPrintable(refused.error().message));
        QVERIFY(!LiveClosures::hasTable(*m_twin)); // nothing at all was written
        auto noSource = LiveClosures::close(*m_twin, {good}, QStringLiteral("  "), QString());
        QVERIFY(!noSource.ok());
        QVERIFY(!LiveClosures::hasTable(*m_twin));
    }

    void schemaComponent()
    {
        QVERIFY(LiveClosures::migrate(*m_twin));
        QCOMPARE(m_twin->schemaVersion(QStringLiteral("routing")), 1);
        QVERIFY(LiveClosures::hasTable(*m_twin));
        QVERIFY(m_twin->operationalTables().contains(QStringLiteral("road_closure")));
        QVERIFY(LiveClosures::migrate(*m_twin)); // idempotent
    }

    void closeReopenSeveralSources()
    {
        const qint64 a = m_roads.fids[3], b = m_roads.fids[7];
        const QDateTime t0 = at("2026-06-01T09:00:00Z"), t1 = at("2026-06-01T10:00:00Z"), t2 = at("2026-06-01T11:00:00Z");
        auto first = LiveClosures::close(*m_twin, {a, b, a}, QStringLiteral("damage:1"), QStringLiteral("road_blocked"), t0);
        QVERIFY(first.ok());
        QCOMPARE(first->size(), std::size_t(2)); // the repeated fid is closed once
        // the same source closing the same road again adds nothing
        auto again = LiveClosures::close(*m_twin, {a}, QStringLiteral("damage:1"), QString(), t0);
        QVERIFY(again.ok());
        QVERIFY(again->empty());
        auto second = LiveClosures::close(*m_twin, {a}, QStringLiteral("damage:2"), QStringLiteral("flooding"), t1);
        QVERIFY(second.ok());
        QCOMPARE(second->size(), std::size_t(1));

        auto activeNow = LiveClosures::active(*m_twin, t1);
        QVERIFY(activeNow.ok());
        QCOMPARE(activeNow->size(), std::size_t(3));
        QCOMPARE(LiveClosures::active(*m_twin, at("2026-06-01T08:59:59Z"))->size(), std::size_t(0));

        auto reopened = LiveClosures::reopen(*m_twin, QStringLiteral("damage:1"), t2);
        QVERIFY(reopened.ok());
        QCOMPARE(reopened.value(), (std::vector<qint64>{std::min(a, b), std::max(a, b)}));
        // a is still closed by damage:2, b is open
        auto later = LiveClosures::active(*m_twin, t2);
        QVERIFY(later.ok());
        QCOMPARE(later->size(), std::size_t(1));
        QCOMPARE(later->front().roadFid, a);
        QCOMPARE(later->front().source, QStringLiteral("damage:2"));
        QCOMPARE(later->front().reason, QStringLiteral("flooding"));
        QCOMPARE(later->front().since, t1);
        QVERIFY(!later->front().until.isValid());
        // history keeps the reopened rows with their end
        auto history = LiveClosures::history(*m_twin, QStringLiteral("damage:1"));
        QVERIFY(history.ok());
        QCOMPARE(history->size(), std::size_t(2));
        for (const RoadClosure &c : history.value()) {
            QCOMPARE(c.until, t2);
            QVERIFY(!c.isActiveAt(t2));
            QVERIFY(c.isActiveAt(t1));
        }
        QCOMPARE(LiveClosures::history(*m_twin)->size(), std::size_t(3));
        // the earlier moment still sees both closures of damage:1
        QCOMPARE(LiveClosures::active(*m_twin, t1)->size(), std::size_t(3));
        QVERIFY(LiveClosures::reopen(*m_twin, QStringLiteral("damage:2"), t2).ok());
        QCOMPARE(LiveClosures::active(*m_twin, t2)->size(), std::size_t(0));
    }

    void callerTransactionRollsBack()
    {
        const qint64 a = m_roads.fids[5];
        QVERIFY(LiveClosures::close(*m_twin, {a}, QStringLiteral("op"), QString()).ok());
        {
            ct::store::Transaction transaction(*m_twin);
            QVERIFY(transaction.status());
            QVERIFY(LiveClosures::reopen(*m_twin, QStringLiteral("op")).ok());
            QVERIFY(LiveClosures::close(*m_twin, {m_roads.fids[6]}, QStringLiteral("op2"), QString()).ok());
            QCOMPARE(LiveClosures::active(*m_twin)->size(), std::size_t(1));
            // no commit: both changes roll back
        }
        auto active = LiveClosures::active(*m_twin);
        QVERIFY(active.ok());
        QCOMPARE(active->size(), std::size_t(1));
        QCOMPARE(active->front().roadFid, a);
        QCOMPARE(active->front().source, QStringLiteral("op"));
    }

    void roadIdsMatchTheGraph()
    {
        // close every road: the translated ids must be exactly the graph's road ids
        QVERIFY(LiveClosures::close(*m_twin, m_roads.fids, QStringLiteral("all"), QString()).ok());
        auto ids = LiveClosures::activeRoadIds(*m_twin);
        QVERIFY(ids.ok());
        auto graph = RoadGraph::fromTwin(*m_twin, Mode::Walk);
        QVERIFY(graph.ok());
        QCOMPARE(ids.value(), graph->roadIds());
        Closures closures(graph.value());
        auto applied = LiveClosures::apply(*m_twin, closures);
        QVERIFY(applied.ok());
        QCOMPARE(applied.value(), int(graph->roadIds().size()));
        QCOMPARE(closures.closedEdgeCount(), graph->edgeCount());
    }

    void textRoadIdsMatchTheGraph()
    {
        // An imported roads layer whose road_id is text: numbers as text and other names.
        QTemporaryDir dir;
        auto created = TwinStore::create(dir.filePath(QStringLiteral("text.gpkg")));
        QVERIFY(created.ok());
        TwinStore &twin = *created.value();
        ct::store::LayerDefinition roads;
        roads.name = QStringLiteral("roads");
        roads.geometryType = ct::geo::GeometryType::LineString;
        roads.fields = {{QStringLiteral("road_id"), ct::store::FieldDefinition::Type::Text, false}};
        QVERIFY(twin.createLayer(roads));
        QVERIFY(twin.begin());
        {
            auto writer = twin.writer(QStringLiteral("roads"), {QStringLiteral("road_id")});
            QVERIFY(writer.ok());
            const QVariant ids[] = {QStringLiteral("42"), QStringLiteral("way/7a"), QVariant(), QStringLiteral("B-3")};
            for (int i = 0; i < 4; ++i) {
                auto fid = writer->insert(ct::geo::Geometry::lineString({{i * 100.0, 0.0}, {i * 100.0 + 100.0, 0.0}}), {ids[i]});
                QVERIFY(fid.ok());
            }
            QVERIFY(writer->finish());
        }
        QVERIFY(twin.commit());
        auto table = twin.read(QStringLiteral("roads"));
        QVERIFY(table.ok());
        QVERIFY(LiveClosures::close(twin, table->fids, QStringLiteral("t"), QString()).ok());
        auto ids = LiveClosures::activeRoadIds(twin);
        QVERIFY(ids.ok());
        auto graph = RoadGraph::fromTwin(twin, Mode::Car);
        QVERIFY(graph.ok());
        QCOMPARE(ids.value(), graph->roadIds());
        QVERIFY(std::find(ids->begin(), ids->end(), 42) != ids->end());
    }

    void roadsWithinAgainstBruteForce()
    {
        auto table = m_twin->read(QStringLiteral("roads"), {QStringLiteral("road_id")});
        QVERIFY(table.ok());
        const ct::geo::Envelope extent = m_twin->layer(QStringLiteral("roads"))->extent;
        std::mt19937 random(7);
        std::uniform_real_distribution<double> ux(extent.minX, extent.maxX), uy(extent.minY, extent.maxY), ur(0.0, 120.0);
        int nonEmpty = 0;
        for (int trial = 0; trial < 60; ++trial) {
            const ct::geo::Point p{ux(random), uy(random)};
            const double radius = ur(random);
            std::set<qint64> expected;
            for (std::size_t i = 0; i < table->size(); ++i) {
                const auto &g = table->geometries[i];
                double best = 1e300;
                for (int r = 0; r < g.ringCount(); ++r) {
                    const auto ring = g.ring(r);
                    for (std::size_t k = 1; k < ring.size(); ++k)
                        best = std::min(best, segmentDistance(p, ring[k - 1], ring[k]));
                }
                if (best <= radius)
                    expected.insert(table->fids[i]);
            }
            auto found = LiveClosures::roadsWithin(*m_twin, p, radius);
            QVERIFY(found.ok());
            QCOMPARE(std::set<qint64>(found->begin(), found->end()), expected);
            QCOMPARE(found->size(), expected.size());
            nonEmpty += expected.empty() ? 0 : 1;
        }
        QVERIFY(nonEmpty > 10); // the trials did test something
        QVERIFY(!LiveClosures::roadsWithin(*m_twin, {0, 0}, -1.0).ok());
    }

    void routeDetoursAroundALiveClosure()
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
        QVERIFY(direct.reachable && direct.edges.size() >= 2);
        // the fid of a road on the route whose closure leaves a detour
        const int idColumn = m_roads.columnIndex(QStringLiteral("road_id"));
        for (int e : direct.edges) {
            Closures probe(graph.value());
            probe.close(graph->edgeRoadId(e));
            const Route detour = dijkstra.route(0, far, probe);
            if (!detour.reachable || detour.seconds <= direct.seconds + 1.0)
                continue;
            qint64 fid = -1;
            for (std::size_t i = 0; i < m_roads.size(); ++i)
                if (m_roads.columns[std::size_t(idColumn)][i].toLongLong() == graph->edgeRoadId(e))
                    fid = m_roads.fids[i];
            QVERIFY(fid >= 0);
            QVERIFY(LiveClosures::close(*m_twin, {fid}, QStringLiteral("test"), QString()).ok());
            Closures live(graph.value());
            QCOMPARE(LiveClosures::apply(*m_twin, live).value(), 1);
            const Route routed = dijkstra.route(0, far, live);
            QCOMPARE(routed.seconds, detour.seconds);
            QVERIFY(LiveClosures::reopen(*m_twin, QStringLiteral("test")).ok());
            Closures reopened(graph.value());
            QCOMPARE(LiveClosures::apply(*m_twin, reopened).value(), 0);
            QCOMPARE(dijkstra.route(0, far, reopened).seconds, direct.seconds);
            return;
        }
        QFAIL("no road of the route has a detour");
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    std::unique_ptr<TwinStore> m_twin;
    ct::store::FeatureTable m_roads;
};

QTEST_GUILESS_MAIN(TestLiveClosures)
#include "tst_liveclosures.moc"
