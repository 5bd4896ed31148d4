// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include "powersource.h"
#include "shelterlifecycle.h"
#include "statuschange.h"
#include "timestamp.h"

#include "ct/core/actor.h"
#include "ct/core/result.h"

#include <vector>

namespace ct::store {
class TwinStore;
}

namespace ct::shelters {

/// \brief The operator's actions on shelters: lifecycle steps, check-in and check-out, stock,
/// power, medical-care counts.
///
/// Every action is one TwinStore::perform(): the store checks `ct_permission` for the actor
/// (HQ on any shelter, staff on bound ones; the action names are in ShelterSchema), the change
/// and its audit row are one transaction, and a refused or invalid action writes nothing. The
/// audit target is "shelter:<fid>", the scope key shelter staff are bound to.
class ShelterRegistry
{
public:
    explicit ShelterRegistry(store::TwinStore &store, Clock clock = {});

    //! "shelter:<fid>": the permission target and audit target of a shelter.
    static QString target(qint64 fid) { return QStringLiteral("shelter:%1").arg(fid); }

    //! One lifecycle step (see ShelterLifecycle); recorded in `shelter_status_history`.
    core::Status transition(const core::Actor &actor, qint64 fid, ShelterStatus to, const QString &note = {});
    //! Adds `persons` (> 0) to the occupancy. Refused unless the shelter admits evacuees; going
    //! over capacity is allowed (the congestion flags it).
    core::Status checkIn(const core::Actor &actor, qint64 fid, int persons);
    //! Removes `persons` (> 0); refused when fewer are inside.
    core::Status checkOut(const core::Actor &actor, qint64 fid, int persons);
    //! Sets the counted quantity of a stock item (≥ 0), e.g. after a stocktake.
    core::Status setStock(const core::Actor &actor, qint64 fid, const QString &item, double quantity);
    //! Adds `delta` to a stock item (a delivery, > 0, or use, < 0); refused below zero.
    core::Status adjustStock(const core::Actor &actor, qint64 fid, const QString &item, double delta);
    core::Status setPower(const core::Actor &actor, qint64 fid, PowerSource source);
    //! HQ's estimate of the outage the shelter must bridge (hours, ≥ 0; default 72).
    core::Status setExpectedOutage(const core::Actor &actor, qint64 fid, double hours);
    //! Persons needing one kind of continued care (≥ 0); counts only.
    core::Status setMedicalCount(const core::Actor &actor, qint64 fid, const QString &need, int persons);

    //! The lifecycle steps of a shelter, oldest first.
    core::Result<std::vector<StatusChange>> history(qint64 fid) const;

    //! Largest check-in or check-out of one action (guards against typing errors and overflow).
    static constexpr int kMaxPersonsPerAction = 100000;

private:
    core::Status changeOccupancy(const core::Actor &actor, qint64 fid, int delta, const QString &action);
    core::Status writeStock(const core::Actor &actor, qint64 fid, const QString &item, double value, bool relative);

    store::TwinStore &m_store;
    Clock m_clock;
};

} // namespace ct::shelters
