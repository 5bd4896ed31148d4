// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include "ct/safety/alertgenerator.h"
#include "ct/sim/model.h"
#include "ct/sim/modelcontext.h"

#include <QDateTime>
#include <QHash>

#include <optional>
#include <vector>

namespace ct::safety {

/// \brief The safety alerts of a simulated period inside a run (model id "safety"): generated
/// up front by AlertGenerator from the run's seed, then raised one by one at their time.
///
/// Each alert is recorded as a "safety"/"alert" event (in `sim_event` with `--record`): time,
/// category, place, kind of place, school. KPIs: the count, by category, by kind of place and by
/// hour (JST), the share near schools and stations, the three strongest hotspots (kernel density
/// of the run's alerts). Snapshots colour the schools by the alerts near them in the last 7 days.
/// Generated alerts stay in the run record; they never enter the twin's live alert tables.
class AlertSimulationModel : public sim::Model
{
public:
    /// `generator` is empty when the twin could not give one (`problem` says why: the run still
    /// goes on, without alerts, and the KPIs carry the problem).
    AlertSimulationModel(const sim::ModelContext &context, std::optional<AlertGenerator> generator, double bandwidthMetres,
                         QString problem);

    QString name() const override { return m_id; }
    void start(sim::Engine &engine) override;
    void handle(sim::Engine &engine, const sim::Event &event) override;
    QJsonObject kpis() const override;
    void contribute(sim::Snapshot &snapshot) const override;

    const std::vector<AlertGenerator::Generated> &raised() const { return m_raised; }

private:
    QString m_id;
    std::optional<AlertGenerator> m_generator;
    sim::RandomStream m_random;
    QDateTime m_start;
    double m_days = 0;
    double m_bandwidth = 400;
    QString m_problem;
    int m_self = -1;
    std::vector<AlertGenerator::Generated> m_planned;
    std::vector<AlertGenerator::Generated> m_raised;
    std::vector<sim::SimTime> m_raisedAt;   //!< run time of each raised alert
};

} // namespace ct::safety
