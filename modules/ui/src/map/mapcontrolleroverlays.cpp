// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
//
// MapController's part for the plugins' overlays: layers computed per operator (alerts, hotspot
// surfaces) that are not twin tables, kept in EPSG:6677 and drawn by OverlayNode.qml.
#include "mapcontroller.h"

#include "maplayer.h"
#include "overlaylayer.h"
#include "overlaypicker.h"

#include <QQuickWindow>

#include <algorithm>

namespace ct::ui {

OverlayLayer *MapController::overlayLayer(const QString &name) const
{
    for (QObject *o : m_overlayLayers)
        if (auto *l = static_cast<OverlayLayer *>(o); l->name() == name)
            return l;
    return nullptr;
}

void MapController::setOverlay(const QString &name, bool raster, const plugin::Overlay &overlay)
{
    OverlayLayer *layer = overlayLayer(name);
    const OverlayLayer::Kind kind = raster ? OverlayLayer::Kind::Raster : OverlayLayer::Kind::Points;
    if (layer && layer->overlayKind() != kind) {
        m_overlayLayers.removeOne(layer);
        layer->deleteLater();
        layer = nullptr;
    }
    if (!layer) {
        layer = new OverlayLayer(name, kind, this);
        m_overlayLayers << layer;
        updateOverlayZOffsets();
        emit overlayLayersChanged();
    }
    layer->setOverlay(overlay, m_scene ? m_scene->origin : geo::Point{});
    if (m_window)
        m_window->update();
}

void MapController::setOverlayStyle(const QString &name, bool visible, double opacity, const QString &symbol,
                                    double symbolSize, int order)
{
    if (OverlayLayer *layer = overlayLayer(name)) {
        layer->setStyle(visible, opacity, symbol, symbolSize, order);
        updateOverlayZOffsets();
    }
}

void MapController::removeOverlays()
{
    if (m_overlayLayers.isEmpty())
        return;
    const QList<QObject *> old = m_overlayLayers;
    m_overlayLayers.clear();
    emit overlayLayersChanged();
    for (QObject *o : old)
        o->deleteLater();
}

void MapController::placeOverlays()
{
    const geo::Point origin = m_scene ? m_scene->origin : geo::Point{};
    for (QObject *o : std::as_const(m_overlayLayers))
        static_cast<OverlayLayer *>(o)->place(origin);
}

void MapController::updateOverlayZOffsets()
{
    // Rasters lie just above the flat layers (roads, areas) in 3D, so buildings still stand on
    // them; in 2D above the roofs, so they are seen. Overlay symbols float above the twin's own.
    int flat = 0;
    double maxHeight = 0;
    for (QObject *o : std::as_const(m_layerObjects)) {
        auto *l = static_cast<MapLayer *>(o);
        flat += l->kind() == QLatin1String("lines") || l->kind() == QLatin1String("areas") ? 1 : 0;
        maxHeight = std::max(maxHeight, l->maxHeight());
    }
    std::vector<OverlayLayer *> ordered;
    for (QObject *o : std::as_const(m_overlayLayers))
        ordered.push_back(static_cast<OverlayLayer *>(o));
    std::stable_sort(ordered.begin(), ordered.end(), [](OverlayLayer *a, OverlayLayer *b) { return a->order() < b->order(); });
    int rasters = 0, symbols = 0;
    for (OverlayLayer *l : ordered) {
        if (l->overlayKind() == OverlayLayer::Kind::Raster)
            l->setZOffset((isTopDown() ? maxHeight + 4.0 : 0.3 + 0.3 * double(flat)) + 0.2 * double(rasters++));
        else
            l->setZOffset((isTopDown() ? maxHeight + 7.0 : 2.0) + 0.1 * double(symbols++));
    }
}

QVariantMap MapController::overlayAt(double x, double y) const
{
    std::vector<const OverlayLayer *> layers;
    for (QObject *o : m_overlayLayers)
        layers.push_back(static_cast<const OverlayLayer *>(o));
    const auto hit = OverlayPicker::pick(layers, [this](const QVector3D &p) { return m_camera.project(p); }, QPointF(x, y));
    if (!hit)
        return {};
    return {{QStringLiteral("overlay"), hit->overlay}, {QStringLiteral("id"), hit->featureId}};
}

} // namespace ct::ui
