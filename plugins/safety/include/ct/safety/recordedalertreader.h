// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include "ct/core/actor.h"
#include "ct/core/result.h"
#include "ct/safety/alert.h"
#include "ct/safety/alertfilter.h"

#include <QDateTime>
#include <QString>

#include <vector>

namespace ct::store {
class TwinStore;
}

namespace ct::safety {

/// \brief The synthetic alerts of a recorded simulation run (the "safety"/"alert" rows of
/// `sim_event` that AlertSimulationModel recorded), read as Alerts for the analysis and the map
/// overlays; the live alert tables are neither read nor written.
///
/// Generated alerts carry no personal data, no address and no free text. They count as
/// published (a simulated public alert) and pass through the same AccessPolicy as live ones:
/// roles that may not read alerts are refused, police liaison sees the generated place, a school
/// liaison the exact place near their own school, everybody else the 100 m cell centre
/// (LocationGeneraliser). Their ids are the run's alert numbers (1, 2, …), origin "simulation".
class RecordedAlertReader
{
public:
    /// A recorded run that holds generated alerts.
    struct Run
    {
        qint64 id = 0;
        QString name;         //!< the scenario's name
        QDateTime start;      //!< simulated time 0 (UTC)
        QDateTime end;        //!< the simulated time reached (UTC)
        int alerts = 0;
    };

    explicit RecordedAlertReader(const store::TwinStore &twin) : m_twin(twin) {}

    /// The recorded runs with at least one generated alert, oldest first (empty without run tables).
    core::Result<std::vector<Run>> runs() const;
    /// One of them; NotFound for another id or a run without alerts.
    core::Result<Run> run(qint64 runId) const;
    /// The run's alerts `actor` may see, by time then number; `filter.from`/`to` bound the time
    /// (`to` excluded), statuses other than published leave nothing, `filter.id` picks one.
    core::Result<std::vector<Alert>> alerts(const core::Actor &actor, qint64 runId, const AlertFilter &filter = {}) const;

    //! The `sim_event` source and kind of a generated alert.
    static QString eventSource() { return QStringLiteral("safety"); }
    static QString eventKind() { return QStringLiteral("alert"); }

private:
    const store::TwinStore &m_twin;
};

} // namespace ct::safety
