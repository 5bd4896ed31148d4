// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
//
// bench_fleet_movement: 1,000 vehicles driving for 1 h in 1 s steps on the twin's car network —
// our FleetMover (free-flow speed per edge, FIFO edges with a 7.5 m gap, position and heading on
// the road polyline every step) against SUMO (microscopic, default Krauss car-following) with the
// same network (exported, netconvert) and the same routes (edge lists given to both, so neither
// routes during the run). Prints vehicle updates per second of both and the ratio (target,
// issue 8: ours ≥ 2× SUMO's).
//
//   bench_fleet_movement [--scale S | --twin TWIN.gpkg] [--vehicles N] [--duration HH:MM] [--keep DIR] [--seed N]
#include "sumonetwork.h"

#include "ct/citygen/citygenerator.h"
#include "ct/fleets/fleetmover.h"
#include "ct/routing/closures.h"
#include "ct/routing/multisource.h"
#include "ct/routing/router.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QSet>
#include <QTemporaryDir>
#include <QTextStream>

#include <sys/resource.h>

#include <ctime>
#include <random>

using namespace ct;

namespace {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

int fail(const QString &message)
{
    QTextStream(stderr) << "bench_fleet_movement: " << message << "\n";
    return 1;
}

double processCpuSeconds()
{
    return double(std::clock()) / double(CLOCKS_PER_SEC);
}

double childrenCpuSeconds()
{
    rusage usage{};
    getrusage(RUSAGE_CHILDREN, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    auto value = [&](const char *name, const QString &fallback) {
        const int i = args.indexOf(QLatin1String(name));
        return i >= 0 && i + 1 < args.size() ? args[i + 1] : fallback;
    };
    const double scale = value("--scale", QStringLiteral("1")).toDouble();
    const int vehicles = value("--vehicles", QStringLiteral("1000")).toInt();
    const QStringList hm = value("--duration", QStringLiteral("01:00")).split(QLatin1Char(':'));
    const int seconds = hm.value(0).toInt() * 3600 + hm.value(1).toInt() * 60;
    const unsigned seed = value("--seed", QStringLiteral("1")).toUInt();
    QTemporaryDir temp;
    const QString dir = value("--keep", temp.path());
    QDir().mkpath(dir);
    QString twinPath = value("--twin", QString());
    if (twinPath.isEmpty()) {
        twinPath = QDir(dir).filePath(QStringLiteral("bench-twin.gpkg"));
        QFile::remove(twinPath);
        citygen::GeneratorOptions options;
        options.scale = scale;
        if (auto report = citygen::CityGenerator::generate(twinPath, options); !report)
            return fail(report.error().toString());
        out() << "generated a scale " << scale << " city\n";
    }
    auto opened = store::TwinStore::open(twinPath, store::TwinStore::OpenMode::ReadOnly);
    if (!opened)
        return fail(opened.error().toString());
    auto built = routing::RoadGraph::fromTwin(*opened.value(), routing::Mode::Car);
    if (!built)
        return fail(built.error().toString());
    const routing::RoadGraph &graph = built.value();

    // Routes: from distinct start edges, a chain of fastest paths to random destinations long
    // enough for the whole run (nodes of the strongly connected part around the centre only).
    const routing::Closures open(graph);
    const int centre = graph.nearestNode(graph.position(graph.nodeCount() / 2));
    const auto forward = routing::multiSource(graph, open, {centre}, routing::Direction::Forward);
    const auto backward = routing::multiSource(graph, open, {centre}, routing::Direction::Backward);
    std::vector<int> core;
    for (int v = 0; v < graph.nodeCount(); ++v)
        if (forward.isReached(v) && backward.isReached(v) && graph.firstOut(v) < graph.firstOut(v + 1))
            core.push_back(v);
    if (core.size() < 2)
        return fail(QStringLiteral("the car graph has no connected core"));
    routing::Router router(graph);
    router.customize(open);
    std::mt19937 rng(seed);
    std::uniform_int_distribution<std::size_t> anyNode(0, core.size() - 1);
    std::vector<std::vector<int>> routes;
    QSet<int> startEdges;
    for (int attempt = 0; int(routes.size()) < vehicles && attempt < vehicles * 20; ++attempt) {
        int at = core[anyNode(rng)];
        std::vector<int> route;
        double driven = 0.0;
        for (int tries = 0; driven < seconds * 1.2 && tries < 200; ++tries) {
            const int to = core[anyNode(rng)];
            if (to == at)
                continue;
            const routing::Route r = router.route(at, to);
            if (!r.reachable || r.edges.empty())
                break;
            // No U-turn where one leg meets the next (SUMO may lack the turnaround connection).
            if (!route.empty() && graph.edgeRoadId(route.back()) == graph.edgeRoadId(r.edges.front()))
                continue;
            route.insert(route.end(), r.edges.begin(), r.edges.end());
            driven += r.seconds;
            at = to;
        }
        if (route.empty() || startEdges.contains(route.front()) || driven < seconds)
            continue;
        startEdges.insert(route.front());
        routes.push_back(std::move(route));
    }
    out() << "routes: " << routes.size() << " vehicles on " << graph.nodeCount() << " nodes / " << graph.edgeCount() << " edges\n";

    // --- ours -------------------------------------------------------------------------------------------
    fleets::FleetMover mover(graph);
    for (const auto &r : routes)
        mover.add(r);
    const double cpu0 = processCpuSeconds();
    QElapsedTimer timer;
    timer.start();
    for (int t = 0; t < seconds; ++t)
        mover.step(1.0);
    const double oursWall = timer.nsecsElapsed() / 1e9;
    const double oursCpu = processCpuSeconds() - cpu0;
    const double oursUps = double(mover.updates()) / std::max(oursWall, 1e-9);
    const double oursUpsCpu = double(mover.updates()) / std::max(oursCpu, 1e-9);
    double metres = 0.0;
    for (const auto &v : mover.vehicles()) {
        for (std::size_t k = 0; k < v.leg; ++k)
            metres += graph.edgeLength(v.route[k]);
        metres += v.offset;
    }
    out() << "ours: " << QString::number(metres / 1000.0, 'f', 1) << " vehicle-km driven, mean "
          << QString::number(metres / std::max<double>(1, double(mover.updates())) * 3.6, 'f', 1) << " km/h; ";
    out() << mover.updates() << " vehicle updates in " << QString::number(oursWall, 'f', 3) << " s wall ("
          << QString::number(oursCpu, 'f', 3) << " s CPU); " << mover.arrivedCount() << " arrived\n";
    out().flush();

    // --- SUMO ---------------------------------------------------------------------------------------
    const benchsumo::Network network = benchsumo::buildNetwork(*opened.value(), dir);
    if (!network.error.isEmpty())
        return fail(network.error);
    if (network.sumo.isEmpty()) {
        out() << "sumo: not installed, no comparison\n";
        return 0;
    }
    QFile file(QDir(dir).filePath(QStringLiteral("fleet.rou.xml")));
    if (!file.open(QIODevice::WriteOnly))
        return fail(file.errorString());
    QTextStream xml(&file);
    xml << "<routes>\n";
    for (std::size_t i = 0; i < routes.size(); ++i) {
        xml << "  <vehicle id=\"v" << i << "\" depart=\"0.00\" departLane=\"best\" departSpeed=\"max\"><route edges=\"";
        for (std::size_t k = 0; k < routes[i].size(); ++k)
            xml << (k ? " " : "") << network.edgeId(graph, routes[i][k]);
        xml << "\"/></vehicle>\n";
    }
    xml << "</routes>\n";
    xml.flush();
    file.close();
    QProcess run;
    run.setProcessChannelMode(QProcess::MergedChannels);
    const QStringList sumoArgs{QStringLiteral("-n"), network.netFile, QStringLiteral("-r"), file.fileName(),
                               QStringLiteral("--step-length"), QStringLiteral("1"), QStringLiteral("--end"), QString::number(seconds),
                               QStringLiteral("--routing-algorithm"), QStringLiteral("astar"),
                               QStringLiteral("--ignore-route-errors"), QStringLiteral("true"), QStringLiteral("--time-to-teleport"), QStringLiteral("-1"),
                               QStringLiteral("--no-step-log"), QStringLiteral("true"), QStringLiteral("--no-warnings"), QStringLiteral("true"),
                               QStringLiteral("--duration-log.statistics"), QStringLiteral("true")};
    const double children0 = childrenCpuSeconds();
    timer.restart();
    run.start(network.sumo, sumoArgs);
    if (!run.waitForFinished(-1))
        return fail(QStringLiteral("sumo did not finish"));
    const double sumoWall = timer.nsecsElapsed() / 1e9;
    const double sumoCpu = childrenCpuSeconds() - children0;
    double sumoUps = 0.0, sumoRealTime = 0.0;
    QString summary;
    bool performance = false;   // "Duration:" appears in the performance block and again in the trip statistics
    for (const QString &line : QString::fromUtf8(run.readAll()).split(QLatin1Char('\n'))) {
        const QString l = line.trimmed();
        if (l.startsWith(QLatin1String("Performance:")))
            performance = true;
        if (l.startsWith(QLatin1String("UPS:")))
            sumoUps = l.mid(4).trimmed().toDouble();
        if (performance && l.startsWith(QLatin1String("Duration:"))) {
            sumoRealTime = l.mid(9).trimmed().remove(QStringLiteral("s")).toDouble();
            performance = false;
        }
        if (l.startsWith(QLatin1String("Inserted:")) || l.startsWith(QLatin1String("Running:")) || l.contains(QLatin1String("Error")))
            summary += l + QLatin1Char(' ');
    }
    out() << "sumo: exit " << run.exitCode() << "; " << summary << "; its own UPS " << QString::number(sumoUps, 'f', 0)
          << " over its simulation loop (" << QString::number(sumoRealTime, 'f', 2) << " s)\n";
    out() << "sumo command: " << network.sumo << " " << sumoArgs.join(QLatin1Char(' ')) << "\n";
    out() << QStringLiteral("%1 %2 %3\n").arg(QStringLiteral("simulator"), -28).arg(QStringLiteral("updates/s"), 14).arg(QStringLiteral("updates/CPU s"), 14);
    out() << QStringLiteral("%1 %2 %3\n").arg(QStringLiteral("citytwin FleetMover"), -28).arg(oursUps, 14, 'f', 0).arg(oursUpsCpu, 14, 'f', 0);
    // SUMO's updates over its CPU time, loading the network included (a slight underestimate).
    const double sumoUpdates = sumoUps * sumoRealTime;
    out() << QStringLiteral("%1 %2 %3\n").arg(QStringLiteral("sumo (its UPS)"), -28).arg(sumoUps, 14, 'f', 0).arg(sumoUpdates / std::max(sumoCpu, 1e-9), 14, 'f', 0);
    out() << "(sumo process: " << QString::number(sumoWall, 'f', 2) << " s wall, " << QString::number(sumoCpu, 'f', 2) << " s CPU with loading)\n";
    out() << "ratio citytwin / sumo updates per second: wall " << QString::number(oursUps / std::max(sumoUps, 1e-9), 'f', 1) << "x, CPU "
          << QString::number(oursUpsCpu / std::max(sumoUpdates / std::max(sumoCpu, 1e-9), 1e-9), 'f', 1) << "x (target ≥ 2x)\n";
    out().flush();
    return 0;
}
