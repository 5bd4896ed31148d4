// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "ct/damage/damagesummary.h"

#include "ct/damage/damagereader.h"
#include "ct/routing/liveclosures.h"

#include <QHash>

#include <set>

namespace ct::damage {

core::Result<DamageSummary> DamageSummary::at(const store::TwinStore &store, const QDateTime &moment)
{
    DamageSummary summary;
    const DamageReader reader(store);
    if (!reader.hasSchema())
        return summary;
    auto steps = reader.allSteps(moment);
    if (!steps)
        return steps.error();
    // The state each report had at `moment`: its last step by then (steps come oldest first).
    QHash<qint64, TriageState> stateAt;
    for (const TriageStep &s : steps.value())
        stateAt.insert(s.reportFid, s.to);
    auto reports = reader.reports();
    if (!reports)
        return reports.error();
    for (const DamageReport &r : reports.value()) {
        const auto it = stateAt.constFind(r.fid);
        if (it == stateAt.constEnd())
            continue; // entered after the moment
        ++summary.m_counts[std::size_t(r.category)][std::size_t(*it)];
        if (!isFinal(*it) && r.severity >= 4)
            ++summary.m_severeOpen;
    }
    auto closures = routing::LiveClosures::active(store, moment);
    if (!closures)
        return closures.error();
    std::set<qint64> roads;
    for (const auto &c : closures.value()) {
        if (c.source.startsWith(QLatin1String("damage:")))
            roads.insert(c.roadFid);
    }
    summary.m_closedRoads = int(roads.size());
    return summary;
}

int DamageSummary::total(DamageCategory category) const
{
    int sum = 0;
    for (int s = 0; s < kStates; ++s)
        sum += m_counts[std::size_t(category)][std::size_t(s)];
    return sum;
}

int DamageSummary::total(TriageState state) const
{
    int sum = 0;
    for (int c = 0; c < kCategories; ++c)
        sum += m_counts[std::size_t(c)][std::size_t(state)];
    return sum;
}

int DamageSummary::total() const
{
    int sum = 0;
    for (int c = 0; c < kCategories; ++c)
        sum += total(DamageCategory(c));
    return sum;
}

int DamageSummary::open() const
{
    return total(TriageState::New) + total(TriageState::Verified) + total(TriageState::Assigned);
}

} // namespace ct::damage
