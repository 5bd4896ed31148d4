// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "safetycontroller.h"

#include "alertoverlaysettings.h"

#include "alertpointsoverlay.h"
#include "ct/pluginapi/twinaccess.h"
#include "ct/routing/roadgraph.h"
#include "ct/safety/accesspolicy.h"
#include "ct/safety/alertreader.h"
#include "ct/safety/alertstore.h"
#include "ct/safety/areacatalogue.h"
#include "ct/safety/cityboundary.h"
#include "ct/safety/drawnareas.h"
#include "ct/safety/patrolplanner.h"
#include "ct/safety/patrolplans.h"
#include "ct/safety/geometryutil.h"
#include "ct/store/twinstore.h"

#include <QApplication>
#include <QCoreApplication>
#include <QFutureWatcher>
#include <QSettings>
#include <QTimeZone>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

#include <cmath>

#include <algorithm>

namespace ct::safety {

SafetyController::SafetyController(QObject *parent) : QObject(parent), m_pending(new QTimer(this))
{
    m_pending->setSingleShot(true);
    m_pending->setInterval(150);   // a held spin box arrow gives one run, not twenty
    connect(m_pending, &QTimer::timeout, this, &SafetyController::startAnalysis);
    // Re-read when another twin or operator comes; an import changed the layers (e.g. real
    // streetlights): read them again.
    connect(&m_session, &plugin::TwinBinding::sessionChanged, this, &SafetyController::refresh);
    connect(&m_session, &plugin::TwinBinding::operatorChanged, this, &SafetyController::refresh);
    connect(&m_session, &plugin::TwinBinding::layersReloaded, this, &SafetyController::rereadLayers);
    loadParameters();
}

SafetyController::~SafetyController() = default;

void SafetyController::setTwin(QObject *twin)
{
    QObject *previous = m_session.twin();
    if (!m_session.setTwin(twin))
        return;
    if (previous)
        disconnect(previous, nullptr, this, nullptr);
    // A click on an alert's symbol on the main map arrives as the view setting `picked`.
    if (twin && twin->metaObject()->indexOfSignal("viewSettingsChanged(QString)") >= 0)
        connect(twin, SIGNAL(viewSettingsChanged(QString)), this, SLOT(readPick(QString)));
    emit twinChanged();
    shareSettings();
    refresh();
}

void SafetyController::setSelectedAlert(qint64 alertId)
{
    if (alertId == m_selectedAlert)
        return;
    m_selectedAlert = alertId;
    emit selectedAlertChanged();
}

void SafetyController::readPick(const QString &pluginId)
{
    plugin::TwinAccess *access = m_session.access();
    if (!access || pluginId != QLatin1String("safety"))
        return;
    const QVariantMap picked = access->viewSettings(pluginId).value(QStringLiteral("picked")).toMap();
    const qint64 serial = picked.value(QStringLiteral("serial")).toLongLong();
    if (serial == m_pickSerial || picked.value(QStringLiteral("overlay")).toString() != QLatin1String(AlertPointsOverlay::kId))
        return;
    m_pickSerial = serial;
    bool ok = false;
    const qint64 id = picked.value(QStringLiteral("id")).toString().toLongLong(&ok);
    if (!ok || id <= 0)
        return;
    setSelectedAlert(id);
    emit pickedOnMap(id);
}

void SafetyController::rereadLayers()
{
    m_layersOf.clear();
    refresh();
}

void SafetyController::shareSettings() const
{
    // The main map's safety overlays (AlertPointsOverlay, HotspotOverlay) follow the panel.
    AlertOverlaySettings settings;
    settings.parameters = m_params;
    settings.now = m_sourceRun ? now() : m_now;
    settings.runId = m_sourceRun ? m_sourceRun->id : 0;
    settings.shareWith(m_session.twin());
}

void SafetyController::refreshRecordedRuns()
{
    QVariantList list;
    std::optional<RecordedAlertReader::Run> chosen;
    if (store::TwinStore *twin = store()) {
        if (auto runs = RecordedAlertReader(*twin).runs()) {
            for (const RecordedAlertReader::Run &run : runs.value()) {
                list << QVariantMap{{QStringLiteral("id"), run.id}, {QStringLiteral("name"), run.name},
                                    {QStringLiteral("alerts"), run.alerts}, {QStringLiteral("start"), run.start},
                                    {QStringLiteral("end"), run.end}};
                if (run.id == m_sourceRunId)
                    chosen = run;
            }
        }
    }
    // A run that is gone (another twin) leaves the live alerts.
    const qint64 runId = chosen ? m_sourceRunId : 0;
    const bool changed = list != m_recordedRuns || runId != m_sourceRunId || chosen.has_value() != m_sourceRun.has_value();
    m_recordedRuns = list;
    m_sourceRunId = runId;
    m_sourceRun = chosen;
    if (changed) {
        shareSettings();
        emit sourceChanged();
    }
}

void SafetyController::setSourceRunId(qint64 runId)
{
    runId = std::max<qint64>(0, runId);
    if (runId == m_sourceRunId)
        return;
    m_sourceRunId = runId;
    m_sourceRun.reset();
    refreshRecordedRuns();   // finds the run (or goes back to the live alerts), shares the settings
    emit sourceChanged();
    refresh();
}

void SafetyController::setSourceSeconds(double seconds)
{
    seconds = seconds < 0 ? -1.0 : seconds;
    if (seconds == m_sourceSeconds)
        return;
    m_sourceSeconds = seconds;
    shareSettings();
    emit sourceChanged();
    if (m_sourceRun)
        analyseLater();   // the timeline moves often: one run per pause in its ticks
}

void SafetyController::setSource(store::TwinStore *store, const core::Actor &actor)
{
    m_session.setSource(store, actor);
    refresh();
}

void SafetyController::setParameters(const AnalysisParameters &parameters)
{
    const AnalysisParameters fitted = parameters.clamped();
    if (fitted == m_params)
        return;
    const bool budgetChanged = fitted.patrolMinutes != m_params.patrolMinutes;
    const AnalysisParameters before = m_params;
    m_params = fitted;
    saveParameters();
    shareSettings();
    emit settingsChanged();
    // The budget only shapes the patrol loop; everything else is the analysis.
    AnalysisParameters withoutBudget = before;
    withoutBudget.patrolMinutes = fitted.patrolMinutes;
    if (!(withoutBudget == fitted))
        analyseLater();
    if (budgetChanged && m_patrol)
        planPatrol();
}

template <typename Value>
void SafetyController::setParameter(Value AnalysisParameters::*field, Value value)
{
    AnalysisParameters p = m_params;
    p.*field = value;
    setParameters(p);
}

void SafetyController::setBandwidthMetres(double metres)
{
    setParameter(&AnalysisParameters::bandwidthMetres, metres);
}

void SafetyController::setCellMetres(double metres)
{
    setParameter(&AnalysisParameters::cellMetres, metres);
}

void SafetyController::setWindowDays(int days)
{
    setParameter(&AnalysisParameters::windowDays, days);
}

void SafetyController::setNearRepeatMetres(double metres)
{
    setParameter(&AnalysisParameters::nearRepeatMetres, metres);
}

void SafetyController::setNearRepeatDays(int days)
{
    setParameter(&AnalysisParameters::nearRepeatDays, days);
}

void SafetyController::setPatrolMinutes(int minutes)
{
    setParameter(&AnalysisParameters::patrolMinutes, minutes);
}

void SafetyController::resetParameters()
{
    setParameters(AnalysisParameters());
}

QVariantMap SafetyController::ranges() const
{
    QVariantMap map;
    for (const AnalysisParameters::Range &r : AnalysisParameters::ranges())
        map.insert(r.key, QVariantMap{{QStringLiteral("from"), r.from}, {QStringLiteral("to"), r.to}, {QStringLiteral("step"), r.step}});
    return map;
}

void SafetyController::setRemembersParameters(bool remember)
{
    if (m_remember == remember)
        return;
    m_remember = remember;
    emit settingsChanged();
}

namespace {
const QString kSettingsGroup = QStringLiteral("safety/analysis");
}

void SafetyController::loadParameters()
{
    QSettings settings;
    settings.beginGroup(kSettingsGroup);
    AnalysisParameters p;
    auto read = [&](const char *key, auto &value) {
        const QVariant v = settings.value(QLatin1String(key));
        bool ok = false;
        const double d = v.toDouble(&ok);
        // A hand-edited or older value out of range is moved into it; garbage is ignored.
        if (v.isValid() && ok)
            value = static_cast<std::remove_reference_t<decltype(value)>>(d);
    };
    read("bandwidthMetres", p.bandwidthMetres);
    read("cellMetres", p.cellMetres);
    read("windowDays", p.windowDays);
    read("nearRepeatMetres", p.nearRepeatMetres);
    read("nearRepeatDays", p.nearRepeatDays);
    read("patrolMinutes", p.patrolMinutes);
    m_params = p.clamped();
}

void SafetyController::saveParameters() const
{
    if (!m_remember)
        return;
    QSettings settings;
    settings.beginGroup(kSettingsGroup);
    settings.setValue(QStringLiteral("bandwidthMetres"), m_params.bandwidthMetres);
    settings.setValue(QStringLiteral("cellMetres"), m_params.cellMetres);
    settings.setValue(QStringLiteral("windowDays"), m_params.windowDays);
    settings.setValue(QStringLiteral("nearRepeatMetres"), m_params.nearRepeatMetres);
    settings.setValue(QStringLiteral("nearRepeatDays"), m_params.nearRepeatDays);
    settings.setValue(QStringLiteral("patrolMinutes"), m_params.patrolMinutes);
}

void SafetyController::setBusy(bool busy)
{
    if (m_busy == busy)
        return;
    m_busy = busy;
    emit busyChanged();
}

void SafetyController::analyseLater()
{
    m_pending->start();
}

void SafetyController::startAnalysis()
{
    const quint64 generation = ++m_generation;
    std::optional<SafetyAnalysis::Input> input = prepareAnalysis();
    if (!input) {
        applyAnalysis({});
        setBusy(false);
        emit refreshed();
        return;
    }
    setBusy(true);
    auto *watcher = new QFutureWatcher<SafetyAnalysis::Result>(this);
    connect(watcher, &QFutureWatcher<SafetyAnalysis::Result>::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation != m_generation)
            return;   // a newer run (or a synchronous refresh) has replaced it
        applyAnalysis(watcher->result());
        setBusy(false);
        emit refreshed();
    });
    // The input is copied into the task: the worker shares nothing with this object.
    watcher->setFuture(QtConcurrent::run([in = std::move(*input)]() mutable { return SafetyAnalysis::run(std::move(in)); }));
}

