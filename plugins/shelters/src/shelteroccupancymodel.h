// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include "congestion.h"
#include "sheltercatalogue.h"

#include "ct/sim/model.h"
#include "ct/sim/modelcontext.h"
#include "ct/sim/simtime.h"

#include <QHash>
#include <QStringList>

#include <array>
#include <optional>
#include <vector>

namespace ct::sim {
class SimulationWorld;
}

namespace ct::shelters {

/// \brief Shelters as HQ would see them during a simulated evacuation: how full each gets on the
/// HQ congestion scale and when, the electrical load the occupied shelters draw, and which would
/// run short of their stockpiles.
///
/// Knows the evacuation only through the event bus: every ShelterArrival sets the shelter's
/// occupancy (so a run branched from the live state starts from the people already inside). Each
/// step up the congestion scale is recorded as a "congestion" event. The load is
/// PowerLoadModel's for every shelter housing anyone (its medical counts and the coefficients
/// from the twin when `twin_state` is on); the energy integrates it over the run. With
/// `twin_state` the stock on record in the twin is assessed against the occupancy at the end.
class ShelterOccupancyModel : public sim::Model
{
public:
    /// `catalogue` and the per-shelter stock and medical counts (by fid) come from the twin;
    /// without them (twin_state off, or a twin without the shelters schema) the default load
    /// model applies and no stock is assessed (`twinProblem` says why, when there is one).
    ShelterOccupancyModel(const sim::ModelContext &context, std::optional<ShelterCatalogue> catalogue,
                          QHash<qint64, QHash<QString, double>> stock, QHash<qint64, QHash<QString, int>> medical,
                          QString twinProblem);

    QString name() const override { return m_id; }
    void start(sim::Engine &engine) override;
    void handle(sim::Engine &engine, const sim::Event &event) override;
    QJsonObject kpis() const override;
    void contribute(sim::Snapshot &snapshot) const override;

    // --- state, for tests ---------------------------------------------------------------------
    int occupancy(int shelter) const { return m_shelters[std::size_t(shelter)].occupancy; }
    Congestion::Level level(int shelter) const { return m_shelters[std::size_t(shelter)].level; }
    //! When the shelter first reached `level` (≥ that level), or -1.
    sim::SimTime reachedAt(int shelter, Congestion::Level level) const
    {
        return m_shelters[std::size_t(shelter)].reached[std::size_t(level)];
    }
    double loadKw() const { return m_loadKw; }
    double peakLoadKw() const { return m_peakLoadKw; }
    //! kWh drawn by the occupied shelters up to now.
    double energyKwh() const;
    //! Stock items that would last under a day (or not cover everyone) at the shelter's occupancy.
    QStringList shortages(int shelter) const;

private:
    struct ShelterState
    {
        qint64 fid = 0;
        QString name;
        int capacity = 0;
        int occupancy = 0;
        Congestion::Level level = Congestion::Level::Low;
        std::array<sim::SimTime, 4> reached{-1, -1, -1, -1};
        double loadKw = 0.0;
        QHash<QString, double> stock;
        QHash<QString, int> medical;
    };

    void setOccupancy(int shelter, int occupancy, sim::SimTime now);
    double loadOf(const ShelterState &s) const;

    QString m_id;
    const sim::SimulationWorld &m_world;
    sim::Engine *m_engine = nullptr;
    std::optional<ShelterCatalogue> m_catalogue;
    PowerLoadModel m_loadModel;
    QString m_twinProblem;
    std::vector<ShelterState> m_shelters;
    double m_loadKw = 0.0;
    double m_peakLoadKw = 0.0;
    double m_energyKwh = 0.0;
    sim::SimTime m_loadSince = 0;
    sim::SimTime m_now = 0;
};

} // namespace ct::shelters
