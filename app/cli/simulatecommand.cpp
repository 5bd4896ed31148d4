// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "simulatecommand.h"

#include "cliplugins.h"

#include "ct/pluginapi/domainplugin.h"
#include "ct/pluginapi/pluginregistry.h"
#include "ct/sim/runrecorder.h"
#include "ct/sim/simulation.h"
#include "ct/sim/simulationworld.h"
#include "ct/store/twinstore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

#include <cstdio>
#include <unistd.h>

namespace ct::cli {

namespace {

QString percent(double share)
{
    return QStringLiteral("%1%").arg(share * 100.0, 0, 'f', 1);
}

QString orDash(const QJsonValue &v)
{
    return v.isString() ? v.toString() : QStringLiteral("not reached");
}

void printKpis(const QJsonObject &all, double wallSeconds, QTextStream &out)
{
    const QJsonObject run = all.value(QStringLiteral("run")).toObject();
    const QJsonObject k = all.value(QStringLiteral("evacuation")).toObject();
    out << "Scenario:    " << run.value(QStringLiteral("scenario")).toString() << " (seed "
        << run.value(QStringLiteral("seed")).toString() << ", " << run.value(QStringLiteral("simulated")).toString()
        << " simulated in " << QString::number(wallSeconds, 'f', 1) << " s)\n";
    const qint64 complying = k.value(QStringLiteral("complying")).toInteger();
    out << "Population:  " << k.value(QStringLiteral("population")).toInteger() << " residents in scope, "
        << k.value(QStringLiteral("households")).toInteger() << " households; " << complying << " persons set out ("
        << k.value(QStringLiteral("car_households")).toInteger() << " households by car)\n";
    out << "Sheltered:   " << k.value(QStringLiteral("sheltered")).toInteger() << " ("
        << percent(k.value(QStringLiteral("share_evacuated")).toDouble()) << ")   time to 50 %: "
        << orDash(k.value(QStringLiteral("time_to_50"))) << "   90 %: " << orDash(k.value(QStringLiteral("time_to_90")))
        << "   100 %: " << orDash(k.value(QStringLiteral("time_to_100"))) << "\n";
    out << "Unsheltered: " << k.value(QStringLiteral("unsheltered")).toInteger() << " at the end (not yet departed "
        << k.value(QStringLiteral("unsheltered_waiting")).toInteger() << ", on the way "
        << k.value(QStringLiteral("unsheltered_moving")).toInteger() << ", unreachable "
        << k.value(QStringLiteral("unreachable")).toInteger() << ", stranded "
        << k.value(QStringLiteral("stranded")).toInteger() << ", no room left in a suitable shelter "
        << k.value(QStringLiteral("no_room")).toInteger() << "); roads closed: "
        << k.value(QStringLiteral("roads_closed")).toInteger() << "\n";
    out << "\nShare evacuated over time:\n";
    for (const QJsonValue &v : k.value(QStringLiteral("evacuated_over_time")).toArray()) {
        const QJsonObject p = v.toObject();
        const double share = p.value(QStringLiteral("share")).toDouble();
        out << "  " << p.value(QStringLiteral("t")).toString() << "  " << percent(share).rightJustified(6) << "  "
            << QString(int(share * 40.0 + 0.5), QLatin1Char('#')) << "\n";
    }
    out << "\nPeak occupancy per shelter:\n";
    for (const QJsonValue &v : k.value(QStringLiteral("shelter_peaks")).toArray()) {
        const QJsonObject s = v.toObject();
        out << "  " << QString::number(s.value(QStringLiteral("peak")).toInteger()).rightJustified(6) << " / "
            << QString::number(s.value(QStringLiteral("capacity")).toInteger()).leftJustified(6) << " "
            << (s.value(QStringLiteral("full_at")).isString() ? QStringLiteral("full at ") + s.value(QStringLiteral("full_at")).toString()
                                                              : QStringLiteral("                ")) << "  "
            << s.value(QStringLiteral("name")).toString() << " (fid " << s.value(QStringLiteral("fid")).toInteger() << ")\n";
    }
    out << "\nMost congested links:\n";
    for (const QJsonValue &v : k.value(QStringLiteral("congested_links")).toArray()) {
        const QJsonObject l = v.toObject();
        out << "  road " << QString::number(l.value(QStringLiteral("road_id")).toInteger()).leftJustified(8) << " "
            << l.value(QStringLiteral("mode")).toString().leftJustified(4) << " peak "
            << l.value(QStringLiteral("peak")).toDouble() << " of " << l.value(QStringLiteral("storage")).toDouble() << " ("
            << percent(l.value(QStringLiteral("peak_share_of_storage")).toDouble()) << " of storage), node "
            << l.value(QStringLiteral("from_node")).toInteger() << " → " << l.value(QStringLiteral("to_node")).toInteger() << "\n";
    }
    // The domain models' own KPIs: their figures, and their objects one level down
    // ("per_shelter.12: 45"); lists only by their length (the JSON has everything).
    for (auto model = all.begin(); model != all.end(); ++model) {
        if (model.key() == QLatin1String("run") || model.key() == QLatin1String("evacuation") || !model.value().isObject())
            continue;
        out << "\nModel " << model.key() << ":\n";
        const QJsonObject kpis = model.value().toObject();
        auto line = [&](const QString &key, const QJsonValue &v) {
            out << "  " << key << ": ";
            if (v.isDouble())
                out << QString::number(v.toDouble(), 'g', 10);
            else if (v.isString())
                out << v.toString();
            else if (v.isBool())
                out << (v.toBool() ? "true" : "false");
            else if (v.isArray())
                out << v.toArray().size() << " entries";
            else if (v.isObject())
                out << v.toObject().size() << " entries";
            else
                out << "-";
            out << "\n";
        };
        for (auto it = kpis.begin(); it != kpis.end(); ++it) {
            if (!it.value().isObject()) {
                line(it.key(), it.value());
                continue;
            }
            const QJsonObject inner = it.value().toObject();
            for (auto sub = inner.begin(); sub != inner.end(); ++sub)
                line(it.key() + QLatin1Char('.') + sub.key(), sub.value());
        }
    }
}

int compareRuns(const QString &twinPath, const QString &a, const QString &b, bool json, QTextStream &out, QTextStream &err)
{
    bool okA = false, okB = false;
    const qint64 runA = a.toLongLong(&okA), runB = b.toLongLong(&okB);
    if (!okA || !okB) {
        err << "citytwin-cli simulate: " << QCoreApplication::translate("Cli", "--compare expects two run ids (numbers)") << "\n";
        return 2;
    }
    auto store = store::TwinStore::open(twinPath, store::TwinStore::OpenMode::ReadOnly);
    if (!store) {
        err << "citytwin-cli simulate: " << store.error().toString() << "\n";
        return 1;
    }
    auto comparison = sim::RunRecorder::compare(*store.value(), runA, runB);
    if (!comparison) {
        err << "citytwin-cli simulate: " << comparison.error().toString() << "\n";
        return 1;
    }
    if (json) {
        out << QJsonDocument(comparison.value()).toJson(QJsonDocument::Indented);
        return 0;
    }
    const QJsonObject ra = comparison->value(QStringLiteral("a")).toObject();
    const QJsonObject rb = comparison->value(QStringLiteral("b")).toObject();
    out << "Run " << runA << ": " << ra.value(QStringLiteral("name")).toString() << " (seed " << ra.value(QStringLiteral("seed")).toString() << ")\n";
    out << "Run " << runB << ": " << rb.value(QStringLiteral("name")).toString() << " (seed " << rb.value(QStringLiteral("seed")).toString() << ")\n\n";
    out << QStringLiteral("KPI").leftJustified(42) << QStringLiteral("run %1").arg(runA).rightJustified(14)
        << QStringLiteral("run %1").arg(runB).rightJustified(14) << QStringLiteral("delta").rightJustified(14) << "\n";
    const QJsonObject diff = comparison->value(QStringLiteral("differences")).toObject();
    for (auto it = diff.begin(); it != diff.end(); ++it) {
        const QJsonObject d = it.value().toObject();
        auto cell = [&](const char *key) {
            const QJsonValue v = d.value(QLatin1String(key));
            return (v.isDouble() ? QString::number(v.toDouble(), 'g', 8) : QStringLiteral("-")).rightJustified(14);
        };
        out << it.key().leftJustified(42) << cell("a") << cell("b") << cell("delta") << "\n";
    }
    out << "(times in seconds)\n";
    return 0;
}

} // namespace

int runSimulate(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    return runSimulateWith(arguments, out, err, {});
}

int runSimulateWith(const QStringList &arguments, QTextStream &out, QTextStream &err, const sim::ModelFactoryList &extraModels)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("Cli", "Run a simulation scenario on a twin without the console and print its KPIs, or compare two recorded runs."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("SCENARIO"), QCoreApplication::translate("Cli", "the scenario (.json; see share/citytwin/scenarios)"));
    const QCommandLineOption twin(QStringLiteral("twin"), QCoreApplication::translate("Cli", "the twin (.gpkg)"), QStringLiteral("TWIN"));
    const QCommandLineOption seed(QStringLiteral("seed"), QCoreApplication::translate("Cli", "replaces the scenario's seed"), QStringLiteral("N"));
    const QCommandLineOption until(QStringLiteral("until"), QCoreApplication::translate("Cli", "stop at this simulated time (HH:MM[:SS])"), QStringLiteral("DURATION"));
    const QCommandLineOption record(QStringLiteral("record"), QCoreApplication::translate("Cli", "record the run (events, samples, KPIs) in the twin"));
    const QCommandLineOption json(QStringLiteral("json"), QCoreApplication::translate("Cli", "print the KPIs as JSON"));
    const QCommandLineOption compare(QStringLiteral("compare"), QCoreApplication::translate("Cli", "compare two recorded runs: --compare RUN1 --compare RUN2, or --compare RUN1,RUN2"), QStringLiteral("RUN"));
    const QCommandLineOption stuck(QStringLiteral("stuck-time"),
                                   QCoreApplication::translate("Cli", "gridlock breaker: a vehicle blocked this long moves into a full link (HH:MM[:SS]; 00:00 = never, the default)"),
                                   QStringLiteral("DURATION"));
    const QCommandLineOption noProgress(QStringLiteral("no-progress"), QCoreApplication::translate("Cli", "no progress bar even on a terminal"));
    const QCommandLineOption sampleInterval(QStringLiteral("sample-interval"),
                                            QCoreApplication::translate("Cli", "spacing of the recorded samples (snapshots for replay; HH:MM[:SS], default 00:05)"),
                                            QStringLiteral("DURATION"));
    const QCommandLineOption pluginPath(QStringLiteral("plugin-path"),
                                        QCoreApplication::translate("Cli", "also load domain plugins (their simulation models) from this folder; may be repeated"),
                                        QStringLiteral("DIR"));
    parser.addOptions({twin, seed, until, record, json, compare, stuck, noProgress, sampleInterval, pluginPath});
    if (!parser.parse(QStringList{QStringLiteral("citytwin-cli simulate")} + arguments)) {
        err << "citytwin-cli simulate: " << parser.errorText() << "\n";
        return 2;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out << parser.helpText();
        return 0;
    }
    if (!parser.isSet(twin)) {
        err << "citytwin-cli simulate: " << QCoreApplication::translate("Cli", "--twin TWIN is required") << "\n";
        return 2;
    }
    if (parser.isSet(compare)) {
        QStringList runs;
        for (const QString &v : parser.values(compare))
            runs += v.split(QLatin1Char(','), Qt::SkipEmptyParts);
        runs += parser.positionalArguments();
        if (runs.size() != 2) {
            err << "citytwin-cli simulate: " << QCoreApplication::translate("Cli", "--compare needs exactly two run ids") << "\n";
            return 2;
        }
        return compareRuns(parser.value(twin), runs[0], runs[1], parser.isSet(json), out, err);
    }
    if (parser.positionalArguments().size() != 1) {
        err << "citytwin-cli simulate: " << QCoreApplication::translate("Cli", "expected exactly one SCENARIO") << "\n" << parser.helpText();
        return 2;
    }
    const QString scenarioPath = parser.positionalArguments().first();

