// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "twinsession.h"

#include "corelayers.h"

#include "ct/auth/accountstore.h"
#include "ct/geo/gpkgblob.h"
#include "ct/pluginapi/domainplugin.h"
#include "ct/pluginapi/pluginregistry.h"
#include "ct/store/twinstore.h"

#include <QFileInfo>
#include <QLoggingCategory>
#include <QUrl>

#include <sqlite3.h>

#include <algorithm>
#include <map>

Q_LOGGING_CATEGORY(lcSession, "citytwin.session")

namespace ct::ui {

using plugin::LayerDescriptor;
using store::TwinStore;

TwinSession::TwinSession(plugin::PluginRegistry &plugins, QObject *parent)
    : QObject(parent), m_plugins(plugins), m_layers(new LayerListModel(this))
{
}

TwinSession::~TwinSession() = default;

bool TwinSession::open(const QString &pathOrUrl)
{
    const QUrl url(pathOrUrl);
    const QString path = url.isLocalFile() ? url.toLocalFile() : pathOrUrl;

    auto opened = TwinStore::open(path, TwinStore::OpenMode::ReadWrite);
    if (!opened && opened.error().kind == core::Error::Kind::Io && QFileInfo(path).exists()
        && !QFileInfo(path).isWritable()) {
        opened = TwinStore::open(path, TwinStore::OpenMode::ReadOnly);
    }
    if (!opened) {
        const QString message = opened.error().toString();
        qCWarning(lcSession).noquote() << "cannot open twin:" << message;
        setErrorString(message);
        emit openFailed(message);
        return false;
    }
    clearOperator();
    m_store = std::move(opened).value();
    m_warnings.clear();
    if (!m_store->isReadOnly()) {
        // The accounts' schema (and its grants) first, then the plugins'.
        if (core::Status accounts = auth::AccountStore(*m_store).ensureSchema(); !accounts)
            m_warnings << accounts.error().toString();
        m_warnings += m_plugins.applyMigrations(*m_store);
    }
    setErrorString({});
    rebuildLayers(LayerChoices::Defaults);
    qCInfo(lcSession).noquote() << "opened twin" << path;
    emit openedChanged();
    return true;
}

void TwinSession::close()
{
    if (!m_store)
        return;
    clearOperator();
    m_store.reset();
    m_layers->setEntries({});
    emit openedChanged();
}

bool TwinSession::isTwin(const QString &pathOrUrl) const
{
    const QUrl url(pathOrUrl);
    const QString path = url.isLocalFile() ? url.toLocalFile() : pathOrUrl;
    return bool(TwinStore::open(path, TwinStore::OpenMode::ReadOnly));
}

void TwinSession::reload()
{
    if (!m_store)
        return;
    rebuildLayers(LayerChoices::Keep);
    emit layersReloaded();
}

core::Actor TwinSession::actor() const
{
    return m_operator ? *m_operator : core::Actor{QString(), core::Role::Viewer, {}};
}

void TwinSession::setOperator(const core::Actor &actor)
{
    m_operator = actor;
    emit operatorChanged();
}

void TwinSession::clearOperator()
{
    if (!m_operator)
        return;
    m_operator.reset();
    emit operatorChanged();
}

void TwinSession::setViewSettings(const QString &pluginId, const QVariantMap &settings)
{
    if (m_viewSettings.value(pluginId) == settings)
        return;
    m_viewSettings.insert(pluginId, settings);
    emit viewSettingsChanged(pluginId);
}

QString TwinSession::operatorName() const
{
    return m_operator ? m_operator->operatorName : QString();
}

QString TwinSession::operatorRole() const
{
    return core::roleName(actor().role);
}

QStringList TwinSession::operatorBindings() const
{
    return m_operator ? m_operator->bindings : QStringList();
}

bool TwinSession::may(const QString &action, const QString &target) const
{
    return m_store && m_store->mayPerform(actor(), action, target).ok();
}

QString TwinSession::refusal(const QString &action, const QString &target) const
{
    if (!m_store)
        return tr("No twin is open.");
    const core::Status status = m_store->mayPerform(actor(), action, target);
    return status ? QString() : status.error().message;
}

bool TwinSession::isOpen() const { return bool(m_store); }
QString TwinSession::path() const { return m_store ? m_store->path() : QString(); }
bool TwinSession::readOnly() const { return m_store && m_store->isReadOnly(); }

QString TwinSession::name() const
{
    if (!m_store)
        return {};
    const QString name = m_store->metadata(QStringLiteral("twin.name"));
    return name.isEmpty() ? QFileInfo(m_store->path()).completeBaseName() : name;
}

QString TwinSession::crs() const
{
    if (!m_store)
        return {};
    const QString crs = m_store->metadata(QStringLiteral("twin.crs"));
    return crs.isEmpty() ? QStringLiteral("EPSG:6677") : crs;
}

void TwinSession::setErrorString(const QString &message)
{
    if (m_errorString == message)
        return;
    m_errorString = message;
    emit errorStringChanged();
}

void TwinSession::rebuildLayers(LayerChoices choices)
{
    // On a reload of the same twin the layers that were there before keep what the user chose in
    // the layer panel (visibility, opacity, drawing order); only new layers start from their defaults.
    // Kept layers also keep their rows' sequence (layers of equal order stay as the user left them).
    std::map<QString, std::pair<std::size_t, LayerListModel::Entry>> previous;
    if (choices == LayerChoices::Keep) {
        const auto &old = m_layers->entries();
        for (std::size_t row = 0; row < old.size(); ++row)
            previous.emplace(old[row].descriptor.table, std::make_pair(row, old[row]));
    }

    std::map<QString, LayerDescriptor> described;
    for (const auto &d : coreLayerDescriptors())
        described[d.table] = d;
    for (const auto *info : m_plugins.loaded()) {
        if (!info->has(QStringLiteral("layers")))
            continue;
        for (const auto &d : info->instance->layers())
            described[d.table] = d;
    }

    std::vector<std::pair<std::size_t, LayerListModel::Entry>> ranked; // previous row, new layers last
    for (const auto &layer : m_store->layers()) {
        LayerListModel::Entry entry;
        const auto found = described.find(layer.name);
        entry.descriptor = found != described.end() ? found->second
                                                    : defaultDescriptor(layer.name, layer.title, layer.geometryType);
        entry.featureCount = layer.featureCount;
        std::size_t rank = previous.size();
        if (const auto kept = previous.find(layer.name); kept != previous.end()) {
            rank = kept->second.first;
            entry.visible = kept->second.second.visible;
            entry.opacity = kept->second.second.opacity;
            entry.order = kept->second.second.order;
        } else {
            entry.visible = entry.descriptor.visibleByDefault;
            entry.order = entry.descriptor.order;
        }
        ranked.emplace_back(rank, std::move(entry));
    }
    // setEntries() sorts stably by order, so this sequence decides between equal orders.
    std::stable_sort(ranked.begin(), ranked.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    std::vector<LayerListModel::Entry> entries;
    entries.reserve(ranked.size());
    for (auto &r : ranked)
        entries.push_back(std::move(r.second));
    m_layers->setEntries(std::move(entries));
    m_layers->retranslate();
}

void TwinSession::retranslate()
{
    m_layers->retranslate();
}

QVariantList TwinSession::attributes(const QString &layer, qint64 fid) const
{
    QVariantList result;
    if (!m_store)
        return result;
    const auto values = m_store->attributes(layer, fid);
    if (!values)
        return result;
    for (const auto &[name, value] : values.value())
        result.append(QVariantMap{{QStringLiteral("name"), name}, {QStringLiteral("value"), value}});
    return result;
}

QVariantList TwinSession::features(const QString &layer, const QStringList &fields, int limit) const
{
    QVariantList result;
    if (!m_store || !m_store->hasLayer(layer))
        return result;
    const auto table = m_store->read(layer, fields);
    if (!table)
        return result;
    const std::size_t count = std::min<std::size_t>(table->size(), std::size_t(std::max(limit, 0)));
    for (std::size_t i = 0; i < count; ++i) {
        QVariantMap row{{QStringLiteral("fid"), table->fids[i]}};
        for (int c = 0; c < table->columnNames.size(); ++c)
            row.insert(table->columnNames[c], table->columns[std::size_t(c)][i]);
        result.append(row);
    }
    return result;
}

QVariantMap TwinSession::featureCentre(const QString &layer, qint64 fid) const
{
    if (!m_store || !m_store->hasLayer(layer))
        return {};
    // The layer name was checked against the twin's own layer list above, so quoting is enough.
    const QByteArray sql = QStringLiteral("SELECT geom FROM \"%1\" WHERE fid = ?").arg(layer).toUtf8();
    sqlite3_stmt *statement = nullptr;
    QVariantMap centre;
    if (sqlite3_prepare_v2(m_store->handle(), sql.constData(), -1, &statement, nullptr) != SQLITE_OK)
        return centre;
    sqlite3_bind_int64(statement, 1, fid);
    if (sqlite3_step(statement) == SQLITE_ROW) {
        const auto geometry = geo::GpkgBlob::decode(sqlite3_column_blob(statement, 0),
                                                    std::size_t(sqlite3_column_bytes(statement, 0)));
        if (geometry && !geometry->isEmpty()) {
            const auto c = geometry->envelope().center();
            centre = {{QStringLiteral("x"), c.x}, {QStringLiteral("y"), c.y}};
        }
    }
    sqlite3_finalize(statement);
    return centre;
}

QString TwinSession::layerTitle(const QString &layer) const
{
    const int row = m_layers->indexOf(layer);
    return row < 0 ? layer : m_layers->data(m_layers->index(row), LayerListModel::TitleRole).toString();
}

} // namespace ct::ui
