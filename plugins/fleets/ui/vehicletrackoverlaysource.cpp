// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "vehicletrackoverlaysource.h"

#include "ct/fleets/recordedvehiclereader.h"
#include "ct/fleets/vehiclereader.h"
#include "ct/store/twinstore.h"

#include <QCoreApplication>

namespace ct::fleets {

plugin::LayerDescriptor VehicleTrackOverlaySource::descriptor() const
{
    plugin::LayerDescriptor d = plugin::LayerDescriptor::points(QStringLiteral("fleet_track"), QStringLiteral("Selected vehicle's track"),
                                                                QStringLiteral("fleets"), QStringLiteral("#111111"),
                                                                plugin::LayerDescriptor::Symbol::Circle, 7, 95);
    d.translationContext = QStringLiteral("VehicleKinds");
    return d;
}

core::Result<plugin::Overlay> VehicleTrackOverlaySource::read(const store::TwinStore &twin, const core::Actor &actor,
                                                              const QVariantMap &settings) const
{
    Q_UNUSED(actor);
    plugin::Overlay overlay;
    const QString id = settings.value(QStringLiteral("selectedVehicle")).toString();
    // A vehicle of the recorded run the panel shows (view setting vehicleRunId): its positions
    // in the run's samples up to the timeline's time, never a live vehicle's history.
    const qint64 runId = settings.value(QStringLiteral("vehicleRunId")).toLongLong();
    if (id.isEmpty() || (runId <= 0 && twin.schemaVersion(QStringLiteral("fleets")) < 3)) {
        overlay.note = QCoreApplication::translate("VehicleKinds", "Select a vehicle in the fleets panel");
        return overlay;
    }
    bool timed = false;
    const double seconds = settings.value(QStringLiteral("vehicleRunSeconds")).toDouble(&timed);
    auto track = runId > 0 ? RecordedVehicleReader(twin).track(runId, id, timed ? seconds : -1.0) : VehicleReader::track(twin, id);
    if (!track)
        return track.error();
    const std::size_t n = track->size();
    for (std::size_t i = 0; i < n; ++i) {
        plugin::Overlay::Point p;
        p.position = {(*track)[i].x, (*track)[i].y};
        QColor c(QStringLiteral("#111111"));
        c.setAlphaF(float(0.25 + 0.75 * double(i + 1) / double(n)));
        p.color = c;
        p.sizePixels = i + 1 == n ? 11.0f : 0.0f;
        overlay.points.push_back(p);
    }
    overlay.note = QCoreApplication::translate("VehicleKinds", "%1: %n position(s)", "", int(n)).arg(id);
    overlay.legend = {{QColor(QStringLiteral("#111111")), QCoreApplication::translate("VehicleKinds", "newest position")}};
    return overlay;
}

} // namespace ct::fleets
