// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include "ct/core/result.h"
#include "ct/pluginapi/plugincontext.h"
#include "ct/pluginapi/plugininfo.h"

#include <QJsonObject>
#include <QStringList>

#include <memory>
#include <vector>

class QObject;
class QPluginLoader;

namespace ct::store {
class TwinStore;
}

namespace ct::plugin {

/// \brief Finds, checks and loads the domain plugins, and keeps the list of those that failed.
///
/// Owned by the application context (no global instance). A plugin that cannot be loaded — not a
/// Qt plugin, another interface version, incomplete metadata, unresolved symbols, a failing
/// initialise() — is recorded with its error and skipped; loading never aborts the console.
class PluginRegistry
{
public:
    /// The interface version this build speaks; plugins declare it as "apiVersion".
    static constexpr int kApiVersion = 1;

    explicit PluginRegistry(PluginContext context);
    ~PluginRegistry();
    PluginRegistry(const PluginRegistry &) = delete;
    PluginRegistry &operator=(const PluginRegistry &) = delete;

    /// Loads every shared library in `directories` (non-recursive), in file-name order.
    void loadDirectories(const QStringList &directories);
    /// Loads one library file.
    void loadFile(const QString &path);
    /// Adds a plugin object that is already in the process (tests, statically linked plugins).
    /// `metaData` is the content of the plugin's metadata JSON.
    void addInstance(QObject *plugin, const QJsonObject &metaData);

    const std::vector<PluginInfo> &plugins() const { return m_plugins; }
    /// Only the plugins that loaded and initialised.
    std::vector<const PluginInfo *> loaded() const;
    const PluginInfo *find(const QString &id) const;

    /// Applies the migrations of every loaded plugin that declares "migrations" to `store`.
    /// A plugin whose migrations fail is marked Failed with the error; the others go on.
    /// Returns the errors, one line per failed plugin.
    QStringList applyMigrations(store::TwinStore &store);

    /// Checks the metadata JSON of a plugin; returns the problem, or an empty string.
    static QString validateMetaData(const QJsonObject &metaData);

private:
    void registerInstance(QObject *object, const QJsonObject &metaData, const QString &file);
    PluginContext m_context;
    std::vector<PluginInfo> m_plugins;
    std::vector<std::unique_ptr<QPluginLoader>> m_loaders;
};

} // namespace ct::plugin
