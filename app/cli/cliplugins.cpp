// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "cliplugins.h"

#include "ct/auth/accountstore.h"
#include "ct/pluginapi/pluginregistry.h"
#include "ct/store/twinstore.h"

#include <QCoreApplication>
#include <QDir>
#include <QLocale>

namespace ct::cli {

std::unique_ptr<plugin::PluginRegistry> loadPlugins(const QString &command, const QString &language, QTextStream &err,
                                                    const QStringList &extraDirectories)
{
    const QDir executable(QCoreApplication::applicationDirPath());
    plugin::PluginContext context;
    context.dataDirectory = executable.absoluteFilePath(QStringLiteral("../" CITYTWIN_DATA_SUBDIR));
    context.locale = language;
    auto registry = std::make_unique<plugin::PluginRegistry>(context);
    QStringList directories = extraDirectories;
    directories += qEnvironmentVariable("CITYTWIN_PLUGIN_PATH").split(QLatin1Char(':'), Qt::SkipEmptyParts);
    directories << executable.absoluteFilePath(QStringLiteral("../" CITYTWIN_PLUGIN_SUBDIR));
    registry->loadDirectories(directories);
    for (const auto &info : registry->plugins()) {
        if (!info.isLoaded())
            err << "citytwin-cli " << command << ": "
                << QCoreApplication::translate("Cli", "plugin %1 not loaded: %2").arg(info.id.isEmpty() ? info.file : info.id, info.error)
                << "\n";
    }
    return registry;
}

QString pluginLanguage()
{
    return QLocale().language() == QLocale::Japanese ? QStringLiteral("ja") : QStringLiteral("en");
}

bool migrateTwin(const QString &command, store::TwinStore &twin, QTextStream &err, plugin::PluginRegistry *plugins,
                 const QStringList &extraDirectories)
{
    bool ok = true;
    // As the console does on open: the accounts' schema (and its grants) first, then the plugins'.
    if (core::Status accounts = auth::AccountStore(twin).ensureSchema(); !accounts) {
        err << "citytwin-cli " << command << ": " << accounts.error().toString() << "\n";
        ok = false;
    }
    std::unique_ptr<plugin::PluginRegistry> loaded;
    if (!plugins) {
        loaded = loadPlugins(command, pluginLanguage(), err, extraDirectories);
        plugins = loaded.get();
    }
    for (const QString &error : plugins->applyMigrations(twin)) {
        err << "citytwin-cli " << command << ": " << error << "\n";
        ok = false;
    }
    return ok;
}

} // namespace ct::cli
