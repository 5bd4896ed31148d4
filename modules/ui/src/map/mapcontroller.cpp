// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "mapcontroller.h"

#include "dynamicpointlayer.h"
#include "featurestatestyler.h"
#include "layerlistmodel.h"
#include "maplayer.h"
#include "mapscenebuilder.h"
#include "meshgeometry.h"

#include <QFontMetricsF>
#include <QQuickWindow>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

#include <cmath>

namespace ct::ui {

using plugin::LayerDescriptor;

namespace {

constexpr double kZoomStep = 2.0;             //!< zoomIn()/zoomOut() factor
constexpr double kClickSlopPixels = 4.0;      //!< movement below this is a click, not a drag
constexpr double kPickTolerancePixels = 4.0;  //!< lines and area outlines
constexpr double kOrbitDegreesPerPixel = 0.3;
constexpr int kMaxLabels = 150;
constexpr double kLabelFontPixels = 12.0;

struct LoadOutcome
{
    MapSceneData scene;
    QString error;
};

double segmentDistance(const geo::Point &p, const geo::Point &a, const geo::Point &b)
{
    const double dx = b.x - a.x, dy = b.y - a.y;
    const double len2 = dx * dx + dy * dy;
    double t = len2 > 0 ? ((p.x - a.x) * dx + (p.y - a.y) * dy) / len2 : 0.0;
    t = std::clamp(t, 0.0, 1.0);
    return std::hypot(p.x - (a.x + t * dx), p.y - (a.y + t * dy));
}

double ringDistance(const geo::Geometry &g, const geo::Point &p)
{
    double best = std::numeric_limits<double>::infinity();
    for (int r = 0; r < g.ringCount(); ++r) {
        const auto ring = g.ring(r);
        for (std::size_t i = 0; i + 1 < ring.size(); ++i)
            best = std::min(best, segmentDistance(p, ring[i], ring[i + 1]));
    }
    return best;
}

QString kindName(LayerDescriptor::Kind kind)
{
    return layerKindName(kind);
}

} // namespace

MapController::MapController(QQuickItem *parent) : QQuickItem(parent)
{
    setAcceptedMouseButtons(Qt::LeftButton | Qt::RightButton);
    setAcceptHoverEvents(true);
    setFlag(ItemIsFocusScope, true);
    setActiveFocusOnTab(true);
}

MapController::~MapController()
{
    connectWindow(nullptr);
    if (m_watcher)
        m_watcher->waitForFinished();
}

void MapController::setLayerModel(LayerListModel *model)
{
    if (m_layerModel == model)
        return;
    if (m_layerModel)
        disconnect(m_layerModel, nullptr, this, nullptr);
    m_layerModel = model;
    if (model) {
        connect(model, &LayerListModel::layerStyleChanged, this, [this] { applyStyles(); });
        connect(model, &LayerListModel::orderChanged, this, [this] { applyStyles(); });
        connect(model, &QAbstractItemModel::dataChanged, this, [this] { applyStyles(); });
        connect(model, &QAbstractItemModel::modelReset, this, [this] {
            if (!m_twinPath.isEmpty())
                startLoad();
        });
    }
    emit layerModelChanged();
    if (!m_twinPath.isEmpty())
        startLoad();
}

void MapController::setTwinPath(const QString &path)
{
    if (path == m_twinPath)
        return;
    m_twinPath = path;
    emit twinPathChanged();
    startLoad();
}

QString MapController::viewMode() const
{
    return isTopDown() ? QStringLiteral("2d") : QStringLiteral("3d");
}

void MapController::setViewMode(const QString &mode)
{
    const MapCamera::Mode m = mode == QLatin1String("3d") ? MapCamera::Mode::Orbit : MapCamera::Mode::TopDown;
    if (m == m_camera.mode())
        return;
    m_camera.setMode(m);
    emit viewModeChanged();
    updateZOffsets();
    cameraMoved();
}

QVariantMap MapController::extentMap() const
{
    if (!m_scene || m_scene->extent.isEmpty())
        return {};
    const geo::Envelope &e = m_scene->extent;
    return {{QStringLiteral("minX"), e.minX}, {QStringLiteral("minY"), e.minY},
            {QStringLiteral("maxX"), e.maxX}, {QStringLiteral("maxY"), e.maxY}};
}

std::vector<LayerDescriptor> MapController::descriptors() const
{
    std::vector<LayerDescriptor> out;
    if (m_layerModel)
        for (const LayerListModel::Entry &e : m_layerModel->entries())
            out.push_back(e.descriptor);
    return out;
}

// --- loading --------------------------------------------------------------------------------

void MapController::startLoad()
{
    ++m_generation;
    setReady(false);
    if (m_loadError.size()) {
        m_loadError.clear();
        emit loadErrorChanged();
    }
    if (m_twinPath.isEmpty()) {
        applyScene(nullptr);
        setLoading(false);
        return;
    }
    setLoading(true);
    m_loadProgress = 0.0;
    emit loadProgressChanged();

    const quint64 generation = m_generation;
    const QString path = m_twinPath;
    const std::vector<LayerDescriptor> wanted = descriptors();
    auto progress = std::make_shared<std::atomic<double>>(0.0);
    auto *watcher = new QFutureWatcher<std::shared_ptr<LoadOutcome>>(this);
    auto *poll = new QTimer(watcher);
    poll->setInterval(50);
    connect(poll, &QTimer::timeout, this, [this, progress, generation] {
        if (generation == m_generation && m_loadProgress != progress->load()) {
            m_loadProgress = progress->load();
            emit loadProgressChanged();
        }
    });
    poll->start();
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (m_watcher == watcher)
            m_watcher = nullptr;
        if (generation != m_generation)
            return; // superseded by a newer load
        std::shared_ptr<LoadOutcome> outcome = watcher->result();
        setLoading(false);
        m_loadProgress = 1.0;
        emit loadProgressChanged();
        if (!outcome->error.isEmpty()) {
            m_loadError = outcome->error;
            emit loadErrorChanged();
            applyScene(nullptr);
            return;
        }
        m_fallbackDescriptors.clear();
        applyScene(std::make_shared<MapSceneData>(std::move(outcome->scene)));
    });
    watcher->setFuture(QtConcurrent::run([path, wanted, progress] {
        auto outcome = std::make_shared<LoadOutcome>();
        auto result = MapSceneBuilder::load(path, wanted, [progress](double f) { progress->store(f); });
        if (result)
            outcome->scene = std::move(*result);
        else
            outcome->error = result.error().toString();
        return outcome;
    }));
    m_watcher = watcher;
}

