// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include "ct/fleets/logistics/droneplanner.h"
#include "ct/fleets/logistics/parcelorder.h"
#include "ct/fleets/logistics/robotrouter.h"
#include "ct/sim/model.h"
#include "ct/sim/simtime.h"

#include <QString>

#include <map>
#include <memory>
#include <tuple>
#include <vector>

namespace ct::fleets {

/// \brief Parcel delivery by robots and drones on the engine's clock (model id "logistics").
///
/// Orders arrive at their time and join one first-come-first-served queue. An order the kind
/// cannot do at all is refused at once with the reason: no vehicle of its kind (`no_vehicle`),
/// robots: no way on the walking network (`unreachable`, RobotRouter's reason), drones: an end
/// inside a no-fly zone or its clearance (`no_fly_zone`) or no corridor around the zones
/// (`no_corridor`, DronePlanner's reasons), both: the way from its depot and back longer than a
/// full battery lasts above the reserve (`beyond_range`). Whenever an order arrives or a vehicle
/// comes home, the queue is served in order: each order goes to the nearest idle vehicle of its
/// kind (straight distance from the vehicle's depot to the order's depot) whose battery holds
/// the whole trip above the reserve; an order no idle vehicle can take yet stays queued without
/// holding up later ones, and is refused (`timeout`) once it has waited `maxWaitSeconds`.
///
/// A trip: from the vehicle's depot to the order's depot when they differ, to the home, the
/// handover (`dwellSeconds`), back to the vehicle's depot, at the kind's speed, robots along
/// RobotRouter's ways, drones along DronePlanner's legs. The battery drains by distance (a full
/// battery lasts `fullRangeM`) and charges at the depot while idle (empty to full in
/// `chargeSeconds`; 0 = swapped at once). Vehicles start with Vehicle::initialCharge.
class LogisticsModel : public sim::Model
{
public:
    using Kind = ParcelOrder::Kind;

    struct KindSpec
    {
        double speedMps = 1.6;
        double fullRangeM = 12000.0;
        double chargeSeconds = 4 * 3600.0;
        double batteryKwh = 1.0;
    };

    struct Options
    {
        KindSpec robot;
        KindSpec drone{11.1, 16000.0, 3600.0, 0.5};
        double reserve = 0.2;            //!< share of a full battery never used
        double dwellSeconds = 120.0;     //!< handover at the door
        double maxWaitSeconds = 1800.0;  //!< in the queue, then `timeout`
    };

    struct Vehicle
    {
        QString id;
        Kind kind = Kind::Robot;
        int depot = 0;   //!< index into the kind's depots
        double initialCharge = 1.0;   //!< 0–1 at the start of the run (charging from then on)
    };

    //! One straight-line piece of a trip, timed.
    struct Leg
    {
        std::vector<geo::Point> polyline;
        double metres = 0.0;
        double start = 0.0;
        double end = 0.0;
        QString state;   //!< to_depot, delivering, handover, returning
    };

    struct Trip
    {
        int vehicle = -1;
        int order = -1;          //!< index into orders()
        double dispatched = 0.0;
        double delivered = 0.0;  //!< handover done
        double returned = 0.0;
        double chargeAtStart = 1.0;
        double chargeAtEnd = 1.0;
        double metres = 0.0;
        std::vector<Leg> legs;
    };

    struct Outcome
    {
        enum class Status { Pending, Queued, Underway, Delivered, Rejected };
        Status status = Status::Pending;
        QString reason;          //!< key of a refusal
        QString detail;          //!< the router's / planner's words
        int trip = -1;
    };

    /// `robots` may be null when there are no robot depots; `drones` when there are no drone
    /// depots. `orders` in time order, their depots indices into the kind's depots.
    LogisticsModel(QString id, std::shared_ptr<const RobotRouter> robots, std::shared_ptr<const DronePlanner> drones,
                   std::vector<geo::Point> robotDepots, std::vector<geo::Point> droneDepots, std::vector<Vehicle> vehicles,
                   std::vector<ParcelOrder> orders, Options options);

    QString name() const override { return m_id; }
    void start(sim::Engine &engine) override;
    void handle(sim::Engine &engine, const sim::Event &event) override;
    QJsonObject kpis() const override;
    void contribute(sim::Snapshot &snapshot) const override;

    const std::vector<ParcelOrder> &orders() const { return m_orders; }
    const std::vector<Outcome> &outcomes() const { return m_outcomes; }
    const std::vector<Trip> &trips() const { return m_trips; }
    const std::vector<Vehicle> &vehicles() const { return m_vehicles; }
    const Options &options() const { return m_options; }
    geo::Point depotOf(const Vehicle &vehicle) const;

    /// \brief A vehicle at an instant by the trips so far (no change to the model).
    struct VehicleState
    {
        geo::Point position;
        double headingDeg = 0.0;
        double charge = 1.0;
        int order = 0;       //!< the order id on board, 0 when none
        QString state;       //!< idle, charging, to_depot, delivering, handover, returning
    };
    VehicleState vehicleAt(int vehicle, double time) const;

private:
    struct Way
    {
        bool ok = false;
        std::vector<geo::Point> polyline;
        double metres = 0.0;
        QString reason;   //!< refusal key when not ok
        QString detail;   //!< the router's / planner's words
    };
    //! The way of the kind between two points, or its refusal; cached.
    const Way &way(Kind kind, geo::Point from, geo::Point to) const;
    const KindSpec &spec(Kind kind) const { return kind == Kind::Robot ? m_options.robot : m_options.drone; }
    double chargeAt(int vehicle, double time) const;
    void reject(sim::Engine &engine, int order, const QString &reason, const QString &detail);
    void serveQueue(sim::Engine &engine, double now);
    bool dispatch(sim::Engine &engine, int order, int vehicle, double now);

    QString m_id;
    std::shared_ptr<const RobotRouter> m_robots;
    std::shared_ptr<const DronePlanner> m_drones;
    std::vector<geo::Point> m_robotDepots;
    std::vector<geo::Point> m_droneDepots;
    std::vector<Vehicle> m_vehicles;
    std::vector<ParcelOrder> m_orders;
    Options m_options;
    int m_self = -1;

    std::vector<Outcome> m_outcomes;
    std::vector<Trip> m_trips;
    std::vector<int> m_queue;            //!< order indices, first come first
    std::vector<int> m_tripOf;           //!< per vehicle: its trip underway, -1 when at the depot
    std::vector<int> m_lastTrip;         //!< per vehicle: its last trip, -1 before the first
    sim::SimTime m_nextRetry = -1;       //!< the pending retry, -1 when none
    double m_now = 0.0;
    int m_arrived = 0;
    mutable std::map<std::tuple<int, double, double, double, double>, Way> m_ways;
};

} // namespace ct::fleets
