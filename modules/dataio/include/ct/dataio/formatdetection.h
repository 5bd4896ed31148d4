// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include "ct/dataio/sourceformat.h"

#include <QString>

namespace ct::dataio {

/// \brief What the detector found out about a file before any importer touches it.
struct FormatDetection
{
    SourceFormat format = SourceFormat::Unknown;
    QString driver;     //!< GDAL short driver name that will read it ("GeoJSON", "CSV", "GML", "OSM", "GPKG" …)
    QString encoding;   //!< text encoding of CSV sources: "UTF-8", "UTF-8 (BOM)", "Shift_JIS"; empty otherwise
};

} // namespace ct::dataio
