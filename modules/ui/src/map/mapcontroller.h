// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include "layerlistmodel.h"
#include "mapcamera.h"
#include "mapscenedata.h"

#include "ct/pluginapi/overlay.h"
#include "ct/sim/featurestate.h"

#include <QFutureWatcher>
#include <QPointer>
#include <QQuaternion>
#include <QQuickItem>
#include <QVector3D>
#include <QtQml/qqmlregistration.h>

#include <atomic>
#include <memory>

namespace ct::ui {

class MapLayer;
class OverlayLayer;

/// \brief The map view's brain, as an invisible item laid over the View3D: loads the twin on a
/// worker thread, turns the result into MapLayer objects for the QML scene, owns the camera
/// (MapCamera) and publishes its pose for the QML cameras, handles mouse and keys, picks
/// features and places labels.
///
/// MapView.qml wraps it; the shell only sees MapView's contract.
class MapController : public QQuickItem
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(ct::ui::LayerListModel *layerModel READ layerModel WRITE setLayerModel NOTIFY layerModelChanged)
    Q_PROPERTY(QString twinPath READ twinPath WRITE setTwinPath NOTIFY twinPathChanged)
    Q_PROPERTY(QString viewMode READ viewMode WRITE setViewMode NOTIFY viewModeChanged)
    Q_PROPERTY(bool ready READ isReady NOTIFY readyChanged)
    Q_PROPERTY(bool loading READ isLoading NOTIFY loadingChanged)
    Q_PROPERTY(double loadProgress READ loadProgress NOTIFY loadProgressChanged)
    Q_PROPERTY(QString loadError READ loadError NOTIFY loadErrorChanged)
    Q_PROPERTY(QVariantMap extent READ extentMap NOTIFY extentChanged)
    /// Every layer: the twin's (sceneLayers) and the live symbol layers (dynamicLayers).
    Q_PROPERTY(QList<QObject *> layers READ layers NOTIFY layersChanged)
    /// The twin's layers, replaced only when a scene is applied. Drawn by their own Repeater3D:
    /// rebuilding their delegates around the same MeshGeometry objects (as adding a live layer to
    /// one shared list did) leaves the new Models without vertices in Qt 6.4, and the base map
    /// (roads, buildings, boundary, water) vanished as soon as a simulation showed its agents.
    Q_PROPERTY(QList<QObject *> sceneLayers READ sceneLayers NOTIFY sceneLayersChanged)
    /// The live symbol layers setDynamicPoints() created (the simulation's agents …).
    Q_PROPERTY(QList<QObject *> dynamicLayers READ dynamicLayers NOTIFY dynamicLayersChanged)
    Q_PROPERTY(QVariantList labels READ labels NOTIFY labelsChanged)
    /// Legends of the layers restyled by a feature state: [{layer, title, entries: [{color,
    /// label}], sizeLabel}], for the map's legend box.
    Q_PROPERTY(QVariantList stateLegends READ stateLegends NOTIFY stateLegendsChanged)
    /// The plugins' overlays (OverlayNode.qml draws them; MapOverlays fills them).
    Q_PROPERTY(QList<QObject *> overlayLayers READ overlayLayers NOTIFY overlayLayersChanged)
    // Camera, for the QML cameras and the status bar.
    Q_PROPERTY(double metresPerPixel READ metresPerPixel NOTIFY cameraChanged)
    Q_PROPERTY(double headingDegrees READ headingDegrees NOTIFY cameraChanged)
    Q_PROPERTY(double tiltDegrees READ tiltDegrees NOTIFY cameraChanged)
    Q_PROPERTY(bool topDown READ isTopDown NOTIFY cameraChanged)
    /// Level of detail: true when zoomed out so far (kRoofsOnlyAboveMetresPerPixel) that walls
    /// are a pixel or two; the 3D view then draws the roofs-only meshes, a fifth of the triangles.
    Q_PROPERTY(bool coarse READ isCoarse NOTIFY cameraChanged)
    Q_PROPERTY(QVector3D cameraPosition READ cameraPosition NOTIFY cameraChanged)
    Q_PROPERTY(QQuaternion cameraRotation READ cameraRotation NOTIFY cameraChanged)
    Q_PROPERTY(double clipNear READ clipNear NOTIFY cameraChanged)
    Q_PROPERTY(double clipFar READ clipFar NOTIFY cameraChanged)
    Q_PROPERTY(double magnification READ magnification NOTIFY cameraChanged)
    Q_PROPERTY(double fieldOfView READ fieldOfView CONSTANT)

public:
    explicit MapController(QQuickItem *parent = nullptr);
    ~MapController() override;

