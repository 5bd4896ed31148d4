// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include <QString>
#include <QStringList>

#include <memory>

class QQmlEngine;

namespace ct::plugin {
class PluginRegistry;
}
namespace ct::ui {
class ImportController;
class TimelineController;
class LanguageController;
class OperatorSession;
class PluginListModel;
class TwinSession;
} // namespace ct::ui

namespace ct::app {

/// \brief Owns the console's services and wires them together: the plugin registry, the twin
/// session, the signed-in operator, the plugin list and the language. Everything else receives
/// them from here.
class ApplicationContext
{
public:
    /// Folders next to the executable, the same in the build tree and once installed.
    static QString defaultPluginDirectory();
    static QString translationsDirectory();

    /// `extraPluginDirectories` (command line, CITYTWIN_PLUGIN_PATH) are searched before the
    /// default folder. `engine` receives retranslate() calls; may be null.
    ApplicationContext(const QStringList &extraPluginDirectories, QQmlEngine *engine);
    ~ApplicationContext();

    plugin::PluginRegistry &plugins() { return *m_plugins; }
    ui::TwinSession &session() { return *m_session; }
    ui::OperatorSession &operatorSession() { return *m_operator; }
    ui::PluginListModel &pluginList() { return *m_pluginList; }
    ui::LanguageController &languages() { return *m_languages; }
    ui::ImportController &importer() { return *m_importer; }
    ui::TimelineController &timeline() { return *m_timeline; }

private:
    std::unique_ptr<plugin::PluginRegistry> m_plugins;
    std::unique_ptr<ui::TwinSession> m_session;
    std::unique_ptr<ui::OperatorSession> m_operator;
    std::unique_ptr<ui::PluginListModel> m_pluginList;
    std::unique_ptr<ui::LanguageController> m_languages;
    std::unique_ptr<ui::ImportController> m_importer;
    std::unique_ptr<ui::TimelineController> m_timeline;
};

} // namespace ct::app
