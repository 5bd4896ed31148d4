// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "hotspotoverlay.h"

#include "alertoverlaysettings.h"

#include "ct/safety/cityboundary.h"
#include "ct/safety/hotspotfinder.h"
#include "ct/safety/kerneldensity.h"

#include <QCoreApplication>

#include <algorithm>

namespace ct::safety {

plugin::LayerDescriptor HotspotOverlay::descriptor() const
{
    // Areas: the layer panel's legend icon is a filled square in the hotspot colour.
    return plugin::LayerDescriptor::areas(QString::fromLatin1(kId), QStringLiteral(QT_TRANSLATE_NOOP("LayerTitles", "Safety hotspots")),
                                          QStringLiteral("safety"), QStringLiteral("#f03b20"), QStringLiteral("#bd0026"), 1, 94);
}

QColor HotspotOverlay::rampColor(double value, double threshold, double maximum)
{
    // ColorBrewer YlOrRd from the threshold (yellow) to the peak (dark red).
    static const QColor stops[] = {QColor(255, 237, 110), QColor(254, 178, 76), QColor(253, 141, 60), QColor(240, 59, 32),
                                   QColor(189, 0, 38)};
    constexpr int last = int(std::size(stops)) - 1;
    const double t = maximum > threshold ? std::clamp((value - threshold) / (maximum - threshold), 0.0, 1.0) : 1.0;
    const int i = std::min(int(t * last), last - 1);
    const double f = t * last - i;
    const QColor &a = stops[i], &b = stops[i + 1];
    return QColor(int(a.red() + (b.red() - a.red()) * f), int(a.green() + (b.green() - a.green()) * f),
                  int(a.blue() + (b.blue() - a.blue()) * f));
}

QImage HotspotOverlay::image(const DensityGrid &grid, double threshold)
{
    if (grid.columns <= 0 || grid.rows <= 0)
        return {};
    QImage image(grid.columns, grid.rows, QImage::Format_RGBA8888);
    image.fill(Qt::transparent);
    const double maximum = grid.maximum();
    for (int r = 0; r < grid.rows; ++r) {
        for (int c = 0; c < grid.columns; ++c) {
            const double v = grid.value(c, r);
            if (!(v > 0) || v < threshold)
                continue;
            QColor colour = rampColor(v, threshold, maximum);
            colour.setAlpha(kAlpha);
            image.setPixelColor(c, grid.rows - 1 - r, colour);
        }
    }
    return image;
}

core::Result<plugin::Overlay> HotspotOverlay::read(const store::TwinStore &twin, const core::Actor &actor,
                                                   const QVariantMap &settingsMap) const
{
    const AlertOverlaySettings settings = AlertOverlaySettings::fromVariantMap(settingsMap);
    auto alerts = settings.readAlerts(twin, actor);
    if (!alerts)
        return alerts.error();
    std::vector<geo::Point> points;
    points.reserve(alerts->size());
    for (const Alert &a : *alerts)
        points.push_back(a.location);

    plugin::Overlay overlay;
    if (points.empty()) {
        overlay.note = QCoreApplication::translate("HotspotOverlay", "No alerts in the last %1 days").arg(settings.parameters.windowDays);
        return overlay;
    }
    // The same grid as the safety panel's analysis: the city's envelope and every alert.
    geo::Envelope extent;
    if (auto boundary = CityBoundary::fromTwin(twin))
        extent = boundary->envelope();
    for (const geo::Point &p : points)
        extent.expand(p);
    const DensityGrid grid = KernelDensity::compute(points, extent, settings.parameters.cellMetres, settings.parameters.bandwidthMetres);
    const double threshold = HotspotFinder::defaultThreshold(grid);
    const double maximum = grid.maximum();
    if (maximum > 0) {
        overlay.raster.image = image(grid, threshold);
        overlay.raster.extent = grid.envelope();
    }
    QColor low = rampColor(threshold, threshold, maximum), high = rampColor(maximum, threshold, maximum);
    low.setAlpha(kAlpha);
    high.setAlpha(kAlpha);
    overlay.legend = {
        {low, QCoreApplication::translate("HotspotOverlay", "Threshold: %1 alerts/km²").arg(threshold, 0, 'f', 1)},
        {high, QCoreApplication::translate("HotspotOverlay", "Peak: %1 alerts/km²").arg(maximum, 0, 'f', 1)},
    };
    overlay.note = QCoreApplication::translate("HotspotOverlay", "Kernel density of %1 alerts, bandwidth %2 m, cells of %3 m")
                       .arg(points.size()).arg(settings.parameters.bandwidthMetres).arg(settings.parameters.cellMetres);
    return overlay;
}

} // namespace ct::safety
