// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include <QString>
#include <QStringList>

namespace ct::core {

/// \brief Operator roles. A role decides which panels, fields and actions are available; the store
/// checks it too, so a role's limits hold whatever front end calls it.
enum class Role {
    Administrator,
    HqCommander,
    ShelterStaff,
    Planner,
    MobilityDispatcher,
    PoliceLiaison,
    SchoolLiaison,
    Viewer,  //!< looks, never acts: no component grants it anything (the console before sign-in)
    System   //!< the console itself (imports from the command line, migrations, the generator)
};

/// Stable text form used in the audit log and on the command line ("hq-commander").
QString roleName(Role role);
/// Inverse of roleName(); returns false for unknown names.
bool roleFromName(const QString &name, Role *role);

/// \brief Who performs an action: written into every audit-log row.
struct Actor
{
    QString operatorName;  //!< the signed-in operator's account name
    Role role = Role::System;
    /// Scope keys the operator is bound to, e.g. "shelter:<fid>" for shelter staff or
    /// "school:<fid>" for a school liaison. A permission of scope 'bound' holds only for targets
    /// inside one of them (see isBoundTo()).
    QStringList bindings;

    /// Whether `target` lies inside one of the bindings: it equals a binding or starts with
    /// "<binding>/" ("shelter:12" covers "shelter:12" and "shelter:12/capacity", not
    /// "shelter:123"). Empty bindings cover nothing.
    bool isBoundTo(const QString &target) const;

    /// The actor for work the console does on its own behalf (command line, migrations).
    static Actor system(const QString &tool = QStringLiteral("citytwin"));
};

} // namespace ct::core
