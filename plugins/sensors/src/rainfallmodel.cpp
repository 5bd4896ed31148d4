// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "rainfallmodel.h"

#include "alarmengine.h"
#include "gaugesitereader.h"
#include "sensorregistry.h"
#include "sensorstatesource.h"

#include "ct/sim/engine.h"
#include "ct/sim/roadstatechange.h"
#include "ct/sim/simulationworld.h"
#include "ct/sim/snapshot.h"
#include "ct/store/twinstore.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <algorithm>
#include <cmath>
#include <limits>

namespace ct::sensors {

namespace {

enum Kind { Update = 1 };

const char *const kLevelKeys[4] = {"standby", "caution", "evacuation", "danger"};

QJsonValue timeOrNull(sim::SimTime t)
{
    return t < 0 ? QJsonValue() : QJsonValue(sim::formatDuration(t));
}

double rounded(double v, int digits = 3)
{
    const double f = std::pow(10.0, digits);
    return std::round(v * f) / f;
}

} // namespace

RainfallModel::RainfallModel(const sim::ModelContext &context, RainfallSettings settings)
    : m_id(context.id), m_settings(std::move(settings)), m_world(context.world), m_openTwin(context.openTwin)
{
}

void RainfallModel::setUp(const std::vector<GaugeSite> &sites)
{
    m_gauges.clear();
    m_gauges.reserve(sites.size());
    const RainfallSettings &s = m_settings;
    for (const GaugeSite &site : sites) {
        RainfallGauge g;
        g.site = site;
        const RainfallSettings::Gauge *o = s.gauge(site.sourceId);
        auto pick = [&](double given, double fallback) { return o && !std::isnan(given) ? given : fallback; };

        double area = s.defaultCatchmentKm2;
        g.catchmentSource = QStringLiteral("default");
        if (o && !std::isnan(o->catchmentKm2)) {
            area = o->catchmentKm2;
            g.catchmentSource = QStringLiteral("scenario");
        } else if (!std::isnan(site.catchmentKm2)) {
            area = site.catchmentKm2;
            g.catchmentSource = QStringLiteral("attribute");
        }
        g.site.catchmentKm2 = area;
        const double coefficient = pick(o ? o->runoffCoefficient : NAN, s.runoffCoefficient);
        const double storageH = pick(o ? o->storageHours : NAN,
                                     std::isnan(s.storageHours) ? LinearReservoir::defaultStorageHours(area) : s.storageHours);
        const double baseFlow = pick(o ? o->baseFlow : NAN, s.baseFlowPerKm2 * area);
        g.reservoir = LinearReservoir(area, coefficient, storageH * 3600.0, baseFlow);
        g.rain = o && o->rain ? &*o->rain : &s.rain;

        // Levels: the registered sensor's, else the demo levels around the normal level.
        const double normal = pick(o ? o->normalLevelM : NAN, site.thresholds.empty() ? s.normalLevelM : site.thresholds.front().value - 1.0);
        if (!site.thresholds.empty()) {
            g.thresholdSource = QStringLiteral("registry");
        } else {
            g.site.thresholds = SensorRegistry::demoGaugeThresholds(normal);
            g.thresholdSource = QStringLiteral("default");
        }
        g.normalLevelM = normal;
        g.dangerLevelM = g.site.thresholds.back().value;
        for (const Threshold &t : g.site.thresholds)
            if (t.level == 4)
                g.dangerLevelM = t.value;

        // Rating: the scenario's, else through (base flow, normal level) and (design flood, danger level).
        const double designHours = double(s.designDuration) / double(sim::kHour);
        g.designDischarge = LinearReservoir::constantRainDischarge(s.designMmPerHour, area, coefficient, storageH * 3600.0, baseFlow,
                                                                   designHours * 3600.0);
        if (o && o->rating) {
            g.rating = *o->rating;
            g.ratingSource = QStringLiteral("scenario");
        } else {
            const double b = pick(o ? o->ratingExponent : NAN, s.ratingExponent);
            // No runoff at all (C = 0): the design flood is taken as base flow + 1 m³/s.
            const double design = g.designDischarge > baseFlow ? g.designDischarge : baseFlow + 1.0;
            const double top = g.dangerLevelM > normal ? g.dangerLevelM : normal + 1.0;
            g.rating = RatingCurve::through(baseFlow, normal, design, top, b).value_or(RatingCurve{normal, 1.0, b});
            g.ratingSource = QStringLiteral("calibrated");
        }
        g.floodStageM = g.dangerLevelM + s.flood.onsetM;

        if (s.flood.closeRoads) {
            const QString river = o && !o->river.isEmpty() ? o->river : site.river;
            g.reach = FloodReach::build(m_world, river, site.position, s.flood.reachM, s.flood.maxWidthM, s.flood.bandM, s.flood.snapM);
            for (const FloodReach::Road &road : g.reach.roads()) {
                const double extra = std::max(0.0, road.distanceM - s.flood.minWidthM);
                g.closingLevelM.push_back(extra <= 0.0 ? g.floodStageM
                                          : s.flood.widthPerM > 0.0 ? g.floodStageM + extra / s.flood.widthPerM
                                                                    : std::numeric_limits<double>::infinity());
            }
            g.holding.assign(g.closingLevelM.size(), 0);
        }

        g.dischargeM3s = g.reservoir.discharge();
        g.levelM = g.rating.level(g.dischargeM3s);
        g.peakLevelM = g.levelM;
        g.peakDischargeM3s = g.dischargeM3s;
        m_gauges.push_back(std::move(g));
    }
}

void RainfallModel::start(sim::Engine &engine)
{
    for (int i = 0; i < engine.modelCount(); ++i)
        if (engine.model(i) == this)
            m_self = i;
    // The run's own read-only connection, opened on the run's thread.
    auto twin = m_openTwin ? m_openTwin() : store::TwinStore::open(m_world.twinPath(), store::TwinStore::OpenMode::ReadOnly);
    if (!twin) {
        m_problem = twin.error().toString();
    } else {
        auto sites = GaugeSiteReader::read(*twin.value());
        if (!sites)
            m_problem = sites.error().toString();
        else if (sites->empty())
            m_problem = QCoreApplication::translate("Rainfall", "the twin has no river gauges (sensor_sites of kind river_gauge)");
        else
            setUp(sites.value());
    }
    engine.schedule(0, m_self, Update);
}

void RainfallModel::advanceTo(sim::SimTime t)
{
    for (RainfallGauge &g : m_gauges) {
        for (sim::SimTime from = m_now; from < t;) {
            const sim::SimTime to = std::min(t, g.rain->nextChange(from));
            const double intensity = g.rain->intensityAt(from);
            g.reservoir.advance(double(to - from) / 1000.0, intensity);
            g.rainMm += intensity * double(to - from) / double(sim::kHour);
            from = to;
        }
        g.rainMmPerHour = g.rain->intensityAt(t);
        g.dischargeM3s = g.reservoir.discharge();
        g.levelM = g.rating.level(g.dischargeM3s);
    }
    m_now = t;
}

void RainfallModel::handle(sim::Engine &engine, const sim::Event &event)
{
    if (event.kind != Update)
        return;
    update(engine);
    const sim::SimTime next = engine.now() + m_settings.update;
    if (next <= engine.endTime())
        engine.schedule(next, m_self, Update);
}

void RainfallModel::update(sim::Engine &engine)
{
    const sim::SimTime now = engine.now();
    advanceTo(now);
    const double hysteresis = m_settings.flood.hysteresisM;
    for (RainfallGauge &g : m_gauges) {
        if (g.levelM > g.peakLevelM) {
            g.peakLevelM = g.levelM;
            g.peakAt = now;
        }
        g.peakDischargeM3s = std::max(g.peakDischargeM3s, g.dischargeM3s);

        // Alarms: the live alarms' rule, so a simulated gauge alarms exactly as a real one would.
        const int next = AlarmEngine::nextLevel(g.site.thresholds, g.alarmLevel, g.levelM);
        if (next != g.alarmLevel) {
            engine.record(m_id, QStringLiteral("alarm"),
                          {{QStringLiteral("gauge"), g.site.sourceId}, {QStringLiteral("fid"), g.site.fid},
                           {QStringLiteral("name"), g.site.name}, {QStringLiteral("from"), g.alarmLevel},
                           {QStringLiteral("level"), next}, {QStringLiteral("water_level_m"), rounded(g.levelM)}});
            if (next > 0)
                ++g.alarmsRaised;
            g.alarmLevel = next;
            g.maxAlarmLevel = std::max(g.maxAlarmLevel, next);
            for (int l = 1; l <= next; ++l)
                if (g.reachedAt[std::size_t(l - 1)] < 0)
                    g.reachedAt[std::size_t(l - 1)] = now;
        }

        // Flooding, with the same hysteresis as the roads.
        const bool flooding = g.flooding ? g.levelM >= g.floodStageM - hysteresis : g.levelM >= g.floodStageM;
        if (flooding != g.flooding) {
            g.flooding = flooding;
            if (flooding && g.floodedAt < 0)
                g.floodedAt = now;
            engine.record(m_id, flooding ? QStringLiteral("flood_started") : QStringLiteral("flood_ended"),
                          {{QStringLiteral("gauge"), g.site.sourceId}, {QStringLiteral("water_level_m"), rounded(g.levelM)}});
        }

        // Roads: nearest the river first as the water rises; each back once the level is clearly below.
        std::vector<qint64> closing, opening;
        for (std::size_t i = 0; i < g.closingLevelM.size(); ++i) {
            const qint64 road = g.reach.roads()[i].roadId;
            if (!g.holding[i] && g.levelM >= g.closingLevelM[i]) {
                g.holding[i] = 1;
                ++g.roadsClosed;
                if (++m_holders[road] == 1) {
                    closing.push_back(road);
                    if (std::find(m_everClosed.begin(), m_everClosed.end(), road) == m_everClosed.end())
                        m_everClosed.push_back(road);
                }
            } else if (g.holding[i] && g.levelM < g.closingLevelM[i] - hysteresis) {
                g.holding[i] = 0;
                ++g.roadsReopened;
                if (--m_holders[road] == 0) {
                    m_holders.erase(road);
                    opening.push_back(road);
                }
            }
        }
        const QString cause = QStringLiteral("models.%1.gauges.%2").arg(m_id, g.site.sourceId);
        auto announce = [&](bool closed, const std::vector<qint64> &roads) {
            if (roads.empty())
                return;
            QJsonArray ids;
            for (qint64 r : roads)
                ids.append(r);
            engine.record(m_id, closed ? QStringLiteral("roads_closed") : QStringLiteral("roads_reopened"),
                          {{QStringLiteral("gauge"), g.site.sourceId}, {QStringLiteral("cause"), cause},
                           {QStringLiteral("count"), ids.size()}, {QStringLiteral("roads"), ids},
                           {QStringLiteral("water_level_m"), rounded(g.levelM)}});
            (closed ? m_closures : m_reopenings) += std::int64_t(roads.size());
            engine.events().publish(sim::RoadStateChange{now, closed, roads, cause});
        };
        announce(true, closing);
        announce(false, opening);
    }
    if (now >= m_nextSample) {
        for (RainfallGauge &g : m_gauges)
            g.series.push_back({now, g.levelM, g.dischargeM3s, g.rainMmPerHour, g.alarmLevel});
        m_nextSample = now + m_settings.sample;
    }
}

sim::FeatureState RainfallModel::gaugeState() const
{
    sim::FeatureState state;
    state.layer = QStringLiteral("sensor_sites");
    state.numberNames = {QStringLiteral("level"), QStringLiteral("water_level_m"), QStringLiteral("discharge_m3s"),
                         QStringLiteral("rain_mm_h")};
    state.textNames = {QStringLiteral("alert")};
    state.style = SensorStateSource::style();
    state.style.categories.push_back({QStringLiteral("flooding"), QStringLiteral("#0b3d91"),
                                      QStringLiteral(QT_TRANSLATE_NOOP("FeatureState", "flooding: roads closed"))});
    for (const RainfallGauge &g : m_gauges)
        state.append(g.site.fid, {double(g.alarmLevel), g.levelM, g.dischargeM3s, g.rainMmPerHour},
                     {g.flooding ? QStringLiteral("flooding") : QString()});
    return state;
}

void RainfallModel::contribute(sim::Snapshot &snapshot) const
{
    if (m_gauges.empty())
        return;
    snapshot.featureStates.push_back(gaugeState());
    int maxLevel = 0;
    QJsonArray flooding;
    for (const RainfallGauge &g : m_gauges) {
        maxLevel = std::max(maxLevel, g.alarmLevel);
        if (g.flooding)
            flooding.append(g.site.sourceId);
    }
    snapshot.extra.insert(m_id, QJsonObject{{QStringLiteral("max_alarm_level"), maxLevel},
                                            {QStringLiteral("roads_closed"), qint64(m_holders.size())},
                                            {QStringLiteral("flooding"), flooding}});
}

QJsonObject RainfallModel::kpis() const
{
    QJsonObject k;
    if (!m_problem.isEmpty())
        k.insert(QStringLiteral("problem"), m_problem);
    k.insert(QStringLiteral("gauges"), qint64(m_gauges.size()));
    k.insert(QStringLiteral("rain_peak_mm_h"), m_settings.rain.peakMmPerHour());
    if (!m_settings.rain.isConstant())
        k.insert(QStringLiteral("rain_total_mm"), rounded(m_settings.rain.totalMm(), 1));
    int maxLevel = 0, alarms = 0, flooded = 0;
    std::array<sim::SimTime, 4> first{-1, -1, -1, -1};
    QJsonObject peaks, gaugeLevels, perGauge;
    QJsonArray gauges;
    for (const RainfallGauge &g : m_gauges) {
        maxLevel = std::max(maxLevel, g.maxAlarmLevel);
        alarms += g.alarmsRaised;
        flooded += g.floodedAt >= 0 ? 1 : 0;
        for (std::size_t l = 0; l < 4; ++l)
            if (g.reachedAt[l] >= 0 && (first[l] < 0 || g.reachedAt[l] < first[l]))
                first[l] = g.reachedAt[l];
        peaks.insert(g.site.sourceId, rounded(g.peakLevelM));
        gaugeLevels.insert(g.site.sourceId, g.maxAlarmLevel);

        QJsonObject levels, reached;
        for (const Threshold &t : g.site.thresholds)
            levels.insert(t.level >= 1 && t.level <= 4 ? QLatin1String(kLevelKeys[t.level - 1]) : t.name, t.value);
        for (std::size_t l = 0; l < 4; ++l)
            reached.insert(QLatin1String(kLevelKeys[l]), timeOrNull(g.reachedAt[l]));
        QJsonArray series;
        for (const RainfallGauge::Sample &s : g.series)
            series.append(QJsonObject{{QStringLiteral("t"), sim::formatDuration(s.t)}, {QStringLiteral("level_m"), rounded(s.levelM)},
                                      {QStringLiteral("discharge_m3s"), rounded(s.dischargeM3s, 2)},
                                      {QStringLiteral("rain_mm_h"), s.rainMmPerHour}, {QStringLiteral("alarm_level"), s.alarmLevel}});
        QJsonObject o{{QStringLiteral("source_id"), g.site.sourceId},
                      {QStringLiteral("fid"), g.site.fid},
                      {QStringLiteral("name"), g.site.name},
                      {QStringLiteral("river"), g.reach.river()},
                      {QStringLiteral("catchment_km2"), g.site.catchmentKm2},
                      {QStringLiteral("catchment_source"), g.catchmentSource},
                      {QStringLiteral("runoff_coefficient"), g.reservoir.runoffCoefficient()},
                      {QStringLiteral("storage_h"), rounded(g.reservoir.storageSeconds() / 3600.0)},
                      {QStringLiteral("base_flow_m3s"), rounded(g.reservoir.baseFlow(), 3)},
                      {QStringLiteral("design_discharge_m3s"), rounded(g.designDischarge, 1)},
                      {QStringLiteral("rating"), QJsonObject{{QStringLiteral("h0"), g.rating.h0}, {QStringLiteral("a"), g.rating.a},
                                                             {QStringLiteral("b"), g.rating.b}, {QStringLiteral("source"), g.ratingSource}}},
                      {QStringLiteral("thresholds"), levels},
                      {QStringLiteral("threshold_source"), g.thresholdSource},
                      {QStringLiteral("flood_stage_m"), rounded(g.floodStageM)},
                      {QStringLiteral("rain_mm"), rounded(g.rainMm, 1)},
                      {QStringLiteral("peak_level_m"), rounded(g.peakLevelM)},
                      {QStringLiteral("peak_at"), sim::formatDuration(g.peakAt)},
                      {QStringLiteral("peak_discharge_m3s"), rounded(g.peakDischargeM3s, 1)},
                      {QStringLiteral("max_alarm_level"), g.maxAlarmLevel},
                      {QStringLiteral("reached"), reached},
                      {QStringLiteral("alarms_raised"), g.alarmsRaised},
                      {QStringLiteral("flooded_at"), timeOrNull(g.floodedAt)},
                      {QStringLiteral("roads_near"), qint64(g.reach.roads().size())},
                      {QStringLiteral("roads_closed"), g.roadsClosed},
                      {QStringLiteral("roads_reopened"), g.roadsReopened},
                      {QStringLiteral("series"), series}};
        if (!g.reach.problem().isEmpty())
            o.insert(QStringLiteral("flood_reach_problem"), g.reach.problem());
        gauges.append(o);
    }
    QJsonObject firstAt;
    for (std::size_t l = 0; l < 4; ++l)
        firstAt.insert(QLatin1String(kLevelKeys[l]), timeOrNull(first[l]));
    k.insert(QStringLiteral("max_alarm_level"), maxLevel);
    k.insert(QStringLiteral("alarms_raised"), alarms);
    k.insert(QStringLiteral("first_reached"), firstAt);
    k.insert(QStringLiteral("flooded_gauges"), flooded);
    QJsonArray everClosed;
    for (qint64 r : m_everClosed)
        everClosed.append(r);
    k.insert(QStringLiteral("roads_closed"), qint64(m_everClosed.size()));
    k.insert(QStringLiteral("road_closures"), qint64(m_closures));
    k.insert(QStringLiteral("road_reopenings"), qint64(m_reopenings));
    k.insert(QStringLiteral("roads_closed_at_end"), qint64(m_holders.size()));
    k.insert(QStringLiteral("closed_road_ids"), everClosed);
    k.insert(QStringLiteral("peak_level_m"), peaks);
    k.insert(QStringLiteral("max_alarm_level_by_gauge"), gaugeLevels);
    k.insert(QStringLiteral("per_gauge"), gauges);
    return k;
}

} // namespace ct::sensors
