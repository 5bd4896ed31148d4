// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include "ct/geo/point.h"

#include <QPointer>
#include <QQuickPaintedItem>
#include <QVariantList>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

#include <optional>
#include <vector>

namespace ct::ui {

class MapController;

/// \brief Draws a shape on the main map for whoever asks: a polygon (click the corners,
/// Backspace removes the last, Enter or a double click finishes, Esc cancels) or a circle
/// (click or press the centre, then click or drag to the radius, shown in metres).
///
/// An invisible item laid over the map (same size as MapController). While idle it takes no
/// input, so clicks reach the map; while drawing it takes left clicks and hover (wheel zoom and
/// right-drag turning still reach the map, a left drag pans it) and paints the rubber band
/// through the map's projection, so the preview follows zoom, pan and tilt.
///
/// Plugins start it with start("polygon" | "radius", owner) and listen to finished(owner,
/// shape): `shape` is {kind: "polygon", points: [{x, y}] (EPSG:6677, open ring), wgs84:
/// [{lon, lat}]} or {kind: "radius", x, y, lon, lat, radiusMetres}; WGS84 by PROJ. A polygon
/// with fewer than three corners or crossing itself is not finished: `hint` says why and the
/// user goes on drawing. The domain checks the rest (e.g. inside the city) when it stores it.
class MapDrawTool : public QQuickPaintedItem
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(ct::ui::MapController *map READ map WRITE setMap NOTIFY mapChanged)
    Q_PROPERTY(QString mode READ mode NOTIFY modeChanged)           //!< "", "polygon", "radius"
    Q_PROPERTY(bool active READ isActive NOTIFY modeChanged)
    Q_PROPERTY(QString owner READ owner NOTIFY modeChanged)
    Q_PROPERTY(QVariantList vertices READ vertexList NOTIFY shapeChanged)
    Q_PROPERTY(double radiusMetres READ radiusMetres NOTIFY shapeChanged)
    Q_PROPERTY(bool hasCentre READ hasCentre NOTIFY shapeChanged)
    /// What to do next, or why the shape cannot be finished (then `hintIsProblem`).
    Q_PROPERTY(QString hint READ hint NOTIFY hintChanged)
    Q_PROPERTY(bool hintIsProblem READ hintIsProblem NOTIFY hintChanged)

public:
    explicit MapDrawTool(QQuickItem *parent = nullptr);
    ~MapDrawTool() override;

    MapController *map() const { return m_map; }
    void setMap(MapController *map);
    QString mode() const;
    bool isActive() const { return m_mode != Mode::None; }
    QString owner() const { return m_owner; }
    QVariantList vertexList() const;
    const std::vector<geo::Point> &vertices() const { return m_vertices; }
    double radiusMetres() const { return m_radius; }
    bool hasCentre() const { return m_centre.has_value(); }
    QString hint() const { return m_hint; }
    bool hintIsProblem() const { return m_problem; }

    /// Starts drawing ("polygon" or "radius") for `owner` (e.g. a plugin id); a drawing in
    /// progress is cancelled first. False for an unknown mode or without a map.
    Q_INVOKABLE bool start(const QString &mode, const QString &owner);
    Q_INVOKABLE void cancel();
    /// The same steps as the mouse and keys, in EPSG:6677 metres (tests, other input devices).
    Q_INVOKABLE void addVertex(double x, double y);
    Q_INVOKABLE void removeLastVertex();
    Q_INVOKABLE void setCentre(double x, double y);
    Q_INVOKABLE void setRadiusTo(double x, double y);
    /// Finishes the shape: emits finished() and returns true, or leaves it open with a hint.
    Q_INVOKABLE bool finish();
    /// Asks the map to read the twin again (after the owner stored the shape in a layer).
    Q_INVOKABLE void reloadMap();

    /// Why `ring` (open, EPSG:6677) is no polygon: fewer than three distinct corners, no area,
    /// or two edges crossing; empty when it is one.
    static QString polygonProblem(const std::vector<geo::Point> &ring);

    void paint(QPainter *painter) override;

signals:
    void mapChanged();
    void modeChanged();
    void shapeChanged();
    void hintChanged();
    void finished(const QString &owner, const QVariantMap &shape);
    void cancelled(const QString &owner);
    /// The ground under the pointer while drawing (the map below gets no hover then), EPSG:6677.
    void cursorMoved(double x, double y, bool valid);

protected:
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void hoverMoveEvent(QHoverEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    enum class Mode { None, Polygon, Radius };
    void stop();
    void setHint(const QString &hint, bool problem = false);
    void updateHint();
    std::optional<geo::Point> ground(const QPointF &pixel) const;
    std::optional<QPointF> pixel(geo::Point p) const;
    QVariantMap shape() const;

    QPointer<MapController> m_map;
    Mode m_mode = Mode::None;
    QString m_owner;
    std::vector<geo::Point> m_vertices;
    std::optional<geo::Point> m_centre;
    double m_radius = 0.0;
    std::optional<geo::Point> m_cursor;   //!< the ground under the pointer, for the rubber band
    QString m_hint;
    bool m_problem = false;
    QPointer<QQuickItem> m_previousFocus;

    // Press state: a click adds a corner, a left drag pans the map (radius: sets the radius).
    QPointF m_pressPos;
    QPointF m_lastPos;
    bool m_pressed = false;
    bool m_dragged = false;
    bool m_centreFromPress = false;
};

} // namespace ct::ui