QDateTime SafetyController::now() const
{
    if (m_sourceRun) {
        if (m_sourceSeconds < 0)
            return m_sourceRun->end;
        return std::min(m_sourceRun->start.addMSecs(qint64(m_sourceSeconds * 1000.0)), m_sourceRun->end);
    }
    return m_now.isValid() ? m_now : QDateTime::currentDateTimeUtc();
}

void SafetyController::setNow(const QDateTime &now)
{
    if (m_now == now)
        return;
    m_now = now;
    shareSettings();
    emit settingsChanged();
    refresh();
}

bool SafetyController::chartsAvailable() const
{
    return qobject_cast<QApplication *>(QCoreApplication::instance()) != nullptr;
}

void SafetyController::setError(const QString &message)
{
    m_error = message;
}

int SafetyController::generalisedCount() const
{
    return int(std::count_if(m_alerts.begin(), m_alerts.end(), [](const Alert &a) { return a.detail == Alert::Detail::Generalised; }));
}

double SafetyController::recency(const Alert &alert) const
{
    const double age = alert.occurredFrom.secsTo(now()) / 86400.0;
    const double window = std::max(1, m_params.windowDays);
    return std::clamp(1.0 - age / window, 0.15, 1.0);
}

void SafetyController::readStaticLayers()
{
    store::TwinStore *twin = store();
    if (!twin || m_layersOf == twin->path())
        return;
    m_layersOf = twin->path();
    m_roadLines.clear();
    m_roads.reset();
    m_lights.reset();
    m_policeBoxes.clear();
    m_policeBoxNames.clear();
    m_graph.reset();
    if (auto read = StreetlightAdvisor::readTwin(*twin)) {
        for (const auto &r : read->first)
            m_roadLines.push_back(r.points);
        m_roads = std::make_shared<const std::vector<StreetlightAdvisor::Road>>(std::move(read->first));
        m_lights = std::make_shared<const std::vector<geo::Point>>(std::move(read->second));
    }
    m_schools.clear();
    if (twin->hasLayer(QStringLiteral("schools"))) {
        if (auto schools = twin->read(QStringLiteral("schools"), {QStringLiteral("name")}))
            for (std::size_t i = 0; i < schools->size(); ++i)
                m_schools << QVariantMap{{QStringLiteral("fid"), schools->fids[i]}, {QStringLiteral("name"), schools->columns[0][i].toString()}};
    }
    if (twin->hasLayer(QStringLiteral("police_boxes"))) {
        if (auto boxes = twin->read(QStringLiteral("police_boxes"), {QStringLiteral("name")})) {
            for (std::size_t i = 0; i < boxes->size(); ++i) {
                m_policeBoxes.push_back(representativePoint(boxes->geometries[i]));
                m_policeBoxNames << boxes->columns[0][i].toString();
            }
        }
    }
}

