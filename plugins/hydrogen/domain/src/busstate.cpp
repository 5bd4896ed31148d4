// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "ct/hydrogen/busstate.h"

#include <array>

namespace ct::hydrogen {

namespace {
constexpr std::array<std::pair<BusState, const char *>, 5> kNames{{
    {BusState::InService, "in_service"},
    {BusState::EnRoute, "en_route"},
    {BusState::SupplyingPower, "supplying_power"},
    {BusState::Refuelling, "refuelling"},
    {BusState::Off, "off"},
}};
} // namespace

QString busStateName(BusState state)
{
    for (const auto &[s, name] : kNames)
        if (s == state)
            return QString::fromLatin1(name);
    return {};
}

bool busStateFromName(const QString &name, BusState *state)
{
    for (const auto &[s, text] : kNames) {
        if (name == QLatin1String(text)) {
            if (state)
                *state = s;
            return true;
        }
    }
    return false;
}

QStringList busStateNames()
{
    QStringList names;
    for (const auto &entry : kNames)
        names << QString::fromLatin1(entry.second);
    return names;
}

bool isAllowedTransition(BusState from, BusState to)
{
    if (from == to)
        return false;
    // A bus at a shelter is plugged in; it reaches the station only by driving there.
    if (from == BusState::SupplyingPower && to == BusState::Refuelling)
        return false;
    if (from == BusState::Refuelling && to == BusState::SupplyingPower)
        return false;
    return true;
}

} // namespace ct::hydrogen
