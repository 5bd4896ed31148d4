// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include <QString>

namespace ct::dataio {

/// \brief What the user said on the command line (or in the import dialog) about an import.
struct ImportOptions
{
    QString layer;       //!< target layer for generic sources; empty = derived from the source layer name
    QString lonField;    //!< CSV column holding longitude / easting; empty = auto-detect
    QString latField;    //!< CSV column holding latitude / northing; empty = auto-detect
    QString crs;         //!< source CRS ("EPSG:4326") overriding what the file says; empty = the file's own
    QString idField;     //!< generic sources: field giving the stable id; empty = auto-detect, else a content hash
    bool skipBad = false; //!< import the good rows of a file with bad rows, listing each skipped row
};

} // namespace ct::dataio
