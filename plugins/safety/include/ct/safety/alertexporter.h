// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include "ct/core/actor.h"
#include "ct/core/result.h"
#include "ct/safety/alert.h"
#include "ct/safety/alertfilter.h"

#include <QString>

#include <vector>

namespace ct::safety {

class AlertStore;

/// \brief Writes the alerts one actor may see: GeoJSON or CSV (through GDAL, WGS84 lon/lat), or
/// CAP 1.2 (one XML file per published alert in a directory).
///
/// The rows come from AlertStore::alerts() for that actor, so an export never holds more than
/// the actor sees on screen. The personal and exact-place columns (place_kind, address,
/// school_fid, victim_age_group, victim_grade, reporter_contact) exist only when at least one
/// exported alert is seen in full; a de-personalised export does not have them at all. CAP
/// messages never carry personal data, whoever exports them. The file appears complete or not at
/// all (written beside the target, then renamed); an existing output is not overwritten.
class AlertExporter
{
public:
    enum class Format { GeoJson, Csv, Cap };

    /// "geojson", "csv", "cap".
    static bool formatFromName(const QString &name, Format *format);

    /// Exports what `actor` may see; returns the number of alerts (CAP: messages) written.
    static core::Result<qint64> exportAlerts(const AlertStore &store, const core::Actor &actor, Format format,
                                             const QString &outputPath, const AlertFilter &filter = {});
    /// Writes already read alerts as GeoJSON or CSV.
    static core::Result<qint64> writeVector(const std::vector<Alert> &alerts, Format format, const QString &outputPath);
};

} // namespace ct::safety
