// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include "ct/store/attributecolumn.h"
#include "ct/store/featuretable.h"
#include "ct/store/geometrybatch.h"

#include <QString>

#include <vector>

namespace ct::store {

/// \brief A layer (or the part of it an envelope selects) read column-wise by
/// TwinStore::readColumns(): fids, a GeometryBatch and typed attribute columns.
///
/// The fast path of the view loader: a whole layer lands in a handful of large arrays instead of
/// one geometry and one QVariant per cell. Row i is fids[i], geometries feature i and
/// columns[c] row i, in fid order, exactly the rows TwinStore::read() returns.
struct LayerColumns
{
    QString layer;
    int srsId = 0;
    std::vector<qint64> fids;
    GeometryBatch geometries;
    std::vector<AttributeColumn> columns;

    std::size_t size() const { return fids.size(); }
    //! Index of the column named `name` in `columns`, or -1.
    int columnIndex(const QString &name) const;

    /// The same rows as a FeatureTable (one geo::Geometry and one QVariant per cell), for code
    /// written against read().
    FeatureTable toFeatureTable() const;
};

} // namespace ct::store
