// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include "pluginlistmodel.h"
#include "twinsession.h"

#include "ct/core/result.h"

#include <QDateTime>
#include <QFutureWatcher>
#include <QObject>
#include <QPointer>
#include <QUrl>
#include <QtQml/qqmlregistration.h>

namespace ct::ui {

/// \brief File → Report…: writes the situation report of the open twin as a PDF on a worker
/// thread (its own read-only connection to the twin), with progress, for the console's dialog.
///
/// Created in QML with its collaborators as properties (the session whose twin and operator the
/// report shows, the plugin list whose loaded plugins contribute sections, the UI language):
///     ReportController { session: root.session; plugins: root.plugins; language: root.languages.language }
class ReportController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(ct::ui::TwinSession *session READ session WRITE setSession NOTIFY sessionChanged)
    Q_PROPERTY(ct::ui::PluginListModel *plugins READ plugins WRITE setPlugins NOTIFY pluginsChanged)
    Q_PROPERTY(QString language READ language WRITE setLanguage NOTIFY languageChanged)
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    Q_PROPERTY(double progress READ progress NOTIFY progressChanged)
    Q_PROPERTY(QString stage READ stage NOTIFY progressChanged)
    //! Why the last report failed; empty after a success.
    Q_PROPERTY(QString errorString READ errorString NOTIFY finished)
    //! The last report written (a local path) and its folder (a file: URL, for opening it).
    Q_PROPERTY(QString writtenPath READ writtenPath NOTIFY finished)
    Q_PROPERTY(QUrl writtenFolder READ writtenFolder NOTIFY finished)
    Q_PROPERTY(QUrl writtenFile READ writtenFile NOTIFY finished)

public:
    explicit ReportController(QObject *parent = nullptr);
    ~ReportController() override;

    TwinSession *session() const { return m_session; }
    void setSession(TwinSession *session);
    PluginListModel *plugins() const { return m_plugins; }
    void setPlugins(PluginListModel *plugins);
    QString language() const { return m_language; }
    void setLanguage(const QString &language);
    bool busy() const { return m_busy; }
    double progress() const { return m_progress; }
    QString stage() const { return m_stage; }
    QString errorString() const { return m_errorString; }
    QString writtenPath() const { return m_writtenPath; }
    QUrl writtenFolder() const;
    QUrl writtenFile() const { return m_writtenPath.isEmpty() ? QUrl() : QUrl::fromLocalFile(m_writtenPath); }

    /// A path for a new report: "<twin>-report-<yyyyMMdd-HHmm>.pdf" in the documents folder.
    Q_INVOKABLE QString suggestedPath() const;
    //! The local path of a file: URL (what a FileDialog returns), for showing it.
    Q_INVOKABLE QString localPath(const QUrl &url) const;
    /// The current local time as the dialog shows it ("2026-03-11 14:46").
    Q_INVOKABLE QString now() const;
    /// Whether `text` is a time generate() accepts (empty = now).
    Q_INVOKABLE bool isValidTime(const QString &text) const;
    /// Starts writing the report to `target` (a file: URL or a path) as of `at` ("yyyy-MM-dd HH:mm"
    /// local time, or ISO 8601; empty = now). Returns false, with errorString set, when it cannot
    /// start (no twin, bad time, busy); the outcome comes with finished().
    Q_INVOKABLE bool generate(const QUrl &target, const QString &at = QString());

    //! Parses what isValidTime() accepts; an invalid QDateTime otherwise.
    static QDateTime parseTime(const QString &text);

signals:
    void sessionChanged();
    void pluginsChanged();
    void languageChanged();
    void busyChanged();
    void progressChanged();
    void finished(bool ok);

private:
    void setProgress(double fraction, const QString &stage);
    bool fail(const QString &message);

    QPointer<TwinSession> m_session;
    QPointer<PluginListModel> m_plugins;
    QString m_language = QStringLiteral("en");
    QFutureWatcher<core::Status> m_watcher;
    double m_progress = 0.0;
    QString m_stage;
    QString m_errorString;
    QString m_writtenPath;
    QString m_pendingPath;
    bool m_busy = false;          //!< from setFuture() to the watcher's finished(), which comes queued
};

} // namespace ct::ui
