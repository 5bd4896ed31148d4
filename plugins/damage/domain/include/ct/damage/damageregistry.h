// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include "ct/core/actor.h"
#include "ct/core/result.h"
#include "ct/damage/closurepolicy.h"
#include "ct/damage/damagereader.h"
#include "ct/damage/damagereport.h"
#include "ct/damage/duplicatefinder.h"
#include "ct/damage/newdamagereport.h"
#include "ct/damage/triagestep.h"
#include "ct/routing/roadclosure.h"

#include <QByteArray>
#include <QDateTime>

#include <functional>
#include <vector>

namespace ct::store {
class TwinStore;
}

namespace ct::damage {

/// \brief Damage reports in a twin: entering them, moving them through the triage queue, and
/// the road closures that verified road_blocked and flooding reports impose.
///
/// Every change goes through TwinStore::perform(): the store checks the actor's grant
/// (damage.report, damage.triage, damage.resolve), writes in one transaction and appends one
/// audit row with the report before and after. A change that is refused — bad fields, an
/// illegal transition, a missing grant — writes nothing. The registry keeps no state of its own
/// besides the policy and the clock: any number of registries may work on one store.
///
/// Closures: verifying a road_blocked or flooding report closes the roads ClosurePolicy picks
/// (routing::LiveClosures, source "damage:<fid>"); resolving it or marking it a duplicate
/// reopens them (another report's closures of the same roads stay).
class DamageRegistry
{
public:
    explicit DamageRegistry(store::TwinStore &store, ClosurePolicy policy = {});

    /// Replaces the clock (tests, replays); the default is the system's UTC time.
    void setClock(std::function<QDateTime()> clock);
    QDateTime now() const;
    const ClosurePolicy &closurePolicy() const { return m_policy; }

    /// A WGS84 position (degrees) in the twin's CRS (EPSG:6677 metres).
    static core::Result<geo::Point> fromLonLat(double longitude, double latitude);
    /// The WGS84 position of a point of the twin, as (longitude, latitude).
    static core::Result<geo::Point> toLonLat(geo::Point position);

    // --- writing --------------------------------------------------------------------------------
    /// Checks a new report without writing: every field, the photo, the point inside the city
    /// boundary. The error names the field ("severity: must be 1 to 5, not 6").
    core::Status validate(const NewDamageReport &report) const;
    /// Enters a report (state new) as `actor` (damage.report). Returns its fid.
    core::Result<qint64> submit(const core::Actor &actor, const NewDamageReport &report);
    /// new → verified (damage.triage); closes roads for road_blocked and flooding.
    core::Status verify(const core::Actor &actor, qint64 fid, const QString &note = {});
    /// verified or assigned → assigned to `assignee` (damage.triage).
    core::Status assign(const core::Actor &actor, qint64 fid, const QString &assignee);
    /// assigned → resolved (damage.resolve); reopens the roads the report closed.
    core::Status resolve(const core::Actor &actor, qint64 fid, const QString &note = {});
    /// new, verified or assigned → duplicate of `originalFid` (damage.triage); reopens the roads
    /// the report closed. The original must exist, differ, and not be a duplicate itself.
    core::Status markDuplicate(const core::Actor &actor, qint64 fid, qint64 originalFid);

    // --- reading --------------------------------------------------------------------------------
    //! Reports, photos, steps and closures of this twin.
    const DamageReader &reader() const { return m_reader; }
    /// Reports that likely describe the same damage as report `fid` (DuplicateFinder).
    core::Result<std::vector<DuplicateCandidate>> suggestDuplicates(qint64 fid, const DuplicateFinder::Options &options) const;
    core::Result<std::vector<DuplicateCandidate>> suggestDuplicates(qint64 fid) const
    {
        return suggestDuplicates(fid, DuplicateFinder::Options());
    }

private:
    core::Status transition(const core::Actor &actor, qint64 fid, TriageState to, const QString &action,
                            const QString &note, qint64 duplicateOf);
    store::TwinStore &m_store;
    DamageReader m_reader;
    ClosurePolicy m_policy;
    std::function<QDateTime()> m_clock;
};

} // namespace ct::damage
