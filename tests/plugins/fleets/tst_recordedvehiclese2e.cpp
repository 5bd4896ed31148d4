// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
//
// A recorded run's vehicles on the console's main map, end to end under Xvfb: a twin made by the
// real citytwin-cli generate, an hour of on-demand service recorded by citytwin-cli simulate
// --record, and the real console built in this process the way citytwin's main() builds it. The
// timeline replays the run at 00:30, the fleets panel's "Vehicles from" picks the run: the map's
// on-demand bus overlay then holds the run's buses where the run recorded them at 00:30 (not the
// live demo fleet), and the live fleet again after "Live". Screenshot:
// <build>/tests/e2e-fleets-recorded-run.png.
//
// Not linked with the plugins' domain libraries: the plugins run from their files.

#include "applicationcontext.h"
#include "objectsearch.h"
#include "importcontroller.h"
#include "languagecontroller.h"
#include "operatorsession.h"
#include "pluginlistmodel.h"
#include "timelinecontroller.h"
#include "twinsession.h"

#include "ct/sim/runrecorder.h"
#include "ct/store/twinstore.h"

#include <QProcess>
#include <QQmlApplicationEngine>
#include <QQmlExtensionPlugin>
#include <QQuickItem>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QTemporaryDir>
#include <QtTest>

#include <algorithm>

using ct::fleets::test::findByClass;
using ct::fleets::test::findByName;

Q_IMPORT_QML_PLUGIN(CityTwin_UiPlugin)
Q_IMPORT_QML_PLUGIN(CityTwin_ShellPlugin)

namespace {

const QString kBin = QStringLiteral(CITYTWIN_BINARY_DIR "/bin/");

int run(const QStringList &arguments)
{
    QProcess process;
    process.start(kBin + QStringLiteral("citytwin-cli"), arguments);
    if (!process.waitForFinished(300000))
        return -1;
    if (process.exitCode() != 0)
        qWarning().noquote() << process.readAllStandardError();
    return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
}

using Place = std::pair<QString, std::pair<double, double>>;   // id, (x, y)

} // namespace

class TestRecordedVehiclesEndToEnd : public QObject
{
    Q_OBJECT

private slots:
    void runVehiclesOnTheMainMap();

private:
    /// The on-demand buses the main map's overlay holds now: id and position.
    std::vector<Place> busesOnTheMap(QObject *overlays) const
    {
        QVariantList list;
        QMetaObject::invokeMethod(overlays, "symbols", Q_RETURN_ARG(QVariantList, list),
                                  Q_ARG(QString, QStringLiteral("fleet_vehicles_on_demand_bus")));
        std::vector<Place> out;
        for (const QVariant &v : list) {
            const QVariantMap s = v.toMap();
            out.push_back({s.value(QStringLiteral("id")).toString(),
                           {s.value(QStringLiteral("x")).toDouble(), s.value(QStringLiteral("y")).toDouble()}});
        }
        std::sort(out.begin(), out.end());
        return out;
    }

    QTemporaryDir m_dir;
};

