// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include "ct/core/actor.h"
#include "ct/core/result.h"
#include "ct/safety/alert.h"
#include "ct/safety/alertfilter.h"

#include <QString>

#include <vector>

namespace ct::store {
class TwinStore;
}

namespace ct::safety {


/// \brief Writes the alerts one actor may see: GeoJSON or CSV (through GDAL, WGS84 lon/lat), CAP
/// 1.2 (one XML file per published alert, plus a Cancel message per retracted one, in a new
/// directory), or mail (one plain-text file per published alert: the bilingual notice and the
/// outbox's areas and recipient counts, in a new directory).
///
/// The rows come from AlertReader::alerts() for that actor, so an export never holds more than
/// the actor sees on screen. The personal and exact-place columns (place_kind, address,
/// school_fid, victim_age_group, victim_grade, reporter_contact) exist only when at least one
/// exported alert is seen in full; a de-personalised export does not have them at all. CAP
/// messages never carry personal data, whoever exports them. The file appears complete or not at
/// all (written beside the target, then renamed); an existing output is not overwritten.
class AlertExporter
{
public:
    enum class Format { GeoJson, Csv, Cap, Mail };

    /// "geojson", "csv", "cap", "mail".
    static bool formatFromName(const QString &name, Format *format);

    /// Exports what `actor` may see; returns the number of alerts (CAP: messages) written.
    static core::Result<qint64> exportAlerts(const store::TwinStore &twin, const core::Actor &actor, Format format,
                                             const QString &outputPath, const AlertFilter &filter = {});
    /// Writes already read alerts as GeoJSON or CSV.
    static core::Result<qint64> writeVector(const std::vector<Alert> &alerts, Format format, const QString &outputPath);
};

} // namespace ct::safety
