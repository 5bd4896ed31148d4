// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include "ct/core/actor.h"
#include "ct/core/result.h"
#include "ct/safety/alert.h"

#include <QDateTime>
#include <QObject>
#include <QVariantMap>

#include <vector>

namespace ct::store {
class TwinStore;
}

namespace ct::safety {

/// \brief The analysis settings the safety overlays of the main map use: the same as the safety
/// panel's (SafetyController shares them as the session's view settings of plugin "safety"),
/// with the panel's defaults when the panel has not said anything.
struct AlertOverlaySettings
{
    double bandwidthMetres = 400.0;  //!< KDE kernel radius
    double cellMetres = 50.0;        //!< KDE grid cell
    int windowDays = 90;             //!< recency window: alerts older than this are not shown
    double nearRepeatMetres = 200.0;
    int nearRepeatDays = 14;
    QDateTime now;                   //!< end of the window; invalid = the current time

    /// Keys as SafetyController's properties: bandwidthMetres, cellMetres, windowDays,
    /// nearRepeatMetres, nearRepeatDays, now. Missing or unusable values keep the defaults.
    static AlertOverlaySettings fromVariantMap(const QVariantMap &map);
    QVariantMap toVariantMap() const;
    QDateTime effectiveNow() const { return now.isValid() ? now : QDateTime::currentDateTimeUtc(); }
    /// 1 for an alert of now, fading linearly to 0.15 at the start of the window (the panel's
    /// fading).
    double recency(const Alert &alert) const;
    /// The alerts of the window `actor` may see, through AlertReader (exact for police liaison,
    /// generalised to the 100 m cell for the others, refused for roles without the right);
    /// retracted alerts are left out.
    core::Result<std::vector<Alert>> readAlerts(const store::TwinStore &twin, const core::Actor &actor) const;
    /// Hands these settings to the console session `twin` (a plugin::TwinAccess) as the view
    /// settings of plugin "safety", so the main map's safety overlays use what the panel shows.
    /// Does nothing for other objects (tests without a session).
    void shareWith(QObject *twin) const;
};

} // namespace ct::safety
