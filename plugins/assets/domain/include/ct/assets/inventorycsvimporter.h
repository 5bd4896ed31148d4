// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include "ct/pluginapi/importer.h"

namespace ct::assets {

/// \brief File → Import (and `citytwin-cli import`) of an asset inventory CSV
/// (InventoryCsvReader's columns), under the action "assets.import". Recognised by its header:
/// `asset_id`, `type`, `install_year` and `grade` among the columns. A file with any bad cell
/// imports nothing; the error lists every bad line and field.
class InventoryCsvImporter : public plugin::Importer
{
public:
    QString id() const override { return QStringLiteral("assets.inventory-csv"); }
    QString title() const override;
    int confidence(const QString &path) const override;
    core::Result<plugin::ImportSummary> import(store::TwinStore &store, const QString &path) override;
    QString action() const override;
};

} // namespace ct::assets