void MapController::setScene(std::shared_ptr<MapSceneData> scene, const std::vector<LayerDescriptor> &descriptors)
{
    ++m_generation;
    m_fallbackDescriptors = descriptors;
    setLoading(false);
    applyScene(std::move(scene));
}

void MapController::applyScene(std::shared_ptr<MapSceneData> scene)
{
    const QList<QObject *> old = m_layerObjects;
    m_layerObjects.clear();
    m_previousOrigin = m_scene ? m_scene->origin : geo::Point{};
    m_scene = std::move(scene);
    placeOverlays();
    if (m_scene) {
        for (const MapLayerData &data : m_scene->layers) {
            auto *layer = new MapLayer(data.name, kindName(data.kind), this);
            QList<QObject *> meshes, roofs, lines;
            for (const GpuMesh &m : data.meshes)
                meshes << new MeshGeometry(m);
            for (const GpuMesh &m : data.roofMeshes)
                roofs << new MeshGeometry(m);
            for (const GpuMesh &m : data.outlineMeshes)
                lines << new MeshGeometry(m);
            layer->setMeshes(meshes, roofs, lines);
            layer->setMaxHeight(data.maxHeight);
            if (data.kind == LayerDescriptor::Kind::Points) {
                auto *points = new DynamicPointLayer;
                points->setPoints(data.points);
                layer->setPoints(points);
            }
            m_layerObjects << layer;
        }
    }
    applyStyles();
    emit layersChanged();
    emit sceneLayersChanged();
    emit dynamicLayersChanged();
    emit extentChanged();
    qDeleteAll(old);
    m_fitted = false;
    if (m_keepCamera && m_scene) {
        // A reload of the same twin: the view stays on the same ground point although the scene
        // origin (the centre of the new extent) may have moved.
        const QPointF world = m_camera.center() + QPointF(m_previousOrigin.x, m_previousOrigin.y);
        m_camera.setCenter(world - QPointF(m_scene->origin.x, m_scene->origin.y));
        m_fitted = true;
        m_keepCamera = false;
        cameraMoved();
    } else if (m_scene && width() > 0 && height() > 0) {
        resetView();
        m_fitted = true;
    } else {
        cameraMoved();
    }
    if (m_scene) {
        m_frameState->awaitingSwap = false;
        m_frameState->awaitingSync = true;
        if (m_window)
            m_window->update();
    }
}

