// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include <QColor>
#include <QQuick3DInstancing>
#include <QVector3D>
#include <QtQml/qqmlregistration.h>

#include <vector>

namespace ct::ui {

/// \brief The instance table of a point layer: one symbol per position, with its own colour and,
/// when a feature state restyles the layer, its own size.
///
/// Used both for the twin's static point layers and for live ones (vehicles, people) whose
/// positions change every frame: setPoints() swaps the table and the renderer uploads it on the
/// next frame, without rebuilding any Model. Positions are scene coordinates (EPSG:6677 metres
/// minus the map origin, z up).
class DynamicPointLayer : public QQuick3DInstancing
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(int count READ count NOTIFY countChanged)

public:
    explicit DynamicPointLayer(QQuick3DObject *parent = nullptr);

    /// Replaces all points; `colors` may be empty (all `defaultColor`) or one per position.
    void setPoints(std::vector<QVector3D> positions, const std::vector<QColor> &colors = {});
    /// Moves the existing points (same count and colours); cheapest per-frame update.
    void setPositions(const std::vector<QVector3D> &positions);
    /// Restyles the points where they are: `colors` and `sizes` (pixels) empty or one per point;
    /// empty sizes (or a size ≤ 0) draw the layer's symbol size.
    void setAppearance(const std::vector<QColor> &colors, const std::vector<float> &sizes);
    /// Turns each symbol so that its top points along a direction on the ground: degrees
    /// clockwise from north (EPSG:6677 +y), one per point, NaN for an unturned symbol; empty
    /// turns none. Vehicles use it for their heading (symbol.vert projects the direction, so it
    /// stays right under any map rotation and tilt).
    void setHeadings(const std::vector<float> &degrees);
    //! Heading of point i in degrees, NaN when it has none.
    float headingAt(std::size_t i) const;
    const std::vector<QVector3D> &positions() const { return m_positions; }
    QColor colorAt(std::size_t i) const;
    //! Symbol size of point i in pixels, 0 = the layer's.
    float sizeAt(std::size_t i) const { return i < m_sizes.size() ? m_sizes[i] : 0.0f; }
    bool hasAppearance() const { return !m_colors.empty() || !m_sizes.empty(); }
    void setDefaultColor(const QColor &color);
    int count() const { return int(m_positions.size()); }

signals:
    void countChanged();

protected:
    QByteArray getInstanceBuffer(int *instanceCount) override;

private:
    std::vector<QVector3D> m_positions;
    std::vector<QVector4D> m_colors; //!< linear 0..1 rgba, empty = default colour
    std::vector<float> m_sizes;      //!< pixels, empty = the layer's symbol size
    std::vector<float> m_headings;   //!< degrees clockwise from north, NaN = unturned; empty = none
    QVector4D m_defaultColor{1, 1, 1, 1};
    QByteArray m_buffer;
    bool m_dirty = true;
};

} // namespace ct::ui
