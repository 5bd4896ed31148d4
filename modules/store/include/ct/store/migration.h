// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include <QString>

#include <vector>

namespace ct::store {

/// \brief One forward schema step of a component ("core" or a plugin id).
///
/// Steps are applied in version order, each in its own transaction together with the row in
/// `ct_schema` that records it; a twin whose recorded version is above the newest step known
/// to this build is refused rather than guessed at.
struct Migration
{
    int version = 0;        //!< 1, 2, 3 … without gaps
    QString description;    //!< one line for the log and `citytwin-cli info`
    QString sql;            //!< one or more SQL statements
};

using MigrationList = std::vector<Migration>;

} // namespace ct::store
