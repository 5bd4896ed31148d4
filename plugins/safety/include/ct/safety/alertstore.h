// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include "ct/core/actor.h"
#include "ct/core/result.h"
#include "ct/safety/alert.h"
#include "ct/safety/alertdraft.h"
#include "ct/safety/alertfilter.h"
#include "ct/safety/alertstep.h"
#include "ct/safety/validatedalert.h"

#include <QDateTime>

#include <functional>
#include <vector>

namespace ct::store {
class TwinStore;
}

namespace ct::safety {

/// \brief The safety alerts of a twin: intake and lifecycle (reading goes through AlertReader).
///
/// Every change is one TwinStore::perform() (permission check, one transaction, one audit row)
/// plus a row in `safety_alert_step` naming the operator. The audit rows carry no personal data
/// and no exact place (the audit log is readable by administrators, who may not see them).
class AlertStore
{
public:
    using Clock = std::function<QDateTime()>;

    /// `clock` gives "now" (UTC) for the future-time check and the step times; the system clock
    /// when empty.
    explicit AlertStore(store::TwinStore &twin, Clock clock = {});

    /// Checks `draft` (AlertValidator) and stores it as received. Permission "safety.record" on
    /// target "school:<fid>/safety_alert" when the alert concerns a school, else "safety_alert".
    /// Returns the new alert's id.
    core::Result<qint64> record(const core::Actor &actor, const AlertDraft &draft);
    /// One lifecycle step (verify, publish, close, retract). Retracting needs a reason. Refused
    /// when the lifecycle does not allow it from the alert's current status. Publishing writes
    /// the bilingual notice and the outbox entries in the same transaction.
    core::Status transition(const core::Actor &actor, qint64 alertId, AlertStatus to, const QString &reason = {});

    /// AlertReader::alerts() on this store.
    core::Result<std::vector<Alert>> alerts(const core::Actor &actor, const AlertFilter &filter = {}) const;
    /// One alert; NotFound when it does not exist or `actor` may not see it.
    core::Result<Alert> alert(const core::Actor &actor, qint64 alertId) const;
    /// The lifecycle steps of one alert `actor` may see, oldest first.
    core::Result<std::vector<AlertStep>> history(const core::Actor &actor, qint64 alertId) const;

    /// Writes a checked alert in the transaction the caller has open (importers, the generator's
    /// recording): the alert, its personal data and its first step. No permission check — the
    /// caller's perform() did it.
    static core::Result<qint64> insert(store::TwinStore &twin, const ValidatedAlert &alert, AlertStatus status,
                                       const QString &origin, const core::Actor &recordedBy, const QDateTime &now);
    /// The permission target of an alert (or of a new one when `alertId` is 0).
    static QString target(std::optional<qint64> schoolFid, qint64 alertId = 0);

private:
    QDateTime now() const;
    store::TwinStore &m_twin;
    Clock m_clock;
};

} // namespace ct::safety
