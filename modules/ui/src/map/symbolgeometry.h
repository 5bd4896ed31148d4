// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include <QQuick3DGeometry>
#include <QtQml/qqmlregistration.h>

namespace ct::ui {

/// \brief The shape of a point symbol, at most 12 triangles, in a unit square (x, y in −1..1,
/// z = 0). The symbol material turns it into a screen-aligned marker of a fixed size in pixels.
///
/// Its bounds are deliberately huge: an instanced Model is culled by its base mesh's bounds at
/// the scene origin (Qt 6.4), and the instances are spread over the whole city.
class SymbolGeometry : public QQuick3DGeometry
{
    Q_OBJECT
    QML_NAMED_ELEMENT(MapSymbolGeometry)
    /// "circle", "square", "triangle", "diamond" or "arrow" (tip at the top, for headings).
    Q_PROPERTY(QString shape READ shape WRITE setShape NOTIFY shapeChanged)

public:
    explicit SymbolGeometry(QQuick3DObject *parent = nullptr);
    QString shape() const { return m_shape; }
    void setShape(const QString &shape);

    /// Outline of `shape` as (x, y) pairs in −1..1, counter-clockwise; a fan around the centre.
    static std::vector<std::pair<float, float>> outline(const QString &shape);

signals:
    void shapeChanged();

private:
    void rebuild();
    QString m_shape = QStringLiteral("circle");
};

} // namespace ct::ui
