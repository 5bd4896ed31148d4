// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "ct/fleets/vehiclekind.h"

#include <QCoreApplication>

namespace ct::fleets {

namespace {

struct KindRow
{
    VehicleKind kind;
    const char *id;
    const char *label;
    VehicleKindProfile profile;
    const char *color;
};

const std::vector<KindRow> &rows()
{
    static const std::vector<KindRow> table = {
        {VehicleKind::OnDemandBus, "on_demand_bus", QT_TRANSLATE_NOOP("VehicleKinds", "On-demand bus"),
         {8, 1, QStringLiteral("urban"), 30, 50, QStringLiteral("battery")}, "#1f77b4"},
        {VehicleKind::CommunityBus, "community_bus", QT_TRANSLATE_NOOP("VehicleKinds", "Community bus"),
         {30, 2, QStringLiteral("urban"), 25, 50, QStringLiteral("fuel")}, "#e67e22"},
        {VehicleKind::AutonomousShuttle, "autonomous_shuttle", QT_TRANSLATE_NOOP("VehicleKinds", "Autonomous shuttle"),
         {12, 1, QStringLiteral("campus"), 18, 20, QStringLiteral("battery")}, "#17becf"},
        {VehicleKind::PersonalMobility, "personal_mobility", QT_TRANSLATE_NOOP("VehicleKinds", "Personal mobility"),
         {1, 0, QStringLiteral("sidewalk"), 6, 10, QStringLiteral("battery")}, "#2ca02c"},
        {VehicleKind::DeliveryRobot, "delivery_robot", QT_TRANSLATE_NOOP("VehicleKinds", "Delivery robot"),
         {0, 0, QStringLiteral("sidewalk"), 4, 6, QStringLiteral("battery")}, "#9467bd"},
        {VehicleKind::Drone, "drone", QT_TRANSLATE_NOOP("VehicleKinds", "Drone"),
         {0, 0, QStringLiteral("air corridor"), 40, 60, QStringLiteral("battery")}, "#d62728"},
        {VehicleKind::MobileSupermarket, "mobile_supermarket", QT_TRANSLATE_NOOP("VehicleKinds", "Mobile supermarket"),
         {0, 0, QStringLiteral("urban"), 25, 40, QStringLiteral("fuel")}, "#8c564b"},
    };
    return table;
}

const KindRow &row(VehicleKind kind)
{
    return rows()[std::size_t(kind)];
}

} // namespace

const std::vector<VehicleKind> &VehicleKinds::all()
{
    static const std::vector<VehicleKind> kinds = [] {
        std::vector<VehicleKind> k;
        for (const KindRow &r : rows())
            k.push_back(r.kind);
        return k;
    }();
    return kinds;
}

QString VehicleKinds::id(VehicleKind kind)
{
    return QString::fromLatin1(row(kind).id);
}

std::optional<VehicleKind> VehicleKinds::fromId(const QString &id)
{
    for (const KindRow &r : rows())
        if (id == QLatin1String(r.id))
            return r.kind;
    return std::nullopt;
}

QString VehicleKinds::label(VehicleKind kind)
{
    return QCoreApplication::translate("VehicleKinds", row(kind).label);
}

VehicleKindProfile VehicleKinds::profile(VehicleKind kind)
{
    return row(kind).profile;
}

QString VehicleKinds::color(VehicleKind kind)
{
    return QString::fromLatin1(row(kind).color);
}

} // namespace ct::fleets
