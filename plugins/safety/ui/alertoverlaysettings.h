// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include "ct/core/actor.h"
#include "ct/core/result.h"
#include "ct/safety/alert.h"
#include "ct/safety/analysisparameters.h"

#include <QDateTime>
#include <QObject>
#include <QVariantMap>

#include <vector>

namespace ct::store {
class TwinStore;
}

namespace ct::safety {

/// \brief What the safety overlays of the main map are computed with: the safety panel's
/// analysis parameters and its "now" (SafetyController shares them as the session's view
/// settings of plugin "safety"), the defaults when the panel has not said anything.
struct AlertOverlaySettings
{
    AnalysisParameters parameters;   //!< bandwidth, cell, recency window, near-repeat distance/days
    QDateTime now;                   //!< end of the window; invalid = the current time
    qint64 runId = 0;                //!< alerts of this recorded run (RecordedAlertReader); 0 = the live alerts

    /// Keys as SafetyController's properties: bandwidthMetres, cellMetres, windowDays,
    /// nearRepeatMetres, nearRepeatDays, now, runId. A missing value or one outside
    /// AnalysisParameters::ranges() keeps the default.
    static AlertOverlaySettings fromVariantMap(const QVariantMap &map);
    QVariantMap toVariantMap() const;
    QDateTime effectiveNow() const { return now.isValid() ? now : QDateTime::currentDateTimeUtc(); }
    /// 1 for an alert of now, fading linearly to 0.15 at the start of the window (the panel's
    /// fading).
    double recency(const Alert &alert) const;
    /// The alerts of the window `actor` may see, through AlertReader (exact for police liaison,
    /// generalised to the 100 m cell for the others, refused for roles without the right);
    /// retracted alerts are left out. With `runId` the generated alerts of that recorded run
    /// instead (RecordedAlertReader, same access rules), never the live ones.
    core::Result<std::vector<Alert>> readAlerts(const store::TwinStore &twin, const core::Actor &actor) const;
    /// Hands these settings to the console session `twin` (a plugin::TwinAccess) as the view
    /// settings of plugin "safety", so the main map's safety overlays use what the panel shows.
    /// Does nothing for other objects (tests without a session).
    void shareWith(QObject *twin) const;
};

} // namespace ct::safety
