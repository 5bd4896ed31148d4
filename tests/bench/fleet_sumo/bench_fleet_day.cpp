// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
//
// bench_fleet_day: a day of on-demand service — our "ondemand" model (insertion dispatch on the
// engine clock) against SUMO's taxi device with greedyShared dispatch (routing astar) on the same
// network (exported from the twin, built by netconvert) and the same demand (the requests our
// demand generator drew, each from its pick-up meeting point to its drop-off meeting point at its
// time, served by the same number of vehicles starting at the same meeting points). Prints both
// wall times and the ratio (target, issue 8: ours ≥ 10× faster with 50,000 requests at scale 1).
//
//   bench_fleet_day [--scale S | --twin TWIN.gpkg] [--requests N] [--vehicles V] [--capacity C]
//                   [--duration HH:MM] [--reoptimise HH:MM] [--keep DIR] [--no-sumo]
//                   [--sumo-limit SECONDS]
// --sumo-limit: stop SUMO after that much wall time; the ratios printed are then lower bounds
// ("≥"), computed from the wall and CPU time SUMO had used when it was stopped.
#include "sumonetwork.h"

#include "ct/citygen/citygenerator.h"
#include "ct/fleets/ondemandmodel.h"
#include "ct/fleets/ondemandmodelfactory.h"
#include "ct/sim/simulation.h"
#include "ct/sim/simulationworld.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTextStream>

#include <sys/resource.h>
#include <ctime>

using namespace ct;

