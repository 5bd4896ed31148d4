// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

// A domain plugin loaded as the console loads it: from its file in the build's plugin folder,
// through the plugin registry (which also makes its QML resources available). Needs
// CITYTWIN_BINARY_DIR (set for every citytwin_test) and the plugin target built first.

#include "ct/pluginapi/plugininfo.h"
#include "ct/pluginapi/pluginregistry.h"

#include <QFile>
#include <QString>

namespace ct::testing {

/// Loads lib/citytwin/plugins/citytwin_plugin_<id>.so into `registry`. Its info when it loaded;
/// nullptr, and `error` saying why (no such file, or the loader's reason), when not.
inline const plugin::PluginInfo *loadBuiltPlugin(plugin::PluginRegistry &registry, const QString &id, QString *error)
{
    const QString path = QStringLiteral(CITYTWIN_BINARY_DIR "/lib/citytwin/plugins/citytwin_plugin_%1.so").arg(id);
    if (!QFile::exists(path)) {
        *error = QStringLiteral("no plugin file %1").arg(path);
        return nullptr;
    }
    registry.loadFile(path);
    const plugin::PluginInfo *info = registry.find(id);
    if (!info) {
        *error = QStringLiteral("%1 did not register a plugin named %2").arg(path, id);
        return nullptr;
    }
    if (!info->isLoaded()) {
        *error = info->error;
        return nullptr;
    }
    return info;
}

} // namespace ct::testing
