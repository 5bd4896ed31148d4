// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include "ct/pluginapi/overlay.h"

#include <QObject>
#include <QtQml/qqmlregistration.h>

namespace ct::ui {

class DynamicPointLayer;
class OverlayQuadGeometry;
class OverlayTexture;

/// \brief One plugin overlay as the map scene draws it (OverlayNode.qml): its symbols as an
/// instance table, or its raster as a texture on a ground quad, with the visibility and opacity
/// the layer panel sets.
///
/// Keeps the overlay in EPSG:6677 metres and places it again whenever the map's scene origin
/// changes (another twin, a reload). Owned by MapController; QML only reads it.
class OverlayLayer : public QObject
{
    Q_OBJECT
    QML_ANONYMOUS
    Q_PROPERTY(QString name READ name CONSTANT)
    Q_PROPERTY(QString kind READ kind CONSTANT)            //!< "points" or "raster"
    Q_PROPERTY(QObject *instancing READ instancing CONSTANT)
    Q_PROPERTY(QObject *texture READ texture CONSTANT)
    Q_PROPERTY(QObject *geometry READ geometry CONSTANT)
    Q_PROPERTY(bool hasContent READ hasContent NOTIFY contentChanged)
    Q_PROPERTY(bool layerVisible READ isLayerVisible NOTIFY styleChanged)
    Q_PROPERTY(double layerOpacity READ layerOpacity NOTIFY styleChanged)
    Q_PROPERTY(QString symbol READ symbol NOTIFY styleChanged)
    Q_PROPERTY(double symbolSize READ symbolSize NOTIFY styleChanged)  //!< pixels
    Q_PROPERTY(double zOffset READ zOffset NOTIFY styleChanged)        //!< metres above the ground

public:
    enum class Kind { Points, Raster };
    OverlayLayer(const QString &name, Kind kind, QObject *parent = nullptr);

    QString name() const { return m_name; }
    QString kind() const { return m_kind == Kind::Points ? QStringLiteral("points") : QStringLiteral("raster"); }
    Kind overlayKind() const { return m_kind; }
    QObject *instancing() const;
    QObject *texture() const;
    QObject *geometry() const;
    DynamicPointLayer *points() const { return m_points; }
    OverlayTexture *rasterTexture() const { return m_texture; }
    OverlayQuadGeometry *quad() const { return m_quad; }
    bool hasContent() const;
    bool isLayerVisible() const { return m_visible; }
    double layerOpacity() const { return m_opacity; }
    QString symbol() const { return m_symbol; }
    double symbolSize() const { return m_symbolSize; }
    double zOffset() const { return m_zOffset; }
    int order() const { return m_order; }
    //! The content shown (EPSG:6677), e.g. the symbols' feature ids for picking.
    const plugin::Overlay &overlay() const { return m_overlay; }

    /// New content (points for a Points layer, the raster for a Raster one), placed at `origin`.
    void setOverlay(const plugin::Overlay &overlay, const geo::Point &origin);
    /// The scene origin moved: the same content at scene coordinates relative to `origin`.
    void place(const geo::Point &origin);
    void setStyle(bool visible, double opacity, const QString &symbol, double symbolSize, int order);
    void setZOffset(double metres);

signals:
    void styleChanged();
    void contentChanged();

private:
    QString m_name;
    Kind m_kind;
    plugin::Overlay m_overlay;
    DynamicPointLayer *m_points = nullptr;
    OverlayTexture *m_texture = nullptr;
    OverlayQuadGeometry *m_quad = nullptr;
    bool m_visible = true;
    double m_opacity = 1.0;
    QString m_symbol = QStringLiteral("circle");
    double m_symbolSize = 12.0;
    double m_zOffset = 0.0;
    int m_order = 0;
};

} // namespace ct::ui