void SafetyController::refresh()
{
    m_pending->stop();
    ++m_generation;   // a run still on the worker thread is outdated now
    setBusy(false);
    refreshRecordedRuns();
    std::optional<SafetyAnalysis::Input> input = prepareAnalysis();
    applyAnalysis(input ? SafetyAnalysis::run(std::move(*input)) : SafetyAnalysis::Result());
    readAreas();
    emit refreshed();
}

void SafetyController::readAreas()
{
    m_areas.clear();
    // Areas carry no personal data: everyone who opens the panel sees the list.
    if (store::TwinStore *twin = store()) {
        if (auto areas = AreaCatalogue::read(*twin)) {
            std::sort(areas->begin(), areas->end(), [](const SubscriptionArea &a, const SubscriptionArea &b) {
                return QString::localeAwareCompare(a.name, b.name) < 0;
            });
            for (const SubscriptionArea &a : areas.value())
                m_areas << QVariantMap{{QStringLiteral("areaId"), a.areaId},
                                       {QStringLiteral("kind"), areaKindKey(a.kind)},
                                       {QStringLiteral("name"), a.name},
                                       {QStringLiteral("nameEn"), a.nameEn},
                                       {QStringLiteral("subscribers"), a.subscribers},
                                       {QStringLiteral("radiusMetres"), a.radiusMetres}};
        }
    }
    emit areasChanged();
}

