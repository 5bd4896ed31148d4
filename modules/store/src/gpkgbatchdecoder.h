// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include "ct/store/geometrybatch.h"

#include <cstddef>

namespace ct::store::detail {

/// \brief Decodes GeoPackage geometry blobs straight into a GeometryBatch.
///
/// Accepts and rejects exactly what geo::GpkgBlob::decode() does and produces the same parts,
/// rings and points, but without a geo::Geometry per feature: little-endian 2D coordinates (what
/// GDAL and the twin write) are copied into the batch's coordinate array with one memcpy per ring.
class GpkgBatchDecoder
{
public:
    /// Appends one feature decoded from `data`. On failure returns false and leaves the batch
    /// as it was.
    static bool decode(const void *data, std::size_t size, GeometryBatch &batch);
};

} // namespace ct::store::detail