QList<QObject *> MapController::sceneLayers() const
{
    QList<QObject *> out;
    for (QObject *o : m_layerObjects)
        if (!static_cast<MapLayer *>(o)->isDynamic())
            out << o;
    return out;
}

QList<QObject *> MapController::dynamicLayers() const
{
    QList<QObject *> out;
    for (QObject *o : m_layerObjects)
        if (static_cast<MapLayer *>(o)->isDynamic())
            out << o;
    return out;
}

MapLayer *MapController::layerObject(const QString &name) const
{
    for (QObject *o : m_layerObjects)
        if (auto *l = static_cast<MapLayer *>(o); l->name() == name)
            return l;
    return nullptr;
}

void MapController::applyStyles()
{
    for (QObject *o : m_layerObjects) {
        auto *layer = static_cast<MapLayer *>(o);
        MapLayer::Style style;
        const LayerListModel::Entry *entry = m_layerModel ? m_layerModel->entry(layer->name()) : nullptr;
        const LayerDescriptor *d = entry ? &entry->descriptor : nullptr;
        if (!d) {
            for (const LayerDescriptor &f : m_fallbackDescriptors)
                if (f.table == layer->name())
                    d = &f;
        }
        if (d) {
            style.color = QColor(d->color);
            style.outlineColor = d->outlineColor.isEmpty() ? QColor() : QColor(d->outlineColor);
            style.symbol = layerSymbolName(d->symbol);
            style.symbolSize = d->symbolSizePixels;
            style.order = d->order;
            style.visible = d->visibleByDefault;
        } else {
            style.color = QColor(0x33, 0x66, 0xcc);
        }
        if (entry) {
            style.visible = entry->visible;
            style.opacity = entry->opacity;
            style.order = entry->order;
        }
        layer->setStyle(style);
    }
    updateZOffsets();
    applyFeatureStates();
    scheduleLabels();
}

void MapController::setFeatureStates(std::vector<std::shared_ptr<const sim::FeatureState>> states)
{
    m_featureStates = std::move(states);
    applyFeatureStates();
}

const sim::FeatureState *MapController::featureState(const QString &layer) const
{
    for (const auto &state : m_featureStates) {
        if (state && state->layer == layer)
            return state.get();
    }
    return nullptr;
}

void MapController::applyFeatureStates()
{
    QVariantList legends;
    for (QObject *o : std::as_const(m_layerObjects)) {
        auto *layer = static_cast<MapLayer *>(o);
        if (layer->isDynamic() || !layer->points())
            continue;
        const MapLayerData *data = m_scene ? m_scene->layer(layer->name()) : nullptr;
        const sim::FeatureState *state = featureState(layer->name());
        if (!data || !state) {
            if (layer->points()->hasAppearance())
                layer->points()->setAppearance({}, {});
            continue;
        }
        const FeatureStateStyler::Appearance look = FeatureStateStyler::appearance(*state, data->fids, layer->color());
        layer->points()->setAppearance(look.colors, look.sizes);
        if (look.styled > 0 && layer->isLayerVisible())
            legends.append(FeatureStateStyler::legend(*state));
    }
    if (legends != m_stateLegends) {
        m_stateLegends = legends;
        emit stateLegendsChanged();
    }
}