bool SafetyController::mayWriteAreas() const
{
    store::TwinStore *twin = store();
    return twin && twin->mayPerform(actor(), DrawnAreas::writeAction(), QStringLiteral("safety_areas")).ok();
}

QVariantMap SafetyController::addDrawnArea(const QVariantMap &shape, const QString &name, const QString &nameEn, int subscribers)
{
    store::TwinStore *twin = store();
    if (!twin)
        return {{QStringLiteral("ok"), false}, {QStringLiteral("error"), QCoreApplication::translate("Safety", "No twin is open.")}};
    SubscriptionArea area;
    area.name = name;
    area.nameEn = nameEn;
    area.subscribers = subscribers;
    const QString kind = shape.value(QStringLiteral("kind")).toString();
    if (kind == QLatin1String("radius")) {
        area.kind = SubscriptionArea::Kind::Radius;
        area.centre = {shape.value(QStringLiteral("x")).toDouble(), shape.value(QStringLiteral("y")).toDouble()};
        area.radiusMetres = shape.value(QStringLiteral("radiusMetres")).toDouble();
    } else if (kind == QLatin1String("polygon")) {
        area.kind = SubscriptionArea::Kind::Polygon;
        std::vector<geo::Point> ring;
        for (const QVariant &v : shape.value(QStringLiteral("points")).toList()) {
            const QVariantMap p = v.toMap();
            ring.push_back({p.value(QStringLiteral("x")).toDouble(), p.value(QStringLiteral("y")).toDouble()});
        }
        if (!ring.empty())
            ring.push_back(ring.front());
        area.polygon = ring.empty() ? geo::Geometry() : geo::Geometry::polygon({ring});
    } else {
        return {{QStringLiteral("ok"), false}, {QStringLiteral("where"), QStringLiteral("kind")},
                {QStringLiteral("error"), QCoreApplication::translate("Safety", "Only polygons and radii are drawn.")}};
    }
    auto id = DrawnAreas::add(*twin, actor(), area);
    if (!id)
        return {{QStringLiteral("ok"), false}, {QStringLiteral("error"), id.error().message}, {QStringLiteral("where"), id.error().where}};
    readAreas();
    return {{QStringLiteral("ok"), true}, {QStringLiteral("areaId"), id.value()}};
}

