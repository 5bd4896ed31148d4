// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
//
// bench_sim_evacuation: a shipped scenario (default: the 桜川 night flood, with its evacuation
// buses) on the generated city, timed as the console runs it (world load + run with a sample
// every 5 min), beside the same scenario without its `buses` section and the target: the whole
// city (256k residents at scale 1) through 2 h simulated in at most 60 s of wall time on 2 cores.
//
//   bench_sim_evacuation [--scale S | --twin TWIN.gpkg] [--scenario FILE] [--keep DIR] [--json KPIS.json]
#include "ct/citygen/citygenerator.h"
#include "ct/sim/simulation.h"
#include "ct/store/twinstore.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTextStream>

using namespace ct;

namespace {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

int fail(const QString &message)
{
    QTextStream(stderr) << "bench_sim_evacuation: " << message << "\n";
    return 1;
}

struct Timing
{
    double runSeconds = 0;
    QJsonObject kpis;
};

Timing runScenario(const sim::SimulationWorld &world, const sim::Scenario &scenario)
{
    QElapsedTimer timer;
    timer.start();
    sim::Simulation simulation(world, scenario);   // default options: a sample every 5 min, as the CLI
    simulation.run();
    return {timer.nsecsElapsed() / 1e9, simulation.kpis()};
}

QString figure(const QJsonObject &o, const char *key)
{
    const QJsonValue v = o.value(QLatin1String(key));
    return v.isDouble() ? QString::number(v.toDouble(), 'g', 8) : v.isString() ? v.toString() : QStringLiteral("-");
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
    const QString scenarioPath = value("--scenario", QStringLiteral(CITYTWIN_SOURCE_DIR "/data/scenarios/sakuragawa-flood-night.json"));
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
    }
    auto opened = store::TwinStore::open(twinPath, store::TwinStore::OpenMode::ReadOnly);
    if (!opened)
        return fail(opened.error().toString());
    QList<core::Error> errors;
    auto scenario = sim::Scenario::fromFile(scenarioPath, &errors);
    if (!scenario)
        return fail(scenarioPath + QStringLiteral(": ") + scenario.error().toString());

    timer.restart();
    auto world = sim::SimulationWorld::load(*opened.value());
    if (!world)
        return fail(world.error().toString());
    const double loadSeconds = timer.nsecsElapsed() / 1e9;
    if (const auto problems = world->validate(scenario.value()); !problems.isEmpty())
        return fail(scenarioPath + QStringLiteral(": ") + problems.first().toString());

    const Timing withBuses = runScenario(world.value(), scenario.value());
    sim::Scenario plain = scenario.value();
    plain.buses = {};
    const Timing withoutBuses = runScenario(world.value(), plain);

    const QJsonObject e = withBuses.kpis.value(QStringLiteral("evacuation")).toObject();
    const QJsonObject b = e.value(QStringLiteral("buses")).toObject();
    const QJsonObject p = withoutBuses.kpis.value(QStringLiteral("evacuation")).toObject();
    out() << "scenario: " << scenario->name << " (" << sim::formatDuration(scenario->duration) << " simulated, seed "
          << scenario->seed << ")\n";
    out() << "world: " << world->residents() << " residents, " << world->carGraph().edgeCount() << " car links, "
          << world->walkGraph().edgeCount() << " walking links, " << world->shelters().size() << " shelters, "
          << world->busStops().size() << " bus stops; loaded in " << QString::number(loadSeconds, 'f', 2) << " s\n";
    out() << "evacuation: complying " << figure(e, "complying") << ", sheltered " << figure(e, "sheltered") << " (without buses "
          << figure(p, "sheltered") << "), time to 90 % " << figure(e, "time_to_90") << " (without " << figure(p, "time_to_90")
          << "), at stops " << figure(e, "unsheltered_at_stops") << ", on buses " << figure(e, "unsheltered_on_buses") << "\n";
    if (!b.isEmpty()) {
        out() << "buses: " << figure(b, "buses") << " × " << figure(b, "capacity") << " seats, " << figure(b, "pcu") << " PCU; riders "
              << figure(b, "riders") << ", trips " << figure(b, "trips") << ", carried " << figure(b, "persons_carried")
              << ", mean wait at stops " << figure(b, "mean_wait_at_stops_s") << " s (max " << figure(b, "max_wait_at_stops_s")
              << " s), still waiting " << figure(b, "waiting_at_stops") << "\n";
    }
    out() << "events processed: " << withBuses.kpis.value(QStringLiteral("run")).toObject().value(QStringLiteral("events_processed")).toInteger()
          << "\n";
    const double ours = loadSeconds + withBuses.runSeconds;
    out() << QStringLiteral("%1 %2\n").arg(QStringLiteral("run"), -36).arg(QStringLiteral("wall s"), 10);
    out() << QStringLiteral("%1 %2\n").arg(QStringLiteral("citytwin, load + run with buses"), -36).arg(ours, 10, 'f', 2);
    out() << QStringLiteral("%1 %2\n").arg(QStringLiteral("citytwin, load + run without buses"), -36).arg(loadSeconds + withoutBuses.runSeconds, 10, 'f', 2);
    out() << QStringLiteral("%1 %2\n").arg(QStringLiteral("target (2 h simulated, 2 cores)"), -36).arg(60.0, 10, 'f', 2);
    out().flush();
    if (const QString json = value("--json", QString()); !json.isEmpty()) {
        QFile file(json);
        if (!file.open(QIODevice::WriteOnly))
            return fail(file.errorString());
        file.write(QJsonDocument(QJsonObject{{QStringLiteral("with_buses"), withBuses.kpis},
                                             {QStringLiteral("without_buses"), withoutBuses.kpis}}).toJson());
    }
    return 0;
}
