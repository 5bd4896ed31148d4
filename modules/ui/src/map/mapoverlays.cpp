// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "mapoverlays.h"

#include "layerlistmodel.h"
#include "mapcontroller.h"
#include "pluginlistmodel.h"

#include "ct/pluginapi/domainplugin.h"
#include "ct/pluginapi/pluginregistry.h"
#include "ct/pluginapi/twinaccess.h"
#include "ct/store/twinstore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLoggingCategory>

#include <sqlite3.h>

namespace ct::ui {

Q_LOGGING_CATEGORY(lcOverlays, "citytwin.map.overlays")

namespace {
constexpr int kDefaultRefreshMs = 5000;

QString translatedTitle(const plugin::LayerDescriptor &d)
{
    return d.translationContext.isEmpty()
        ? d.title
        : QCoreApplication::translate(d.translationContext.toUtf8().constData(), d.title.toUtf8().constData());
}
} // namespace

MapOverlays::MapOverlays(QObject *parent) : QObject(parent), m_model(new OverlayListModel(this))
{
    m_timer.setInterval(kDefaultRefreshMs);
    connect(&m_timer, &QTimer::timeout, this, &MapOverlays::refreshIfChanged);
    connect(m_model, &OverlayListModel::overlayStyleChanged, this, &MapOverlays::applyStyle);
}

MapOverlays::~MapOverlays() = default;

void MapOverlays::setTwin(QObject *twin)
{
    if (m_twin == twin)
        return;
    if (m_twin)
        disconnect(m_twin, nullptr, this, nullptr);
    m_twin = twin;
    if (m_twin) {
        // The session's signals, when it has them (a test may hand in a plainer object).
        for (const char *signal : {SIGNAL(openedChanged()), SIGNAL(operatorChanged()), SIGNAL(viewSettingsChanged(QString))})
            if (m_twin->metaObject()->indexOfSignal(QMetaObject::normalizedSignature(signal + 1)) >= 0)
                connect(m_twin, signal, this, SLOT(refresh()));
        // Translated titles follow the language.
        if (m_twin->metaObject()->indexOfSignal("layersReloaded()") >= 0)
            connect(m_twin, SIGNAL(layersReloaded()), this, SLOT(refresh()));
    }
    emit twinChanged();
    refresh();
}

void MapOverlays::setPlugins(PluginListModel *plugins)
{
    if (m_plugins == plugins)
        return;
    m_plugins = plugins;
    m_sources.clear();
    if (plugins) {
        for (const plugin::PluginInfo *info : plugins->registry().loaded())
            if (info->has(QStringLiteral("overlays")))
                for (auto &source : info->instance->overlaySources())
                    m_sources.push_back(std::move(source));
    }
    describe();
    emit pluginsChanged();
    refresh();
}

void MapOverlays::setSources(std::vector<std::shared_ptr<plugin::OverlaySource>> sources)
{
    m_sources = std::move(sources);
    describe();
    refresh();
}

MapController *MapOverlays::map() const
{
    return qobject_cast<MapController *>(m_map.data());
}

void MapOverlays::setMap(MapController *map)
{
    if (m_map == map)
        return;
    if (auto *old = this->map()) {
        disconnect(old, &MapController::overlayClicked, this, &MapOverlays::pick);
        old->removeOverlays();
    }
    m_map = map;
    if (map)
        connect(map, &MapController::overlayClicked, this, &MapOverlays::pick);
    emit mapChanged();
    applyAll();
}

void MapOverlays::setRefreshIntervalMs(int milliseconds)
{
    if (milliseconds == m_timer.interval())
        return;
    m_timer.setInterval(std::max(100, milliseconds));
    emit refreshIntervalMsChanged();
}

const plugin::Overlay *MapOverlays::overlay(const QString &name) const
{
    for (const auto &[n, o] : m_overlays)
        if (n == name)
            return &o;
    return nullptr;
}

QVariantList MapOverlays::symbols(const QString &name) const
{
    QVariantList list;
    if (const plugin::Overlay *o = overlay(name))
        for (const plugin::Overlay::Point &p : o->points)
            list.append(QVariantMap{{QStringLiteral("id"), p.featureId}, {QStringLiteral("x"), p.position.x}, {QStringLiteral("y"), p.position.y}});
    return list;
}

void MapOverlays::describe()
{
    std::vector<std::pair<plugin::LayerDescriptor, QString>> described;
    for (const auto &source : m_sources) {
        const plugin::LayerDescriptor d = source->descriptor();
        described.emplace_back(d, translatedTitle(d));
    }
    m_model->setDescriptors(described);
}

QString MapOverlays::changeToken(const store::TwinStore &twin)
{
    // data_version moves when another connection commits; total_changes counts this
    // connection's own writes (the panels act through the session's store).
    sqlite3 *db = twin.handle();
    if (!db)
        return {};
    qint64 version = -1;
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v2(db, "PRAGMA data_version", -1, &statement, nullptr) == SQLITE_OK && sqlite3_step(statement) == SQLITE_ROW)
        version = sqlite3_column_int64(statement, 0);
    sqlite3_finalize(statement);
    return QStringLiteral("%1/%2/%3").arg(twin.path()).arg(version).arg(sqlite3_total_changes64(db));
}