    sim::SimulationOptions options;
    if (parser.isSet(seed)) {
        bool ok = false;
        const qulonglong value = parser.value(seed).toULongLong(&ok);
        if (!ok) {
            err << "citytwin-cli simulate: " << QCoreApplication::translate("Cli", "--seed must be a whole number ≥ 0, not \"%1\"").arg(parser.value(seed)) << "\n";
            return 2;
        }
        options.seed = value;
    }
    if (parser.isSet(until)) {
        const auto t = sim::parseDuration(parser.value(until));
        if (!t || *t <= 0) {
            err << "citytwin-cli simulate: " << QCoreApplication::translate("Cli", "--until: expected a duration like \"00:30\", not \"%1\"").arg(parser.value(until)) << "\n";
            return 2;
        }
        options.until = *t;
    }

    if (parser.isSet(stuck)) {
        const auto t = sim::parseDuration(parser.value(stuck));
        if (!t) {
            err << "citytwin-cli simulate: " << QCoreApplication::translate("Cli", "--stuck-time: expected a duration like \"00:05\", not \"%1\"").arg(parser.value(stuck)) << "\n";
            return 2;
        }
        options.evacuation.stuckTime = *t;
    }
    if (parser.isSet(sampleInterval)) {
        const auto t = sim::parseDuration(parser.value(sampleInterval));
        if (!t || *t <= 0) {
            err << "citytwin-cli simulate: " << QCoreApplication::translate("Cli", "--sample-interval: expected a duration longer than 00:00 like \"00:05\" or \"00:00:30\", not \"%1\"").arg(parser.value(sampleInterval)) << "\n";
            return 2;
        }
        options.sampleInterval = *t;
    }

