// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include "ct/core/result.h"
#include "ct/fleets/trackpoint.h"
#include "ct/fleets/vehiclerecord.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace ct::store {
class TwinStore;
}

namespace ct::fleets {

/// \brief The vehicles of a recorded simulation run (RunRecorder's `sim_feature_state`), read as
/// VehicleRecords at one simulated time for the fleet overlays and the vehicle list.
///
/// The simulation models publish their vehicles as per-layer FeatureStates with `x`, `y`,
/// `heading_deg` (EPSG:6677): `ondemand_vehicles` (OnDemandModel, kind on_demand_bus),
/// `gtfs_vehicles` (FixedRouteModel, community_bus), `logistics_robots` and `logistics_drones`
/// (LogisticsModel; any layer named with "robot" or "drone"). A layer's rows may name their kind in a text column `kind` (a VehicleKinds id), which
/// then wins over the layer's default kind. The live fleet tables are never read or written:
/// a run's vehicles are a picture of that run only.
class RecordedVehicleReader
{
public:
    /// A recorded run with vehicles in its samples.
    struct Run
    {
        qint64 id = 0;
        QString name;          //!< the scenario's name
        QDateTime start;       //!< simulated time 0 (UTC), from the scenario's `start`
        double endSeconds = 0; //!< simulated seconds reached
        QStringList layers;    //!< its vehicle layers, e.g. {"gtfs_vehicles", "ondemand_vehicles"}
    };

    /// The vehicles of a run at one time.
    struct Picture
    {
        double seconds = 0;    //!< the simulated time shown: the time asked between two samples, else the sample's
        QDateTime at;          //!< that time on the clock (UTC)
        std::vector<VehicleRecord> vehicles; //!< by kind then id, `updatedAt` = `at`
    };

    explicit RecordedVehicleReader(const store::TwinStore &twin) : m_twin(twin) {}

    //! Runs whose samples hold vehicles, oldest first (empty without run tables).
    core::Result<std::vector<Run>> runs() const;
    //! One of them; NotFound for another id or a run without vehicles.
    core::Result<Run> run(qint64 runId) const;
    /// The run's vehicles at simulated `seconds` since its start. Between the sample at or before
    /// it and the next one, a vehicle in both is placed linearly between its two positions,
    /// heading the way it went between them (the earlier heading when it did not move), its
    /// other attributes from the earlier sample; one missing from the next sample stays where
    /// it was. At a sample's time, at or after the last sample, before the first sample (the
    /// first) and for a negative time (the last): that sample as recorded.
    core::Result<Picture> vehicles(qint64 runId, double seconds) const;
    /// A vehicle's positions in the run's samples up to `seconds` (every sample for a negative
    /// time), oldest first, at most the newest `limit`; `at` is the sample's clock time.
    core::Result<std::vector<TrackPoint>> track(qint64 runId, const QString &vehicleId, double seconds, int limit = 200) const;

    /// The default vehicle kind (VehicleKinds id) of a recorded layer, or empty when the layer
    /// holds no vehicles.
    static QString kindOfLayer(const QString &layer);

private:
    //! The vehicles recorded at one sample, by kind then id (`updatedAt` not set).
    core::Result<std::vector<VehicleRecord>> sampleVehicles(qint64 runId, qint64 sampleMs) const;

    const store::TwinStore &m_twin;
};

} // namespace ct::fleets
