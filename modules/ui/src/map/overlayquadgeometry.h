// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include <QQuick3DGeometry>
#include <QRectF>
#include <QtQml/qqmlregistration.h>

namespace ct::ui {

/// \brief A flat textured rectangle on the ground (z = 0), for a raster overlay: `rect` in scene
/// coordinates (metres east and north of the map origin); the texture's first row at the north
/// edge.
class OverlayQuadGeometry : public QQuick3DGeometry
{
    Q_OBJECT
    QML_ANONYMOUS

public:
    explicit OverlayQuadGeometry(QQuick3DObject *parent = nullptr);
    void setRect(const QRectF &rect);
    QRectF rect() const { return m_rect; }

private:
    QRectF m_rect;
};

} // namespace ct::ui
