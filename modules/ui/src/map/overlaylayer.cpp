// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "overlaylayer.h"

#include "dynamicpointlayer.h"
#include "overlayquadgeometry.h"
#include "overlaytexture.h"

#include <QVector3D>

#include <cmath>

namespace ct::ui {

OverlayLayer::OverlayLayer(const QString &name, Kind kind, QObject *parent) : QObject(parent), m_name(name), m_kind(kind)
{
    if (kind == Kind::Points) {
        m_points = new DynamicPointLayer;
        m_points->setParent(this);
    } else {
        m_texture = new OverlayTexture;
        m_texture->setParent(this);
        m_quad = new OverlayQuadGeometry;
        m_quad->setParent(this);
    }
}

QObject *OverlayLayer::instancing() const
{
    return m_points;
}

QObject *OverlayLayer::texture() const
{
    return m_texture;
}

QObject *OverlayLayer::geometry() const
{
    return m_quad;
}

bool OverlayLayer::hasContent() const
{
    return m_kind == Kind::Points ? !m_overlay.points.empty() : !m_overlay.raster.isNull();
}

void OverlayLayer::setOverlay(const plugin::Overlay &overlay, const geo::Point &origin)
{
    const bool had = hasContent();
    const bool sameImage = m_kind == Kind::Raster && overlay.raster.image == m_overlay.raster.image;
    m_overlay = overlay;
    if (m_kind == Kind::Raster && !sameImage) {
        // An empty overlay keeps a 1 × 1 transparent texture: the material always has one.
        QImage image = overlay.raster.isNull() ? QImage(1, 1, QImage::Format_RGBA8888) : overlay.raster.image;
        if (overlay.raster.isNull())
            image.fill(Qt::transparent);
        m_texture->setImage(image);
    }
    place(origin);
    if (had != hasContent())
        emit contentChanged();
}

void OverlayLayer::place(const geo::Point &origin)
{
    if (m_kind == Kind::Points) {
        std::vector<QVector3D> positions;
        std::vector<QColor> colors;
        std::vector<float> sizes;
        std::vector<float> headings;
        bool turned = false;
        positions.reserve(m_overlay.points.size());
        for (const plugin::Overlay::Point &p : m_overlay.points) {
            positions.emplace_back(float(p.position.x - origin.x), float(p.position.y - origin.y), 0.0f);
            colors.push_back(p.color);
            sizes.push_back(p.sizePixels);
            headings.push_back(p.headingDegrees);
            turned = turned || std::isfinite(p.headingDegrees);
        }
        m_points->setPoints(std::move(positions), colors);
        m_points->setAppearance(colors, sizes);
        m_points->setHeadings(turned ? headings : std::vector<float>());
        return;
    }
    const geo::Envelope &e = m_overlay.raster.extent;
    if (m_overlay.raster.isNull())
        m_quad->setRect(QRectF());
    else
        m_quad->setRect(QRectF(QPointF(e.minX - origin.x, e.minY - origin.y), QPointF(e.maxX - origin.x, e.maxY - origin.y)));
}

void OverlayLayer::setStyle(bool visible, double opacity, const QString &symbol, double symbolSize, int order)
{
    if (m_visible == visible && qFuzzyCompare(m_opacity, opacity) && m_symbol == symbol && qFuzzyCompare(m_symbolSize, symbolSize)
        && m_order == order)
        return;
    m_visible = visible;
    m_opacity = opacity;
    m_symbol = symbol;
    m_symbolSize = symbolSize;
    m_order = order;
    emit styleChanged();
}

void OverlayLayer::setZOffset(double metres)
{
    if (qFuzzyCompare(m_zOffset + 1.0, metres + 1.0))
        return;
    m_zOffset = metres;
    emit styleChanged();
}

} // namespace ct::ui
