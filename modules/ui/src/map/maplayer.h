// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include <QColor>
#include <QObject>
#include <QtQml/qqmlregistration.h>

namespace ct::ui {

class DynamicPointLayer;

/// \brief One layer of the map scene as the QML side draws it: its meshes (as QQuick3DGeometry
/// objects it owns), its style from the layer model, and its height offset.
///
/// Created by MapController on the GUI thread when a scene is applied; QML only reads it.
class MapLayer : public QObject
{
    Q_OBJECT
    QML_ANONYMOUS
    Q_PROPERTY(QString name READ name CONSTANT)
    Q_PROPERTY(QString kind READ kind CONSTANT)          //!< "buildings", "lines", "areas", "points"
    Q_PROPERTY(QList<QObject *> meshes READ meshes CONSTANT)
    Q_PROPERTY(QList<QObject *> roofMeshes READ roofMeshes CONSTANT)
    Q_PROPERTY(QList<QObject *> lineMeshes READ lineMeshes CONSTANT)
    Q_PROPERTY(QObject *instancing READ instancing CONSTANT)
    Q_PROPERTY(QColor color READ color NOTIFY styleChanged)
    Q_PROPERTY(QColor outlineColor READ outlineColor NOTIFY styleChanged)
    Q_PROPERTY(bool layerVisible READ isLayerVisible NOTIFY styleChanged)
    Q_PROPERTY(double layerOpacity READ layerOpacity NOTIFY styleChanged)
    Q_PROPERTY(QString symbol READ symbol NOTIFY styleChanged)
    Q_PROPERTY(double symbolSize READ symbolSize NOTIFY styleChanged)   //!< pixels
    Q_PROPERTY(double zOffset READ zOffset NOTIFY styleChanged)         //!< metres above the ground
    Q_PROPERTY(double maxHeight READ maxHeight CONSTANT)                //!< buildings: metres

public:
    MapLayer(const QString &name, const QString &kind, QObject *parent = nullptr);

    QString name() const { return m_name; }
    QString kind() const { return m_kind; }
    QList<QObject *> meshes() const { return m_meshes; }
    QList<QObject *> roofMeshes() const { return m_roofMeshes; }
    QList<QObject *> lineMeshes() const { return m_lineMeshes; }
    /// Points: the instance table; null for other kinds.
    DynamicPointLayer *points() const { return m_points; }
    QObject *instancing() const;
    QColor color() const { return m_color; }
    QColor outlineColor() const { return m_outlineColor; }
    bool isLayerVisible() const { return m_visible; }
    double layerOpacity() const { return m_opacity; }
    QString symbol() const { return m_symbol; }
    double symbolSize() const { return m_symbolSize; }
    double zOffset() const { return m_zOffset; }
    double maxHeight() const { return m_maxHeight; }
    int order() const { return m_order; }
    bool isDynamic() const { return m_dynamic; }

    void setMeshes(QList<QObject *> meshes, QList<QObject *> roofs, QList<QObject *> lines);
    void setPoints(DynamicPointLayer *points);
    void setMaxHeight(double metres) { m_maxHeight = metres; }
    void setDynamic(bool dynamic) { m_dynamic = dynamic; }

    struct Style
    {
        QColor color;
        QColor outlineColor;
        bool visible = true;
        double opacity = 1.0;
        QString symbol;
        double symbolSize = 12.0;
        int order = 0;
    };
    void setStyle(const Style &style);
    void setZOffset(double metres);

signals:
    void styleChanged();

private:
    QString m_name;
    QString m_kind;
    QList<QObject *> m_meshes;
    QList<QObject *> m_roofMeshes;
    QList<QObject *> m_lineMeshes;
    DynamicPointLayer *m_points = nullptr;
    QColor m_color;
    QColor m_outlineColor;
    bool m_visible = true;
    double m_opacity = 1.0;
    QString m_symbol = QStringLiteral("circle");
    double m_symbolSize = 12.0;
    double m_zOffset = 0.0;
    double m_maxHeight = 0.0;
    int m_order = 0;
    bool m_dynamic = false;
};

} // namespace ct::ui