void MapController::updateZOffsets()
{
    // Flat layers are stacked by drawing order a few decimetres apart (enough for the depth buffer
    // at city scale, invisible in 3D); point symbols float above everything in 2D (the
    // orthographic camera does not move them on screen) and just above the ground in 3D.
    std::vector<MapLayer *> flat, points;
    double maxHeight = 0;
    for (QObject *o : m_layerObjects) {
        auto *l = static_cast<MapLayer *>(o);
        if (l->kind() == QLatin1String("lines") || l->kind() == QLatin1String("areas"))
            flat.push_back(l);
        else if (l->kind() == QLatin1String("points"))
            points.push_back(l);
        maxHeight = std::max(maxHeight, l->maxHeight());
    }
    auto byOrder = [](MapLayer *a, MapLayer *b) { return a->order() < b->order(); };
    std::stable_sort(flat.begin(), flat.end(), byOrder);
    std::stable_sort(points.begin(), points.end(), byOrder);
    for (std::size_t i = 0; i < flat.size(); ++i)
        flat[i]->setZOffset(0.3 + 0.3 * double(i));
    const double base = isTopDown() ? maxHeight + 5.0 : 1.5;
    for (std::size_t i = 0; i < points.size(); ++i)
        points[i]->setZOffset(base + 0.1 * double(i));
    updateOverlayZOffsets();
}

void MapController::setDynamicPoints(const QString &layerName, const std::vector<geo::Point> &positions,
                                     const std::vector<QColor> &colors)
{
    if (!m_scene)
        return; // no origin yet; live layers re-send on their next tick
    MapLayer *layer = layerObject(layerName);
    if (!layer) {
        layer = new MapLayer(layerName, QStringLiteral("points"), this);
        layer->setDynamic(true);
        layer->setPoints(new DynamicPointLayer);
        m_layerObjects << layer;
        applyStyles();
        // Only the live layers' list changes: the twin's layers keep their delegates (see
        // sceneLayers in the header).
        emit layersChanged();
        emit dynamicLayersChanged();
    }
    std::vector<QVector3D> scenePositions;
    scenePositions.reserve(positions.size());
    for (const geo::Point &p : positions)
        scenePositions.emplace_back(float(p.x - m_scene->origin.x), float(p.y - m_scene->origin.y), 0.0f);
    if (colors.empty() && std::size_t(layer->points()->count()) == scenePositions.size())
        layer->points()->setPositions(scenePositions);
    else
        layer->points()->setPoints(std::move(scenePositions), colors);
}

void MapController::setDynamicPoints(const QString &layer, const QVariantList &positions, const QVariantList &colors)
{
    std::vector<geo::Point> points;
    points.reserve(std::size_t(positions.size()));
    for (const QVariant &v : positions) {
        if (v.canConvert<QPointF>() && v.typeId() != QMetaType::QVariantMap) {
            const QPointF p = v.toPointF();
            points.push_back({p.x(), p.y()});
        } else {
            const QVariantMap m = v.toMap();
            points.push_back({m.value(QStringLiteral("x")).toDouble(), m.value(QStringLiteral("y")).toDouble()});
        }
    }
    std::vector<QColor> cols;
    for (const QVariant &c : colors)
        cols.push_back(c.value<QColor>());
    setDynamicPoints(layer, points, cols);
}

// --- ready ------------------------------------------------------------------------------------

void MapController::setReady(bool ready)
{
    if (ready == m_ready)
        return;
    m_ready = ready;
    emit readyChanged();
}

void MapController::setLoading(bool loading)
{
    if (loading == m_loading)
        return;
    m_loading = loading;
    emit loadingChanged();
}

