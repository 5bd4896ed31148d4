// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
//
// bench_sim_sumo: the evacuation of every resident by car, 2 h simulated, on our link-queue engine
// and on SUMO's mesoscopic simulation (`sumo --mesosim`) with the same network (exported as SUMO
// plain XML, built by netconvert) and the same demand (same origins, departure times and
// destinations: the nearest shelter, capacities lifted so both send everyone there). Prints both
// wall times and the ratio.
//
//   bench_sim_sumo [--scale S | --twin TWIN.gpkg] [--duration HH:MM] [--keep DIR]
#include "ct/citygen/citygenerator.h"
#include "ct/dataio/sumoexporter.h"
#include "ct/routing/multisource.h"
#include "ct/sim/simulation.h"
#include "ct/store/twinstore.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>

#include <sqlite3.h>

#include <algorithm>
#include <cstdio>

using namespace ct;

namespace {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

int fail(const QString &message)
{
    QTextStream(stderr) << "bench_sim_sumo: " << message << "\n";
    return 1;
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
    const QString duration = value("--duration", QStringLiteral("02:00"));
    QTemporaryDir temp;
    const QString dir = value("--keep", temp.path());
    QDir().mkpath(dir);
    QString twinPath = value("--twin", QString());

    QElapsedTimer timer;
    if (twinPath.isEmpty()) {
        twinPath = QDir(dir).filePath(QStringLiteral("bench-twin.gpkg"));
        QFile::remove(twinPath);
        timer.start();
        citygen::GeneratorOptions options;
        options.scale = scale;
        auto report = citygen::CityGenerator::generate(twinPath, options);
        if (!report)
            return fail(report.error().toString());
        out() << "generated a scale " << scale << " city in " << QString::number(timer.elapsed() / 1000.0, 'f', 1) << " s\n";
    } else {
        const QString copy = QDir(dir).filePath(QStringLiteral("bench-twin.gpkg"));
        QFile::remove(copy);
        if (!QFile::copy(twinPath, copy))
            return fail(QStringLiteral("cannot copy %1").arg(twinPath));
        twinPath = copy;
    }
    auto opened = store::TwinStore::open(twinPath);
    if (!opened)
        return fail(opened.error().toString());
    store::TwinStore &twin = *opened.value();
    // Same destinations in both simulators: the nearest shelter, whatever its capacity.
    sqlite3_exec(twin.handle(), "UPDATE shelters SET capacity = 100000000", nullptr, nullptr, nullptr);

    const QByteArray scenarioJson = QStringLiteral(R"({"name": "bench: everyone by car", "duration": "%1", "seed": 1,
        "population": {"compliance": 1, "car_share": 1, "household_size": 2.3,
                       "departure": {"distribution": "rayleigh", "mean": "00:20"}}})").arg(duration).toUtf8();
    auto scenario = sim::Scenario::fromJson(scenarioJson);
    if (!scenario)
        return fail(scenario.error().toString());

    // --- ours ----------------------------------------------------------------------------------
    timer.restart();
    auto world = sim::SimulationWorld::load(twin);
    if (!world)
        return fail(world.error().toString());
    const double loadSeconds = timer.nsecsElapsed() / 1e9;
    timer.restart();
    sim::SimulationOptions options;
    options.sampleInterval = 0;
    sim::Simulation simulation(world.value(), scenario.value(), options);
    simulation.run();
    const double runSeconds = timer.nsecsElapsed() / 1e9;
    const double ours = loadSeconds + runSeconds;
    const auto &evacuation = simulation.evacuation();
    out() << "ours: " << world->residents() << " residents, " << evacuation.plannedTrips().size() << " cars; sheltered "
          << evacuation.sheltered() << " persons; load " << QString::number(loadSeconds, 'f', 2) << " s + run "
          << QString::number(runSeconds, 'f', 2) << " s = " << QString::number(ours, 'f', 2) << " s\n";

    // --- the same network and demand for SUMO ---------------------------------------------------
    const QString sumo = QStandardPaths::findExecutable(QStringLiteral("sumo"));
    const QString netconvert = QStandardPaths::findExecutable(QStringLiteral("netconvert"));
    if (sumo.isEmpty() || netconvert.isEmpty()) {
        out() << "sumo: not installed, no comparison\n";
        return 0;
    }
    auto counts = dataio::SumoExporter::exportNetwork(twin, dir);
    if (!counts)
        return fail(counts.error().toString());
    QProcess convert;
    convert.start(netconvert, {QStringLiteral("--node-files"), QDir(dir).filePath(QStringLiteral("nodes.nod.xml")),
                               QStringLiteral("--edge-files"), QDir(dir).filePath(QStringLiteral("edges.edg.xml")),
                               QStringLiteral("-o"), QDir(dir).filePath(QStringLiteral("net.net.xml")),
                               QStringLiteral("--no-warnings"), QStringLiteral("true")});
    if (!convert.waitForFinished(-1) || convert.exitCode() != 0)
        return fail(QStringLiteral("netconvert failed: ") + QString::fromUtf8(convert.readAllStandardError()));

