// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include "ct/core/result.h"

#include <QString>

#include <functional>
#include <vector>

namespace ct::store {

class TwinStore;

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
    /// Optional code run in the step's transaction before `sql`, for what SQL alone should not
    /// do by hand — above all TwinStore::createLayer() for a component's feature layer (the
    /// GeoPackage registration and R-tree come with it), so `sql` can then add indexes or
    /// triggers to that layer. A failure rolls the whole step back.
    std::function<core::Status(TwinStore &)> apply = {};
};

using MigrationList = std::vector<Migration>;

} // namespace ct::store
