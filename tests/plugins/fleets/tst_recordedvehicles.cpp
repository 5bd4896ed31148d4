// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
//
// A recorded simulation run's vehicles through the fleet overlays and the Vehicles tab: a twin
// made by the real `citytwin-cli generate`, an hour of on-demand service recorded by the real
// `citytwin-cli simulate --record`, then the plugin loaded from its file (not linked with
// ct_fleets: the plugin holds the protobuf descriptors). The overlay's points at a time are the
// run's recorded vehicle positions and headings at that time (RunRecorder::replay), the live
// overlays are unchanged, the panel's "Vehicles from" choice follows the timeline's time, and
// nothing is written into the live fleet tables. Screenshot in the build folder.

#include "fleetsfakesession.h"
#include "fleetstestsupport.h"

#include "ct/pluginapi/domainplugin.h"
#include "ct/pluginapi/overlaysource.h"
#include "ct/pluginapi/pluginregistry.h"
#include "ct/sim/runrecorder.h"
#include "ct/store/twinstore.h"

#include <QLocale>
#include <QProcess>
#include <QQmlPropertyMap>
#include <QQuickItem>
#include <QQuickStyle>
#include <QQuickView>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

#include <sqlite3.h>

#include <algorithm>
#include <map>
#include <cmath>
#include <tuple>

using namespace ct;

namespace {

const QString kBin = QStringLiteral(CITYTWIN_BINARY_DIR "/bin/");

core::Actor dispatcher() { return {QStringLiteral("dispatch-sato"), core::Role::MobilityDispatcher, {}}; }

using Pose = std::tuple<double, double, float>;   // x, y, heading (the overlay's float; NaN → -999)

float heading(double degrees)
{
    return std::isnan(degrees) ? -999.0f : float(degrees);
}

/// The recorded vehicles of a sample's layer (on-demand buses by default).
std::vector<Pose> recorded(const sim::Snapshot &snapshot, const QString &layer = QStringLiteral("ondemand_vehicles"))
{
    std::vector<Pose> out;
    const sim::FeatureState *state = snapshot.featureState(layer);
    if (!state)
        return out;
    const int x = state->numberColumn(QStringLiteral("x")), y = state->numberColumn(QStringLiteral("y")),
              h = state->numberColumn(QStringLiteral("heading_deg"));
    for (std::size_t r = 0; r < state->size(); ++r)
        out.emplace_back(state->number(r, x), state->number(r, y), heading(state->number(r, h)));
    std::sort(out.begin(), out.end());
    return out;
}

/// The recorded vehicles of a sample's layer by id (`vehicle_id`, else `trip_id`): x, y, heading.
std::map<QString, std::tuple<double, double, double>> recordedById(const sim::Snapshot &snapshot, const QString &layer)
{
    std::map<QString, std::tuple<double, double, double>> out;
    const sim::FeatureState *state = snapshot.featureState(layer);
    if (!state)
        return out;
    const int x = state->numberColumn(QStringLiteral("x")), y = state->numberColumn(QStringLiteral("y")),
              h = state->numberColumn(QStringLiteral("heading_deg"));
    int id = state->textColumn(QStringLiteral("vehicle_id"));
    if (id < 0)
        id = state->textColumn(QStringLiteral("trip_id"));
    for (std::size_t r = 0; r < state->size(); ++r)
        out[state->text(r, id)] = {state->number(r, x), state->number(r, y), state->number(r, h)};
    return out;
}

const sim::Snapshot *sampleAt(const std::vector<std::shared_ptr<const sim::Snapshot>> &samples, double seconds)
{
    for (const auto &s : samples)
        if (sim::toSeconds(s->time) == seconds)
            return s.get();
    return nullptr;
}

/// Whether two headings in degrees agree (both unknown, or within a thousandth of a degree).
bool sameHeading(double a, double b)
{
    if (std::isnan(a) || std::isnan(b))
        return std::isnan(a) && std::isnan(b);
    const double d = std::fmod(std::abs(a - b), 360.0);
    return std::min(d, 360.0 - d) < 1e-3;
}

std::vector<Pose> drawn(const plugin::Overlay &overlay)
{
    std::vector<Pose> out;
    for (const plugin::Overlay::Point &p : overlay.points)
        out.emplace_back(p.position.x, p.position.y, heading(p.headingDegrees));
    std::sort(out.begin(), out.end());
    return out;
}

} // namespace

