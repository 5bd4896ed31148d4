// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include "ct/core/actor.h"
#include "ct/core/result.h"
#include "ct/hydrogen/dispatchorder.h"
#include "ct/hydrogen/dispatchplan.h"
#include "ct/hydrogen/dispatchproblem.h"

#include <QDateTime>

#include <functional>
#include <optional>
#include <vector>

namespace ct::store {
class TwinStore;
}

namespace ct::hydrogen {

/// \brief An accepted plan as recorded (`hydrogen_dispatch_plan`).
struct AcceptedPlan
{
    qint64 id = 0;
    QDateTime acceptedAt;
    QString acceptedBy;
    QString role;
    QDateTime startsAt;
    double horizonHours = 0.0;
    double coveredPersonHours = 0.0;
    double baselinePersonHours = 0.0;
    QString algorithm;
};

/// \brief The dispatch orders of accepted power plans, in `hydrogen_dispatch_order`.
///
/// accept() turns a plan into one order per stop (in one TwinStore::perform(),
/// `hydrogen.accept-plan`, target "power-plan") and cancels the still pending orders of earlier
/// plans; setState() moves one order along its lifecycle (`hydrogen.update-order`, target
/// "order:<id>"). Each writes one audit row with the state before and after.
class DispatchOrderBook
{
public:
    using Clock = std::function<QDateTime()>;

    explicit DispatchOrderBook(store::TwinStore &twin, Clock clock = {});

    static QString planTarget() { return QStringLiteral("power-plan"); }
    static QString orderTarget(qint64 orderId) { return QStringLiteral("order:%1").arg(orderId); }

    /// Records `plan` (times from `startsAt`) as orders. Refuses an infeasible plan, a plan
    /// whose sizes do not match `problem`, or one without any stop. Returns the plan id.
    core::Result<qint64> accept(const core::Actor &actor, const DispatchProblem &problem, const DispatchPlan &plan,
                                const QDateTime &startsAt, std::optional<double> baselinePersonHours = std::nullopt);
    core::Status setState(const core::Actor &actor, qint64 orderId, OrderState to);

    /// Orders of the newest accepted plan (all plans when `allPlans`), by plan, bus, sequence.
    core::Result<std::vector<DispatchOrder>> orders(bool allPlans = false) const;
    /// Orders of one plan, by bus and sequence.
    core::Result<std::vector<DispatchOrder>> ordersOfPlan(qint64 planId) const;
    /// The newest plan accepted at or before `at` (any time when invalid), if any.
    core::Result<std::optional<AcceptedPlan>> latestPlan(const QDateTime &at = {}) const;

private:
    store::TwinStore &m_twin;
    Clock m_clock;
};

} // namespace ct::hydrogen
