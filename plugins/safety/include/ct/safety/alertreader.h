// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include "ct/core/actor.h"
#include "ct/core/result.h"
#include "ct/safety/alert.h"
#include "ct/safety/alertfilter.h"
#include "ct/safety/alertstep.h"

#include <vector>

namespace ct::store {
class TwinStore;
}

namespace ct::safety {

/// \brief The only reader of the alert tables: applies AccessPolicy before a field leaves it.
///
/// Roles that may never see personal data do not have `safety_alert_personal` queried at all;
/// generalised rows are built without the address, school or exact location (the location is
/// snapped by LocationGeneraliser before it is returned). The panel, the exports, the analysis and
/// the command line all read through here.
class AlertReader
{
public:
    explicit AlertReader(const store::TwinStore &twin) : m_twin(twin) {}

    /// The alerts `actor` may see, in the detail they may see them, by time then id. Refused for
    /// roles that may not read alerts at all.
    core::Result<std::vector<Alert>> alerts(const core::Actor &actor, const AlertFilter &filter = {}) const;
    /// One alert; NotFound when it does not exist or `actor` may not see it.
    core::Result<Alert> alert(const core::Actor &actor, qint64 alertId) const;
    /// The lifecycle steps of one alert `actor` may see, oldest first.
    core::Result<std::vector<AlertStep>> history(const core::Actor &actor, qint64 alertId) const;

private:
    const store::TwinStore &m_twin;
};

} // namespace ct::safety
