// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "cliplugins.h"

#include "ct/pluginapi/pluginregistry.h"

#include <QCoreApplication>
#include <QDir>

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

} // namespace ct::cli