class TestRecordedVehicles : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void overlayShowsTheRunAtATime();
    void betweenTwoSamples();
    void robotsAndDronesOfALogisticsRun();
    void timetabledBusesOfAFixedRouteRun();
    void panelChoiceFollowsTheTimeline();
    void nothingWrittenToTheFleet();

private:
    QString liveFleet() const;
    const plugin::OverlaySource *overlay(const QString &name) const;

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<plugin::PluginRegistry> m_plugins;
    std::unique_ptr<store::TwinStore> m_twin;
    std::vector<std::shared_ptr<const sim::Snapshot>> m_samples;
    qint64 m_run = 0;          //!< the on-demand hour
    qint64 m_logisticsRun = 0; //!< three hours of the shipped logistics day
    qint64 m_busRun = 0;       //!< an hour of the written GTFS feed's timetable
    QString m_fleetBefore;
    decltype(std::declval<plugin::DomainPlugin>().overlaySources()) m_sources;
};

QString TestRecordedVehicles::liveFleet() const
{
    // Every column of every live vehicle and the size of the position history, as one text.
    sqlite3 *db = nullptr;
    sqlite3_open_v2(m_path.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr);
    sqlite3_stmt *s = nullptr;
    sqlite3_prepare_v2(db, "SELECT (SELECT group_concat(v, '|') FROM (SELECT vehicle_id || ',' || kind || ',' || state || ',' || "
                           "coalesce(x, '') || ',' || coalesce(y, '') || ',' || coalesce(heading_deg, '') || ',' || coalesce(updated_at, '') "
                           "AS v FROM fleet_vehicle ORDER BY vehicle_id)) || '#' || (SELECT count(*) FROM fleet_position_history)",
                       -1, &s, nullptr);
    QString text;
    if (s && sqlite3_step(s) == SQLITE_ROW)
        text = QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(s, 0)));
    sqlite3_finalize(s);
    sqlite3_close(db);
    return text;
}

const plugin::OverlaySource *TestRecordedVehicles::overlay(const QString &name) const
{
    for (const auto &source : m_sources)
        if (source->descriptor().table == name)
            return source.get();
    return nullptr;
}