QVariantMap SafetyController::removeArea(const QString &areaId)
{
    store::TwinStore *twin = store();
    if (!twin)
        return {{QStringLiteral("ok"), false}, {QStringLiteral("error"), QCoreApplication::translate("Safety", "No twin is open.")}};
    const core::Status done = DrawnAreas::remove(*twin, actor(), areaId);
    if (!done)
        return {{QStringLiteral("ok"), false}, {QStringLiteral("error"), done.error().message}};
    readAreas();
    return {{QStringLiteral("ok"), true}};
}

std::optional<SafetyAnalysis::Input> SafetyController::prepareAnalysis()
{
    m_allVisible.clear();
    m_error.clear();
    store::TwinStore *twin = store();
    if (!twin)
        return std::nullopt;
    readStaticLayers();
    AlertFilter filter;
    filter.from = now().addDays(-std::max(1, m_params.windowDays));
    filter.to = now().addSecs(1);
    // Retracted alerts are withdrawn: never part of the analysis, even for those who see them.
    filter.statuses = {AlertStatus::Received, AlertStatus::Verified, AlertStatus::Published, AlertStatus::Closed};
    // A recorded run's generated alerts, or the live ones: never both.
    auto alerts = m_sourceRun ? RecordedAlertReader(*twin).alerts(actor(), m_sourceRun->id, filter)
                              : AlertReader(*twin).alerts(actor(), filter);
    if (!alerts) {
        setError(alerts.error().toString());
        return std::nullopt;
    }
    // The management list: every status, the newest first.
    // (always the live alerts: their steps act on the live tables, whatever the analysis shows)
    AlertFilter everything;
    if (auto all = AlertReader(*twin).alerts(actor(), everything)) {
        m_allVisible = std::move(all.value());
        std::reverse(m_allVisible.begin(), m_allVisible.end());
        if (m_allVisible.size() > 200)
            m_allVisible.resize(200);
    }
    SafetyAnalysis::Input input;
    input.alerts = std::move(alerts.value());
    if (auto boundary = CityBoundary::fromTwin(*twin))
        input.extent = boundary->envelope();
    input.parameters = m_params;
    input.roads = m_roads;
    input.lights = m_lights;
    if (auto plans = PatrolPlans::plans(*twin, now().toTimeZone(QTimeZone(9 * 3600)).date())) {
        input.plans = std::move(plans.value());
        input.plansRead = true;
    }
    return input;
}

void SafetyController::applyAnalysis(SafetyAnalysis::Result result)
{
    m_alerts = std::move(result.alerts);
    m_extent = result.extent;
    m_grid = std::move(result.grid);
    m_threshold = result.threshold;
    m_hotspots = std::move(result.hotspots);
    m_profile = result.profile;
    m_nearRepeats = std::move(result.nearRepeats);
    m_streetlights = std::move(result.streetlights);
    m_unpatrolled = std::move(result.unpatrolled);
}

