// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include <QDateTime>
#include <QString>

namespace ct::fleets::detail {

/// A time as the fleet tables keep it: ISO 8601 UTC to the second (`2026-11-30T00:05:00Z`), so
/// that text order is time order; a null QString for an invalid time (bound with
/// store::SqlStatement::bindNullable it is NULL).
inline QString fleetTime(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODate) : QString();
}

} // namespace ct::fleets::detail