void MapController::connectWindow(QQuickWindow *window)
{
    for (const QMetaObject::Connection &connection : std::as_const(m_windowConnections))
        disconnect(connection);
    m_windowConnections.clear();
    m_window = window;
    if (!window)
        return;
    // Both signals come from the render thread (threaded loop): afterSynchronizing while the GUI
    // thread is blocked, frameSwapped when it is free. Only the shared atomics are touched there.
    const std::shared_ptr<FrameState> state = m_frameState;
    const QPointer<MapController> guard(this);
    m_windowConnections << connect(window, &QQuickWindow::afterSynchronizing, window, [state] {
        if (state->awaitingSync.exchange(false))
            state->awaitingSwap = true;
    }, Qt::DirectConnection);
    m_windowConnections << connect(window, &QQuickWindow::frameSwapped, window, [state, guard, window] {
        if (state->awaitingSwap.exchange(false))
            QMetaObject::invokeMethod(window, [guard] {
                if (guard)
                    guard->setReady(guard->m_scene != nullptr);
            }, Qt::QueuedConnection);
    }, Qt::DirectConnection);
}

void MapController::itemChange(ItemChange change, const ItemChangeData &value)
{
    if (change == ItemSceneChange)
        connectWindow(value.window);
    QQuickItem::itemChange(change, value);
}

// --- camera -----------------------------------------------------------------------------------

void MapController::geometryChange(const QRectF &newGeometry, const QRectF &oldGeometry)
{
    QQuickItem::geometryChange(newGeometry, oldGeometry);
    m_camera.setViewportSize(newGeometry.size());
    if (m_scene && !m_fitted && newGeometry.width() > 0 && newGeometry.height() > 0) {
        resetView();
        m_fitted = true;
        return;
    }
    cameraMoved();
}

void MapController::cameraMoved()
{
    emit cameraChanged();
    scheduleLabels();
}

void MapController::reload()
{
    m_keepCamera = bool(m_scene);
    startLoad();
}

void MapController::resetView()
{
    geo::Envelope sceneExtent;
    if (m_scene && !m_scene->extent.isEmpty()) {
        // Home is the city: the boundary when the twin has one (gauges and weather stations may
        // lie far outside it), else everything.
        geo::Envelope e = m_scene->extent;
        if (const MapLayerData *boundary = m_scene->layer(QStringLiteral("boundary"))) {
            geo::Envelope city;
            for (const geo::Geometry &g : boundary->geometries)
                city.expand(g.envelope());
            if (!city.isEmpty())
                e = city;
        }
        sceneExtent.expand(geo::Point{e.minX - m_scene->origin.x, e.minY - m_scene->origin.y});
        sceneExtent.expand(geo::Point{e.maxX - m_scene->origin.x, e.maxY - m_scene->origin.y});
    }
    m_camera.fit(sceneExtent);
    cameraMoved();
}

void MapController::zoomIn()
{
    zoomAt(width() / 2.0, height() / 2.0, kZoomStep);
}

void MapController::zoomOut()
{
    zoomAt(width() / 2.0, height() / 2.0, 1.0 / kZoomStep);
}

void MapController::zoomAt(double x, double y, double factor)
{
    m_camera.zoomAt(QPointF(x, y), factor);
    cameraMoved();
}

void MapController::orbit(double headingDelta, double tiltDelta)
{
    m_camera.rotate(headingDelta, tiltDelta);
    cameraMoved();
}

void MapController::centerOn(double x, double y)
{
    const geo::Point o = m_scene ? m_scene->origin : geo::Point{};
    m_camera.setCenter(QPointF(x - o.x, y - o.y));
    cameraMoved();
}

void MapController::setView(double x, double y, double metresPerPixel)
{
    const geo::Point o = m_scene ? m_scene->origin : geo::Point{};
    m_camera.setCenter(QPointF(x - o.x, y - o.y));
    if (metresPerPixel > 0)
        m_camera.setMetresPerPixel(metresPerPixel);
    cameraMoved();
}

QVariantMap MapController::groundAt(double x, double y) const
{
    const std::optional<QPointF> g = m_camera.groundAt(QPointF(x, y));
    const geo::Point o = m_scene ? m_scene->origin : geo::Point{};
    if (!g)
        return {{QStringLiteral("valid"), false}};
    return {{QStringLiteral("x"), g->x() + o.x}, {QStringLiteral("y"), g->y() + o.y}, {QStringLiteral("valid"), true}};
}

