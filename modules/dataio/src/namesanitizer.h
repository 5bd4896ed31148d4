// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

// Internal: turning source names into twin layer and column names.

#include <QString>

namespace ct::dataio {

/// A layer (table) name: lower case [a-z0-9_], not starting with a digit; empty when nothing is left.
QString sanitizeLayerName(const QString &name);
/// A column name: lower case ASCII letters, digits and '_' plus any non-ASCII letters (Japanese names
/// stay readable); never "fid" or "geom", which every twin layer has already.
QString sanitizeFieldName(const QString &name);

} // namespace ct::dataio
