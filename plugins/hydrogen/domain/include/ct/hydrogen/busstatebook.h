// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include "ct/core/actor.h"
#include "ct/core/result.h"
#include "ct/hydrogen/busstate.h"

#include <QDateTime>

#include <functional>
#include <optional>
#include <vector>

namespace ct::store {
class TwinStore;
}

namespace ct::hydrogen {

/// \brief A bus's recorded state change (`hydrogen_bus_state_history`).
struct BusStateChange
{
    QDateTime at;
    QString busId;
    QString fromState;         //!< empty for the first change
    QString toState;
    double energyKwh = 0.0;
    QString operatorName;
    QString role;
};

/// \brief Changes a bus's state and energy as an operator action: one TwinStore::perform()
/// (`hydrogen.set-bus-state`, target "bus:<bus_id>") writes `hydrogen_bus_state`, the
/// `fuel_cell_buses` feature (so map, panel and inspector show it) and the history, with the
/// state before and after in the audit row. Refused, writing nothing, when the role lacks the
/// grant, the bus is unknown, the change is not allowed (isAllowedTransition()) or the energy is
/// outside 0..tank.
class BusStateBook
{
public:
    using Clock = std::function<QDateTime()>;

    explicit BusStateBook(store::TwinStore &twin, Clock clock = {});

    static QString target(const QString &busId) { return QStringLiteral("bus:") + busId; }

    /// Moves the bus to `to`; with `energyKwh` also sets its energy. Setting only the energy
    /// (`to` equal to the current state) is allowed.
    core::Status setState(const core::Actor &actor, const QString &busId, BusState to,
                          std::optional<double> energyKwh = std::nullopt);
    /// Oldest first.
    core::Result<std::vector<BusStateChange>> history(const QString &busId) const;

private:
    store::TwinStore &m_twin;
    Clock m_clock;
};

} // namespace ct::hydrogen