void TestRecordedVehiclesEndToEnd::runVehiclesOnTheMainMap()
{
    if (QGuiApplication::platformName() == QLatin1String("offscreen"))
        QSKIP("Qt Quick 3D draws nothing on the offscreen platform; run under xvfb-run with QT_QPA_PLATFORM=xcb");
    QVERIFY(m_dir.isValid());
    const QString twin = m_dir.filePath(QStringLiteral("demo.gpkg"));
    QCOMPARE(run({QStringLiteral("generate"), QStringLiteral("--scale"), QStringLiteral("0.1"), QStringLiteral("--seed"), QStringLiteral("3"),
                  QStringLiteral("--quiet"), QStringLiteral("-o"), twin}),
             0);
    const QString scenario = m_dir.filePath(QStringLiteral("ondemand-hour.json"));
    QFile file(scenario);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"({"format": "citytwin-scenario", "version": 1, "name": "On-demand hour", "start": "2026-06-10T08:00:00+09:00",
                  "duration": "01:00", "seed": 7, "hazard": "any", "population": {"compliance": 0},
                  "models": {"ondemand": {"vehicles": 8, "capacity": 6, "stops": "grid", "stop_spacing_m": 600,
                                          "requests_per_day": 600, "reoptimise": "00:00"}}})");
    file.close();
    QCOMPARE(run({QStringLiteral("simulate"), scenario, QStringLiteral("--twin"), twin, QStringLiteral("--record"), QStringLiteral("--no-progress"),
                  QStringLiteral("--sample-interval"), QStringLiteral("00:05")}),
             0);
    // The run's buses at 00:30, as recorded.
    std::vector<Place> recorded;
    qint64 runId = 0;
    {
        auto store = ct::store::TwinStore::open(twin, ct::store::TwinStore::OpenMode::ReadOnly);
        QVERIFY(store);
        auto runs = ct::sim::RunRecorder::runs(*store.value());
        QVERIFY(runs && runs->size() == 1);
        runId = runs->front().id;
        auto samples = ct::sim::RunRecorder::replay(*store.value(), runId);
        QVERIFY(samples);
        for (const auto &s : *samples) {
            if (ct::sim::toSeconds(s->time) != 1800.0)
                continue;
            const ct::sim::FeatureState *buses = s->featureState(QStringLiteral("ondemand_vehicles"));
            QVERIFY(buses);
            for (std::size_t r = 0; r < buses->size(); ++r)
                recorded.push_back({buses->text(r, buses->textColumn(QStringLiteral("vehicle_id"))),
                                    {buses->number(r, buses->numberColumn(QStringLiteral("x"))),
                                     buses->number(r, buses->numberColumn(QStringLiteral("y")))}});
        }
        std::sort(recorded.begin(), recorded.end());
    }
    QCOMPARE(int(recorded.size()), 8);

    // The console, as citytwin's main() builds it, with the fleets panel open.
    QQmlApplicationEngine engine;
    engine.addImportPath(QStringLiteral("qrc:/"));
    ct::app::ApplicationContext context(QStringList(), &engine);
    context.languages().applyForSession(QStringLiteral("en"));
    QVERIFY2(context.session().open(twin), qPrintable(context.session().errorString()));
    QQuickStyle::setStyle(QStringLiteral("Fusion"));
    engine.setInitialProperties({
        {QStringLiteral("session"), QVariant::fromValue(&context.session())},
        {QStringLiteral("operatorSession"), QVariant::fromValue(&context.operatorSession())},
        {QStringLiteral("signInOnOpen"), false},
        {QStringLiteral("plugins"), QVariant::fromValue(&context.pluginList())},
        {QStringLiteral("languages"), QVariant::fromValue(&context.languages())},
        {QStringLiteral("importer"), QVariant::fromValue(&context.importer())},
        {QStringLiteral("timeline"), QVariant::fromValue(&context.timeline())},
        {QStringLiteral("initialView"), QStringLiteral("2d")},
        {QStringLiteral("initialPanel"), QStringLiteral("fleets")},
        {QStringLiteral("initialLongitude"), qQNaN()},
        {QStringLiteral("initialLatitude"), qQNaN()},
        {QStringLiteral("initialMetresPerPixel"), 0.0},
        {QStringLiteral("width"), 1600},
        {QStringLiteral("height"), 1000},
    });
    engine.load(QUrl(QStringLiteral("qrc:/CityTwin/Shell/Main.qml")));
    QVERIFY(!engine.rootObjects().isEmpty());
    auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().constFirst());
    QVERIFY(window);
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window));
    QTRY_VERIFY_WITH_TIMEOUT(window->property("mapReady").toBool(), 120000);
    QObject *overlays = findByClass(window, "ct::ui::MapOverlays");
    QVERIFY(overlays);
    QObject *fleet = findByName(window, QStringLiteral("fleetController"));
    QVERIFY(fleet);
    auto refresh = [&] {
        const int before = overlays->property("revision").toInt();
        QMetaObject::invokeMethod(overlays, "refresh");
        QTRY_VERIFY(overlays->property("revision").toInt() > before);
    };
    refresh();
    const std::vector<Place> live = busesOnTheMap(overlays);
    QCOMPARE(int(live.size()), 12);   // the demo fleet's on-demand buses

    // The timeline replays the run at 00:30; the panel offers the run and the operator takes it.
    ct::ui::TimelineController &timeline = context.timeline();
    timeline.refreshRuns();
    QVERIFY(timeline.replay(runId));
    timeline.pause();
    timeline.seek(1800.0);
    QTRY_COMPARE(fleet->property("recordedRuns").toList().size(), 1);
    fleet->setProperty("sourceRunId", runId);
    QTRY_COMPARE(fleet->property("sourceSeconds").toDouble(), 1800.0);
    QTRY_COMPARE(fleet->property("total").toInt(), 8);
    refresh();
    QCOMPARE(busesOnTheMap(overlays), recorded);
    for (int i = 0; i < 3; ++i) {
        QSignalSpy swapped(window, &QQuickWindow::frameSwapped);
        window->requestUpdate();
        swapped.wait(2000);
    }
    const QString path = QStringLiteral(CITYTWIN_BINARY_DIR "/tests/e2e-fleets-recorded-run.png");
    QVERIFY(window->grabWindow().save(path));
    qInfo().noquote() << "screenshot" << path;

    // Back to live: the demo fleet's buses again.
    fleet->setProperty("sourceRunId", 0);
    QTRY_COMPARE(fleet->property("total").toInt(), 45);
    refresh();
    QCOMPARE(busesOnTheMap(overlays), live);
    timeline.backToLive();
    // The window goes before the console's services it binds to.
    delete window;
}

QTEST_MAIN(TestRecordedVehiclesEndToEnd)
#include "tst_recordedvehiclese2e.moc"