void TestRecordedVehicles::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QQuickStyle::setStyle(QStringLiteral("Fusion"));
    m_path = m_dir.filePath(QStringLiteral("demo.gpkg"));
    QProcess generate;
    generate.start(kBin + QStringLiteral("citytwin-cli"), {QStringLiteral("generate"), QStringLiteral("--scale"), QStringLiteral("0.05"),
                                                           QStringLiteral("--seed"), QStringLiteral("4"), QStringLiteral("--quiet"),
                                                           QStringLiteral("-o"), m_path});
    QVERIFY(generate.waitForFinished(240000));
    QVERIFY2(generate.exitCode() == 0, generate.readAllStandardError().constData());
    m_fleetBefore = liveFleet();
    QVERIFY2(m_fleetBefore.contains(QStringLiteral("on_demand_bus")), qPrintable(m_fleetBefore.left(200)));

    // An hour of on-demand service, recorded every five minutes.
    const QString scenario = m_dir.filePath(QStringLiteral("ondemand-hour.json"));
    QFile file(scenario);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"({"format": "citytwin-scenario", "version": 1, "name": "On-demand hour", "start": "2026-06-10T08:00:00+09:00",
                  "duration": "01:00", "seed": 7, "hazard": "any", "population": {"compliance": 0},
                  "models": {"ondemand": {"vehicles": 6, "capacity": 6, "stops": "grid", "stop_spacing_m": 600,
                                          "requests_per_day": 600, "reoptimise": "00:00"}}})");
    file.close();
    QProcess simulate;
    simulate.start(kBin + QStringLiteral("citytwin-cli"), {QStringLiteral("simulate"), scenario, QStringLiteral("--twin"), m_path,
                                                           QStringLiteral("--record"), QStringLiteral("--no-progress"),
                                                           QStringLiteral("--sample-interval"), QStringLiteral("00:05")});
    QVERIFY(simulate.waitForFinished(300000));
    QVERIFY2(simulate.exitCode() == 0, simulate.readAllStandardError().constData());
    // Robots and drones: the first three hours of the shipped logistics day.
    simulate.start(kBin + QStringLiteral("citytwin-cli"),
                   {QStringLiteral("simulate"), QStringLiteral(CITYTWIN_SOURCE_DIR "/data/scenarios/logistics-day.json"), QStringLiteral("--twin"),
                    m_path, QStringLiteral("--record"), QStringLiteral("--no-progress"), QStringLiteral("--until"), QStringLiteral("03:00"),
                    QStringLiteral("--sample-interval"), QStringLiteral("00:10")});
    QVERIFY(simulate.waitForFinished(300000));
    QVERIFY2(simulate.exitCode() == 0, simulate.readAllStandardError().constData());
    // Timetabled buses: the written feed (T1 every 15 min from 07:00 on weekdays) imported by
    // citytwin-cli import, an hour of it from 07:00 on a Wednesday.
    const QString zip = m_dir.filePath(QStringLiteral("tsukuba_bus.zip"));
    QVERIFY(fleets::test::writeFeed(QStringLiteral("feed_good"), zip));
    QProcess import;
    import.start(kBin + QStringLiteral("citytwin-cli"), {QStringLiteral("import"), m_path, zip});
    QVERIFY(import.waitForFinished(120000));
    QVERIFY2(import.exitCode() == 0, import.readAllStandardError().constData());
    const QString busScenario = m_dir.filePath(QStringLiteral("buses.json"));
    QFile buses(busScenario);
    QVERIFY(buses.open(QIODevice::WriteOnly));
    buses.write(R"({"format": "citytwin-scenario", "version": 1, "name": "Timetabled hour", "start": "2026-06-10T07:00:00+09:00",
                   "duration": "01:00", "seed": 7, "hazard": "any", "population": {"compliance": 0},
                   "models": {"fixedroute": {"feed": "tsukuba_bus"}}})");
    buses.close();
    simulate.start(kBin + QStringLiteral("citytwin-cli"), {QStringLiteral("simulate"), busScenario, QStringLiteral("--twin"), m_path,
                                                           QStringLiteral("--record"), QStringLiteral("--no-progress"),
                                                           QStringLiteral("--sample-interval"), QStringLiteral("00:05")});
    QVERIFY(simulate.waitForFinished(300000));
    QVERIFY2(simulate.exitCode() == 0, simulate.readAllStandardError().constData());

    m_plugins = std::make_unique<plugin::PluginRegistry>(plugin::PluginContext{});
    m_plugins->loadFile(QStringLiteral(CITYTWIN_PLUGIN_DIR "/citytwin_plugin_fleets.so"));
    const plugin::PluginInfo *info = m_plugins->find(QStringLiteral("fleets"));
    QVERIFY(info);
    QVERIFY2(info->isLoaded(), qPrintable(info->error));
    m_sources = info->instance->overlaySources();
    auto twin = store::TwinStore::open(m_path, store::TwinStore::OpenMode::ReadWrite);
    QVERIFY(twin);
    m_twin = std::move(twin).value();
    auto runs = sim::RunRecorder::runs(*m_twin);
    QVERIFY(runs);
    QCOMPARE(int(runs->size()), 3);
    m_run = (*runs)[0].id;
    m_logisticsRun = (*runs)[1].id;
    m_busRun = (*runs)[2].id;
    auto samples = sim::RunRecorder::replay(*m_twin, m_run);
    QVERIFY(samples);
    m_samples = std::move(samples).value();
    QVERIFY2(m_samples.size() >= 12, qPrintable(QString::number(m_samples.size())));
}

void TestRecordedVehicles::init()
{
    // Any warning from the panel's own QML or the vehicles page (a failed binding, a binding
    // loop, a missing property) fails the test.
    QTest::failOnWarning(QRegularExpression(QStringLiteral("qrc:/citytwin/plugins/fleets/(Panel|Vehicle)")));
}

