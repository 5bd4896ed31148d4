// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "ct/safety/accesspolicy.h"

#include <QCoreApplication>

namespace ct::safety {

using core::Role;

QString AccessPolicy::schoolBinding(qint64 schoolFid)
{
    return QStringLiteral("school:%1").arg(schoolFid);
}

namespace {
/// Roles that see published alerts, de-personalised. Any role not named here (dispatchers,
/// shelter staff, viewers, roles added later) sees nothing: the rule fails closed.
bool seesPublicAlerts(Role role)
{
    return role == Role::HqCommander || role == Role::Planner || role == Role::Administrator;
}
bool seesEverything(Role role)
{
    return role == Role::System || role == Role::PoliceLiaison;
}
} // namespace

core::Status AccessPolicy::mayRead(const core::Actor &actor)
{
    if (seesEverything(actor.role) || actor.role == Role::SchoolLiaison || seesPublicAlerts(actor.role))
        return {};
    return core::Error::refused(
        QCoreApplication::translate("Safety", "%1 may not read safety alerts").arg(core::roleName(actor.role)));
}

bool AccessPolicy::maySeeAnyFull(const core::Actor &actor)
{
    return seesEverything(actor.role) || actor.role == Role::SchoolLiaison;
}

AccessPolicy::Detail AccessPolicy::detailFor(const core::Actor &actor, std::optional<qint64> schoolFid, AlertStatus status)
{
    if (seesEverything(actor.role))
        return Detail::Full;
    if (actor.role == Role::SchoolLiaison) {
        if (schoolFid && actor.isBoundTo(schoolBinding(*schoolFid)))
            return Detail::Full;
        return isPublic(status) ? Detail::Generalised : Detail::None;
    }
    if (seesPublicAlerts(actor.role))
        return isPublic(status) ? Detail::Generalised : Detail::None;
    return Detail::None;
}

} // namespace ct::safety
