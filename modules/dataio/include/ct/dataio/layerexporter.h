// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include "ct/core/result.h"
#include "ct/dataio/exportformat.h"

#include <QString>

namespace ct::store {
class TwinStore;
}

namespace ct::dataio {

/// \brief Writes one twin layer to a GeoJSON, CSV or GeoPackage file through GDAL, in a form the
/// generic importer reads back to the same features (the stable id column included).
class LayerExporter
{
public:
    /// Returns the number of features written. Refuses an existing output file.
    static core::Result<qint64> exportLayer(const store::TwinStore &store, const QString &layer,
                                            ExportFormat format, const QString &outputPath);
};

} // namespace ct::dataio