QVariantMap MapController::project(double x, double y, double z) const
{
    const geo::Point o = m_scene ? m_scene->origin : geo::Point{};
    const std::optional<QPointF> p = m_camera.project(QVector3D(float(x - o.x), float(y - o.y), float(z)));
    if (!p)
        return {{QStringLiteral("valid"), false}};
    return {{QStringLiteral("x"), p->x()}, {QStringLiteral("y"), p->y()}, {QStringLiteral("valid"), true}};
}

// --- labels -----------------------------------------------------------------------------------

void MapController::scheduleLabels()
{
    if (m_labelsPending)
        return;
    m_labelsPending = true;
    QMetaObject::invokeMethod(this, [this] { updateLabels(); }, Qt::QueuedConnection);
}

void MapController::updateLabels()
{
    m_labelsPending = false;
    QVariantList labels;
    if (m_scene) {
        QFont font(QStringLiteral("Noto Sans CJK JP"));
        font.setPixelSize(int(kLabelFontPixels));
        const QFontMetricsF metrics(font);
        const QRectF screen(0, 0, width(), height());
        std::vector<QRectF> taken;
        std::vector<MapLayer *> ordered;
        for (QObject *o : m_layerObjects)
            ordered.push_back(static_cast<MapLayer *>(o));
        std::stable_sort(ordered.begin(), ordered.end(), [](MapLayer *a, MapLayer *b) { return a->order() > b->order(); });
        for (MapLayer *layer : ordered) {
            if (!layer->isLayerVisible() || layer->isDynamic() || layer->kind() != QLatin1String("points"))
                continue;
            const MapLayerData *data = m_scene->layer(layer->name());
            if (!data || data->labels.isEmpty())
                continue;
            for (std::size_t i = 0; i < data->points.size() && labels.size() < kMaxLabels; ++i) {
                const QString &text = data->labels[qsizetype(i)];
                if (text.isEmpty())
                    continue;
                QVector3D p = data->points[i];
                p.setZ(p.z() + float(layer->zOffset()));
                const std::optional<QPointF> px = m_camera.project(p);
                if (!px || !screen.contains(*px))
                    continue;
                const QRectF rect(px->x() + layer->symbolSize() / 2.0 + 2.0, px->y() - kLabelFontPixels * 0.75,
                                  metrics.horizontalAdvance(text) + 2.0, kLabelFontPixels * 1.5);
                if (std::any_of(taken.begin(), taken.end(), [&](const QRectF &r) { return r.intersects(rect); }))
                    continue;
                taken.push_back(rect);
                labels.append(QVariantMap{{QStringLiteral("x"), rect.x()}, {QStringLiteral("y"), rect.y()},
                                          {QStringLiteral("text"), text}});
            }
        }
    }
    m_labels = labels;
    emit labelsChanged();
}

// --- picking ----------------------------------------------------------------------------------

std::optional<MapController::Pick> MapController::pickPoint(const QPointF &pixel) const
{
    std::optional<Pick> best;
    double bestDistance = std::numeric_limits<double>::infinity();
    for (QObject *o : m_layerObjects) {
        auto *layer = static_cast<MapLayer *>(o);
        if (!layer->isLayerVisible() || !layer->points())
            continue;
        const MapLayerData *data = layer->isDynamic() ? nullptr : m_scene->layer(layer->name());
        const auto &positions = layer->points()->positions();
        for (std::size_t i = 0; i < positions.size(); ++i) {
            QVector3D p = positions[i];
            p.setZ(p.z() + float(layer->zOffset()));
            const std::optional<QPointF> px = m_camera.project(p);
            if (!px)
                continue;
            const double d = std::hypot(px->x() - pixel.x(), px->y() - pixel.y());
            const float own = layer->points()->sizeAt(i); // a feature state's size, 0 = the layer's
            const double radius = (own > 0 ? double(own) : layer->symbolSize()) / 2.0 + 2.0;
            if (d <= radius && d < bestDistance) {
                bestDistance = d;
                const QVariant fid = data && i < data->fids.size() ? QVariant(data->fids[i]) : QVariant(qint64(i));
                best = Pick{layer->name(), fid};
            }
        }
    }
    return best;
}

