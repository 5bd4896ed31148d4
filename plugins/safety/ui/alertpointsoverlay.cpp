// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "alertpointsoverlay.h"

#include "alertoverlaysettings.h"

#include "ct/safety/nearrepeat.h"

#include <QCoreApplication>

#include <algorithm>

namespace ct::safety {

plugin::LayerDescriptor AlertPointsOverlay::descriptor() const
{
    auto d = plugin::LayerDescriptor::points(QString::fromLatin1(kId),
                                             QStringLiteral(QT_TRANSLATE_NOOP("LayerTitles", "Safety alerts (recent)")),
                                             QStringLiteral("safety"), alertColor().name(), plugin::LayerDescriptor::Symbol::Circle,
                                             kSymbolPixels, 95);
    return d;
}

core::Result<plugin::Overlay> AlertPointsOverlay::read(const store::TwinStore &twin, const core::Actor &actor,
                                                       const QVariantMap &settingsMap) const
{
    const AlertOverlaySettings settings = AlertOverlaySettings::fromVariantMap(settingsMap);
    auto alerts = settings.readAlerts(twin, actor);
    if (!alerts)
        return alerts.error();
    std::vector<NearRepeat::Event> events;
    events.reserve(alerts->size());
    for (const Alert &a : *alerts)
        events.push_back({a.id, a.location, a.occurredFrom});
    const std::vector<qint64> repeats =
        NearRepeat::flagged(NearRepeat::pairs(events, settings.parameters.nearRepeatMetres, settings.parameters.nearRepeatDays));

    plugin::Overlay overlay;
    int generalised = 0;
    // Oldest first, so that the newest symbols are drawn on top.
    for (const Alert &a : *alerts) {
        const bool repeat = std::binary_search(repeats.begin(), repeats.end(), a.id);
        QColor c = repeat ? nearRepeatColor() : alertColor();
        c.setAlphaF(float(settings.recency(a)));
        overlay.points.push_back({a.location, c, repeat ? kNearRepeatPixels : kSymbolPixels});
        // A click selects the alert in the panel's list (live alerts only: a recorded run's are
        // numbered within the run). The alert's number, as the list shows it; nothing personal.
        if (settings.runId == 0)
            overlay.points.back().featureId = QString::number(a.id);
        generalised += a.detail == Alert::Detail::Generalised ? 1 : 0;
    }
    QColor faded = alertColor();
    faded.setAlphaF(0.15f);
    overlay.legend = {
        {alertColor(), QCoreApplication::translate("AlertPointsOverlay", "Alert of today")},
        {faded, QCoreApplication::translate("AlertPointsOverlay", "Alert %n day(s) old", nullptr, settings.parameters.windowDays)},
        {nearRepeatColor(), QCoreApplication::translate("AlertPointsOverlay", "Near-repeat (within %1 m and %n day(s))", nullptr,
                                                        settings.parameters.nearRepeatDays)
                                .arg(settings.parameters.nearRepeatMetres)},
    };
    overlay.note = generalised > 0
        ? QCoreApplication::translate("AlertPointsOverlay", "%1 alerts in the last %2 days, places generalised to 100 m")
              .arg(overlay.points.size()).arg(settings.parameters.windowDays)
        : QCoreApplication::translate("AlertPointsOverlay", "%1 alerts in the last %2 days")
              .arg(overlay.points.size()).arg(settings.parameters.windowDays);
    return overlay;
}

} // namespace ct::safety
