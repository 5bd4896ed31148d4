// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
//
// `citytwin-cli route`, run as a user runs it: exit codes, the text and JSON output, and a
// closure that forces a detour.
#include "ct/citygen/citygenerator.h"
#include "ct/geo/crs.h"
#include "ct/geo/crstransform.h"
#include "ct/routing/dijkstra.h"
#include "ct/routing/roadgraph.h"
#include "ct/store/twinstore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace ct::routing;

namespace {

struct Run
{
    int exitCode = -2;
    QByteArray out, err;
};

Run cli(const QStringList &arguments)
{
    QProcess process;
    process.start(QStringLiteral(CITYTWIN_BINARY_DIR "/bin/citytwin-cli"), QStringList{QStringLiteral("route")} + arguments);
    Run run;
    if (!process.waitForFinished(120000))
        return run;
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

} // namespace

class TestRouteCommand : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_twin = m_dir.filePath(QStringLiteral("twin.gpkg"));
        ct::citygen::GeneratorOptions options;
        options.scale = 0.02;
        auto report = ct::citygen::CityGenerator::generate(m_twin, options);
        QVERIFY(report.ok());
        auto store = ct::store::TwinStore::open(m_twin, ct::store::TwinStore::OpenMode::ReadOnly);
        QVERIFY(store.ok());
        auto graph = RoadGraph::fromTwin(*store.value(), Mode::Car);
        QVERIFY(graph.ok());
        m_graph = std::move(graph.value());
        // a pair far apart that is reachable, with a route of several roads
        Dijkstra dijkstra(m_graph);
        const auto tree = dijkstra.oneToAll(0, {}, Direction::Forward);
        int far = -1;
        for (int v = 0; v < m_graph.nodeCount(); ++v)
            if (tree.isReached(v) && (far < 0 || tree.seconds[std::size_t(v)] > tree.seconds[std::size_t(far)]))
                far = v;
        QVERIFY(far > 0);
        m_from = 0;
        m_to = far;
        m_fromText = lonLat(m_from);
        m_toText = lonLat(m_to);
    }

    void badArguments_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        const QString from = QStringLiteral("140.1,36.08");
        QTest::newRow("no twin") << QStringList{QStringLiteral("--from"), from, QStringLiteral("--to"), from} << 2;
        QTest::newRow("no --to") << QStringList{QStringLiteral("TWIN"), QStringLiteral("--from"), from} << 2;
        QTest::newRow("not a position") << QStringList{QStringLiteral("TWIN"), QStringLiteral("--from"), QStringLiteral("abc"), QStringLiteral("--to"), from} << 2;
        QTest::newRow("latitude out of range") << QStringList{QStringLiteral("TWIN"), QStringLiteral("--from"), QStringLiteral("140,95"), QStringLiteral("--to"), from} << 2;
        QTest::newRow("bad mode") << QStringList{QStringLiteral("TWIN"), QStringLiteral("--from"), from, QStringLiteral("--to"), from, QStringLiteral("--mode"), QStringLiteral("boat")} << 2;
        QTest::newRow("bad closure") << QStringList{QStringLiteral("TWIN"), QStringLiteral("--from"), from, QStringLiteral("--to"), from, QStringLiteral("--close"), QStringLiteral("1,x")} << 2;
        QTest::newRow("unknown option") << QStringList{QStringLiteral("TWIN"), QStringLiteral("--fly")} << 2;
        QTest::newRow("missing twin file") << QStringList{QStringLiteral("/nonexistent/twin.gpkg"), QStringLiteral("--from"), from, QStringLiteral("--to"), from} << 1;
        QTest::newRow("help") << QStringList{QStringLiteral("--help")} << 0;
    }
    void badArguments()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        arguments.replaceInStrings(QStringLiteral("TWIN"), m_twin);
        const Run run = cli(arguments);
        QCOMPARE(run.exitCode, exitCode);
        if (exitCode != 0)
            QVERIFY(!run.err.isEmpty());
        else
            QVERIFY(run.out.contains("--from"));
    }

    void textOutput()
    {
        const Run run = cli({m_twin, QStringLiteral("--from"), m_fromText, QStringLiteral("--to"), m_toText});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains(" min, "));
        QVERIFY(run.out.contains(" km"));
        QVERIFY(run.out.contains("roads: "));
    }

    void jsonShapeAndDetour()
    {
        const QJsonObject direct = routeJson({});
        QCOMPARE(direct.value(QStringLiteral("type")).toString(), QStringLiteral("Feature"));
        const QJsonObject geometry = direct.value(QStringLiteral("geometry")).toObject();
        QCOMPARE(geometry.value(QStringLiteral("type")).toString(), QStringLiteral("LineString"));
        const QJsonArray coordinates = geometry.value(QStringLiteral("coordinates")).toArray();
        QVERIFY(coordinates.size() >= 3);
        const QStringList fromParts = m_fromText.split(QLatin1Char(','));
        QVERIFY(std::abs(coordinates.first().toArray().at(0).toDouble() - fromParts[0].toDouble()) < 1e-5);
        QVERIFY(std::abs(coordinates.first().toArray().at(1).toDouble() - fromParts[1].toDouble()) < 1e-5);
        const QJsonObject properties = direct.value(QStringLiteral("properties")).toObject();
        QCOMPARE(properties.value(QStringLiteral("mode")).toString(), QStringLiteral("car"));
        Dijkstra dijkstra(m_graph);
        const Route expected = dijkstra.route(m_from, m_to);
        QVERIFY(std::abs(properties.value(QStringLiteral("seconds")).toDouble() - expected.seconds) <= 0.051);
        QCOMPARE(properties.value(QStringLiteral("from_node")).toInteger(), m_graph.twinNodeId(m_from));
        QCOMPARE(properties.value(QStringLiteral("to_node")).toInteger(), m_graph.twinNodeId(m_to));
        const QJsonArray roadIds = properties.value(QStringLiteral("road_ids")).toArray();
        QVERIFY(roadIds.size() >= 2);

        // close a road of the route whose loss still leaves a (slower) way
        qint64 closedId = -1;
        double detourSeconds = 0.0;
        for (const auto &value : roadIds) {
            Closures closures(m_graph);
            closures.close(value.toInteger());
            const Route detour = dijkstra.route(m_from, m_to, closures);
            if (detour.reachable && detour.seconds > expected.seconds + 1.0) {
                closedId = value.toInteger();
                detourSeconds = detour.seconds;
                break;
            }
        }
        QVERIFY2(closedId >= 0, "no road of the route has a detour");
        const QJsonObject detour = routeJson({QStringLiteral("--close"), QString::number(closedId)});
        const QJsonObject detourProperties = detour.value(QStringLiteral("properties")).toObject();
        QVERIFY(detourProperties.value(QStringLiteral("seconds")).toDouble() > properties.value(QStringLiteral("seconds")).toDouble());
        QVERIFY(std::abs(detourProperties.value(QStringLiteral("seconds")).toDouble() - detourSeconds) <= 0.051);
        QVERIFY(!detourProperties.value(QStringLiteral("road_ids")).toArray().contains(QJsonValue(closedId)));
        QCOMPARE(detourProperties.value(QStringLiteral("closed")).toArray(), QJsonArray{closedId});
    }

    void unreachableExitsOne()
    {
        // close every road at the destination
        QStringList ids;
        for (int e : m_graph.incomingEdges(m_to))
            ids << QString::number(m_graph.edgeRoadId(e));
        const Run run = cli({m_twin, QStringLiteral("--from"), m_fromText, QStringLiteral("--to"), m_toText,
                             QStringLiteral("--close"), ids.join(QLatin1Char(','))});
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.err.contains("no route"));
        QVERIFY(run.out.isEmpty());
    }

    void walkingIgnoresOneWays()
    {
        const Run run = cli({m_twin, QStringLiteral("--from"), m_toText, QStringLiteral("--to"), m_fromText,
                             QStringLiteral("--mode"), QStringLiteral("walk"), QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject properties = QJsonDocument::fromJson(run.out).object().value(QStringLiteral("properties")).toObject();
        QCOMPARE(properties.value(QStringLiteral("mode")).toString(), QStringLiteral("walk"));
        // walking at 1.25 m/s: seconds = metres / 1.25
        QVERIFY(std::abs(properties.value(QStringLiteral("seconds")).toDouble() - properties.value(QStringLiteral("metres")).toDouble() / 1.25) < 0.2);
    }

private:
    QString lonLat(int node) const
    {
        auto transform = ct::geo::CrsTransform::create(ct::geo::crs::kWgs84, ct::geo::crs::kJgd2011ZoneIX);
        ct::geo::Point p = m_graph.position(node);
        transform->inverse(p);
        return QStringLiteral("%1,%2").arg(p.x, 0, 'f', 9).arg(p.y, 0, 'f', 9);
    }

    QJsonObject routeJson(const QStringList &extra)
    {
        const Run run = cli(QStringList{m_twin, QStringLiteral("--from"), m_fromText, QStringLiteral("--to"), m_toText, QStringLiteral("--json")} + extra);
        if (run.exitCode != 0)
            qWarning("route failed: %s", run.err.constData());
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(run.out, &error);
        if (error.error != QJsonParseError::NoError)
            qWarning("not JSON: %s", run.out.constData());
        return document.object();
    }

    QTemporaryDir m_dir;
    QString m_twin;
    RoadGraph m_graph;
    int m_from = 0, m_to = 0;
    QString m_fromText, m_toText;
};

QTEST_GUILESS_MAIN(TestRouteCommand)
#include "tst_routecommand.moc"