    QList<core::Error> errors;
    auto scenario = sim::Scenario::fromFile(scenarioPath, &errors);
    if (!scenario) {
        const bool unreadable = scenario.error().kind == core::Error::Kind::NotFound;
        err << "citytwin-cli simulate: " << scenarioPath << ": "
            << (unreadable ? QCoreApplication::translate("Cli", "cannot be read") : QCoreApplication::translate("Cli", "invalid scenario")) << "\n";
        for (const core::Error &e : errors)
            err << "  " << e.toString() << "\n";
        return 2;
    }

    // The domain plugins' simulation models (as the console loads them), and any given by the caller.
    const QString language = QLocale().language() == QLocale::Japanese ? QStringLiteral("ja") : QStringLiteral("en");
    const auto plugins = loadPlugins(QStringLiteral("simulate"), language, err, parser.values(pluginPath));
    for (const plugin::PluginInfo *info : plugins->loaded()) {
        if (info->has(QStringLiteral("simulation"))) {
            for (const auto &factory : info->instance->simulationModels())
                options.models.push_back(factory);
        }
    }
    options.models.insert(options.models.end(), extraModels.begin(), extraModels.end());

    auto store = store::TwinStore::open(parser.value(twin), parser.isSet(record) ? store::TwinStore::OpenMode::ReadWrite
                                                                                 : store::TwinStore::OpenMode::ReadOnly);
    if (!store) {
        err << "citytwin-cli simulate: " << store.error().toString() << "\n";
        return 1;
    }
    if (parser.isSet(record))
        migrateTwin(QStringLiteral("simulate"), *store.value(), err, plugins.get());
    QElapsedTimer timer;
    timer.start();
    auto world = sim::SimulationWorld::load(*store.value());
    if (!world) {
        err << "citytwin-cli simulate: " << world.error().toString() << "\n";
        return 1;
    }
    const QList<core::Error> problems = sim::Simulation::validate(world.value(), scenario.value(), options.models);
    if (!problems.isEmpty()) {
        err << "citytwin-cli simulate: " << scenarioPath << ": "
            << QCoreApplication::translate("Cli", "cannot run on the twin %1 with the loaded plugins").arg(parser.value(twin)) << "\n";
        for (const core::Error &e : problems)
            err << "  " << e.toString() << "\n";
        return 2;
    }
    const double loadSeconds = double(timer.nsecsElapsed()) / 1e9;

