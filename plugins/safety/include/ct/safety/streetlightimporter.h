// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include "ct/pluginapi/importer.h"

namespace ct::safety {

/// \brief Real streetlight sites (a city's 防犯灯 / 街路灯 open data, CSV in UTF-8 or Shift_JIS)
/// replacing the generator's in the `streetlights` layer the streetlight suggestions read.
///
/// Columns: longitude and latitude in WGS84 (`lon`/`lat`, `longitude`/`latitude` or
/// `経度`/`緯度`), optionally an id (`light_id`, `id`, `管理番号`; else the line number). A row
/// without coordinates, with unreadable ones or outside the city is skipped with its line and
/// reason; a file without a single usable row, a missing column or broken encoding is refused.
/// The whole layer is replaced in one transaction ("safety.streetlights.import": police liaison,
/// planners, HQ, administrators; migration v6).
class StreetlightImporter : public plugin::Importer
{
public:
    static QString layerName() { return QStringLiteral("streetlights"); }

    QString id() const override { return QStringLiteral("safety.streetlights-csv"); }
    QString title() const override;
    /// 85 for a CSV whose header has the coordinate columns and whose name or header says
    /// streetlight (streetlight, 街路灯, 防犯灯, light_id); 0 otherwise.
    int confidence(const QString &path) const override;
    core::Result<plugin::ImportSummary> import(store::TwinStore &store, const QString &path) override;
    QString action() const override { return QStringLiteral("safety.streetlights.import"); }
};

} // namespace ct::safety