std::optional<MapController::Pick> MapController::pickBuilding(const QPointF &pixel) const
{
    const MapCamera::Ray ray = m_camera.ray(pixel);
    const float from[3] = {ray.origin.x(), ray.origin.y(), ray.origin.z()};
    const QVector3D end = ray.origin + ray.direction * float(m_camera.clipFar());
    const float to[3] = {end.x(), end.y(), end.z()};
    std::optional<Pick> best;
    float bestDistance = std::numeric_limits<float>::infinity();
    for (QObject *o : m_layerObjects) {
        auto *layer = static_cast<MapLayer *>(o);
        if (!layer->isLayerVisible() || layer->kind() != QLatin1String("buildings"))
            continue;
        const MapLayerData *data = m_scene->layer(layer->name());
        if (!data || !data->picker)
            continue;
        const auto hit = data->picker->pick(from, to);
        if (hit && hit->distance < bestDistance && hit->feature < data->fids.size()) {
            bestDistance = hit->distance;
            best = Pick{layer->name(), QVariant(data->fids[hit->feature])};
        }
    }
    return best;
}

std::optional<MapController::Pick> MapController::pickFlat(const QPointF &pixel) const
{
    const std::optional<QPointF> g = m_camera.groundAt(pixel);
    if (!g)
        return std::nullopt;
    const geo::Point p{g->x() + m_scene->origin.x, g->y() + m_scene->origin.y};
    const double tolerance = kPickTolerancePixels * m_camera.metresPerPixel();
    std::vector<MapLayer *> ordered;
    for (QObject *o : m_layerObjects) {
        auto *l = static_cast<MapLayer *>(o);
        if (l->isLayerVisible() && (l->kind() == QLatin1String("lines") || l->kind() == QLatin1String("areas")))
            ordered.push_back(l);
    }
    std::stable_sort(ordered.begin(), ordered.end(), [](MapLayer *a, MapLayer *b) { return a->order() > b->order(); });
    for (MapLayer *layer : ordered) {
        const MapLayerData *data = m_scene->layer(layer->name());
        if (!data)
            continue;
        const bool lines = data->kind == LayerDescriptor::Kind::Lines;
        std::optional<std::size_t> best;
        double bestDistance = std::numeric_limits<double>::infinity();
        for (std::size_t i = 0; i < data->geometries.size(); ++i) {
            const geo::Geometry &geometry = data->geometries[i];
            const double reach = tolerance + (lines && i < data->widths.size() ? data->widths[i] / 2.0 : 0.0);
            geo::Envelope e = geometry.envelope();
            if (p.x < e.minX - reach || p.x > e.maxX + reach || p.y < e.minY - reach || p.y > e.maxY + reach)
                continue;
            double d = ringDistance(geometry, p);
            if (!lines) {
                for (int part = 0; part < geometry.partCount(); ++part)
                    if (geo::polygonContains(geometry, part, p))
                        d = 0.0;
            }
            if (d <= reach && d < bestDistance) {
                bestDistance = d;
                best = i;
            }
        }
        if (best && *best < data->fids.size())
            return Pick{layer->name(), QVariant(data->fids[*best])};
    }
    return std::nullopt;
}

void MapController::clickAt(double x, double y)
{
    if (!m_scene) {
        emit featureClicked(QString(), QVariant(qint64(-1)));
        return;
    }
    const QPointF pixel(x, y);
    // The plugins' symbols float above the twin's own: they are picked first.
    const QVariantMap overlay = overlayAt(x, y);
    if (!overlay.isEmpty()) {
        emit overlayClicked(overlay.value(QStringLiteral("overlay")).toString(), overlay.value(QStringLiteral("id")).toString());
        return;
    }
    std::optional<Pick> pick = pickPoint(pixel);
    if (!pick)
        pick = pickBuilding(pixel);
    if (!pick)
        pick = pickFlat(pixel);
    if (pick)
        emit featureClicked(pick->layer, pick->fid);
    else
        emit featureClicked(QString(), QVariant(qint64(-1)));
}

