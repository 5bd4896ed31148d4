// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "walcheckpointer.h"

#include <QLoggingCategory>

#include <sqlite3.h>

Q_LOGGING_CATEGORY(lcCheckpoint, "ct.sensors.checkpoint")

namespace ct::sensors {

WalCheckpointer::WalCheckpointer(sqlite3 *ingest, QString path, std::chrono::milliseconds interval)
    : m_ingest(ingest), m_path(std::move(path)), m_interval(interval)
{
}

WalCheckpointer::~WalCheckpointer()
{
    stop();
}

QString WalCheckpointer::errorString() const
{
    std::lock_guard lock(m_mutex);
    return m_error;
}

bool WalCheckpointer::start()
{
    if (m_thread.joinable())
        return true;
    if (!m_ingest || m_path.isEmpty() || sqlite3_db_readonly(m_ingest, "main") != 0)
        return false;
    // Only a WAL database has checkpoints to move.
    {
        sqlite3_stmt *q = nullptr;
        bool wal = false;
        if (sqlite3_prepare_v2(m_ingest, "PRAGMA journal_mode", -1, &q, nullptr) == SQLITE_OK && sqlite3_step(q) == SQLITE_ROW)
            wal = qstricmp(reinterpret_cast<const char *>(sqlite3_column_text(q, 0)), "wal") == 0;
        sqlite3_finalize(q);
        if (!wal)
            return false;
    }
    if (sqlite3_open_v2(m_path.toUtf8().constData(), &m_db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX, nullptr) != SQLITE_OK) {
        std::lock_guard lock(m_mutex);
        m_error = QString::fromUtf8(sqlite3_errmsg(m_db));
        sqlite3_close(m_db);
        m_db = nullptr;
        return false;
    }
    // FULL: the checkpoint fsyncs the database file before the WAL may be rewound, as the store's
    // own checkpoints do. The ingest connection never waits for this one.
    sqlite3_exec(m_db, "PRAGMA synchronous = FULL", nullptr, nullptr, nullptr);
    m_stopping = false;
    m_thread = std::thread([this] { run(); });
    return true;
}

void WalCheckpointer::stop()
{
    if (!m_thread.joinable())
        return;
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_all();
    m_thread.join();
    checkpointOnce(); // what the last interval left
    sqlite3_close(m_db);
    m_db = nullptr;
}

void WalCheckpointer::run()
{
    std::unique_lock lock(m_mutex);
    while (!m_stopping) {
        m_wake.wait_for(lock, m_interval, [this] { return m_stopping; });
        if (m_stopping)
            break;
        lock.unlock();
        checkpointOnce();
        lock.lock();
    }
}

void WalCheckpointer::checkpointOnce()
{
    int logFrames = 0, copied = 0;
    const int rc = sqlite3_wal_checkpoint_v2(m_db, nullptr, SQLITE_CHECKPOINT_PASSIVE, &logFrames, &copied);
    if (rc == SQLITE_OK) {
        ++m_checkpoints;
        m_framesCopied += copied > 0 ? copied : 0;
    } else if (rc != SQLITE_BUSY && rc != SQLITE_LOCKED) {
        // BUSY: another checkpoint is running; the next interval tries again.
        const QString message = QString::fromUtf8(sqlite3_errmsg(m_db));
        qCWarning(lcCheckpoint).noquote() << m_path << message;
        std::lock_guard lock(m_mutex);
        m_error = message;
    }
}

} // namespace ct::sensors
