// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include <QString>

#include <optional>
#include <vector>

namespace ct::fleets {

/// \brief The fleets the console knows, as stored in `fleet_vehicle.kind`.
enum class VehicleKind {
    OnDemandBus,
    CommunityBus,
    AutonomousShuttle,
    PersonalMobility,
    DeliveryRobot,
    Drone,
    MobileSupermarket
};

/// What a vehicle of a kind usually is, for seeding and for vehicles a feed adds.
struct VehicleKindProfile
{
    int capacity = 0;          //!< seats (0: carries goods, not people)
    int wheelchairPlaces = 0;
    QString speedProfile;      //!< name of the speed profile
    double cruiseKmh = 0.0;
    double maxKmh = 0.0;
    QString energyType;        //!< battery | fuel | hydrogen
};

class VehicleKinds
{
public:
    static const std::vector<VehicleKind> &all();
    //! The table's text, e.g. "on_demand_bus".
    static QString id(VehicleKind kind);
    static std::optional<VehicleKind> fromId(const QString &id);
    //! Translated name (context "VehicleKinds").
    static QString label(VehicleKind kind);
    static VehicleKindProfile profile(VehicleKind kind);
    //! Map symbol colour (#rrggbb).
    static QString color(VehicleKind kind);
};

} // namespace ct::fleets