void TestRecordedVehicles::overlayShowsTheRunAtATime()
{
    const plugin::OverlaySource *buses = overlay(QStringLiteral("fleet_vehicles_on_demand_bus"));
    const plugin::OverlaySource *drones = overlay(QStringLiteral("fleet_vehicles_drone"));
    QVERIFY(buses && drones);
    // Live: the demo fleet's on-demand buses and drones from fleet_vehicle.
    auto liveBuses = buses->read(*m_twin, dispatcher(), {});
    QVERIFY(liveBuses);
    QCOMPARE(int(liveBuses->points.size()), 12);
    auto liveDrones = drones->read(*m_twin, dispatcher(), {});
    QVERIFY(liveDrones);
    QCOMPARE(int(liveDrones->points.size()), 4);

    // Half an hour in (a sample's time): the run's six buses exactly where the run recorded
    // them, turned to their recorded headings. (Between samples: betweenTwoSamples.)
    const sim::Snapshot *half = nullptr;
    for (const auto &s : m_samples)
        if (sim::toSeconds(s->time) == 1800.0)
            half = s.get();
    QVERIFY(half);
    const std::vector<Pose> expected = recorded(*half);
    QCOMPARE(int(expected.size()), 6);
    {
        const QVariantMap settings{{QStringLiteral("vehicleRunId"), m_run}, {QStringLiteral("vehicleRunSeconds"), 1800.0}};
        auto shown = buses->read(*m_twin, dispatcher(), settings);
        QVERIFY2(shown, qPrintable(shown ? QString() : shown.error().toString()));
        QCOMPARE(drawn(*shown), expected);
        QVERIFY2(shown->note.contains(QStringLiteral("00:30:00")), qPrintable(shown->note));
        // No drones in this run: the live drones are not mixed in.
        auto noDrones = drones->read(*m_twin, dispatcher(), settings);
        QVERIFY(noDrones);
        QVERIFY(noDrones->points.empty());
    }
    // The track of a run's bus up to 00:30: its position in each sample so far (00:00 … 00:30),
    // the newest where the run had it at 00:30. A live vehicle's id has no track in the run.
    const plugin::OverlaySource *track = overlay(QStringLiteral("fleet_track"));
    QVERIFY(track);
    const sim::FeatureState *buses30 = half->featureState(QStringLiteral("ondemand_vehicles"));
    const QString bus = buses30->text(0, buses30->textColumn(QStringLiteral("vehicle_id")));
    auto trail = track->read(*m_twin, dispatcher(), {{QStringLiteral("selectedVehicle"), bus}, {QStringLiteral("vehicleRunId"), m_run},
                                                     {QStringLiteral("vehicleRunSeconds"), 1800.0}});
    QVERIFY(trail);
    QCOMPARE(int(trail->points.size()), 7);
    QCOMPARE(trail->points.back().position.x, buses30->number(0, buses30->numberColumn(QStringLiteral("x"))));
    QCOMPARE(trail->points.back().position.y, buses30->number(0, buses30->numberColumn(QStringLiteral("y"))));
    auto liveId = track->read(*m_twin, dispatcher(), {{QStringLiteral("selectedVehicle"), QStringLiteral("ODB-01")},
                                                      {QStringLiteral("vehicleRunId"), m_run}});
    QVERIFY(liveId);
    QVERIFY(liveId->points.empty());
    auto liveTrack = track->read(*m_twin, dispatcher(), {{QStringLiteral("selectedVehicle"), QStringLiteral("ODB-01")}});
    QVERIFY(liveTrack);
    QVERIFY(!liveTrack->points.empty());   // … which the live history has

    // At the end of the hour the buses are elsewhere, and that is what the overlay shows.
    const std::vector<Pose> atEnd = recorded(*m_samples.back());
    QVERIFY(atEnd != expected);
    auto end = buses->read(*m_twin, dispatcher(), {{QStringLiteral("vehicleRunId"), m_run}});
    QVERIFY(end);
    QCOMPARE(drawn(*end), atEnd);
    // A run that does not exist is an error (shown as the layer's note), not the live fleet.
    QVERIFY(!buses->read(*m_twin, dispatcher(), {{QStringLiteral("vehicleRunId"), m_run + 41}}));
}

