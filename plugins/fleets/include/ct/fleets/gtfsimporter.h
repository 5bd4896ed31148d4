// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include "ct/pluginapi/importer.h"

namespace ct::fleets {

/// \brief Imports a GTFS or GTFS-JP feed (a .zip) into the twin's gtfs_* tables and the
/// gtfs_stops / gtfs_shapes layers (EPSG:6677).
///
/// The whole feed is read (through GDAL: /vsizip/ and the CSV driver) and checked before anything
/// is written: required files and fields, value formats (times such as 25:30:00 are legal, 25:61:00
/// is not), duplicate keys and references between files (trip → route, service and shape;
/// stop_times → trip and stop; frequencies → trip; JP agency/office). The first problem is returned
/// naming the file, line and field, and nothing is written. A feed imported again (same zip base
/// name) replaces its earlier rows. Writes happen inside the caller's transaction, or in one of its
/// own when the caller has none.
class GtfsImporter : public plugin::Importer
{
public:
    QString id() const override { return QStringLiteral("gtfs"); }
    QString title() const override;
    int confidence(const QString &path) const override;
    core::Result<plugin::ImportSummary> import(store::TwinStore &store, const QString &path) override;
};

} // namespace ct::fleets
