// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include <QString>

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

    /// The actor for work the console does on its own behalf (command line, migrations).
    static Actor system(const QString &tool = QStringLiteral("citytwin"));
};

} // namespace ct::core
