// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "maplayer.h"

#include "dynamicpointlayer.h"

namespace ct::ui {

MapLayer::MapLayer(const QString &name, const QString &kind, QObject *parent)
    : QObject(parent), m_name(name), m_kind(kind)
{
}

QObject *MapLayer::instancing() const
{
    return m_points;
}

void MapLayer::setMeshes(QList<QObject *> meshes, QList<QObject *> roofs, QList<QObject *> lines)
{
    for (QObject *o : meshes + roofs + lines)
        o->setParent(this);
    m_meshes = std::move(meshes);
    m_roofMeshes = std::move(roofs);
    m_lineMeshes = std::move(lines);
}

void MapLayer::setPoints(DynamicPointLayer *points)
{
    if (points)
        points->setParent(this);
    m_points = points;
}

void MapLayer::setStyle(const Style &style)
{
    m_color = style.color;
    m_outlineColor = style.outlineColor.isValid() ? style.outlineColor : style.color;
    m_visible = style.visible;
    m_opacity = style.opacity;
    if (!style.symbol.isEmpty())
        m_symbol = style.symbol;
    m_symbolSize = style.symbolSize;
    m_order = style.order;
    if (m_points)
        m_points->setDefaultColor(m_color);
    emit styleChanged();
}

void MapLayer::setZOffset(double metres)
{
    if (qFuzzyCompare(m_zOffset + 1.0, metres + 1.0))
        return;
    m_zOffset = metres;
    emit styleChanged();
}

} // namespace ct::ui
