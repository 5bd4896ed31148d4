// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "ct/safety/alertsimulationmodel.h"

#include "ct/safety/hotspotfinder.h"
#include "ct/safety/kerneldensity.h"
#include "ct/sim/engine.h"
#include "ct/sim/scenario.h"
#include "ct/sim/snapshot.h"

#include <QJsonArray>
#include <QTimeZone>

namespace ct::safety {

namespace {
enum Kind { Raise = 1 };
constexpr sim::SimTime kWeek = 7 * 24 * sim::kHour;
}

AlertSimulationModel::AlertSimulationModel(const sim::ModelContext &context, std::optional<AlertGenerator> generator,
                                           double bandwidthMetres, QString problem)
    : m_id(context.id),
      m_generator(std::move(generator)),
      m_random(context.random()),
      m_start(context.scenario.start.isValid() ? context.scenario.start.toUTC()
                                               : QDateTime(QDate(2026, 1, 1), QTime(0, 0), QTimeZone(9 * 3600)).toUTC()),
      m_days(double(context.scenario.duration) / double(24 * sim::kHour)),
      m_bandwidth(bandwidthMetres),
      m_problem(std::move(problem))
{
}

void AlertSimulationModel::start(sim::Engine &engine)
{
    for (int i = 0; i < engine.modelCount(); ++i)
        if (engine.model(i) == this)
            m_self = i;
    if (!m_generator)
        return;
    m_planned = m_generator->generate(m_random, m_start, m_days);
    for (std::size_t i = 0; i < m_planned.size(); ++i)
        engine.schedule(sim::SimTime(m_start.msecsTo(m_planned[i].at)), m_self, Raise, std::int64_t(i));
}

void AlertSimulationModel::handle(sim::Engine &engine, const sim::Event &event)
{
    if (event.kind != Raise || event.a < 0 || std::size_t(event.a) >= m_planned.size())
        return;
    const AlertGenerator::Generated &g = m_planned[std::size_t(event.a)];
    m_raised.push_back(g);
    m_raisedAt.push_back(engine.now());
    QJsonObject payload{{QStringLiteral("number"), qint64(m_raised.size())},
                        {QStringLiteral("at"), g.at.toTimeZone(QTimeZone(9 * 3600)).toString(Qt::ISODate)},
                        {QStringLiteral("category"), categoryKey(g.category)},
                        {QStringLiteral("category_ja"), categoryJapanese(g.category)},
                        {QStringLiteral("x"), g.location.x},
                        {QStringLiteral("y"), g.location.y},
                        {QStringLiteral("origin"), AlertGenerator::originKey(g.origin)}};
    if (g.schoolFid)
        payload.insert(QStringLiteral("school_fid"), *g.schoolFid);
    engine.record(m_id, QStringLiteral("alert"), payload);
}

QJsonObject AlertSimulationModel::kpis() const
{
    QJsonObject k;
    if (!m_problem.isEmpty())
        k.insert(QStringLiteral("problem"), m_problem);
    k.insert(QStringLiteral("alerts"), qint64(m_raised.size()));
    k.insert(QStringLiteral("days"), m_days);
    QJsonObject byCategory, byOrigin;
    QJsonArray byHour;
    std::array<int, 24> hours{};
    std::vector<geo::Point> points;
    for (const auto &g : m_raised) {
        byCategory[categoryKey(g.category)] = byCategory.value(categoryKey(g.category)).toInt() + 1;
        byOrigin[AlertGenerator::originKey(g.origin)] = byOrigin.value(AlertGenerator::originKey(g.origin)).toInt() + 1;
        ++hours[std::size_t(g.at.toTimeZone(QTimeZone(9 * 3600)).time().hour())];
        points.push_back(g.location);
    }
    for (int h : hours)
        byHour.append(h);
    k.insert(QStringLiteral("by_category"), byCategory);
    k.insert(QStringLiteral("by_origin"), byOrigin);
    k.insert(QStringLiteral("by_hour_jst"), byHour);
    if (!points.empty()) {
        geo::Envelope extent;
        for (const auto &p : points)
            extent.expand(p);
        const DensityGrid grid = KernelDensity::compute(points, extent, 100.0, m_bandwidth);
        QJsonArray top;
        for (const Hotspot &h : HotspotFinder::find(grid, HotspotFinder::defaultThreshold(grid))) {
            if (h.rank > 3)
                break;
            top.append(QJsonObject{{QStringLiteral("rank"), h.rank}, {QStringLiteral("x"), h.peak.x}, {QStringLiteral("y"), h.peak.y},
                                   {QStringLiteral("peak_per_km2"), h.peakDensity}, {QStringLiteral("alerts"), h.expectedAlerts}});
        }
        k.insert(QStringLiteral("hotspots"), top);
    }
    return k;
}

void AlertSimulationModel::contribute(sim::Snapshot &snapshot) const
{
    // Schools coloured by the alerts near them in the week before the snapshot.
    QHash<qint64, int> recent;
    for (std::size_t i = 0; i < m_raised.size(); ++i)
        if (m_raised[i].schoolFid && snapshot.time - m_raisedAt[i] <= kWeek)
            ++recent[*m_raised[i].schoolFid];
    sim::FeatureState state;
    state.layer = QStringLiteral("schools");
    state.numberNames = {QStringLiteral("alerts_7d")};
    QList<qint64> fids = recent.keys();
    std::sort(fids.begin(), fids.end());
    for (qint64 fid : fids)
        state.append(fid, {double(recent.value(fid))});
    state.style.title = QStringLiteral("Safety alerts near the school (7 days)");
    state.style.colorBy = QStringLiteral("alerts_7d");
    state.style.colorStops = {{0, QStringLiteral("#1a9850"), QStringLiteral("0")},
                              {2, QStringLiteral("#fee08b"), QStringLiteral("2")},
                              {5, QStringLiteral("#d73027"), QStringLiteral("5+")}};
    snapshot.featureStates.push_back(std::move(state));
    snapshot.extra.insert(m_id, QJsonObject{{QStringLiteral("alerts"), qint64(m_raised.size())}});
}

} // namespace ct::safety