bool SafetyController::planPatrol()
{
    store::TwinStore *twin = store();
    if (!twin || m_hotspots.empty() || m_policeBoxes.empty()) {
        m_error = QCoreApplication::translate("Safety", "A patrol needs hotspots and a police box in the twin.");
        emit refreshed();
        return false;
    }
    if (!m_graph) {
        auto graph = routing::RoadGraph::fromTwin(*twin, routing::Mode::Car);
        if (!graph) {
            m_error = graph.error().toString();
            emit refreshed();
            return false;
        }
        m_graph = std::make_unique<routing::RoadGraph>(std::move(graph.value()));
    }
    // The box nearest the top hotspot starts the loop.
    std::size_t box = 0;
    for (std::size_t i = 1; i < m_policeBoxes.size(); ++i)
        if (std::hypot(m_policeBoxes[i].x - m_hotspots[0].peak.x, m_policeBoxes[i].y - m_hotspots[0].peak.y)
            < std::hypot(m_policeBoxes[box].x - m_hotspots[0].peak.x, m_policeBoxes[box].y - m_hotspots[0].peak.y))
            box = i;
    PatrolPlanner::Options options;
    options.budgetSeconds = m_params.patrolMinutes * 60.0;
    m_patrol = PatrolPlanner::plan(*m_graph, m_policeBoxes[box], m_hotspots, options);
    m_patrolBox = m_policeBoxNames.value(int(box));
    emit patrolChanged();
    return true;
}

bool SafetyController::savePatrol()
{
    store::TwinStore *twin = store();
    if (!twin || !m_patrol)
        return false;
    if (m_sourceRun) {
        // A plan of simulated hotspots is a what-if: it is shown, never saved as the day's plan.
        m_error = QCoreApplication::translate("Safety", "A patrol planned on a recorded run's alerts is not saved.");
        emit refreshed();
        return false;
    }
    auto saved = PatrolPlans::save(*twin, actor(), *m_patrol, now().toTimeZone(QTimeZone(9 * 3600)).date(), m_patrolBox);
    if (!saved) {
        m_error = saved.error().toString();
        emit refreshed();
        return false;
    }
    refresh();
    return true;
}

int SafetyController::raiseUnpatrolled()
{
    store::TwinStore *twin = store();
    if (!twin || m_sourceRun)
        return 0;   // simulated hotspots never raise live events
    auto raised = PatrolPlans::raiseUnpatrolled(*twin, m_unpatrolled, now().toTimeZone(QTimeZone(9 * 3600)).date());
    return raised ? raised.value() : 0;
}

QVariantList SafetyController::hotspotList() const
{
    QVariantList list;
    for (const Hotspot &h : m_hotspots)
        list << QVariantMap{{QStringLiteral("rank"), h.rank},
                            {QStringLiteral("peakDensity"), h.peakDensity},
                            {QStringLiteral("expectedAlerts"), h.expectedAlerts},
                            {QStringLiteral("areaKm2"), h.areaKm2},
                            {QStringLiteral("x"), h.peak.x},
                            {QStringLiteral("y"), h.peak.y}};
    return list;
}

QVariantList SafetyController::weekdayHourCounts() const
{
    QVariantList days;
    for (int d = 0; d < 7; ++d) {
        QVariantList hours;
        for (int h = 0; h < 24; ++h)
            hours << m_profile.count(d, h);
        days << QVariant(hours);
    }
    return days;
}

QVariantList SafetyController::streetlightList() const
{
    QVariantList list;
    for (const auto &s : m_streetlights)
        list << QVariantMap{{QStringLiteral("roadId"), s.roadId},
                            {QStringLiteral("metresToLight"), std::isfinite(s.metresToLight) ? s.metresToLight : -1.0},
                            {QStringLiteral("density"), s.density},
                            {QStringLiteral("x"), s.middle.x},
                            {QStringLiteral("y"), s.middle.y}};
    return list;
}

QVariantList SafetyController::unpatrolledList() const
{
    QVariantList list;
    for (const Hotspot &h : m_unpatrolled)
        list << QVariantMap{{QStringLiteral("rank"), h.rank}, {QStringLiteral("peakDensity"), h.peakDensity}};
    return list;
}

