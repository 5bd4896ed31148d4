// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include "mapscenedata.h"

#include "ct/core/result.h"
#include "ct/store/layerdefinition.h"

#include <functional>

namespace ct::ui {

/// \brief Turns feature tables into the map's GPU buffers. Pure functions without Qt Quick, so
/// the loader runs them on a worker thread and the tests run them without a window.
class MapSceneBuilder
{
public:
    /// Called with 0..1 as layers finish.
    using Progress = std::function<void(double)>;

    /// Column holding a per-feature ribbon width in metres, used when a line layer has it.
    static QString widthField() { return QStringLiteral("width_m"); }

    /// Builds one layer; `origin` (EPSG:6677 metres) is subtracted from every coordinate.
    static MapLayerData buildLayer(MapLayerSource source, const geo::Point &origin);
    /// Builds every layer around the centre of their joint extent.
    static MapSceneData build(std::vector<MapLayerSource> sources, const Progress &progress = {});
    /// A plain style for a layer nobody described: polygons with a height field are buildings,
    /// other polygons areas, lines lines, points points.
    static plugin::LayerDescriptor guessDescriptor(const store::LayerInfo &info);
    /// Opens `path` read-only (in the calling thread), reads the layers named by `descriptors`
    /// that exist in it with the store's column-wise fast path (TwinStore::readColumns), and
    /// builds them. Layers missing from the twin are skipped; with no
    /// descriptors at all, every layer of the twin is read with guessDescriptor().
    static core::Result<MapSceneData> load(const QString &path, const std::vector<plugin::LayerDescriptor> &descriptors,
                                           const Progress &progress = {});
};

} // namespace ct::ui
