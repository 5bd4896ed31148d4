// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "importcontroller.h"

#include "twinsession.h"

#include "ct/dataio/dataimporter.h"
#include "ct/store/twinstore.h"

#include <QFileInfo>
#include <QPointer>
#include <QtConcurrent/QtConcurrentRun>

namespace ct::ui {

ImportController::ImportController(TwinSession &session, QObject *parent) : QObject(parent), m_session(session)
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
    QPointer<ImportController> self(this);
    m_watcher.setFuture(QtConcurrent::run([twin, paths, skipBad, actor, cancel, self]() -> QVariantList {
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
