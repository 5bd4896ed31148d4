// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "ct/store/layercolumns.h"

namespace ct::store {

int LayerColumns::columnIndex(const QString &name) const
{
    for (std::size_t c = 0; c < columns.size(); ++c)
        if (columns[c].name() == name)
            return int(c);
    return -1;
}

FeatureTable LayerColumns::toFeatureTable() const
{
    FeatureTable table;
    table.layer = layer;
    table.srsId = srsId;
    table.fids = fids;
    table.geometries = geometries.toGeometries();
    table.columns.resize(columns.size());
    for (std::size_t c = 0; c < columns.size(); ++c) {
        const AttributeColumn &column = columns[c];
        table.columnNames << column.name();
        auto &values = table.columns[c];
        values.reserve(column.size());
        for (std::size_t row = 0; row < column.size(); ++row)
            values.push_back(column.value(row));
    }
    return table;
}

} // namespace ct::store
