// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include <QPointF>
#include <QString>
#include <QVector3D>

#include <functional>
#include <optional>
#include <vector>

namespace ct::ui {

class OverlayLayer;

/// \brief Which plugin overlay symbol a click at a pixel hits: the symbols of the visible
/// overlays that carry a feature id (plugin::Overlay::Point::featureId), topmost overlay first
/// (the highest drawing order); within one overlay the symbol nearest to the pixel, within its
/// own half size (or the layer's) plus a two-pixel margin. Hidden overlays, rasters and symbols
/// without an id are never hit.
class OverlayPicker
{
public:
    struct Hit
    {
        QString overlay;     //!< overlay id (LayerDescriptor::table)
        QString featureId;   //!< the source's id of the symbol
        std::size_t index = 0;
        double distancePixels = 0.0;
    };
    //! Pixel of a scene position, nullopt when behind the camera.
    using Projection = std::function<std::optional<QPointF>(const QVector3D &)>;

    static std::optional<Hit> pick(const std::vector<const OverlayLayer *> &layers, const Projection &project, QPointF pixel);

    //! Margin added to a symbol's half size (pixels), as for the twin's own symbols.
    static constexpr double kMarginPixels = 2.0;
};

} // namespace ct::ui
