// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "overlayquadgeometry.h"

#include <QVector3D>

namespace ct::ui {

OverlayQuadGeometry::OverlayQuadGeometry(QQuick3DObject *parent) : QQuick3DGeometry(parent) {}

void OverlayQuadGeometry::setRect(const QRectF &rect)
{
    m_rect = rect;
    const float x0 = float(rect.left()), x1 = float(rect.right());
    const float south = float(rect.top()), north = float(rect.bottom()); // QRectF y grows northwards here
    // x, y, z, u, v. Texture data uploads its first row at v = 0, so the north edge gets v = 0.
    const float vertices[] = {
        x0, south, 0.0f, 0.0f, 1.0f,
        x1, south, 0.0f, 1.0f, 1.0f,
        x1, north, 0.0f, 1.0f, 0.0f,
        x0, north, 0.0f, 0.0f, 0.0f,
    };
    const quint16 indices[] = {0, 1, 2, 0, 2, 3};
    clear();
    setStride(5 * sizeof(float));
    setPrimitiveType(QQuick3DGeometry::PrimitiveType::Triangles);
    addAttribute(QQuick3DGeometry::Attribute::PositionSemantic, 0, QQuick3DGeometry::Attribute::F32Type);
    addAttribute(QQuick3DGeometry::Attribute::TexCoord0Semantic, 3 * sizeof(float), QQuick3DGeometry::Attribute::F32Type);
    addAttribute(QQuick3DGeometry::Attribute::IndexSemantic, 0, QQuick3DGeometry::Attribute::U16Type);
    setVertexData(QByteArray(reinterpret_cast<const char *>(vertices), sizeof(vertices)));
    setIndexData(QByteArray(reinterpret_cast<const char *>(indices), sizeof(indices)));
    setBounds(QVector3D(x0, south, -0.1f), QVector3D(x1, north, 0.1f));
    update();
}

} // namespace ct::ui
