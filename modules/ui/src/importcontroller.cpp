// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "importcontroller.h"

#include "twinsession.h"

#include "ct/dataio/dataimporter.h"
#include "ct/pluginapi/domainplugin.h"
#include "ct/pluginapi/pluginregistry.h"
#include "ct/store/twinstore.h"

#include <QFileInfo>
#include <QJsonObject>
#include <QPointer>
#include <QtConcurrent/QtConcurrentRun>

namespace ct::ui {

namespace {

/// Imports one file with a plugin's importer: one transaction and one audit row, as the built-in
/// importers do, and the same summary shape; under the importer's own action (permission).
QVariantMap importWithPlugin(store::TwinStore &store, const core::Actor &actor, plugin::Importer &importer,
                             const QString &path)
{
    QVariantMap summary{{QStringLiteral("file"), path}, {QStringLiteral("format"), importer.id()}};
    plugin::ImportSummary result;
    const core::Status status = store.perform(
        actor, importer.action(), QFileInfo(path).fileName(),
        [&](store::TwinStore &twin, QJsonObject &, QJsonObject &after) -> core::Status {
            auto imported = importer.import(twin, path);
            if (!imported)
                return imported.error();
            result = imported.value();
            after = QJsonObject{{QStringLiteral("importer"), importer.id()}, {QStringLiteral("layer"), result.layer},
                                {QStringLiteral("imported"), result.imported}, {QStringLiteral("updated"), result.updated},
                                {QStringLiteral("skipped"), result.skipped}};
            return {};
        });
    if (!status) {
        summary[QStringLiteral("error")] = status.error().toString();
        return summary;
    }
    QVariantList skippedRows;
    for (const QString &reason : std::as_const(result.skippedReasons))
        skippedRows << QVariantMap{{QStringLiteral("where"), path}, {QStringLiteral("reason"), reason}};
    summary.insert({{QStringLiteral("layer"), result.layer},
                    {QStringLiteral("imported"), result.imported},
                    {QStringLiteral("updated"), result.updated},
                    {QStringLiteral("skipped"), result.skipped},
                    {QStringLiteral("skippedRows"), skippedRows},
                    {QStringLiteral("error"), QString()}});
    return summary;
}

} // namespace

ImportController::ImportController(TwinSession &session, const plugin::PluginRegistry &plugins, QObject *parent)
    : QObject(parent), m_session(session), m_plugins(plugins)
{
    connect(&m_watcher, &QFutureWatcher<QVariantList>::finished, this, [this] {
        m_summaries = m_watcher.result();
        bool changed = false;
        for (const QVariant &entry : std::as_const(m_summaries)) {
            const QVariantMap summary = entry.toMap();
            changed = changed || (summary.value(QStringLiteral("error")).toString().isEmpty()
                                  && summary.value(QStringLiteral("imported")).toLongLong()
                                             + summary.value(QStringLiteral("updated")).toLongLong() > 0);
        }
        m_busy = false;
        setProgress(1.0, {});
        emit busyChanged();
        emit finished(changed);
    });
}

ImportController::~ImportController()
{
    if (m_cancel)
        m_cancel->store(true);
    m_watcher.waitForFinished();
}

std::vector<std::shared_ptr<plugin::Importer>> ImportController::pluginImporters() const
{
    std::vector<std::shared_ptr<plugin::Importer>> importers;
    for (const auto *info : m_plugins.loaded()) {
        if (info->has(QStringLiteral("importers"))) {
            for (auto &importer : info->instance->importers())
                importers.push_back(importer);
        }
    }
    return importers;
}

void ImportController::setProgress(double value, const QString &file)
{
    m_progress = value;
    m_currentFile = file;
    emit progressChanged();
}

bool ImportController::importFiles(const QList<QUrl> &files, bool skipBad)
{
    if (m_busy || !m_session.isOpen() || m_session.readOnly() || files.isEmpty())
        return false;
    QStringList paths;
    for (const QUrl &url : files)
        paths << (url.isLocalFile() ? url.toLocalFile() : url.toString());
    m_busy = true;
    m_summaries.clear();
    emit busyChanged();
    setProgress(0.0, QFileInfo(paths.first()).fileName());

    m_cancel = std::make_shared<std::atomic<bool>>(false);
    const auto cancel = m_cancel;
    const QString twin = m_session.path();
    const core::Actor actor = m_session.actor();
    const auto domainImporters = pluginImporters();
    QPointer<ImportController> self(this);
    m_watcher.setFuture(QtConcurrent::run([twin, paths, skipBad, actor, cancel, self, domainImporters]() -> QVariantList {
        QVariantList summaries;
        // The worker has its own connection to the twin: SQLite in WAL mode lets the console keep
        // reading through its own while this one writes.
        auto store = store::TwinStore::open(twin, store::TwinStore::OpenMode::ReadWrite);
        if (!store) {
            summaries << QVariantMap{{QStringLiteral("file"), twin}, {QStringLiteral("error"), store.error().toString()}};
            return summaries;
        }
        dataio::DataImporter importer(*store.value(), actor);
        dataio::ImportOptions options;
        options.skipBad = skipBad;
        for (int i = 0; i < paths.size(); ++i) {
            if (cancel->load())
                break;
            if (self) {
                QMetaObject::invokeMethod(self.data(), [self, i, paths] {
                    if (self)
                        self->setProgress(double(i) / paths.size(), QFileInfo(paths[i]).fileName());
                });
            }
            // A plugin's own format first, when a plugin is confident it reads this file.
            plugin::Importer *best = nullptr;
            int bestConfidence = plugin::Importer::kConfident - 1;
            for (const auto &candidate : domainImporters) {
                const int confidence = candidate->confidence(paths[i]);
                if (confidence > bestConfidence) {
                    best = candidate.get();
                    bestConfidence = confidence;
                }
            }
            if (best) {
                summaries << importWithPlugin(*store.value(), actor, *best, paths[i]);
                continue;
            }
            const dataio::ImportReport report = importer.importFile(paths[i], options);
            QVariantMap summary = report.toJson().toVariantMap();
            summary[QStringLiteral("file")] = paths[i];
            summaries << summary;
        }
        return summaries;
    }));
    return true;
}

void ImportController::cancel()
{
    if (m_cancel)
        m_cancel->store(true);
}

} // namespace ct::ui
