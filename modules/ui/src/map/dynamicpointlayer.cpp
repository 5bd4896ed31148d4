// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "dynamicpointlayer.h"

#include <cmath>

namespace ct::ui {

namespace {
QVector4D toVector(const QColor &c)
{
    return QVector4D(float(c.redF()), float(c.greenF()), float(c.blueF()), float(c.alphaF()));
}
} // namespace

DynamicPointLayer::DynamicPointLayer(QQuick3DObject *parent) : QQuick3DInstancing(parent) {}

void DynamicPointLayer::setPoints(std::vector<QVector3D> positions, const std::vector<QColor> &colors)
{
    const bool countChange = positions.size() != m_positions.size();
    m_positions = std::move(positions);
    m_colors.clear();
    m_sizes.clear();
    m_headings.clear();
    if (colors.size() == m_positions.size()) {
        m_colors.reserve(colors.size());
        for (const QColor &c : colors)
            m_colors.push_back(toVector(c));
    }
    m_dirty = true;
    markDirty();
    if (countChange)
        emit countChanged();
}

void DynamicPointLayer::setPositions(const std::vector<QVector3D> &positions)
{
    if (positions.size() != m_positions.size()) {
        setPoints(positions);
        return;
    }
    m_positions = positions;
    m_dirty = true;
    markDirty();
}

void DynamicPointLayer::setAppearance(const std::vector<QColor> &colors, const std::vector<float> &sizes)
{
    m_colors.clear();
    if (colors.size() == m_positions.size()) {
        m_colors.reserve(colors.size());
        for (const QColor &c : colors)
            m_colors.push_back(toVector(c));
    }
    m_sizes = sizes.size() == m_positions.size() ? sizes : std::vector<float>();
    m_dirty = true;
    markDirty();
}

void DynamicPointLayer::setHeadings(const std::vector<float> &degrees)
{
    m_headings = degrees.size() == m_positions.size() ? degrees : std::vector<float>();
    m_dirty = true;
    markDirty();
}

float DynamicPointLayer::headingAt(std::size_t i) const
{
    return i < m_headings.size() ? m_headings[i] : std::nanf("");
}

QColor DynamicPointLayer::colorAt(std::size_t i) const
{
    const QVector4D c = i < m_colors.size() ? m_colors[i] : m_defaultColor;
    return QColor::fromRgbF(c.x(), c.y(), c.z(), c.w());
}

void DynamicPointLayer::setDefaultColor(const QColor &color)
{
    m_defaultColor = toVector(color);
    m_dirty = true;
    markDirty();
}

QByteArray DynamicPointLayer::getInstanceBuffer(int *instanceCount)
{
    if (m_dirty) {
        // The symbol material draws screen-aligned markers itself and only reads the position
        // (translation column) and the colour, so the table is filled directly, no matrix maths.
        m_buffer.resize(qsizetype(m_positions.size() * sizeof(InstanceTableEntry)));
        auto *entry = reinterpret_cast<InstanceTableEntry *>(m_buffer.data());
        for (std::size_t i = 0; i < m_positions.size(); ++i, ++entry) {
            const QVector3D &p = m_positions[i];
            entry->row0 = QVector4D(1, 0, 0, p.x());
            entry->row1 = QVector4D(0, 1, 0, p.y());
            entry->row2 = QVector4D(0, 0, 1, p.z());
            entry->color = i < m_colors.size() ? m_colors[i] : m_defaultColor;
            // y: the symbol's own size in pixels (0 = the layer's); z: its heading in radians
            // clockwise from north, used when w is 1 (symbol.vert).
            const float heading = i < m_headings.size() ? m_headings[i] : std::nanf("");
            const bool turned = std::isfinite(heading);
            entry->instanceData = QVector4D(float(i), i < m_sizes.size() ? m_sizes[i] : 0.0f,
                                            turned ? float(heading * M_PI / 180.0) : 0.0f, turned ? 1.0f : 0.0f);
        }
        m_dirty = false;
    }
    if (instanceCount)
        *instanceCount = int(m_positions.size());
    return m_buffer;
}

} // namespace ct::ui