    const QDateTime startedAt = QDateTime::currentDateTimeUtc();
    sim::Simulation simulation(world.value(), scenario.value(), options);
    const bool bar = !parser.isSet(noProgress) && isatty(fileno(stderr));
    timer.restart();
    simulation.run([&](sim::SimTime now, sim::SimTime end) {
        if (!bar)
            return;
        const double share = end > 0 ? double(now) / double(end) : 1.0;
        const int filled = int(share * 30.0);
        err << "\r[" << QString(filled, QLatin1Char('#')) << QString(30 - filled, QLatin1Char('.')) << "] "
            << sim::formatDuration(now) << " / " << sim::formatDuration(end) << "  sheltered "
            << simulation.evacuation().sheltered() << "   ";
        err.flush();
    });
    const double runSeconds = double(timer.nsecsElapsed()) / 1e9;
    if (bar)
        err << "\n";
    const QDateTime finishedAt = QDateTime::currentDateTimeUtc();

    QJsonObject kpis = simulation.kpis();
    QJsonObject runInfo = kpis.value(QStringLiteral("run")).toObject();
    runInfo.insert(QStringLiteral("load_seconds"), loadSeconds);
    runInfo.insert(QStringLiteral("wall_seconds"), runSeconds);
    if (parser.isSet(record)) {
        auto id = sim::RunRecorder::record(*store.value(), core::Actor::system(QStringLiteral("citytwin-cli")), simulation,
                                           startedAt, finishedAt);
        if (!id) {
            err << "citytwin-cli simulate: the run could not be recorded: " << id.error().toString() << "\n";
            return 1;
        }
        runInfo.insert(QStringLiteral("run_id"), id.value());
    }
    kpis.insert(QStringLiteral("run"), runInfo);
    if (parser.isSet(json)) {
        out << QJsonDocument(kpis).toJson(QJsonDocument::Indented);
    } else {
        printKpis(kpis, runSeconds, out);
        if (runInfo.contains(QStringLiteral("run_id")))
            out << "\nRecorded as run " << runInfo.value(QStringLiteral("run_id")).toInteger() << " in " << parser.value(twin) << ".\n";
    }
    return 0;
}

} // namespace ct::cli