void TestRecordedVehicles::betweenTwoSamples()
{
    const plugin::OverlaySource *buses = overlay(QStringLiteral("fleet_vehicles_on_demand_bus"));
    QVERIFY(buses);
    // Halfway between the samples of 00:30 and 00:35: each bus halfway between its two recorded
    // positions, heading the way it went (its 00:30 heading when it stood still).
    const sim::Snapshot *a = sampleAt(m_samples, 1800.0), *b = sampleAt(m_samples, 2100.0);
    QVERIFY(a && b);
    const auto before = recordedById(*a, QStringLiteral("ondemand_vehicles")), after = recordedById(*b, QStringLiteral("ondemand_vehicles"));
    QCOMPARE(int(before.size()), 6);
    QCOMPARE(int(after.size()), 6);
    auto shown = buses->read(*m_twin, dispatcher(), {{QStringLiteral("vehicleRunId"), m_run}, {QStringLiteral("vehicleRunSeconds"), 1950.0}});
    QVERIFY2(shown, qPrintable(shown ? QString() : shown.error().toString()));
    QCOMPARE(int(shown->points.size()), 6);
    QVERIFY2(shown->note.contains(QStringLiteral("00:32:30")), qPrintable(shown->note));
    int moving = 0, standing = 0;
    for (const plugin::Overlay::Point &p : shown->points) {
        QVERIFY2(before.count(p.featureId) && after.count(p.featureId), qPrintable(p.featureId));
        const auto [x0, y0, h0] = before.at(p.featureId);
        const auto [x1, y1, h1] = after.at(p.featureId);
        QVERIFY2(std::abs(p.position.x - (x0 + x1) / 2.0) < 1e-6, qPrintable(p.featureId));
        QVERIFY2(std::abs(p.position.y - (y0 + y1) / 2.0) < 1e-6, qPrintable(p.featureId));
        if (x0 != x1 || y0 != y1) {
            ++moving;
            const double travel = std::fmod(std::atan2(x1 - x0, y1 - y0) * 180.0 / M_PI + 360.0, 360.0);
            QVERIFY2(sameHeading(p.headingDegrees, travel), qPrintable(QStringLiteral("%1: %2 vs %3").arg(p.featureId).arg(p.headingDegrees).arg(travel)));
        } else {
            ++standing;
            QVERIFY2(sameHeading(p.headingDegrees, h0), qPrintable(p.featureId));
        }
    }
    QVERIFY2(moving > 0, "no bus moved between the samples: the midpoint would not be tested");
    // A quarter of the way: a quarter of the way between the positions.
    auto quarter = buses->read(*m_twin, dispatcher(), {{QStringLiteral("vehicleRunId"), m_run}, {QStringLiteral("vehicleRunSeconds"), 1875.0}});
    QVERIFY(quarter);
    for (const plugin::Overlay::Point &p : quarter->points) {
        const auto [x0, y0, h0] = before.at(p.featureId);
        const auto [x1, y1, h1] = after.at(p.featureId);
        QVERIFY2(std::abs(p.position.x - (x0 + 0.25 * (x1 - x0))) < 1e-6, qPrintable(p.featureId));
        QVERIFY2(std::abs(p.position.y - (y0 + 0.25 * (y1 - y0))) < 1e-6, qPrintable(p.featureId));
    }

    // Timetabled buses between 07:10 and 07:15: a trip still out at 07:10 but finished by 07:15
    // stays where it was at 07:10; one not yet out at 07:10 is not shown.
    auto busSamples = sim::RunRecorder::replay(*m_twin, m_busRun);
    QVERIFY(busSamples);
    const sim::Snapshot *c = sampleAt(*busSamples, 600.0), *d = sampleAt(*busSamples, 900.0);
    QVERIFY(c && d);
    const auto at10 = recordedById(*c, QStringLiteral("gtfs_vehicles")), at15 = recordedById(*d, QStringLiteral("gtfs_vehicles"));
    const plugin::OverlaySource *community = overlay(QStringLiteral("fleet_vehicles_community_bus"));
    QVERIFY(community);
    auto mid = community->read(*m_twin, dispatcher(), {{QStringLiteral("vehicleRunId"), m_busRun}, {QStringLiteral("vehicleRunSeconds"), 750.0}});
    QVERIFY(mid);
    QCOMPARE(int(mid->points.size()), int(at10.size()));
    int gone = 0;
    for (const plugin::Overlay::Point &p : mid->points) {
        QVERIFY2(at10.count(p.featureId), qPrintable(p.featureId));
        if (at15.count(p.featureId))
            continue;
        ++gone;
        const auto [x0, y0, h0] = at10.at(p.featureId);
        QCOMPARE(p.position.x, x0);
        QCOMPARE(p.position.y, y0);
        QVERIFY(sameHeading(p.headingDegrees, h0));
    }
    QVERIFY2(gone > 0, "no trip ended between 07:10 and 07:15: the case is not tested");
    // After the last sample: the last sample as recorded.
    auto late = buses->read(*m_twin, dispatcher(), {{QStringLiteral("vehicleRunId"), m_run}, {QStringLiteral("vehicleRunSeconds"), 7200.0}});
    QVERIFY(late);
    QCOMPARE(drawn(*late), recorded(*m_samples.back()));
}

