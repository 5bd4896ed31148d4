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

} // namespace ct::cli
