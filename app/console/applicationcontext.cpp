// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "applicationcontext.h"

#include "importcontroller.h"
#include "languagecontroller.h"
#include "operatorsession.h"
#include "timelinecontroller.h"
#include "pluginlistmodel.h"
#include "twinsession.h"

#include "ct/pluginapi/domainplugin.h"
#include "ct/pluginapi/pluginregistry.h"

#include <QCoreApplication>
#include <QDir>
#include <QLocale>

namespace ct::app {

QString ApplicationContext::defaultPluginDirectory()
{
    return QDir(QCoreApplication::applicationDirPath()).absoluteFilePath(QStringLiteral("../" CITYTWIN_PLUGIN_SUBDIR));
}

QString ApplicationContext::translationsDirectory()
{
    return QDir(QCoreApplication::applicationDirPath())
        .absoluteFilePath(QStringLiteral("../" CITYTWIN_DATA_SUBDIR "/translations"));
}

ApplicationContext::ApplicationContext(const QStringList &extraPluginDirectories, QQmlEngine *engine)
{
    plugin::PluginContext context;
    context.dataDirectory = QDir(QCoreApplication::applicationDirPath()).absoluteFilePath(QStringLiteral("../" CITYTWIN_DATA_SUBDIR));
    m_languages = std::make_unique<ui::LanguageController>(translationsDirectory(), engine);
    m_languages->restore();
    context.locale = m_languages->language();

    m_plugins = std::make_unique<plugin::PluginRegistry>(context);
    QStringList directories = extraPluginDirectories;
    const QString fromEnvironment = qEnvironmentVariable("CITYTWIN_PLUGIN_PATH");
    if (!fromEnvironment.isEmpty())
        directories += fromEnvironment.split(QLatin1Char(':'), Qt::SkipEmptyParts);
    directories << defaultPluginDirectory();
    m_plugins->loadDirectories(directories);

    m_session = std::make_unique<ui::TwinSession>(*m_plugins);
    m_operator = std::make_unique<ui::OperatorSession>(*m_session);
    m_pluginList = std::make_unique<ui::PluginListModel>(*m_plugins);
    m_importer = std::make_unique<ui::ImportController>(*m_session, *m_plugins);
    m_timeline = std::make_unique<ui::TimelineController>(
        *m_session, QDir(context.dataDirectory).absoluteFilePath(QStringLiteral("scenarios")));
    // What the plugins bring to the timeline: their simulation models, and the live state of
    // their layers for the map.
    std::vector<std::shared_ptr<sim::ModelFactory>> models;
    std::vector<std::shared_ptr<plugin::FeatureStateSource>> states;
    for (const plugin::PluginInfo *info : m_plugins->loaded()) {
        if (info->has(QStringLiteral("simulation"))) {
            for (auto &factory : info->instance->simulationModels())
                models.push_back(std::move(factory));
        }
        if (info->has(QStringLiteral("states"))) {
            for (auto &source : info->instance->featureStateSources())
                states.push_back(std::move(source));
        }
    }
    m_timeline->setModelFactories(std::move(models));
    m_timeline->setFeatureStateSources(std::move(states));
}

ApplicationContext::~ApplicationContext()
{
    // The workers (import, simulation) hold the session's twin; they go first.
    m_timeline.reset();
    m_importer.reset();
}

} // namespace ct::app