namespace {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

//! CPU seconds of this process (the machine is shared: wall time alone says little).
double processCpuSeconds()
{
    return double(std::clock()) / double(CLOCKS_PER_SEC);
}

//! CPU seconds of the waited-for child processes (sumo).
double childrenCpuSeconds()
{
    rusage usage{};
    getrusage(RUSAGE_CHILDREN, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

int fail(const QString &message)
{
    QTextStream(stderr) << "bench_fleet_day: " << message << "\n";
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
    const int requests = value("--requests", QStringLiteral("50000")).toInt();
    const int vehicles = value("--vehicles", QStringLiteral("500")).toInt();
    const int capacity = value("--capacity", QStringLiteral("8")).toInt();
    const QString duration = value("--duration", QStringLiteral("24:00"));
    const QString reoptimise = value("--reoptimise", QStringLiteral("00:00"));
    const double sumoLimitS = value("--sumo-limit", QStringLiteral("0")).toDouble();
    QTemporaryDir temp;
    const QString dir = value("--keep", temp.path());
    QDir().mkpath(dir);
    QString twinPath = value("--twin", QString());
    QElapsedTimer timer;
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
    const store::TwinStore &twin = *opened.value();

    // A day at the given rate: requests_per_day is scaled so the run's duration sees `requests`.
    const double hours = sim::toSeconds(sim::parseDuration(duration).value_or(24 * sim::kHour)) / 3600.0;
    const QByteArray scenarioJson = QStringLiteral(R"({"name": "bench: a day of on-demand service", "duration": "%1", "seed": 1,
        "start": "2026-06-10T00:00:00+09:00", "population": {"compliance": 0},
        "models": {"ondemand": {"vehicles": %2, "capacity": %3, "wheelchair_places": 0, "wheelchair_share": 0,
                                "requests_per_day": %4, "stop_spacing_m": 400, "max_wait": "00:20", "detour_factor": 1.5,
                                "dwell": "00:00:30", "reoptimise": "%5"}}})")
                                      .arg(duration).arg(vehicles).arg(capacity).arg(hours >= 24.0 ? double(requests) : requests * 24.0 / hours, 0, 'f', 0)
                                      .arg(reoptimise).toUtf8();
    auto scenario = sim::Scenario::fromJson(scenarioJson);
    if (!scenario)
        return fail(scenario.error().toString());

    // --- ours: load the world, build the service (matrix), generate, dispatch and drive ------------
    const double cpuBefore = processCpuSeconds();
    timer.start();
    auto world = sim::SimulationWorld::load(twin);
    if (!world)
        return fail(world.error().toString());
    const double loadSeconds = timer.nsecsElapsed() / 1e9;
    timer.restart();
    sim::SimulationOptions options;
    options.sampleInterval = 0;
    options.models = {std::make_shared<fleets::OnDemandModelFactory>()};
    if (const auto problems = sim::Simulation::validate(world.value(), scenario.value(), options.models); !problems.isEmpty())
        return fail(problems.front().toString());
    sim::Simulation simulation(world.value(), scenario.value(), options);
    simulation.run();
    const double runSeconds = timer.nsecsElapsed() / 1e9;
    const double ours = loadSeconds + runSeconds;
    const double oursCpu = processCpuSeconds() - cpuBefore;
    const auto *model = dynamic_cast<const fleets::OnDemandModel *>(simulation.model(QStringLiteral("ondemand")));
    if (!model)
        return fail(QStringLiteral("no ondemand model in the run"));
    const QJsonObject kpis = model->kpis();
    out() << "ours: " << model->requests().size() << " requests, " << vehicles << " vehicles × " << capacity << " seats, "
          << model->service().stopCount() << " meeting points; load " << QString::number(loadSeconds, 'f', 2) << " s + run "
          << QString::number(runSeconds, 'f', 2) << " s = " << QString::number(ours, 'f', 2) << " s\n";
    out() << "ours KPIs: " << QString::fromUtf8(QJsonDocument(kpis).toJson(QJsonDocument::Compact)) << "\n";
    out().flush();
    if (args.contains(QStringLiteral("--no-sumo")))
        return 0;

    // --- the same network, fleet and demand for SUMO's taxi device -----------------------------------
    const benchsumo::Network network = benchsumo::buildNetwork(twin, dir);
    if (!network.error.isEmpty())
        return fail(network.error);
    if (network.sumo.isEmpty()) {
        out() << "sumo: not installed, no comparison\n";
        return 0;
    }
    const routing::RoadGraph &graph = world->carGraph();
    const fleets::OnDemandService &service = model->service();
    auto outEdge = [&](int node) { return graph.firstOut(node) < graph.firstOut(node + 1) ? graph.firstOut(node) : -1; };
    auto inEdge = [&](int node) { return graph.incomingEdges(node).empty() ? -1 : graph.incomingEdges(node).front(); };
    QFile routes(QDir(dir).filePath(QStringLiteral("taxi.rou.xml")));
    if (!routes.open(QIODevice::WriteOnly))
        return fail(routes.errorString());
    QTextStream xml(&routes);
    xml << "<routes>\n  <vType id=\"taxi\" vClass=\"taxi\" personCapacity=\"" << capacity << "\">\n"
        << "    <param key=\"has.taxi.device\" value=\"true\"/>\n  </vType>\n";
    const int stops = service.stopCount();
    for (int v = 0; v < vehicles; ++v) {
        const int depot = int((std::int64_t(v) * stops) / std::max(1, vehicles));   // as OnDemandModel places them
        const int e = outEdge(service.stopNode(depot));
        xml << "  <trip id=\"taxi" << v << "\" type=\"taxi\" depart=\"0.00\" from=\"" << network.edgeId(graph, e) << "\" to=\""
            << network.edgeId(graph, e) << "\"><param key=\"device.taxi.end\" value=\"" << int(hours * 3600 + 3600) << "\"/></trip>\n";
    }
    int persons = 0;
    for (const fleets::TripRequest &r : model->requests()) {
        const auto placed = service.place(r);
        if (!placed.ok())
            continue;
        const int from = outEdge(service.stopNode(placed.pickup)), to = inEdge(service.stopNode(placed.dropoff));
        if (from < 0 || to < 0)
            continue;
        xml << "  <person id=\"p" << r.id << "\" depart=\"" << QString::number(r.requestedAt, 'f', 2) << "\"><ride from=\""
            << network.edgeId(graph, from) << "\" to=\"" << network.edgeId(graph, to) << "\" lines=\"taxi\"/></person>\n";
        ++persons;
    }
    xml << "</routes>\n";
    xml.flush();
    routes.close();

    QProcess run;
    run.setProcessChannelMode(QProcess::MergedChannels);
    const QStringList sumoArgs{QStringLiteral("-n"), network.netFile, QStringLiteral("-r"), routes.fileName(),
                               QStringLiteral("--device.taxi.dispatch-algorithm"), QStringLiteral("greedyShared"),
                               QStringLiteral("--routing-algorithm"), QStringLiteral("astar"),
                               QStringLiteral("--end"), QString::number(hours * 3600.0, 'f', 0),
                               QStringLiteral("--ignore-route-errors"), QStringLiteral("true"),
                               QStringLiteral("--no-step-log"), QStringLiteral("true"), QStringLiteral("--no-warnings"), QStringLiteral("true"),
                               QStringLiteral("--duration-log.statistics"), QStringLiteral("true")};
    const double childrenBefore = childrenCpuSeconds();
    timer.restart();
    run.start(network.sumo, sumoArgs);
    bool stopped = false;
    if (!run.waitForFinished(sumoLimitS > 0 ? int(sumoLimitS * 1000) : -1)) {
        if (sumoLimitS <= 0 || run.state() == QProcess::NotRunning)
            return fail(QStringLiteral("sumo did not finish"));
        run.kill(); // past the limit: what it used so far is a lower bound of its time
        run.waitForFinished(-1);
        stopped = true;
    }
    const double peer = timer.nsecsElapsed() / 1e9;
    const double peerCpu = childrenCpuSeconds() - childrenBefore;
    QString summary;
    for (const QString &line : QString::fromUtf8(run.readAll()).split(QLatin1Char('\n')))
        if (line.contains(QLatin1String("Persons:")) || line.contains(QLatin1String("Inserted:")) || line.contains(QLatin1String("Running:"))
            || line.contains(QLatin1String("Jammed")) || line.contains(QLatin1String("Error")))
            summary += line.trimmed() + QLatin1Char(' ');
    out() << "sumo taxi device: " << persons << " persons riding, " << vehicles << " taxis, exit " << run.exitCode() << "; " << summary << "\n";
    out() << "sumo command: " << network.sumo << " " << sumoArgs.join(QLatin1Char(' ')) << "\n";
    out() << QStringLiteral("%1 %2 %3\n").arg(QStringLiteral("simulator"), -34).arg(QStringLiteral("wall s"), 10).arg(QStringLiteral("CPU s"), 10);
    out() << QStringLiteral("%1 %2 %3\n").arg(QStringLiteral("citytwin ondemand (load + run)"), -34).arg(ours, 10, 'f', 2).arg(oursCpu, 10, 'f', 2);
    out() << QStringLiteral("%1 %2 %3\n").arg(QStringLiteral("sumo taxi greedyShared"), -34).arg(peer, 10, 'f', 2).arg(peerCpu, 10, 'f', 2);
    if (stopped)
        out() << "sumo was stopped after the --sumo-limit of " << sumoLimitS << " s without finishing the day: its times are lower bounds\n";
    const char *bound = stopped ? "≥ " : "";
    out() << "ratio sumo / citytwin: wall " << bound << QString::number(peer / std::max(ours, 1e-9), 'f', 1) << "x, CPU " << bound
          << QString::number(peerCpu / std::max(oursCpu, 1e-9), 'f', 1) << "x (target ≥ 10x)\n";
    out().flush();
    return 0;
}
