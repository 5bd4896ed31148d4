// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include "ct/geo/geometry.h"

#include <QStringList>
#include <QVariant>

#include <vector>

namespace ct::store {

/// \brief A whole layer (or a selection of it) read into memory, column by column.
///
/// Used by the view loader and by exporters; row i is fids[i], geometries[i] and
/// columns[c][i] for the attribute named columnNames[c].
struct FeatureTable
{
    QString layer;
    int srsId = 0;
    std::vector<qint64> fids;
    std::vector<geo::Geometry> geometries;
    QStringList columnNames;
    std::vector<std::vector<QVariant>> columns;

    std::size_t size() const { return fids.size(); }
    int columnIndex(const QString &name) const { return columnNames.indexOf(name); }
};

} // namespace ct::store
