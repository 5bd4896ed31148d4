// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "symbolgeometry.h"

#include <QVector3D>

#include <cmath>

namespace ct::ui {

SymbolGeometry::SymbolGeometry(QQuick3DObject *parent) : QQuick3DGeometry(parent)
{
    rebuild();
}

void SymbolGeometry::setShape(const QString &shape)
{
    if (shape == m_shape)
        return;
    m_shape = shape;
    rebuild();
    emit shapeChanged();
}

std::vector<std::pair<float, float>> SymbolGeometry::outline(const QString &shape)
{
    if (shape == QLatin1String("square"))
        return {{-0.8f, -0.8f}, {0.8f, -0.8f}, {0.8f, 0.8f}, {-0.8f, 0.8f}};
    if (shape == QLatin1String("triangle"))
        return {{-1.0f, -0.8f}, {1.0f, -0.8f}, {0.0f, 1.0f}};
    // A pointed arrowhead, its tip at the top: vehicles turned to their heading.
    if (shape == QLatin1String("arrow"))
        return {{0.0f, 1.0f}, {-0.85f, -0.9f}, {0.0f, -0.45f}, {0.85f, -0.9f}};
    if (shape == QLatin1String("diamond"))
        return {{0.0f, -1.0f}, {1.0f, 0.0f}, {0.0f, 1.0f}, {-1.0f, 0.0f}};
    std::vector<std::pair<float, float>> circle;
    constexpr int kSegments = 12;
    for (int i = 0; i < kSegments; ++i) {
        const double a = 2.0 * M_PI * i / kSegments;
        circle.emplace_back(float(std::cos(a)), float(std::sin(a)));
    }
    return circle;
}

void SymbolGeometry::rebuild()
{
    const auto ring = outline(m_shape);
    // Fan: centre vertex 0, then the ring.
    QByteArray vertices;
    vertices.resize(qsizetype((ring.size() + 1) * 3 * sizeof(float)));
    auto *v = reinterpret_cast<float *>(vertices.data());
    *v++ = 0; *v++ = 0; *v++ = 0;
    for (const auto &[x, y] : ring) {
        *v++ = x; *v++ = y; *v++ = 0;
    }
    QByteArray indices;
    indices.resize(qsizetype(ring.size() * 3 * sizeof(std::uint32_t)));
    auto *i = reinterpret_cast<std::uint32_t *>(indices.data());
    for (std::uint32_t k = 0; k < ring.size(); ++k) {
        *i++ = 0;
        *i++ = 1 + k;
        *i++ = 1 + (k + 1) % std::uint32_t(ring.size());
    }
    clear();
    setStride(3 * sizeof(float));
    setVertexData(vertices);
    setIndexData(indices);
    setPrimitiveType(PrimitiveType::Triangles);
    addAttribute(Attribute::PositionSemantic, 0, Attribute::F32Type);
    addAttribute(Attribute::IndexSemantic, 0, Attribute::U32Type);
    constexpr float kWide = 1.0e6f;
    setBounds(QVector3D(-kWide, -kWide, -kWide), QVector3D(kWide, kWide, kWide));
    update();
}

} // namespace ct::ui
