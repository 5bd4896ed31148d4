// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "reportcontroller.h"

#include "pluginlistmodel.h"
#include "twinsession.h"

#include "ct/pluginapi/pluginregistry.h"
#include "ct/report/reportgenerator.h"
#include "ct/store/twinstore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>
#include <QtConcurrent/QtConcurrentRun>

namespace ct::ui {

ReportController::ReportController(QObject *parent)
    : QObject(parent)
{
    connect(&m_watcher, &QFutureWatcher<core::Status>::finished, this, [this] {
        const core::Status status = m_watcher.result();
        m_busy = false;
        if (status) {
            m_errorString.clear();
            m_writtenPath = m_pendingPath;
        } else {
            m_errorString = status.error().toString();
        }
        emit busyChanged();
        emit finished(status.ok());
    });
}

ReportController::~ReportController()
{
    // The worker reads the plugins and the twin file: let it finish before they may go.
    m_watcher.waitForFinished();
}

void ReportController::setSession(TwinSession *session)
{
    if (m_session == session)
        return;
    m_session = session;
    emit sessionChanged();
}

void ReportController::setPlugins(PluginListModel *plugins)
{
    if (m_plugins == plugins)
        return;
    m_plugins = plugins;
    emit pluginsChanged();
}

void ReportController::setLanguage(const QString &language)
{
    if (m_language == language)
        return;
    m_language = language;
    emit languageChanged();
}

QUrl ReportController::writtenFolder() const
{
    if (m_writtenPath.isEmpty())
        return {};
    return QUrl::fromLocalFile(QFileInfo(m_writtenPath).absolutePath());
}

QString ReportController::localPath(const QUrl &url) const
{
    return url.isLocalFile() ? QDir::toNativeSeparators(url.toLocalFile()) : url.toString();
}

QString ReportController::suggestedPath() const
{
    QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (folder.isEmpty() || !QFileInfo(folder).isDir())
        folder = QDir::homePath();
    QString base = m_session && m_session->isOpen() ? QFileInfo(m_session->path()).completeBaseName() : QStringLiteral("twin");
    const QString name = QStringLiteral("%1-report-%2.pdf").arg(base, QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmm")));
    return QDir::toNativeSeparators(QDir(folder).filePath(name));
}

QString ReportController::now() const
{
    return QDateTime::currentDateTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

QDateTime ReportController::parseTime(const QString &text)
{
    QString t = text.trimmed();
    if (t.size() > 10 && t.at(10) == QLatin1Char(' '))
        t[10] = QLatin1Char('T');
    return QDateTime::fromString(t, Qt::ISODateWithMs);
}

bool ReportController::isValidTime(const QString &text) const
{
    return text.trimmed().isEmpty() || parseTime(text).isValid();
}

bool ReportController::fail(const QString &message)
{
    m_errorString = message;
    emit finished(false);
    return false;
}

void ReportController::setProgress(double fraction, const QString &stage)
{
    m_progress = fraction;
    m_stage = stage;
    emit progressChanged();
}

bool ReportController::generate(const QUrl &target, const QString &at)
{
    if (busy())
        return fail(tr("A report is being written already."));
    if (!m_session || !m_session->isOpen())
        return fail(tr("No twin is open."));
    if (!m_plugins)
        return fail(tr("The report has no plugin list."));
    const QString path = target.isLocalFile() ? target.toLocalFile() : target.toString();
    if (path.isEmpty())
        return fail(tr("Choose a file for the report."));
    report::ReportRequest request;
    request.language = m_language;
    request.actor = m_session->actor();
    if (!at.trimmed().isEmpty()) {
        request.at = parseTime(at);
        if (!request.at.isValid())
            return fail(tr("\"%1\" is not a time; write it like %2.").arg(at, now()));
    }
    m_pendingPath = QFileInfo(path).absoluteFilePath();
    const QString twinPath = m_session->path();
    const std::vector<const plugin::PluginInfo *> plugins = m_plugins->registry().loaded();
    QPointer<ReportController> self(this);
    setProgress(0.0, tr("Starting"));
    m_watcher.setFuture(QtConcurrent::run([twinPath, plugins, request, output = m_pendingPath, self]() -> core::Status {
        // The worker has its own read-only connection: the console goes on using its own.
        auto twin = store::TwinStore::open(twinPath, store::TwinStore::OpenMode::ReadOnly);
        if (!twin)
            return twin.error();
        report::ReportGenerator generator(*twin.value(), plugins);
        return generator.write(output, request, [self](double fraction, const QString &stage) {
            QMetaObject::invokeMethod(self.data(), [self, fraction, stage] {
                if (self)
                    self->setProgress(fraction, stage);
            }, Qt::QueuedConnection);
        });
    }));
    m_busy = true;
    emit busyChanged();
    return true;
}

} // namespace ct::ui
