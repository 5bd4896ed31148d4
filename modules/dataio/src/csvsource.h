// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

// Internal: a CSV file decoded to UTF-8 and opened with GDAL's CSV driver, shared by the CSV importers.

#include "ogrsupport.h"

#include "ct/core/result.h"
#include "ct/geo/geometry.h"

#include <QStringList>

#include <memory>

namespace ct::dataio {

class ImportSession;

class CsvSource
{
public:
    /// Reads the session's file, converts Shift_JIS to UTF-8 (recording the encoding in the report)
    /// and opens it. `detectTypes` lets GDAL type numeric columns (generic CSV).
    static core::Result<std::unique_ptr<CsvSource>> open(ImportSession &session, bool detectTypes);

    OGRLayer *layer() const { return m_layer; }
    /// Index of the first field whose name matches one of `names` (case-insensitive), or -1.
    int fieldIndex(const QStringList &names) const;
    /// Line of a feature in the file (header = line 1).
    static qint64 lineOf(const OGRFeature *feature) { return feature->GetFID() + 1; }

private:
    CsvSource() = default;
    std::unique_ptr<ogr::MemoryFile> m_memory;
    ogr::DatasetPtr m_dataset;
    OGRLayer *m_layer = nullptr;
};

/// \brief Turns longitude/latitude text into a point in the twin's CRS. Fails with a reason for
/// missing or unparsable numbers and for positions outside Japan.
core::Result<geo::Geometry> pointFromLonLat(ImportSession &session, const QString &lonText, const QString &latText,
                                            const QString &sourceCrs = QStringLiteral("EPSG:4326"));

} // namespace ct::dataio
