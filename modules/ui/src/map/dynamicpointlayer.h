// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include <QColor>
#include <QQuick3DInstancing>
#include <QVector3D>
#include <QtQml/qqmlregistration.h>

#include <vector>

namespace ct::ui {

/// \brief The instance table of a point layer: one symbol per position, with its own colour.
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
    const std::vector<QVector3D> &positions() const { return m_positions; }
    QColor colorAt(std::size_t i) const;
    void setDefaultColor(const QColor &color);
    int count() const { return int(m_positions.size()); }

signals:
    void countChanged();

protected:
    QByteArray getInstanceBuffer(int *instanceCount) override;

private:
    std::vector<QVector3D> m_positions;
    std::vector<QVector4D> m_colors; //!< linear 0..1 rgba, empty = default colour
    QVector4D m_defaultColor{1, 1, 1, 1};
    QByteArray m_buffer;
    bool m_dirty = true;
};

} // namespace ct::ui
