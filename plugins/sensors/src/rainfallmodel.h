// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include "rainfallgauge.h"
#include "rainfallsettings.h"

#include "ct/sim/featurestate.h"
#include "ct/sim/model.h"
#include "ct/sim/modelcontext.h"

#include <QHash>

#include <map>
#include <vector>

namespace ct::sensors {

/// \brief Rainfall → river levels → alarms → flooded roads, inside a simulation run (model id
/// "rainfall", scenario section `models.rainfall`).
///
/// Every `update` of the engine clock each gauge of the twin's `sensor_sites` layer integrates
/// its catchment's rainfall (its own hyetograph or the uniform one) through its LinearReservoir
/// to a discharge and, through its RatingCurve, to a water level. The level moves the gauge's
/// alarm level by AlarmEngine::nextLevel (the live alarms' rule and hysteresis); each change is a
/// recorded "alarm" event. Above its flood stage the gauge floods the roads of its FloodReach,
/// nearest the river first as the water rises (a road at distance d goes under at
/// flood stage + max(0, d − min_width)/width_per_m), and releases each once the level is
/// `hysteresis_m` below that; closures and reopenings are published as sim::RoadStateChange so
/// the evacuation model reroutes (a road two gauges flood reopens when both have released it).
///
/// The model draws no random numbers: a run is the same for every seed. Snapshots carry the
/// gauges' FeatureState on `sensor_sites` (alarm level, water level, discharge, rain, "flooding").
class RainfallModel : public sim::Model
{
public:
    RainfallModel(const sim::ModelContext &context, RainfallSettings settings);

    QString name() const override { return m_id; }
    void start(sim::Engine &engine) override;
    void handle(sim::Engine &engine, const sim::Event &event) override;
    QJsonObject kpis() const override;
    void contribute(sim::Snapshot &snapshot) const override;

    /// Builds the gauges from the twin's sites (start() does this with the run's twin): catchment,
    /// reservoir, thresholds, rating (calibrated so that the design storm reaches 氾濫危険水位)
    /// and flood reach. Public for tests.
    void setUp(const std::vector<GaugeSite> &sites);
    const std::vector<RainfallGauge> &gauges() const { return m_gauges; }
    //! Roads closed by this model now.
    int closedRoadCount() const { return int(m_holders.size()); }
    //! The sensor_sites state at this instant.
    sim::FeatureState gaugeState() const;

private:
    void advanceTo(sim::SimTime t);
    void update(sim::Engine &engine);

    QString m_id;
    RainfallSettings m_settings;
    const sim::SimulationWorld &m_world;
    sim::TwinOpener m_openTwin;
    int m_self = -1;
    QString m_problem;
    std::vector<RainfallGauge> m_gauges;
    sim::SimTime m_now = 0;
    sim::SimTime m_nextSample = 0;
    std::map<qint64, int> m_holders;       //!< closed road → gauges holding it
    std::int64_t m_closures = 0;           //!< roads closed (each closing counted)
    std::int64_t m_reopenings = 0;
    std::vector<qint64> m_everClosed;      //!< distinct roads closed at some time, in closing order
};

} // namespace ct::sensors
