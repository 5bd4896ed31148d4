// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include "ct/hydrogen/dispatchproblem.h"
#include "ct/hydrogen/planevaluator.h"
#include "ct/hydrogen/stopsequence.h"

#include "ct/sim/model.h"
#include "ct/sim/simtime.h"

#include <QJsonObject>
#include <QString>

#include <memory>
#include <vector>

namespace ct::hydrogen {

/// \brief Fuel-cell buses executing a power dispatch plan in simulated time (sim model "hydrogen").
///
/// 00:00 of the run is the plan's start. Each bus works through its stops as the plan says,
/// but what happens is simulated, not copied from the plan: it leaves a place only with the
/// energy for the next leg and the way on to a station (otherwise it stays: "held", which a
/// thirstier drive or a plan made with other energies can cause); driving draws km ×
/// drivingKwhPerKm × `consumptionFactor`; at a shelter it feeds min(exportKw, load × `loadFactor`) until the need ends or
/// only its reserve is left; at the station it fills up in refuelMinutes. With both factors 1
/// the run reproduces the plan exactly (the test checks it), so the factors show how robust a
/// plan is to a heavier load or a thirstier drive.
///
/// Travel times are those of the twin when the run starts (with its live road closures).
///
/// KPIs: covered person-hours so far (the objective of PlanEvaluator, over the simulated supply
/// up to the current time), the plan's own figure up to the same time, energy supplied, km
/// driven, refuellings, shelters served, buses held. Recorded events: "arrive", "supply_end",
/// "refuelled", "held". Snapshots carry the state and energy of every bus as the FeatureState of
/// the layer `fuel_cell_buses`.
class PowerDispatchModel : public sim::Model
{
public:
    struct Factors
    {
        double load = 1.0;          //!< multiplies every shelter's load
        double consumption = 1.0;   //!< multiplies the driving consumption
    };

    /// `problem` gives buses, shelters, stations and travel times; `plan` one sequence per bus.
    PowerDispatchModel(QString id, std::shared_ptr<const DispatchProblem> problem, std::vector<StopSequence> plan, Factors factors,
                       QJsonObject notes = {});

    QString name() const override { return m_id; }
    void start(sim::Engine &engine) override;
    void handle(sim::Engine &engine, const sim::Event &event) override;
    QJsonObject kpis() const override;
    void contribute(sim::Snapshot &snapshot) const override;

    // --- state, for tests ---------------------------------------------------------------------
    //! Exportable energy of a bus at the model's current time (kWh).
    double energyKwh(int bus) const;
    //! Simulated covered person-hours up to the model's current time.
    double coveredPersonHours() const;
    //! The plan's covered person-hours up to the same time (what the plan promised by now).
    double plannedPersonHours() const;
    int heldBuses() const;
    //! Energy of a bus at `seconds` (≥ the time of its last event).
    double energyAt(int bus, double seconds) const;

private:
    enum Kind { Depart = 1, Arrive = 2, ServiceEnd = 3, Tick = 4 };
    enum class Phase { Idle, Driving, Supplying, Refuelling, Done, Held };
    struct Bus
    {
        std::size_t next = 0;       //!< index of the stop being driven to or served
        int site = -1;
        double energy = 0.0;        //!< at `since`
        double since = 0.0;         //!< seconds
        double drawKw = 0.0;        //!< while supplying
        double eventAt = 0.0;       //!< exact time (s) of its pending event (the engine rounds to ms)
        int legTo = -1;
        double legKm = 0.0;
        Phase phase = Phase::Idle;
    };

    double reserveFor(int bus, int from, int stop) const;
    double coverageUntil(const std::vector<PlanEvaluator::Interval> &intervals, double until) const;
    void scheduleAt(sim::Engine &engine, double seconds, int kind, int bus);
    static QString phaseName(Phase phase);

    QString m_id;
    std::shared_ptr<const DispatchProblem> m_problem;
    std::unique_ptr<PlanEvaluator> m_evaluator;
    std::vector<StopSequence> m_plan;
    Factors m_factors;
    QJsonObject m_notes;
    std::vector<Bus> m_buses;
    std::vector<PlanEvaluator::Interval> m_supplied;   //!< simulated, with planned ends (clipped when cut short)
    std::vector<PlanEvaluator::Interval> m_planned;    //!< the plan's own intervals
    double m_now = 0.0;                                 //!< seconds
    int m_self = -1;
    double m_km = 0.0;
    double m_energySupplied = 0.0;
    int m_refuels = 0;
};

} // namespace ct::hydrogen
