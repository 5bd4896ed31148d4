// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include "ct/fleets/dispatchrequest.h"
#include "ct/fleets/insertiondispatcher.h"
#include "ct/fleets/legroutes.h"
#include "ct/fleets/ondemandservice.h"
#include "ct/fleets/triprequest.h"
#include "ct/sim/model.h"

#include <QHash>

#include <memory>
#include <vector>

namespace ct::fleets {

/// \brief A day (or any span) of on-demand service on the engine's clock (model id "ondemand").
///
/// Each request arrives at its time, is placed on the service's meeting points
/// (OnDemandService::place, which may refuse it with a reason) and given to the
/// InsertionDispatcher, which puts it into the vehicle and positions that add the least driving
/// within everyone's windows and seats, or refuses it (`no_vehicle`). Every `reoptimise` seconds
/// the not-yet-started requests (neither rider on board nor the vehicle already driving to them)
/// are taken out of all routes and inserted again, latest first-come order; the new plan is kept
/// when every request fits and it drives less. Vehicles carry out their stops as the clock
/// passes them; their position along the roads at any instant goes into the snapshots.
///
/// KPIs: wait (pick-up − request), detour factor (ride ÷ direct ride), occupancy (passenger-km ÷
/// vehicle-km), vehicle-km (legs finished), rejected requests by reason.
class OnDemandModel : public sim::Model
{
public:
    struct Fleet
    {
        int vehicles = 10;
        int capacity = 8;
        int wheelchairPlaces = 1;
        double reoptimiseSeconds = 600.0;   //!< 0: never
    };

    //! A stop carried out: who boarded or alighted, when, and the load after it.
    struct Visit
    {
        int vehicle = 0;
        int requestId = 0;
        bool pickup = true;
        int stop = 0;
        double time = 0.0;      //!< service start
        int load = 0;           //!< riders on board after the stop
        int wheelchairs = 0;
    };

    //! An accepted request and what became of it (times negative until they happen).
    struct Ride
    {
        int requestId = 0;
        int passengers = 1;
        double requestedAt = 0.0;
        double earliestPickup = 0.0;
        double latestArrival = 0.0;
        double directSeconds = 0.0;
        double pickupTime = -1.0;
        double dropoffTime = -1.0;
    };

    /// `requests` in time order; `depots` are the meeting points the vehicles start at (cycled);
    /// empty: spread evenly over the meeting points.
    OnDemandModel(QString id, std::shared_ptr<const OnDemandService> service, std::vector<TripRequest> requests, Fleet fleet,
                  std::vector<int> depots = {});

    QString name() const override { return m_id; }
    void start(sim::Engine &engine) override;
    void handle(sim::Engine &engine, const sim::Event &event) override;
    QJsonObject kpis() const override;
    void contribute(sim::Snapshot &snapshot) const override;

    //! Every request of the run (accepted or not), in time order.
    const std::vector<TripRequest> &requests() const { return m_requests; }
    const OnDemandService &service() const { return *m_service; }
    const std::vector<Visit> &visits() const { return m_visits; }
    const std::vector<Ride> &rides() const { return m_rides; }
    //! Refused requests: id and reason key.
    const std::vector<std::pair<int, QString>> &rejections() const { return m_rejections; }
    double vehicleMetres() const { return m_vehicleMetres; }
    double passengerMetres() const { return m_passengerMetres; }
    const InsertionDispatcher &dispatcher() const { return *m_dispatcher; }
    const Fleet &fleet() const { return m_fleet; }
    int reoptimisations() const { return m_reoptimisations; }

    /// \brief Where a vehicle is at `time` by its current plan (no change to the model).
    struct VehicleState
    {
        LegRoutes::Pose pose;
        int onboard = 0;
        QString state;          //!< idle, driving, waiting, boarding
    };
    VehicleState vehicleAt(int vehicle, double time) const;

private:
    void execute(double time);
    void reoptimise(double time);
    double plannedSeconds(const InsertionDispatcher &dispatcher) const;
    void reject(sim::Engine &engine, const TripRequest &request, const QString &reason);

    QString m_id;
    std::shared_ptr<const OnDemandService> m_service;
    std::vector<TripRequest> m_requests;
    Fleet m_fleet;
    std::vector<int> m_depots;
    int m_self = -1;
    std::unique_ptr<InsertionDispatcher> m_dispatcher;
    mutable std::unique_ptr<LegRoutes> m_legs;   // a cache of routes: snapshots add to it
    QHash<int, DispatchRequest> m_dispatchRequests;
    QHash<int, int> m_rideOf;                    // request id → index in m_rides
    std::vector<Ride> m_rides;
    std::vector<Visit> m_visits;
    std::vector<std::pair<int, QString>> m_rejections;
    int m_arrived = 0;
    double m_vehicleMetres = 0.0;
    double m_passengerMetres = 0.0;
    int m_reoptimisations = 0;
    double m_reoptimisationSaving = 0.0;
    double m_lastExecuted = 0.0;
};

} // namespace ct::fleets