// --- input ------------------------------------------------------------------------------------

void MapController::mousePressEvent(QMouseEvent *event)
{
    forceActiveFocus(Qt::MouseFocusReason);
    m_pressPos = m_lastPos = event->position();
    m_pressButton = event->button();
    m_orbiting = event->button() == Qt::RightButton
        || (event->button() == Qt::LeftButton && (event->modifiers() & Qt::ControlModifier));
    m_dragged = false;
    event->accept();
}

void MapController::mouseMoveEvent(QMouseEvent *event)
{
    const QPointF pos = event->position();
    if (!m_dragged && QLineF(pos, m_pressPos).length() < kClickSlopPixels)
        return;
    m_dragged = true;
    if (m_orbiting) {
        const QPointF d = pos - m_lastPos;
        m_camera.rotate(d.x() * kOrbitDegreesPerPixel, -d.y() * kOrbitDegreesPerPixel);
    } else if (m_pressButton == Qt::LeftButton) {
        m_camera.pan(m_lastPos, pos);
    }
    m_lastPos = pos;
    cameraMoved();
    const QVariantMap g = groundAt(pos.x(), pos.y());
    emit cursorMoved(g.value(QStringLiteral("x")).toDouble(), g.value(QStringLiteral("y")).toDouble(),
                     g.value(QStringLiteral("valid")).toBool());
    event->accept();
}

void MapController::mouseReleaseEvent(QMouseEvent *event)
{
    if (!m_dragged && event->button() == Qt::LeftButton && !m_orbiting)
        clickAt(event->position().x(), event->position().y());
    m_pressButton = Qt::NoButton;
    m_orbiting = false;
    event->accept();
}

void MapController::hoverMoveEvent(QHoverEvent *event)
{
    const QPointF pos = event->position();
    const QVariantMap g = groundAt(pos.x(), pos.y());
    emit cursorMoved(g.value(QStringLiteral("x")).toDouble(), g.value(QStringLiteral("y")).toDouble(),
                     g.value(QStringLiteral("valid")).toBool() && m_scene != nullptr);
}

void MapController::wheelEvent(QWheelEvent *event)
{
    const double notches = event->angleDelta().y() / 120.0;
    if (notches != 0.0)
        zoomAt(event->position().x(), event->position().y(), std::pow(2.0, notches / 2.0));
    event->accept();
}

void MapController::keyPressEvent(QKeyEvent *event)
{
    constexpr double kPanPixels = 100.0;
    constexpr double kTiltStep = 5.0;
    const QPointF c(width() / 2.0, height() / 2.0);
    switch (event->key()) {
    case Qt::Key_Home: resetView(); break;
    case Qt::Key_Plus:
    case Qt::Key_Equal: zoomIn(); break;
    case Qt::Key_Minus: zoomOut(); break;
    case Qt::Key_Left: m_camera.pan(c, c + QPointF(kPanPixels, 0)); cameraMoved(); break;
    case Qt::Key_Right: m_camera.pan(c, c - QPointF(kPanPixels, 0)); cameraMoved(); break;
    case Qt::Key_Up: m_camera.pan(c, c + QPointF(0, kPanPixels)); cameraMoved(); break;
    case Qt::Key_Down: m_camera.pan(c, c - QPointF(0, kPanPixels)); cameraMoved(); break;
    case Qt::Key_PageUp: m_camera.rotate(0, kTiltStep); cameraMoved(); break;
    case Qt::Key_PageDown: m_camera.rotate(0, -kTiltStep); cameraMoved(); break;
    default: QQuickItem::keyPressEvent(event); return;
    }
    event->accept();
}

} // namespace ct::ui