QVariantMap SafetyController::patrolSummary() const
{
    if (!m_patrol)
        return {};
    QVariantList ranks;
    for (int r : m_patrol->hotspotRanks)
        ranks << r;
    return {{QStringLiteral("policeBox"), m_patrolBox},
            {QStringLiteral("minutes"), m_patrol->totalSeconds() / 60.0},
            {QStringLiteral("kilometres"), m_patrol->metres / 1000.0},
            {QStringLiteral("hotspots"), ranks}};
}

QVariantList SafetyController::alertRows() const
{
    QVariantList rows;
    const QTimeZone jst(9 * 3600);
    for (const Alert &a : m_allVisible) {
        QVariantMap row{{QStringLiteral("id"), a.id},
                        {QStringLiteral("status"), statusKey(a.status)},
                        {QStringLiteral("category"), categoryKey(a.category)},
                        {QStringLiteral("categoryJa"), categoryJapanese(a.category)},
                        {QStringLiteral("categoryEn"), QCoreApplication::translate("SafetyCategory", qPrintable(categoryEnglish(a.category)))},
                        {QStringLiteral("time"), a.occurredFrom.toTimeZone(jst).toString(QStringLiteral("yyyy-MM-dd HH:mm"))},
                        {QStringLiteral("detail"), a.detail == Alert::Detail::Full ? QStringLiteral("full") : QStringLiteral("generalised")},
                        {QStringLiteral("description"), a.description},
                        {QStringLiteral("reason"), a.statusReason},
                        {QStringLiteral("school"), a.schoolFid ? QVariant(*a.schoolFid) : QVariant(qint64(-1))}};
        QVariantList next;
        for (AlertStatus to : {AlertStatus::Verified, AlertStatus::Published, AlertStatus::Closed, AlertStatus::Retracted})
            if (canTransition(a.status, to))
                next << statusKey(to);
        row.insert(QStringLiteral("next"), next);
        if (a.detail == Alert::Detail::Full) {
            QStringList parts;
            if (!a.address.isEmpty())
                parts << QCoreApplication::translate("Safety", "address: %1").arg(a.address);
            row.insert(QStringLiteral("address"), a.address);
            if (a.personal) {
                row.insert(QStringLiteral("victimAgeGroup"), a.personal->victimAgeGroup);
                row.insert(QStringLiteral("victimGrade"), a.personal->victimGrade);
                row.insert(QStringLiteral("reporterContact"), a.personal->reporterContact);
                const QString victim = QStringList{a.personal->victimAgeGroup, a.personal->victimGrade}.join(QLatin1Char(' ')).trimmed();
                if (!victim.isEmpty())
                    parts << QCoreApplication::translate("Safety", "victim: %1").arg(victim);
                if (!a.personal->reporterContact.isEmpty())
                    parts << QCoreApplication::translate("Safety", "reporter: %1").arg(a.personal->reporterContact);
            }
            row.insert(QStringLiteral("personalText"), parts.join(QStringLiteral(" · ")));
        }
        rows << row;
    }
    return rows;
}

QVariantList SafetyController::categories() const
{
    QVariantList list;
    for (Category c : kAllCategories)
        list << QVariantMap{{QStringLiteral("key"), categoryKey(c)},
                            {QStringLiteral("ja"), categoryJapanese(c)},
                            {QStringLiteral("en"), QCoreApplication::translate("SafetyCategory", qPrintable(categoryEnglish(c)))}};
    return list;
}

QVariantList SafetyController::schools() const
{
    return m_schools;
}

QString SafetyController::operatorRole() const
{
    return store() ? core::roleName(actor().role) : QString();
}

bool SafetyController::may(const QString &status, qint64 schoolFid) const
{
    store::TwinStore *twin = store();
    AlertStatus to = AlertStatus::Received;
    if (!twin || !statusFromKey(status, &to))
        return false;
    const std::optional<qint64> school = schoolFid >= 0 ? std::optional<qint64>(schoolFid) : std::nullopt;
    // For a new alert the target has no id; for a step, any id shows the same scope.
    return twin->mayPerform(actor(), transitionAction(to), AlertStore::target(school, to == AlertStatus::Received ? 0 : 1)).ok();
}

