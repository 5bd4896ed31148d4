// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include <QString>
#include <QStringList>

namespace ct::hydrogen {

/// \brief Where a dispatch order stands: pending → underway → done; pending or underway →
/// cancelled. Done and cancelled are final.
enum class OrderState { Pending, Underway, Done, Cancelled };

QString orderStateName(OrderState state);          //!< "pending", "underway", "done", "cancelled"
bool orderStateFromName(const QString &name, OrderState *state);
QStringList orderStateNames();
bool isAllowedTransition(OrderState from, OrderState to);

} // namespace ct::hydrogen
