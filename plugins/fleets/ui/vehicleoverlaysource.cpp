// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "vehicleoverlaysource.h"

#include "ct/fleets/recordedvehiclereader.h"
#include "ct/fleets/vehiclereader.h"
#include "ct/sim/simtime.h"
#include "ct/store/twinstore.h"

#include <QCoreApplication>

#include <cmath>
#include <optional>

namespace ct::fleets {

namespace {

using Symbol = plugin::LayerDescriptor::Symbol;

struct KindStyle
{
    Symbol symbol;
    double size;
    const char *title; //!< English, translated in context "VehicleKinds"
};

KindStyle style(VehicleKind kind)
{
    switch (kind) {
    case VehicleKind::OnDemandBus: return {Symbol::Arrow, 18, QT_TRANSLATE_NOOP("VehicleKinds", "On-demand buses")};
    case VehicleKind::CommunityBus: return {Symbol::Arrow, 20, QT_TRANSLATE_NOOP("VehicleKinds", "Community buses")};
    case VehicleKind::AutonomousShuttle: return {Symbol::Arrow, 16, QT_TRANSLATE_NOOP("VehicleKinds", "Autonomous shuttles")};
    case VehicleKind::PersonalMobility: return {Symbol::Triangle, 11, QT_TRANSLATE_NOOP("VehicleKinds", "Personal mobility")};
    case VehicleKind::DeliveryRobot: return {Symbol::Square, 10, QT_TRANSLATE_NOOP("VehicleKinds", "Delivery robots")};
    case VehicleKind::Drone: return {Symbol::Diamond, 13, QT_TRANSLATE_NOOP("VehicleKinds", "Drones")};
    case VehicleKind::MobileSupermarket: return {Symbol::Arrow, 22, QT_TRANSLATE_NOOP("VehicleKinds", "Mobile supermarkets")};
    }
    return {Symbol::Circle, 12, ""};
}

/// Sets the point's heading where the overlay API carries one (it turns the symbol).
template <typename Point>
void setHeading(Point &point, double degrees)
{
    if constexpr (requires { point.headingDegrees; })
        point.headingDegrees = float(degrees);
}

} // namespace

VehicleOverlaySource::VehicleOverlaySource(VehicleKind kind) : m_kind(kind) {}

QString VehicleOverlaySource::overlayName(VehicleKind kind)
{
    return QStringLiteral("fleet_vehicles_") + VehicleKinds::id(kind);
}

plugin::LayerDescriptor VehicleOverlaySource::descriptor() const
{
    const KindStyle s = style(m_kind);
    plugin::LayerDescriptor d = plugin::LayerDescriptor::points(overlayName(m_kind), QString::fromLatin1(s.title), QStringLiteral("fleets"),
                                                                VehicleKinds::color(m_kind), s.symbol, s.size, 96);
    d.translationContext = QStringLiteral("VehicleKinds");
    return d;
}

core::Result<plugin::Overlay> VehicleOverlaySource::read(const store::TwinStore &twin, const core::Actor &actor,
                                                         const QVariantMap &settings) const
{
    Q_UNUSED(actor);
    plugin::Overlay overlay;
    // The fleets panel's "Vehicles from: Recorded run" choice: that run's vehicles at the
    // timeline's time (view settings vehicleRunId / vehicleRunSeconds), never the live table.
    const qint64 runId = settings.value(QStringLiteral("vehicleRunId")).toLongLong();
    std::optional<RecordedVehicleReader::Picture> recorded;
    if (runId > 0) {
        bool timed = false;
        const double seconds = settings.value(QStringLiteral("vehicleRunSeconds")).toDouble(&timed);
        auto picture = RecordedVehicleReader(twin).vehicles(runId, timed ? seconds : -1.0);
        if (!picture)
            return picture.error();
        recorded = std::move(*picture);
    } else if (twin.schemaVersion(QStringLiteral("fleets")) < 3) {
        overlay.note = QCoreApplication::translate("VehicleKinds", "No vehicle data yet");
        return overlay;
    }
    auto vehicles = recorded ? core::Result<std::vector<VehicleRecord>>(recorded->vehicles) : VehicleReader::vehicles(twin);
    if (!vehicles)
        return vehicles.error();
    const QColor color(VehicleKinds::color(m_kind));
    const QString kind = VehicleKinds::id(m_kind);
    int shown = 0, moving = 0;
    for (const VehicleRecord &v : *vehicles) {
        if (v.kind != kind || !v.x || !v.y)
            continue;
        plugin::Overlay::Point p;
        p.position = {*v.x, *v.y};
        p.color = v.energyLevel && *v.energyLevel < 0.2 ? color.darker(180) : color;
        setHeading(p, v.headingDeg ? *v.headingDeg : std::nan(""));
        p.featureId = v.id; // a click selects the vehicle in the panel (FleetController)
        overlay.points.push_back(p);
        ++shown;
        if (v.state != QLatin1String("idle") && v.state != QLatin1String("charging") && v.state != QLatin1String("out_of_service"))
            ++moving;
    }
    overlay.note = QCoreApplication::translate("VehicleKinds", "%n vehicle(s), %1 on the move", "", shown).arg(moving);
    if (recorded)
        overlay.note = QCoreApplication::translate("VehicleKinds", "Recorded run at %1: %n vehicle(s)", "", shown)
                           .arg(sim::formatDuration(sim::fromSeconds(recorded->seconds)));
    overlay.legend = {{color, VehicleKinds::label(m_kind)},
                      {color.darker(180), QCoreApplication::translate("VehicleKinds", "energy below 20 %")}};
    return overlay;
}

} // namespace ct::fleets