QVariantMap SafetyController::recordAlert(const QVariantMap &form)
{
    store::TwinStore *twin = store();
    if (!twin)
        return {{QStringLiteral("ok"), false}, {QStringLiteral("error"), QCoreApplication::translate("Safety", "No twin is open.")}};
    const QTimeZone jst(9 * 3600);
    auto time = [&](const char *key) {
        const QString text = form.value(QLatin1String(key)).toString().trimmed();
        if (text.isEmpty())
            return QDateTime();
        QDateTime t = QDateTime::fromString(text, QStringLiteral("yyyy-MM-dd HH:mm"));
        if (!t.isValid())
            t = QDateTime::fromString(text, Qt::ISODate);
        if (t.isValid() && t.timeSpec() == Qt::LocalTime)
            t = QDateTime(t.date(), t.time(), jst);
        return t;
    };
    AlertDraft draft;
    draft.occurredFrom = time("occurredFrom");
    draft.occurredTo = time("occurredTo");
    if (!form.value(QStringLiteral("occurredFrom")).toString().trimmed().isEmpty() && !draft.occurredFrom.isValid())
        return {{QStringLiteral("ok"), false}, {QStringLiteral("where"), QStringLiteral("occurred_from")},
                {QStringLiteral("error"), QCoreApplication::translate("Safety", "Write the time as 2026-03-01 16:30.")}};
    const QString kind = form.value(QStringLiteral("placeKind")).toString();
    AlertPlace::Kind placeKind = AlertPlace::Kind::MapPoint;
    placeKindFromKey(kind, &placeKind);
    draft.place.kind = placeKind;
    if (form.contains(QStringLiteral("x")) && form.contains(QStringLiteral("y")) && placeKind == AlertPlace::Kind::MapPoint)
        draft.place.point = geo::Point{form.value(QStringLiteral("x")).toDouble(), form.value(QStringLiteral("y")).toDouble()};
    draft.place.address = form.value(QStringLiteral("address")).toString();
    if (placeKind == AlertPlace::Kind::School && form.value(QStringLiteral("placeSchool"), -1).toLongLong() >= 0)
        draft.place.schoolFid = form.value(QStringLiteral("placeSchool")).toLongLong();
    draft.category = form.value(QStringLiteral("category")).toString();
    draft.description = form.value(QStringLiteral("description")).toString();
    draft.suspectDescription = form.value(QStringLiteral("suspect")).toString();
    draft.sourceOrganisation = form.value(QStringLiteral("source")).toString();
    if (form.value(QStringLiteral("school"), -1).toLongLong() >= 0)
        draft.schoolFid = form.value(QStringLiteral("school")).toLongLong();
    draft.personal = PersonalData{form.value(QStringLiteral("victimAgeGroup")).toString().trimmed(),
                                  form.value(QStringLiteral("victimGrade")).toString().trimmed(),
                                  form.value(QStringLiteral("reporterContact")).toString().trimmed()};
    AlertStore alerts(*twin, [this] { return now(); });
    auto id = alerts.record(actor(), draft);
    if (!id)
        return {{QStringLiteral("ok"), false}, {QStringLiteral("error"), id.error().message}, {QStringLiteral("where"), id.error().where}};
    refresh();
    return {{QStringLiteral("ok"), true}, {QStringLiteral("id"), id.value()}};
}

QVariantMap SafetyController::transition(qint64 alertId, const QString &status, const QString &reason)
{
    store::TwinStore *twin = store();
    AlertStatus to = AlertStatus::Received;
    if (!twin || !statusFromKey(status, &to))
        return {{QStringLiteral("ok"), false}, {QStringLiteral("error"), QCoreApplication::translate("Safety", "Unknown step.")}};
    AlertStore alerts(*twin, [this] { return now(); });
    const core::Status done = alerts.transition(actor(), alertId, to, reason);
    if (!done)
        return {{QStringLiteral("ok"), false}, {QStringLiteral("error"), done.error().message}};
    refresh();
    return {{QStringLiteral("ok"), true}};
}

} // namespace ct::safety
