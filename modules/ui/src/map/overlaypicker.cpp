// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "overlaypicker.h"

#include "dynamicpointlayer.h"
#include "overlaylayer.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace ct::ui {

std::optional<OverlayPicker::Hit> OverlayPicker::pick(const std::vector<const OverlayLayer *> &layers, const Projection &project,
                                                      QPointF pixel)
{
    std::vector<const OverlayLayer *> ordered;
    for (const OverlayLayer *layer : layers)
        if (layer && layer->overlayKind() == OverlayLayer::Kind::Points && layer->isLayerVisible() && layer->layerOpacity() > 0.0
            && layer->points())
            ordered.push_back(layer);
    // Topmost first: a higher order is drawn above (MapController::updateOverlayZOffsets).
    std::stable_sort(ordered.begin(), ordered.end(), [](const OverlayLayer *a, const OverlayLayer *b) { return a->order() > b->order(); });
    for (const OverlayLayer *layer : ordered) {
        const auto &points = layer->overlay().points;
        const auto &positions = layer->points()->positions();
        std::optional<Hit> best;
        for (std::size_t i = 0; i < points.size() && i < positions.size(); ++i) {
            if (points[i].featureId.isEmpty())
                continue;
            QVector3D p = positions[i];
            p.setZ(p.z() + float(layer->zOffset()));
            const std::optional<QPointF> px = project(p);
            if (!px)
                continue;
            const double d = std::hypot(px->x() - pixel.x(), px->y() - pixel.y());
            const double size = points[i].sizePixels > 0.0f ? double(points[i].sizePixels) : layer->symbolSize();
            if (d <= size / 2.0 + kMarginPixels && (!best || d < best->distancePixels))
                best = Hit{layer->name(), points[i].featureId, i, d};
        }
        if (best)
            return best;
    }
    return std::nullopt;
}

} // namespace ct::ui