    LayerListModel *layerModel() const { return m_layerModel; }
    void setLayerModel(LayerListModel *model);
    QString twinPath() const { return m_twinPath; }
    void setTwinPath(const QString &path);
    QString viewMode() const;
    void setViewMode(const QString &mode);
    bool isReady() const { return m_ready; }
    bool isLoading() const { return m_loading; }
    double loadProgress() const { return m_loadProgress; }
    QString loadError() const { return m_loadError; }
    QVariantMap extentMap() const;
    QList<QObject *> layers() const { return m_layerObjects; }
    QList<QObject *> sceneLayers() const;
    QList<QObject *> dynamicLayers() const;
    QVariantList labels() const { return m_labels; }
    QVariantList stateLegends() const { return m_stateLegends; }
    QList<QObject *> overlayLayers() const { return m_overlayLayers; }

    double metresPerPixel() const { return m_camera.metresPerPixel(); }
    double headingDegrees() const { return m_camera.headingDegrees(); }
    double tiltDegrees() const { return m_camera.effectiveTiltDegrees(); }
    bool isTopDown() const { return m_camera.mode() == MapCamera::Mode::TopDown; }
    static constexpr double kRoofsOnlyAboveMetresPerPixel = 6.0;
    bool isCoarse() const { return m_camera.metresPerPixel() > kRoofsOnlyAboveMetresPerPixel; }
    QVector3D cameraPosition() const { return m_camera.position(); }
    QQuaternion cameraRotation() const { return m_camera.rotation(); }
    double clipNear() const { return m_camera.clipNear(); }
    double clipFar() const { return m_camera.clipFar(); }
    double magnification() const { return m_camera.magnification(); }
    double fieldOfView() const { return MapCamera::kFieldOfViewDegrees; }

    const MapCamera &camera() const { return m_camera; }
    /// The loaded scene (null before the first load finishes).
    std::shared_ptr<const MapSceneData> scene() const { return m_scene; }
    /// Shows `scene` instead of loading a twin (benchmarks, tests, generated scenes). Styles come
    /// from the layer model when it has the layer, else from the descriptor defaults.
    void setScene(std::shared_ptr<MapSceneData> scene, const std::vector<plugin::LayerDescriptor> &descriptors = {});

    /// Live symbols: creates layer `layer` on first use (styled from the layer model if it lists
    /// it), then replaces its points. Positions in EPSG:6677 metres; `colors` empty or one each.
    void setDynamicPoints(const QString &layer, const std::vector<geo::Point> &positions,
                          const std::vector<QColor> &colors = {});
    /// Restyles point layers from per-feature states (one per layer; the timeline hands in the
    /// states of the snapshot shown, or the plugins' live states): colour and size per symbol as
    /// each state's FeatureStyle says, with a legend (stateLegends). Layers without a state are
    /// drawn plainly again. The states are immutable and shared, never copied or changed here.
    void setFeatureStates(std::vector<std::shared_ptr<const sim::FeatureState>> states);
    const std::vector<std::shared_ptr<const sim::FeatureState>> &featureStates() const { return m_featureStates; }
    //! The state shown for `layer`, or null.
    const sim::FeatureState *featureState(const QString &layer) const;

    /// Shows `overlay` (EPSG:6677) as overlay layer `name`, created on first use as a raster or
    /// a symbol layer; placed again whenever the scene origin changes (mapcontrolleroverlays.cpp).
    void setOverlay(const QString &name, bool raster, const plugin::Overlay &overlay);
    void setOverlayStyle(const QString &name, bool visible, double opacity, const QString &symbol, double symbolSize,
                         int order);
    void removeOverlays();
    OverlayLayer *overlayLayer(const QString &name) const;

    /// QML form: positions as a list of {x, y} (or Qt.point), colours as a list of colours.
    Q_INVOKABLE void setDynamicPoints(const QString &layer, const QVariantList &positions,
                                      const QVariantList &colors = {});

