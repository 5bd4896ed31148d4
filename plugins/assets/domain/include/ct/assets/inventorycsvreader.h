// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include "ct/assets/asset.h"

#include <QStringList>

#include <vector>

namespace ct::assets {

/// \brief Reads a real inventory from a CSV file through GDAL's CSV driver.
///
/// Columns (header names, any order): `asset_id`, `type` (bridge, pavement, water_pipe,
/// sewer_pipe), `name`, `install_year`, `length_m`, `area_m2` (bridges and pavement),
/// `material`, `importance`, `grade` (I–IV or 1–4), `last_inspection` (YYYY-MM-DD), and the
/// position as `wkt` (a LINESTRING or POINT in EPSG:6677) or `lon`,`lat` (WGS 84 degrees; a
/// point). Every bad cell is reported as "file:line: field: problem"; a file with any error
/// yields no assets.
class InventoryCsvReader
{
public:
    struct Outcome
    {
        std::vector<Asset> assets;
        QStringList errors; //!< "inventory.csv:7: grade: expected I, II, III or IV, got \"V\""
        bool ok() const { return errors.isEmpty(); }
    };
    static Outcome read(const QString &path, int currentYear = 2026);
};

} // namespace ct::assets
