// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "ct/hydrogen/orderstate.h"

#include <array>

namespace ct::hydrogen {

namespace {
constexpr std::array<std::pair<OrderState, const char *>, 4> kNames{{
    {OrderState::Pending, "pending"},
    {OrderState::Underway, "underway"},
    {OrderState::Done, "done"},
    {OrderState::Cancelled, "cancelled"},
}};
} // namespace

QString orderStateName(OrderState state)
{
    for (const auto &[s, name] : kNames)
        if (s == state)
            return QString::fromLatin1(name);
    return {};
}

bool orderStateFromName(const QString &name, OrderState *state)
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

QStringList orderStateNames()
{
    QStringList names;
    for (const auto &entry : kNames)
        names << QString::fromLatin1(entry.second);
    return names;
}

bool isAllowedTransition(OrderState from, OrderState to)
{
    switch (from) {
    case OrderState::Pending:
        return to == OrderState::Underway || to == OrderState::Cancelled;
    case OrderState::Underway:
        return to == OrderState::Done || to == OrderState::Cancelled;
    case OrderState::Done:
    case OrderState::Cancelled:
        return false;
    }
    return false;
}

} // namespace ct::hydrogen
