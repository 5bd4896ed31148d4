// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "plannedpathoverlaysource.h"

#include "ct/fleets/logistics/plannedpath.h"
#include "ct/fleets/vehiclekind.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace ct::fleets {

namespace {
QColor pathColor(PlannedPath::Kind kind)
{
    return QColor(VehicleKinds::color(kind == PlannedPath::Kind::Robot ? VehicleKind::DeliveryRobot : VehicleKind::Drone)).darker(130);
}
} // namespace

plugin::LayerDescriptor PlannedPathOverlaySource::descriptor() const
{
    plugin::LayerDescriptor d = plugin::LayerDescriptor::points(QString::fromLatin1(kOverlayName), QStringLiteral("Planned drone or robot path"),
                                                                QStringLiteral("fleets"), QStringLiteral("#5e35b1"),
                                                                plugin::LayerDescriptor::Symbol::Circle, 5, 94);
    d.translationContext = QStringLiteral("VehicleKinds");
    return d;
}

core::Result<plugin::Overlay> PlannedPathOverlaySource::read(const store::TwinStore &twin, const core::Actor &actor,
                                                             const QVariantMap &settings) const
{
    Q_UNUSED(twin);
    Q_UNUSED(actor);
    plugin::Overlay overlay;
    const PlannedPath path = PlannedPath::fromSettings(settings);
    if (path.isEmpty()) {
        overlay.note = QCoreApplication::translate("VehicleKinds", "Check a drone flight or a robot delivery on the Live page");
        return overlay;
    }
    double length = 0.0;
    for (std::size_t i = 1; i < path.polyline.size(); ++i)
        length += std::hypot(path.polyline[i].x - path.polyline[i - 1].x, path.polyline[i].y - path.polyline[i - 1].y);
    const double spacing = std::max(kSpacingM, length / kMaxDots);
    const QColor color = pathColor(path.kind);
    // Dots along each leg, from its start (the leg's end is the next leg's start).
    for (std::size_t i = 1; i < path.polyline.size(); ++i) {
        const geo::Point a = path.polyline[i - 1], b = path.polyline[i];
        const double leg = std::hypot(b.x - a.x, b.y - a.y);
        const int steps = std::max(1, int(std::ceil(leg / spacing)));
        for (int s = 1; s < steps; ++s) {
            const double t = double(s) / steps;
            overlay.points.push_back({{a.x + (b.x - a.x) * t, a.y + (b.y - a.y) * t}, color, 0.0f});
        }
    }
    // Waypoints (a drone's turns; a robot's way has a node at every bend, so only its ends).
    const bool drone = path.kind == PlannedPath::Kind::Drone;
    for (std::size_t i = 0; i < path.polyline.size(); ++i) {
        const bool end = i == 0 || i + 1 == path.polyline.size();
        if (end || drone)
            overlay.points.push_back({path.polyline[i], color, end ? 12.0f : 8.0f});
    }
    overlay.legend = {{color, drone ? QCoreApplication::translate("VehicleKinds", "Planned drone flight")
                                    : QCoreApplication::translate("VehicleKinds", "Planned robot way")}};
    overlay.note = QCoreApplication::translate("VehicleKinds", "%1: %2 km").arg(path.vehicleId).arg(path.metres / 1000.0, 0, 'f', 2);
    return overlay;
}

} // namespace ct::fleets