void TestRecordedVehicles::robotsAndDronesOfALogisticsRun()
{
    auto samples = sim::RunRecorder::replay(*m_twin, m_logisticsRun);
    QVERIFY(samples);
    const plugin::OverlaySource *robots = overlay(QStringLiteral("fleet_vehicles_delivery_robot"));
    const plugin::OverlaySource *drones = overlay(QStringLiteral("fleet_vehicles_drone"));
    const plugin::OverlaySource *buses = overlay(QStringLiteral("fleet_vehicles_on_demand_bus"));
    QVERIFY(robots && drones && buses);
    // Every sample: the robots and drones exactly where the run recorded them; no buses.
    int moved = 0;
    std::vector<Pose> previous;
    for (const auto &sample : *samples) {
        const QVariantMap settings{{QStringLiteral("vehicleRunId"), m_logisticsRun},
                                   {QStringLiteral("vehicleRunSeconds"), sim::toSeconds(sample->time)}};
        auto r = robots->read(*m_twin, dispatcher(), settings);
        auto d = drones->read(*m_twin, dispatcher(), settings);
        auto b = buses->read(*m_twin, dispatcher(), settings);
        QVERIFY(r && d && b);
        QCOMPARE(drawn(*r), recorded(*sample, QStringLiteral("logistics_robots")));
        QCOMPARE(drawn(*d), recorded(*sample, QStringLiteral("logistics_drones")));
        QVERIFY(!r->points.empty() && !d->points.empty());
        QVERIFY(b->points.empty());
        const std::vector<Pose> now = drawn(*r);
        moved += !previous.empty() && now != previous;
        previous = now;
    }
    QVERIFY2(moved > 0, "the robots never moved: the comparison would not show a wrong time");
}

void TestRecordedVehicles::timetabledBusesOfAFixedRouteRun()
{
    auto samples = sim::RunRecorder::replay(*m_twin, m_busRun);
    QVERIFY(samples);
    const plugin::OverlaySource *buses = overlay(QStringLiteral("fleet_vehicles_community_bus"));
    QVERIFY(buses);
    // 07:20: T1's runs of 07:00 and 07:15 are out (12 minutes a run): only 07:15's.
    const sim::Snapshot *at = nullptr;
    for (const auto &sample : *samples)
        if (sim::toSeconds(sample->time) == 1200.0)
            at = sample.get();
    QVERIFY(at);
    const std::vector<Pose> expected = recorded(*at, QStringLiteral("gtfs_vehicles"));
    QVERIFY(!expected.empty());
    auto shown = buses->read(*m_twin, dispatcher(), {{QStringLiteral("vehicleRunId"), m_busRun}, {QStringLiteral("vehicleRunSeconds"), 1200.0}});
    QVERIFY2(shown, qPrintable(shown ? QString() : shown.error().toString()));
    QCOMPARE(drawn(*shown), expected);
    // The bus is named by its trip run.
    QCOMPARE(int(shown->points.size()), 1);
    QCOMPARE(shown->points.front().featureId, QStringLiteral("T1@07:15:00"));
}

