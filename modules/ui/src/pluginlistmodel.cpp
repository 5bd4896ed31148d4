// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "pluginlistmodel.h"

#include "ct/pluginapi/domainplugin.h"
#include "ct/pluginapi/pluginregistry.h"

#include <QUrl>

namespace ct::ui {

PluginListModel::PluginListModel(const plugin::PluginRegistry &registry, QObject *parent)
    : QAbstractListModel(parent), m_registry(registry)
{
}

void PluginListModel::refresh()
{
    beginResetModel();
    endResetModel();
    emit countChanged();
}

int PluginListModel::failedCount() const
{
    int failed = 0;
    for (const auto &info : m_registry.plugins())
        failed += info.isLoaded() ? 0 : 1;
    return failed;
}

QVariantList PluginListModel::panels() const
{
    QVariantList result;
    for (const auto &info : m_registry.plugins()) {
        if (info.isLoaded() && info.has(QStringLiteral("panel")) && info.instance->panel().isValid())
            result.append(QVariantMap{{QStringLiteral("id"), info.id},
                                      {QStringLiteral("name"), info.name},
                                      {QStringLiteral("panel"), info.instance->panel()}});
    }
    return result;
}

int PluginListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_registry.plugins().size());
}

QVariant PluginListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const auto &info = m_registry.plugins()[std::size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
    case NameRole: return info.name;
    case IdRole: return info.id;
    case VersionRole: return info.version;
    case LoadedRole: return info.isLoaded();
    case ErrorRole: return info.error;
    case CapabilitiesRole: return info.capabilities;
    case FileRole: return info.file;
    case PanelRole:
        return info.isLoaded() && info.has(QStringLiteral("panel")) ? info.instance->panel() : QUrl();
    default: return {};
    }
}

QHash<int, QByteArray> PluginListModel::roleNames() const
{
    return {{IdRole, "pluginId"},   {NameRole, "name"},   {VersionRole, "version"},
            {LoadedRole, "loaded"}, {ErrorRole, "error"}, {CapabilitiesRole, "capabilities"},
            {FileRole, "file"},     {PanelRole, "panel"}};
}

} // namespace ct::ui
