// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include "ct/core/actor.h"

#include <QJsonObject>
#include <QString>

#include <memory>
#include <vector>

namespace ct::plugin {
class Importer;
class PluginRegistry;
}
namespace ct::store {
class TwinStore;
}

namespace ct::cli {

/// \brief `citytwin-cli import` through the domain plugins' importers, as File → Import does
/// (ui::ImportController): the most confident plugin importer at or above
/// plugin::Importer::kConfident takes the file; otherwise the built-in GDAL import does.
class PluginImport
{
public:
    explicit PluginImport(const plugin::PluginRegistry &plugins);

    /// The plugin importer for `path`, or null when no plugin is confident it reads the file.
    plugin::Importer *importerFor(const QString &path) const;

    /// Imports `path` with `importer` in one TwinStore::perform() (action `layer.import`, target
    /// `target` — the file name, or the URL a fetched file came from): one transaction and one
    /// audit row; a refused or failing import leaves the twin unchanged. The summary has the
    /// shape of dataio::ImportReport::toJson() (file, format = importer id, layer(s), counts,
    /// skippedRows, error).
    static QJsonObject run(store::TwinStore &twin, const core::Actor &actor, plugin::Importer &importer,
                           const QString &path, const QString &target);

private:
    std::vector<std::shared_ptr<plugin::Importer>> m_importers;
};

} // namespace ct::cli
