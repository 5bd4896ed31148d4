// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "ct/core/actor.h"

#include <array>
#include <utility>

namespace ct::core {

namespace {
constexpr std::array<std::pair<Role, const char *>, 9> kRoleNames{{
    {Role::Administrator, "administrator"},
    {Role::HqCommander, "hq-commander"},
    {Role::ShelterStaff, "shelter-staff"},
    {Role::Planner, "planner"},
    {Role::MobilityDispatcher, "mobility-dispatcher"},
    {Role::PoliceLiaison, "police-liaison"},
    {Role::SchoolLiaison, "school-liaison"},
    {Role::Viewer, "viewer"},
    {Role::System, "system"},
}};
} // namespace

QString roleName(Role role)
{
    for (const auto &[r, name] : kRoleNames) {
        if (r == role)
            return QString::fromLatin1(name);
    }
    return QStringLiteral("unknown");
}

bool roleFromName(const QString &name, Role *role)
{
    for (const auto &[r, text] : kRoleNames) {
        if (name == QLatin1String(text)) {
            *role = r;
            return true;
        }
    }
    return false;
}

Actor Actor::system(const QString &tool)
{
    return Actor{tool, Role::System, {}};
}

bool Actor::isBoundTo(const QString &target) const
{
    for (const QString &binding : bindings) {
        if (binding.isEmpty())
            continue;
        if (target == binding)
            return true;
        if (target.size() > binding.size() && target.startsWith(binding) && target.at(binding.size()) == QLatin1Char('/'))
            return true;
    }
    return false;
}

} // namespace ct::core
