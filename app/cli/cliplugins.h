// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include <QString>
#include <QStringList>
#include <QTextStream>

#include <memory>

namespace ct::plugin {
class PluginRegistry;
}
namespace ct::store {
class TwinStore;
}

namespace ct::cli {

/// \brief The domain plugins, for the commands that need what they bring (report sections,
/// simulation models): found as the console finds them, in `extraDirectories` (a command's
/// --plugin-path), the folders of CITYTWIN_PLUGIN_PATH (':'-separated) and then in
/// <executable>/../lib/citytwin/plugins.
///
/// A plugin that fails to load is listed on `err` ("<command>: plugin <id> not loaded: <why>")
/// and left out; the command goes on with the others. `language` ("ja"/"en") is handed to the
/// plugins' initialise().
std::unique_ptr<plugin::PluginRegistry> loadPlugins(const QString &command, const QString &language, QTextStream &err,
                                                    const QStringList &extraDirectories = {});

/// "ja" when the system locale is Japanese, "en" otherwise (the language handed to the plugins).
QString pluginLanguage();

/// \brief Brings a twin that a command opened read-write to the schema the console gives it on
/// open (ui::TwinSession::open): the accounts' schema and grants (auth::AccountStore::ensureSchema),
/// then the migrations of every loaded plugin (plugin::PluginRegistry::applyMigrations, the
/// console's code path). `plugins` are the command's loaded plugins; when null, they are loaded
/// here with loadPlugins(). Read-only commands (report, info, route, export, series) never call this.
///
/// Every failure is listed on `err` ("citytwin-cli <command>: <plugin>: schema migration failed: …");
/// returns false when the accounts' or a loaded plugin's schema could not be applied. A plugin that
/// did not load is only listed (by loadPlugins()): its tables are created when it is next loaded.
bool migrateTwin(const QString &command, store::TwinStore &twin, QTextStream &err,
                 plugin::PluginRegistry *plugins = nullptr, const QStringList &extraDirectories = {});

} // namespace ct::cli
