// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include <QObject>
#include <QString>
#include <QTemporaryDir>

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

namespace ct::tests {

class FakeDomainPlugin;

/// \brief The fixture of the shell's QML tests, in the role the application context plays in the
/// console: a small twin in a temporary folder, a plugin registry holding a fake domain plugin and
/// a plugin that failed, and the session, plugin list and language controller built on them.
///
/// Qt Quick Test gives every tst_*.qml file its own engine; each gets a fresh session (the twin
/// reopened), plugin list, importer and language controller, so that no file sees another's
/// changes. They reach QML as context properties: testSession, testPlugins, testImporter,
/// testLanguages, testOperator (the OperatorSession), and the facts the tests compare with
/// (testTwinName, testTwinUrl, testNotATwinUrl, testJapaneseLayersHeading, testAccountsTwinUrl:
/// a fresh twin without accounts for each file).
class ShellTestSetup : public QObject
{
    Q_OBJECT

public:
    ShellTestSetup();
    ~ShellTestSetup() override;

public slots:
    void applicationAvailable();
    void qmlEngineAvailable(QQmlEngine *engine);
    void cleanupTestCase();

private:
    void createTwin();
    void recordRuns();
    void releaseServices();

    QTemporaryDir m_dir;
    QString m_twinPath;
    QString m_cityPath;   //!< a generated city, for simulations
    QString m_runsPath;   //!< another generated city with two recorded runs, for Compare runs
    QString m_notATwinPath;
    int m_accountsTwins = 0;   //!< fresh account-less twins made so far
    std::unique_ptr<FakeDomainPlugin> m_fakePlugin;
    std::unique_ptr<QObject> m_brokenPlugin;
    std::unique_ptr<plugin::PluginRegistry> m_registry;
    std::unique_ptr<ui::TwinSession> m_session;
    std::unique_ptr<ui::OperatorSession> m_operator;
    std::unique_ptr<ui::PluginListModel> m_pluginList;
    std::unique_ptr<ui::ImportController> m_importer;
    std::unique_ptr<ui::TimelineController> m_timeline;
    std::unique_ptr<ui::LanguageController> m_languages;
};

} // namespace ct::tests
