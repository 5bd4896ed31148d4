// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "safetycontroller.h"

#include "ct/pluginapi/twinaccess.h"
#include "ct/routing/roadgraph.h"
#include "ct/safety/alertreader.h"
#include "ct/safety/cityboundary.h"
#include "ct/safety/hotspotfinder.h"
#include "ct/safety/kerneldensity.h"
#include "ct/safety/nearrepeat.h"
#include "ct/safety/patrolplanner.h"
#include "ct/safety/patrolplans.h"
#include "ct/safety/geometryutil.h"
#include "ct/store/twinstore.h"

#include <QApplication>
#include <QCoreApplication>
#include <QTimeZone>

#include <cmath>

#include <algorithm>

namespace ct::safety {

SafetyController::SafetyController(QObject *parent) : QObject(parent) {}

SafetyController::~SafetyController() = default;

void SafetyController::setTwin(QObject *twin)
{
    if (m_twin == twin)
        return;
    if (m_twin)
        disconnect(m_twin, nullptr, this, nullptr);
    m_twin = twin;
    if (m_twin) {
        // The session's signals, when it has them: re-read when another twin or operator comes.
        for (const char *signal : {SIGNAL(openedChanged()), SIGNAL(operatorChanged())})
            if (m_twin->metaObject()->indexOfSignal(QMetaObject::normalizedSignature(signal + 1)) >= 0)
                connect(m_twin, signal, this, SLOT(refresh()));
    }
    emit twinChanged();
    refresh();
}

void SafetyController::setSource(store::TwinStore *store, const core::Actor &actor)
{
    m_store = store;
    m_actor = actor;
    refresh();
}

store::TwinStore *SafetyController::store() const
{
    if (m_store)
        return m_store;
    if (auto *access = qobject_cast<plugin::TwinAccess *>(m_twin.data()))
        return access->store();
    return nullptr;
}

core::Actor SafetyController::actor() const
{
    if (m_actor)
        return *m_actor;
    if (auto *access = qobject_cast<plugin::TwinAccess *>(m_twin.data()))
        return access->actor();
    return {QString(), core::Role::MobilityDispatcher, {}};  // nobody: reads nothing
}

#define CT_SETTER(name, member, type)          \
    void SafetyController::name(type value)     \
    {                                           \
        if (member == value)                    \
            return;                             \
        member = value;                         \
        emit settingsChanged();                 \
        refresh();                              \
    }
CT_SETTER(setBandwidthMetres, m_bandwidth, double)
CT_SETTER(setCellMetres, m_cell, double)
CT_SETTER(setWindowDays, m_windowDays, int)
CT_SETTER(setNearRepeatMetres, m_nearRepeatMetres, double)
CT_SETTER(setNearRepeatDays, m_nearRepeatDays, int)
#undef CT_SETTER

void SafetyController::setPatrolMinutes(int minutes)
{
    if (m_patrolMinutes == minutes)
        return;
    m_patrolMinutes = minutes;
    emit settingsChanged();
}

QDateTime SafetyController::now() const
{
    return m_now.isValid() ? m_now : QDateTime::currentDateTimeUtc();
}

void SafetyController::setNow(const QDateTime &now)
{
    if (m_now == now)
        return;
    m_now = now;
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
    const double window = std::max(1, m_windowDays);
    return std::clamp(1.0 - age / window, 0.15, 1.0);
}

void SafetyController::readStaticLayers()
{
    store::TwinStore *twin = store();
    if (!twin || m_layersOf == twin->path())
        return;
    m_layersOf = twin->path();
    m_roadLines.clear();
    m_roads.clear();
    m_lights.clear();
    m_policeBoxes.clear();
    m_policeBoxNames.clear();
    m_graph.reset();
    if (auto read = StreetlightAdvisor::readTwin(*twin)) {
        m_roads = std::move(read->first);
        m_lights = std::move(read->second);
        for (const auto &r : m_roads)
            m_roadLines.push_back(r.points);
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
    m_alerts.clear();
    m_nearRepeats.clear();
    m_grid = {};
    m_hotspots.clear();
    m_profile = {};
    m_streetlights.clear();
    m_unpatrolled.clear();
    m_error.clear();
    store::TwinStore *twin = store();
    if (!twin) {
        emit refreshed();
        return;
    }
    readStaticLayers();
    AlertFilter filter;
    filter.from = now().addDays(-std::max(1, m_windowDays));
    filter.to = now().addSecs(1);
    // Retracted alerts are withdrawn: never part of the analysis, even for those who see them.
    filter.statuses = {AlertStatus::Received, AlertStatus::Verified, AlertStatus::Published, AlertStatus::Closed};
    auto alerts = AlertReader(*twin).alerts(actor(), filter);
    if (!alerts) {
        setError(alerts.error().toString());
        emit refreshed();
        return;
    }
    m_alerts = std::move(alerts.value());

    std::vector<geo::Point> points;
    std::vector<NearRepeat::Event> events;
    for (const Alert &a : m_alerts) {
        points.push_back(a.location);
        events.push_back({a.id, a.location, a.occurredFrom});
        m_profile.add(a.occurredFrom);
    }
    m_extent = {};
    if (auto boundary = CityBoundary::fromTwin(*twin))
        m_extent = boundary->envelope();
    for (const geo::Point &p : points)
        m_extent.expand(p);
    m_grid = KernelDensity::compute(points, m_extent, m_cell, m_bandwidth);
    m_threshold = HotspotFinder::defaultThreshold(m_grid);
    m_hotspots = HotspotFinder::find(m_grid, m_threshold);
    m_nearRepeats = NearRepeat::flagged(NearRepeat::pairs(events, m_nearRepeatMetres, m_nearRepeatDays));
    m_streetlights = StreetlightAdvisor::suggest(m_roads, m_lights, m_grid, m_threshold, 20);
    if (auto plans = PatrolPlans::plans(*twin, now().toTimeZone(QTimeZone(9 * 3600)).date()))
        m_unpatrolled = PatrolPlans::uncovered(m_hotspots, plans.value());
    emit refreshed();
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
    options.budgetSeconds = m_patrolMinutes * 60.0;
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
    if (!twin)
        return 0;
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

} // namespace ct::safety
