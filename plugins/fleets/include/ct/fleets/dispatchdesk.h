// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include "ct/core/actor.h"
#include "ct/core/result.h"
#include "ct/fleets/dispatchproposal.h"
#include "ct/fleets/dispatchvehicle.h"
#include "ct/fleets/riderequest.h"
#include "ct/fleets/traveltimematrix.h"

#include <QDateTime>
#include <QStringList>

#include <memory>
#include <optional>
#include <vector>

namespace ct::store {
class TwinStore;
}

namespace ct::fleets {

class TravelTimeEstimator;

/// \brief The dispatcher's desk over the twin's on-demand service: the open requests, the
/// InsertionDispatcher's proposal for each, the other vehicles that could take one, and the
/// decisions — accept, override with another vehicle, reject with a reason, re-optimise the stops
/// not yet started — each one TwinStore::perform() (permission check, transaction, audit row).
///
/// A snapshot: load() reads the on-demand buses (kind on_demand_bus, in service or idle, with a
/// position), their planned stops (`fleet_stop`) and the requests at `now`; times are seconds
/// after `now` inside. After a decision, load() again.
class DispatchDesk
{
public:
    static core::Result<DispatchDesk> load(const store::TwinStore &twin, std::shared_ptr<const TravelTimeEstimator> times,
                                           const QDateTime &now, double serviceSeconds = 60.0);

    const std::vector<RideRequest> &openRequests() const { return m_open; }
    const std::vector<RideRequest> &assignedRequests() const { return m_assigned; }
    std::vector<QString> vehicleIds() const;
    QDateTime now() const { return m_now; }

    //! The cheapest feasible insertion over all vehicles, or none.
    std::optional<DispatchProposal> proposal(qint64 requestId) const;
    //! Every vehicle that could take the request, cheapest first.
    std::vector<DispatchProposal> alternatives(qint64 requestId) const;
    /// Why `vehicleId` cannot take the request (translated; "" when it can): its seats, its
    /// wheelchair places, or the time windows (the rider's or another rider's).
    QString infeasibility(qint64 requestId, const QString &vehicleId) const;

    core::Status accept(store::TwinStore &twin, const core::Actor &actor, qint64 requestId) const;
    //! Assigns to `vehicleId` instead; refused (nothing written) when that vehicle cannot take it.
    core::Status override(store::TwinStore &twin, const core::Actor &actor, qint64 requestId, const QString &vehicleId) const;
    //! Refuses the ride; `reason` must not be empty.
    core::Status reject(store::TwinStore &twin, const core::Actor &actor, qint64 requestId, const QString &reason) const;
    /// Takes every assigned request whose pick-up has not started off its vehicle and inserts
    /// them again, earliest pick-up first, by cheapest insertion over all vehicles. Refused (and
    /// nothing changes) if one of them would no longer fit. `savedSeconds` gets the driving saved.
    /// `moved` gets "#id: from → to" for each request that changes vehicle (the audit row's
    /// `after.moved` holds the same).
    core::Status reoptimise(store::TwinStore &twin, const core::Actor &actor, double *savedSeconds = nullptr,
                            QStringList *moved = nullptr) const;
    /// What reoptimise() would save in seconds of driving (0: no better plan), without writing;
    /// refused like reoptimise() when a request would no longer fit. For the automatic
    /// re-optimisation, which only acts when this is positive.
    core::Result<double> reoptimisationSaving() const;

private:
    struct Replan
    {
        double before = 0.0;
        double after = 0.0;
        std::vector<const RideRequest *> moving;
        std::vector<DispatchVehicle> vehicles;
    };
    core::Result<Replan> replan() const;
    DispatchDesk() = default;
    const RideRequest *request(qint64 id) const;
    int vehicleIndex(const QString &id) const;
    DispatchProposal toProposal(const RideRequest &request, int vehicle, double pickup, double dropoff, double detour) const;
    core::Status assign(store::TwinStore &twin, const core::Actor &actor, const QString &action, const RideRequest &request,
                        int vehicle, const QString &decision) const;
    core::Status writePlan(store::TwinStore &twin, const std::vector<DispatchVehicle> &vehicles,
                           const std::vector<int> &touched) const;
    double routeSeconds(const DispatchVehicle &vehicle) const;
    std::vector<double> starts(const DispatchVehicle &vehicle) const;

    std::shared_ptr<const TravelTimeEstimator> m_estimator;
    TravelTimeMatrix m_times;
    QDateTime m_now;
    double m_service = 60.0;
    std::vector<RideRequest> m_open;
    std::vector<RideRequest> m_assigned;
    std::vector<RideRequest> m_all;        //!< open + assigned + picked up, by id order
    std::vector<DispatchVehicle> m_vehicles;
    std::vector<int> m_requestLocation;    //!< per m_all entry: matrix index of pick-up (drop-off = +1)
};

} // namespace ct::fleets