    // Road id → from_node, to name each directed edge as the exporter did ("id" or "-id").
    auto roads = twin.readColumns(QStringLiteral("roads"), {QStringLiteral("road_id"), QStringLiteral("from_node")});
    if (!roads)
        return fail(roads.error().toString());
    QHash<qint64, qint64> fromNode;
    const auto &ids = roads->columns[std::size_t(roads->columnIndex(QStringLiteral("road_id")))];
    const auto &froms = roads->columns[std::size_t(roads->columnIndex(QStringLiteral("from_node")))];
    for (std::size_t i = 0; i < roads->size(); ++i)
        fromNode.insert(ids.integer(i), froms.integer(i));
    const routing::RoadGraph &graph = world->carGraph();
    auto sumoId = [&](int edge) {
        const qint64 road = graph.edgeRoadId(edge);
        const bool forward = fromNode.value(road) == graph.twinNodeId(graph.edgeTail(edge));
        return forward ? QString::number(road) : QStringLiteral("-%1").arg(road);
    };
    std::vector<int> shelterNodes;
    for (const auto &s : world->shelters())
        shelterNodes.push_back(s.carNode);
    const auto tree = routing::multiSource(graph, routing::Closures(graph), shelterNodes, routing::Direction::Backward);
    auto trips = evacuation.plannedTrips();
    std::stable_sort(trips.begin(), trips.end(), [](const auto &a, const auto &b) { return a.departure < b.departure; });
    QFile tripFile(QDir(dir).filePath(QStringLiteral("trips.rou.xml")));
    if (!tripFile.open(QIODevice::WriteOnly))
        return fail(tripFile.errorString());
    QTextStream xml(&tripFile);
    xml << "<routes>\n";
    int written = 0;
    for (std::size_t i = 0; i < trips.size(); ++i) {
        const auto &t = trips[i];
        const int source = tree.source[std::size_t(t.origin)];
        if (source < 0 || graph.firstOut(t.origin) == graph.firstOut(t.origin + 1))
            continue;
        const int target = shelterNodes[std::size_t(source)];
        if (target == t.origin || graph.incomingEdges(target).empty())
            continue;
        const int firstEdge = tree.nextEdge[std::size_t(t.origin)] >= 0 ? tree.nextEdge[std::size_t(t.origin)] : graph.firstOut(t.origin);
        xml << "  <trip id=\"h" << i << "\" depart=\"" << QString::number(sim::toSeconds(t.departure), 'f', 2) << "\" from=\""
            << sumoId(firstEdge) << "\" to=\"" << sumoId(graph.incomingEdges(target).front()) << "\"/>\n";
        ++written;
    }
    xml << "</routes>\n";
    xml.flush();
    tripFile.close();

    QProcess run;
    run.setProcessChannelMode(QProcess::MergedChannels);
    const QStringList sumoArgs{QStringLiteral("-n"), QDir(dir).filePath(QStringLiteral("net.net.xml")),
                               QStringLiteral("-r"), tripFile.fileName(), QStringLiteral("--mesosim"), QStringLiteral("true"),
                               QStringLiteral("--routing-algorithm"), QStringLiteral("astar"),
                               QStringLiteral("--end"), QString::number(sim::toSeconds(simulation.endTime()), 'f', 0),
                               QStringLiteral("--ignore-route-errors"), QStringLiteral("true"),
                               QStringLiteral("--no-step-log"), QStringLiteral("true"), QStringLiteral("--no-warnings"), QStringLiteral("true"),
                               QStringLiteral("--duration-log.statistics"), QStringLiteral("true")};
    timer.restart();
    run.start(sumo, sumoArgs);
    if (!run.waitForFinished(-1))
        return fail(QStringLiteral("sumo did not finish"));
    const double peer = timer.nsecsElapsed() / 1e9;
    const QString log = QString::fromUtf8(run.readAll());
    QString arrived;
    for (const QString &line : log.split(QLatin1Char('\n'))) {
        if (line.contains(QLatin1String("Inserted:")) || line.contains(QLatin1String("Running:")) || line.contains(QLatin1String("Waiting:")))
            arrived += line.trimmed() + QLatin1Char(' ');
    }
    out() << "sumo --mesosim: " << written << " trips, exit " << run.exitCode() << "; " << arrived << "\n";
    out() << "sumo command: " << sumo << " " << sumoArgs.join(QLatin1Char(' ')) << "\n";
    out() << QStringLiteral("%1 %2 %3\n").arg(QStringLiteral("simulator"), -22).arg(QStringLiteral("wall s"), 10).arg(QString());
    out() << QStringLiteral("%1 %2\n").arg(QStringLiteral("citytwin (load + run)"), -22).arg(ours, 10, 'f', 2);
    out() << QStringLiteral("%1 %2\n").arg(QStringLiteral("sumo --mesosim"), -22).arg(peer, 10, 'f', 2);
    out() << "ratio sumo / citytwin: " << QString::number(peer / std::max(ours, 1e-9), 'f', 1) << "x\n";
    out().flush();
    return 0;
}