    /// Reads the twin again (after an import changed it); the camera stays where it is.
    Q_INVOKABLE void reload();
    Q_INVOKABLE void resetView();
    Q_INVOKABLE void zoomIn();
    Q_INVOKABLE void zoomOut();
    /// Centres the view on (x, y) EPSG:6677 metres, keeping scale and direction.
    Q_INVOKABLE void centerOn(double x, double y);
    /// Centres on (x, y) in the twin's CRS at `metresPerPixel` (the heading and tilt stay).
    Q_INVOKABLE void setView(double x, double y, double metresPerPixel);
    /// Zooms by `factor` (>1 = in) about the pixel (x, y) of this item.
    Q_INVOKABLE void zoomAt(double x, double y, double factor);
    /// Turns the view: heading (both modes) and tilt (3D only, clamped), degrees.
    Q_INVOKABLE void orbit(double headingDelta, double tiltDelta);
    /// What a click at pixel (x, y) would select: emits featureClicked.
    Q_INVOKABLE void clickAt(double x, double y);
    /// The plugin overlay symbol a click at pixel (x, y) would pick (OverlayPicker): {overlay,
    /// id}, empty when none.
    Q_INVOKABLE QVariantMap overlayAt(double x, double y) const;
    /// EPSG:6677 ground position under pixel (x, y); invalid QPointF-less map when above the horizon.
    Q_INVOKABLE QVariantMap groundAt(double x, double y) const;
    /// Pixel of EPSG:6677 point (x, y, z metres above ground), as {x, y, valid}.
    Q_INVOKABLE QVariantMap project(double x, double y, double z = 0.0) const;

signals:
    void layerModelChanged();
    void twinPathChanged();
    void viewModeChanged();
    void readyChanged();
    void loadingChanged();
    void loadProgressChanged();
    void loadErrorChanged();
    void extentChanged();
    void layersChanged();
    void sceneLayersChanged();
    void dynamicLayersChanged();
    void labelsChanged();
    void stateLegendsChanged();
    void overlayLayersChanged();
    void cameraChanged();
    void featureClicked(const QString &layer, const QVariant &fid);
    /// A click hit a plugin overlay's symbol (before any twin feature): `featureId` as the
    /// overlay's source gave it. featureClicked is not emitted for that click.
    void overlayClicked(const QString &overlay, const QString &featureId);
    void cursorMoved(double x, double y, bool valid);

protected:
    void geometryChange(const QRectF &newGeometry, const QRectF &oldGeometry) override;
    void itemChange(ItemChange change, const ItemChangeData &value) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void hoverMoveEvent(QHoverEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    void startLoad();
    void finishLoad();
    void applyScene(std::shared_ptr<MapSceneData> scene);
    void applyStyles();
    void applyFeatureStates();
    void updateZOffsets();
    void placeOverlays();
    void updateOverlayZOffsets();
    void cameraMoved();
    void scheduleLabels();
    void updateLabels();
    void setReady(bool ready);
    void setLoading(bool loading);
    std::vector<plugin::LayerDescriptor> descriptors() const;
    MapLayer *layerObject(const QString &name) const;
    void connectWindow(QQuickWindow *window);

    struct Pick
    {
        QString layer;
        QVariant fid;
    };
    std::optional<Pick> pickPoint(const QPointF &pixel) const;
    std::optional<Pick> pickBuilding(const QPointF &pixel) const;
    std::optional<Pick> pickFlat(const QPointF &pixel) const;

    QPointer<LayerListModel> m_layerModel;
    QString m_twinPath;
    MapCamera m_camera;
    bool m_fitted = false;
    bool m_keepCamera = false;      //!< set by reload(): keep the ground point in view
    geo::Point m_previousOrigin;    //!< scene origin before the last applyScene()
    bool m_ready = false;
    bool m_loading = false;
    double m_loadProgress = 0.0;
    QString m_loadError;
    quint64 m_generation = 0;
    QFutureWatcherBase *m_watcher = nullptr;
    std::vector<plugin::LayerDescriptor> m_fallbackDescriptors;
    std::shared_ptr<MapSceneData> m_scene;
    QList<QObject *> m_layerObjects;
    QVariantList m_labels;
    std::vector<std::shared_ptr<const sim::FeatureState>> m_featureStates;
    QVariantList m_stateLegends;
    QList<QObject *> m_overlayLayers;
    bool m_labelsPending = false;

    // Frame tracking for `ready`: the scene is applied on the GUI thread, synchronised into the
    // render thread on the next sync, and shown when that frame is swapped.
    // The render thread only touches FrameState (shared, so an emission racing with our
    // destruction stays safe) and posts back through the window, which outlives us.
    struct FrameState
    {
        std::atomic<bool> awaitingSync{false};
        std::atomic<bool> awaitingSwap{false};
    };
    QPointer<QQuickWindow> m_window;
    std::shared_ptr<FrameState> m_frameState = std::make_shared<FrameState>();
    QList<QMetaObject::Connection> m_windowConnections;

    // Mouse gesture state.
    QPointF m_pressPos;
    QPointF m_lastPos;
    Qt::MouseButton m_pressButton = Qt::NoButton;
    bool m_orbiting = false;
    bool m_dragged = false;
};

} // namespace ct::ui
