// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include "ct/core/result.h"
#include "ct/geo/geometry.h"

#include <QByteArray>

#include <cstddef>
#include <cstdint>

namespace ct::geo {

/// \brief The GeoPackage geometry encoding (OGC 12-128r18, §2.1.3): a "GP" header with the SRS id
/// and an XY envelope, followed by little-endian ISO WKB.
///
/// The twin writes its layers through SQLite directly (one transaction with its audit row), so it
/// needs this encoding itself; every file it writes is checked by GDAL in the tests.
class GpkgBlob
{
public:
    /// Encodes `geometry`; points are written without an envelope, as GDAL does.
    static QByteArray encode(const Geometry &geometry, std::int32_t srsId);
    /// Appends the encoding to `out` (avoids one allocation per feature in bulk writes).
    static void encodeTo(const Geometry &geometry, std::int32_t srsId, QByteArray &out);

    /// Decodes a GeoPackage blob (either byte order; Z/M coordinates are dropped).
    static core::Result<Geometry> decode(const void *data, std::size_t size);

    /// Splits a WKB geometry type code into its simple-features type and the coordinates per point
    /// (2, 3 or 4), for ISO codes (+1000 Z, +2000 M, +3000 ZM) and the EWKB Z flag. False for a
    /// type the twin does not handle (curves, collections).
    static bool parseWkbType(std::uint32_t code, GeometryType *type, int *dimensions);

    /// Plain WKB without the GeoPackage header.
    static void encodeWkb(const Geometry &geometry, QByteArray &out);
    static core::Result<Geometry> decodeWkb(const void *data, std::size_t size);
};

} // namespace ct::geo
