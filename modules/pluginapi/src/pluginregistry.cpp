// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "ct/pluginapi/pluginregistry.h"

#include "ct/pluginapi/domainplugin.h"
#include "ct/store/twinstore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QLibrary>
#include <QLoggingCategory>
#include <QPluginLoader>

#include <algorithm>

Q_LOGGING_CATEGORY(lcPlugins, "citytwin.plugins")

namespace ct::plugin {

PluginRegistry::PluginRegistry(PluginContext context) : m_context(std::move(context)) {}

PluginRegistry::~PluginRegistry()
{
    // Plugin instances are owned by their QPluginLoader; unloading is left to process exit so
    // that objects created from a plugin (QML panels) never outlive their code.
}

QString PluginRegistry::validateMetaData(const QJsonObject &metaData)
{
    for (const char *key : {"id", "name", "version"}) {
        if (!metaData.value(QLatin1String(key)).isString() || metaData.value(QLatin1String(key)).toString().isEmpty())
            return QCoreApplication::translate("PluginRegistry", "metadata lacks the text field \"%1\"").arg(QLatin1String(key));
    }
    if (!metaData.value(QStringLiteral("apiVersion")).isDouble())
        return QCoreApplication::translate("PluginRegistry", "metadata lacks the number field \"apiVersion\"");
    const int api = metaData.value(QStringLiteral("apiVersion")).toInt();
    if (api != kApiVersion)
        return QCoreApplication::translate("PluginRegistry", "plugin API version %1 is not supported (this console speaks version %2)").arg(api).arg(kApiVersion);
    if (!metaData.value(QStringLiteral("capabilities")).isArray())
        return QCoreApplication::translate("PluginRegistry", "metadata lacks the list \"capabilities\"");
    static const QStringList known{QStringLiteral("layers"), QStringLiteral("panel"), QStringLiteral("migrations"),
                                   QStringLiteral("importers"), QStringLiteral("simulation"), QStringLiteral("states"),
                                   QStringLiteral("report"), QStringLiteral("overlays")};
    for (const auto &value : metaData.value(QStringLiteral("capabilities")).toArray()) {
        if (!known.contains(value.toString()))
            return QCoreApplication::translate("PluginRegistry", "unknown capability \"%1\"").arg(value.toString());
    }
    return {};
}

void PluginRegistry::loadDirectories(const QStringList &directories)
{
    for (const QString &directory : directories) {
        const QDir dir(directory);
        if (!dir.exists())
            continue;
        const QStringList files = dir.entryList(QDir::Files, QDir::Name);
        for (const QString &file : files) {
            const QString path = dir.absoluteFilePath(file);
            if (QLibrary::isLibrary(path))
                loadFile(path);
        }
    }
}

void PluginRegistry::loadFile(const QString &path)
{
    auto loader = std::make_unique<QPluginLoader>(path);
    const QJsonObject raw = loader->metaData();
    PluginInfo failed;
    failed.file = path;
    failed.id = QFileInfo(path).baseName();
    failed.name = failed.id;
    if (raw.isEmpty()) {
        failed.error = QCoreApplication::translate("PluginRegistry", "not a Qt plugin (no plugin metadata found)");
    } else if (raw.value(QStringLiteral("IID")).toString() != QLatin1String(CityTwinDomainPlugin_iid)) {
        failed.error = QCoreApplication::translate("PluginRegistry", "implements \"%1\", not \"%2\"")
                           .arg(raw.value(QStringLiteral("IID")).toString(), QLatin1String(CityTwinDomainPlugin_iid));
    } else {
        const QJsonObject metaData = raw.value(QStringLiteral("MetaData")).toObject();
        // Name the plugin by what it says it is, even when what it says is incomplete.
        if (metaData.value(QStringLiteral("id")).isString())
            failed.id = metaData.value(QStringLiteral("id")).toString();
        failed.name = metaData.value(QStringLiteral("name")).toString(failed.id);
        failed.version = metaData.value(QStringLiteral("version")).toString();
        const QString problem = validateMetaData(metaData);
        if (!problem.isEmpty()) {
            failed.error = problem;
        } else if (QObject *object = loader->instance()) {
            registerInstance(object, metaData, path);
            m_loaders.push_back(std::move(loader));
            return;
        } else {
            failed.error = loader->errorString();
        }
    }
    qCWarning(lcPlugins).noquote() << "plugin" << path << "not loaded:" << failed.error;
    m_plugins.push_back(failed);
}

void PluginRegistry::addInstance(QObject *plugin, const QJsonObject &metaData)
{
    const QString problem = validateMetaData(metaData);
    if (!problem.isEmpty()) {
        PluginInfo failed;
        failed.id = metaData.value(QStringLiteral("id")).toString();
        failed.name = failed.id;
        failed.error = problem;
        m_plugins.push_back(failed);
        return;
    }
    registerInstance(plugin, metaData, QStringLiteral("(built in)"));
}

void PluginRegistry::registerInstance(QObject *object, const QJsonObject &metaData, const QString &file)
{
    PluginInfo info;
    info.id = metaData.value(QStringLiteral("id")).toString();
    info.name = metaData.value(QStringLiteral("name")).toString();
    info.version = metaData.value(QStringLiteral("version")).toString();
    info.description = metaData.value(QStringLiteral("description")).toString();
    for (const auto &value : metaData.value(QStringLiteral("capabilities")).toArray())
        info.capabilities << value.toString();
    info.file = file;

    if (find(info.id) && find(info.id)->isLoaded()) {
        info.error = QCoreApplication::translate("PluginRegistry", "another plugin with the id \"%1\" is already loaded").arg(info.id);
        m_plugins.push_back(info);
        return;
    }
    auto *plugin = qobject_cast<DomainPlugin *>(object);
    if (!plugin) {
        info.error = QCoreApplication::translate("PluginRegistry", "the plugin object does not implement %1").arg(QLatin1String(CityTwinDomainPlugin_iid));
        m_plugins.push_back(info);
        return;
    }
    PluginContext context = m_context;
    context.pluginDirectory = QFileInfo(file).absolutePath();
    const core::Status status = plugin->initialise(context);
    if (!status) {
        info.error = QCoreApplication::translate("PluginRegistry", "initialisation failed: %1").arg(status.error().toString());
        qCWarning(lcPlugins).noquote() << "plugin" << info.id << info.error;
        m_plugins.push_back(info);
        return;
    }
    info.status = PluginInfo::Status::Loaded;
    info.instance = plugin;
    qCInfo(lcPlugins).noquote() << "loaded plugin" << info.id << info.version << "from" << file;
    m_plugins.push_back(info);
}

std::vector<const PluginInfo *> PluginRegistry::loaded() const
{
    std::vector<const PluginInfo *> result;
    for (const auto &info : m_plugins) {
        if (info.isLoaded())
            result.push_back(&info);
    }
    return result;
}

const PluginInfo *PluginRegistry::find(const QString &id) const
{
    for (const auto &info : m_plugins) {
        if (info.id == id && info.isLoaded())
            return &info;
    }
    for (const auto &info : m_plugins) {
        if (info.id == id)
            return &info;
    }
    return nullptr;
}

QStringList PluginRegistry::applyMigrations(store::TwinStore &store)
{
    QStringList errors;
    for (auto &info : m_plugins) {
        if (!info.isLoaded() || !info.has(QStringLiteral("migrations")))
            continue;
        const core::Status status = store.migrate(info.id, info.instance->migrations());
        if (!status) {
            info.status = PluginInfo::Status::Failed;
            info.error = QCoreApplication::translate("PluginRegistry", "schema migration failed: %1").arg(status.error().toString());
            info.instance = nullptr;
            errors << QStringLiteral("%1: %2").arg(info.id, info.error);
            qCWarning(lcPlugins).noquote() << "plugin" << info.id << info.error;
        }
    }
    return errors;
}

} // namespace ct::plugin
