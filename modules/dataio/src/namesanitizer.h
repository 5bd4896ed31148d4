// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

// Internal: turning source names into twin layer and column names.

#include <QString>

namespace ct::dataio {

/// A layer (table) name: lower case [a-z0-9_], not starting with a digit; empty when nothing is left.
QString sanitizeLayerName(const QString &name);
/// A column name the twin accepts ([a-z_][a-z0-9_]*, never "fid" or "geom"). Common Japanese
/// open-data column names are translated (名称 → name, 住所 → address, 種別 → kind …); other
/// non-ASCII names become "col_<column>" with `column` 1-based, and the caller records the original.
QString sanitizeFieldName(const QString &name, int column = 0);

} // namespace ct::dataio
