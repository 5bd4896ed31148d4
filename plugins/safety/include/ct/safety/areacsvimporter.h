// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include "ct/pluginapi/importer.h"

namespace ct::safety {

/// \brief The subscription-area CSV (AreaCatalogue's format: area_id, kind, name, name_en,
/// subscribers, district, wkt, lon, lat, radius_m) offered to the console's import: recognised by
/// its header, written inside the caller's transaction; any bad row refuses the file.
class AreaCsvImporter : public plugin::Importer
{
public:
    QString id() const override { return QStringLiteral("safety.areas-csv"); }
    QString title() const override;
    int confidence(const QString &path) const override;
    core::Result<plugin::ImportSummary> import(store::TwinStore &store, const QString &path) override;
    /// Police liaison, planners, HQ and administrators.
    QString action() const override { return QStringLiteral("safety.areas.import"); }
};

} // namespace ct::safety