void TestRecordedVehicles::panelChoiceFollowsTheTimeline()
{
    fleets::test::FakeSession session(m_twin.get(), dispatcher());
    QQmlPropertyMap timeline;
    timeline.insert(QStringLiteral("mode"), QStringLiteral("replay"));
    timeline.insert(QStringLiteral("runId"), m_run);
    timeline.insert(QStringLiteral("timeSeconds"), 1800.0);
    QQuickView view;
    view.setInitialProperties({{QStringLiteral("twin"), QVariant::fromValue<QObject *>(&session)},
                               {QStringLiteral("timeline"), QVariant::fromValue<QObject *>(&timeline)}});
    view.setResizeMode(QQuickView::SizeRootObjectToView);
    view.setSource(m_plugins->find(QStringLiteral("fleets"))->instance->panel());
    QCOMPARE(view.status(), QQuickView::Ready);
    view.resize(440, 760);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    auto *fleet = view.rootObject()->findChild<QObject *>(QStringLiteral("fleetController"));
    QVERIFY(fleet);
    auto *model = fleet->property("vehicles").value<QAbstractItemModel *>();
    QVERIFY(model);
    QCOMPARE(fleet->property("total").toInt(), 45);   // live: the demo fleet
    const QVariantList runs = fleet->property("recordedRuns").toList();
    QCOMPARE(runs.size(), 3);
    QCOMPARE(runs.front().toMap().value(QStringLiteral("id")).toLongLong(), m_run);
    auto *source = view.rootObject()->findChild<QQuickItem *>(QStringLiteral("vehicleSource"));
    QVERIFY(source);
    QVERIFY(source->isVisible());
    QCOMPARE(source->property("count").toInt(), 4);   // Live, the three runs

    // The operator picks the run: the list shows its six buses at the timeline's 00:30:00,
    // and the map's overlays are told the same.
    source->setProperty("currentIndex", 1);
    QVERIFY(QMetaObject::invokeMethod(source, "activated", Q_ARG(int, 1)));
    QCOMPARE(fleet->property("sourceRunId").toLongLong(), m_run);
    QTRY_COMPARE(fleet->property("total").toInt(), 6);
    QCOMPARE(model->rowCount(), 6);
    QVariantMap settings = session.viewSettings(QStringLiteral("fleets"));
    QCOMPARE(settings.value(QStringLiteral("vehicleRunId")).toLongLong(), m_run);
    QCOMPARE(settings.value(QStringLiteral("vehicleRunSeconds")).toDouble(), 1800.0);
    QVERIFY(fleet->property("sourceText").toString().contains(QStringLiteral("00:30:00")));
    const QString first = model->data(model->index(0, 0), Qt::UserRole + 1).toString();
    fleet->setProperty("selectedVehicle", first);
    QVariantMap selected = fleet->property("selected").toMap();
    QCOMPARE(fleet->property("track").toList().size(), 7);   // the samples 00:00 … 00:30
    std::vector<Pose> expected;
    for (const auto &s : m_samples)
        if (sim::toSeconds(s->time) == 1800.0)
            expected = recorded(*s);
    QCOMPARE(int(expected.size()), 6);
    QVERIFY(std::any_of(expected.begin(), expected.end(), [&](const Pose &p) {
        return std::get<0>(p) == selected.value(QStringLiteral("x")).toDouble() && std::get<1>(p) == selected.value(QStringLiteral("y")).toDouble();
    }));
    QTest::qWait(300);
    const QImage image = view.grabWindow();
    QVERIFY(!image.isNull());
    const QString path = QStringLiteral(CITYTWIN_BINARY_DIR "/tests/fleets-recorded-run.png");
    QVERIFY(image.save(path));
    qInfo().noquote() << "screenshot" << path;

    // The timeline moves to the end: the list and the shared time follow.
    timeline.insert(QStringLiteral("timeSeconds"), 3600.0);
    QTRY_COMPARE(session.viewSettings(QStringLiteral("fleets")).value(QStringLiteral("vehicleRunSeconds")).toDouble(), 3600.0);
    QTRY_VERIFY(fleet->property("sourceText").toString().contains(QStringLiteral("01:00:00")));
    const auto atEnd = recorded(*m_samples.back());
    QTRY_VERIFY(std::any_of(atEnd.begin(), atEnd.end(), [&](const Pose &p) {
        const QVariantMap now = fleet->property("selected").toMap();
        return std::get<0>(p) == now.value(QStringLiteral("x")).toDouble() && std::get<1>(p) == now.value(QStringLiteral("y")).toDouble();
    }));
    // The timeline replays something else: the run's end is shown (no time shared).
    timeline.insert(QStringLiteral("mode"), QStringLiteral("live"));
    QTRY_VERIFY(!session.viewSettings(QStringLiteral("fleets")).contains(QStringLiteral("vehicleRunSeconds")));

    // Back to live: the demo fleet again, and the overlays no longer read the run.
    fleet->setProperty("sourceRunId", 0);
    QTRY_COMPARE(fleet->property("total").toInt(), 45);
    QVERIFY(!session.viewSettings(QStringLiteral("fleets")).contains(QStringLiteral("vehicleRunId")));
    // The run's bus selected before is not a live vehicle: the selection is cleared.
    QCOMPARE(fleet->property("selectedVehicle").toString(), QString());
    QCOMPARE(session.viewSettings(QStringLiteral("fleets")).value(QStringLiteral("selectedVehicle")).toString(), QString());
}

void TestRecordedVehicles::nothingWrittenToTheFleet()
{
    m_twin.reset();
    QCOMPARE(liveFleet(), m_fleetBefore);
}

QTEST_MAIN(TestRecordedVehicles)   // a QApplication: the panel's KPI charts are Qt Charts
#include "tst_recordedvehicles.moc"