void MapOverlays::refreshIfChanged()
{
    auto *access = qobject_cast<plugin::TwinAccess *>(m_twin.data());
    store::TwinStore *twin = access ? access->store() : nullptr;
    if (twin && changeToken(*twin) == m_readToken && QDateTime::currentMSecsSinceEpoch() - m_readAtMs < kRereadAfterMs)
        return;
    refresh();
}

void MapOverlays::refresh()
{
    auto *access = qobject_cast<plugin::TwinAccess *>(m_twin.data());
    store::TwinStore *twin = access ? access->store() : nullptr;
    // Titles follow a language switch (the session re-reads its layers then, too).
    for (const auto &source : m_sources) {
        const plugin::LayerDescriptor d = source->descriptor();
        const OverlayListModel::Entry *e = m_model->entry(d.table);
        if (e && e->translatedTitle != translatedTitle(d)) {
            describe();
            break;
        }
    }
    m_overlays.clear();
    m_readToken = twin ? changeToken(*twin) : QString();
    m_readAtMs = QDateTime::currentMSecsSinceEpoch();
    if (!twin) {
        m_timer.stop();
        for (const auto &source : m_sources)
            m_model->setContent(source->descriptor().table, 0, QString(), {}, false);
    } else {
        if (!m_timer.isActive())
            m_timer.start();
        const core::Actor actor = access->actor();
        for (const auto &source : m_sources) {
            const plugin::LayerDescriptor d = source->descriptor();
            auto read = source->read(*twin, actor, access->viewSettings(d.owner));
            if (!read) {
                // E.g. a role that may not see the domain's data: the layer stays listed, empty,
                // with the reason.
                qCDebug(lcOverlays).noquote() << d.table << read.error().toString();
                m_model->setContent(d.table, 0, read.error().message, {}, true);
                continue;
            }
            m_model->setContent(d.table, d.kind == plugin::LayerDescriptor::Kind::Points ? int(read->points.size()) : 0,
                                read->note, read->legend, false);
            m_overlays.emplace_back(d.table, std::move(read.value()));
        }
    }
    ++m_revision;
    applyAll();
    emit refreshed();
}

bool MapOverlays::pick(const QString &overlay, const QString &featureId)
{
    auto *access = qobject_cast<plugin::TwinAccess *>(m_twin.data());
    const OverlayListModel::Entry *e = m_model->entry(overlay);
    if (!access || !e || e->descriptor.owner.isEmpty())
        return false;
    const QString owner = e->descriptor.owner;
    QVariantMap settings = access->viewSettings(owner);
    settings.insert(QStringLiteral("picked"), QVariantMap{{QStringLiteral("overlay"), overlay},
                                                          {QStringLiteral("id"), featureId},
                                                          {QStringLiteral("serial"), ++m_pickSerial}});
    access->setViewSettings(owner, settings);
    emit picked(owner, overlay, featureId);
    return true;
}

void MapOverlays::applyAll()
{
    MapController *map = this->map();
    if (!map)
        return;
    if (m_overlays.empty()) {
        // Nobody may see anything, or no twin: nothing of the last operator stays on the map.
        map->removeOverlays();
        return;
    }
    for (const auto &source : m_sources) {
        const plugin::LayerDescriptor d = source->descriptor();
        const plugin::Overlay *o = overlay(d.table);
        map->setOverlay(d.table, d.kind != plugin::LayerDescriptor::Kind::Points, o ? *o : plugin::Overlay());
        applyStyle(d.table);
    }
}

void MapOverlays::applyStyle(const QString &name)
{
    MapController *map = this->map();
    const OverlayListModel::Entry *e = m_model->entry(name);
    if (!map || !e)
        return;
    map->setOverlayStyle(name, e->visible, e->opacity, layerSymbolName(e->descriptor.symbol), e->descriptor.symbolSizePixels,
                         e->descriptor.order);
}

} // namespace ct::ui
