// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include "ct/core/actor.h"
#include "ct/core/result.h"
#include "ct/safety/alertstatus.h"

#include <QString>

#include <optional>

namespace ct::safety {

/// \brief Who sees which alerts, and in how much detail — the read side of the safety rules.
///
/// The write side (who may record, verify, publish…) is granted in `ct_permission` and checked by
/// TwinStore::perform(). Reading is decided here and applied by AlertStore before any field
/// leaves the store, so the panel, the exports and the command line all get the same answer:
///
/// | role                         | own school's alerts | other alerts                               |
/// |------------------------------|---------------------|--------------------------------------------|
/// | police-liaison, system       | full                | full (every status)                        |
/// | school-liaison               | full (every status) | generalised, only published or closed      |
/// | hq-commander, planner, administrator | —           | generalised, only published or closed      |
/// | mobility-dispatcher, shelter-staff   | —           | none (reading is refused)                  |
///
/// "Own school" means the alert's school fid is in the actor's bindings as "school:<fid>".
/// Received, verified and retracted alerts are unconfirmed or withdrawn: only the police and the
/// alert's school see them.
class AccessPolicy
{
public:
    enum class Detail { None, Generalised, Full };

    /// The binding key of a school: "school:<fid>".
    static QString schoolBinding(qint64 schoolFid);
    /// Whether `actor` may read safety alerts at all; Refused (naming the role) otherwise.
    static core::Status mayRead(const core::Actor &actor);
    /// Whether `actor` may ever see personal data or exact places (police, system, school liaison).
    static bool maySeeAnyFull(const core::Actor &actor);
    /// How much of one alert `actor` sees.
    static Detail detailFor(const core::Actor &actor, std::optional<qint64> schoolFid, AlertStatus status);
};

} // namespace ct::safety
