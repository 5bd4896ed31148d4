// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include "ct/fleets/gtfstimetable.h"
#include "ct/sim/model.h"

#include <memory>

namespace ct::fleets {

/// \brief Fixed-route buses running their GTFS timetable on the engine's clock (model id
/// "fixedroute"): run time 0 is `startOfDay` seconds into the timetable's service day.
///
/// Buses keep to the timetable (no delays are modelled): each trip starts and ends at its
/// times (recorded events `trip_started` / `trip_finished`), and its position at any instant is
/// read off the timetable's path (GtfsTimetable::position) into the snapshots. KPIs over the run:
/// trips in service during it, started, finished, vehicle-km driven within the run, stop calls
/// made, the most buses out at once.
class FixedRouteModel : public sim::Model
{
public:
    /// `problem` (non-empty) when the timetable could not be read: the run goes on without buses
    /// and the KPIs carry it.
    FixedRouteModel(QString id, std::shared_ptr<const GtfsTimetable> timetable, double startOfDay, QString problem = {});

    QString name() const override { return m_id; }
    void start(sim::Engine &engine) override;
    void handle(sim::Engine &engine, const sim::Event &event) override;
    QJsonObject kpis() const override;
    void contribute(sim::Snapshot &snapshot) const override;

    const GtfsTimetable &timetable() const { return *m_timetable; }
    int started() const { return m_started; }
    int finished() const { return m_finished; }

private:
    QString m_id;
    std::shared_ptr<const GtfsTimetable> m_timetable;
    double m_startOfDay = 0.0;
    QString m_problem;
    int m_self = -1;
    double m_runSeconds = 0.0;
    int m_started = 0;
    int m_finished = 0;
};

} // namespace ct::fleets
