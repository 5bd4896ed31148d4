// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include <QFutureWatcher>
#include <QObject>
#include <QUrl>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

#include <atomic>
#include <memory>
#include <vector>

namespace ct::plugin {
class Importer;
class PluginRegistry;
} // namespace ct::plugin

namespace ct::ui {

class TwinSession;

/// \brief File → Import in the console: imports files into the open twin on a worker thread (each
/// file one transaction and one audit row, through the same importers as `citytwin-cli import`),
/// reports progress, and hands back one summary per file.
class ImportController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("ImportController is created by the application")
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    Q_PROPERTY(double progress READ progress NOTIFY progressChanged)
    Q_PROPERTY(QString currentFile READ currentFile NOTIFY progressChanged)
    Q_PROPERTY(QVariantList summaries READ summaries NOTIFY finished)

public:
    /// Plugins that declare "importers" contribute importers for their own formats.
    ImportController(TwinSession &session, const plugin::PluginRegistry &plugins, QObject *parent = nullptr);
    ~ImportController() override;

    bool busy() const { return m_busy; }
    double progress() const { return m_progress; }
    QString currentFile() const { return m_currentFile; }
    /// One entry per file of the last run: {file, format, layer, imported, updated, skipped,
    /// skippedRows: [{where, reason}], warnings, error}.
    QVariantList summaries() const { return m_summaries; }

    /// Starts importing; refused (returns false) while busy or with no twin open.
    /// `skipBad` imports the good rows of files with bad rows and lists the others.
    Q_INVOKABLE bool importFiles(const QList<QUrl> &files, bool skipBad = false);
    /// Asks the running import to stop after the current file.
    Q_INVOKABLE void cancel();

signals:
    void busyChanged();
    void progressChanged();
    /// All files done (or cancelled); `changed` tells whether anything was written.
    void finished(bool changed);

private:
    void setProgress(double value, const QString &file);
    std::vector<std::shared_ptr<plugin::Importer>> pluginImporters() const;
    TwinSession &m_session;
    const plugin::PluginRegistry &m_plugins;
    bool m_busy = false;
    double m_progress = 0.0;
    QString m_currentFile;
    QVariantList m_summaries;
    std::shared_ptr<std::atomic<bool>> m_cancel;
    QFutureWatcher<QVariantList> m_watcher;
};

} // namespace ct::ui
