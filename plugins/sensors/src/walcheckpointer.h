// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include <QString>

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <mutex>
#include <thread>

struct sqlite3;

namespace ct::sensors {

/// \brief Moves WAL checkpoints off the ingest path: turns SQLite's automatic checkpoint off on
/// the ingesting connection and runs PASSIVE checkpoints on a connection and thread of its own.
///
/// With the automatic checkpoint (every 1,000 WAL pages) the commit that crosses the limit copies
/// the WAL into the database file and fsyncs it (synchronous=FULL) before it returns — tens of ms
/// in which no reading is stored and no alarm evaluated. Here the ingest commit only appends to
/// the WAL and fsyncs it (so every committed reading stays durable, power loss included); the
/// checkpointer copies committed frames to the database file every `interval`. PASSIVE never waits
/// for readers or the writer, so it cannot stall the ingest; the WAL file is rewound by the next
/// write once a checkpoint has caught up. On stop() (and destruction) it runs a last PASSIVE
/// checkpoint and gives the ingesting connection its automatic checkpoint back.
///
/// The checkpointer's connection is opened on the same file (SQLITE_OPEN_NOMUTEX: it is used on
/// its thread only). Not for an in-memory database or a read-only twin (start() returns false).
class WalCheckpointer
{
public:
    //! `ingest`: the connection whose automatic checkpoint is switched off while running.
    WalCheckpointer(sqlite3 *ingest, QString path, std::chrono::milliseconds interval = std::chrono::milliseconds(500));
    ~WalCheckpointer();
    WalCheckpointer(const WalCheckpointer &) = delete;
    WalCheckpointer &operator=(const WalCheckpointer &) = delete;

    bool start();
    void stop();
    bool isRunning() const { return m_thread.joinable(); }
    //! Checkpoints run so far and WAL frames copied by them (for benchmarks and tests).
    qint64 checkpoints() const { return m_checkpoints.load(); }
    qint64 framesCopied() const { return m_framesCopied.load(); }
    QString errorString() const;

private:
    void run();
    void checkpointOnce();

    sqlite3 *m_ingest;
    QString m_path;
    std::chrono::milliseconds m_interval;
    sqlite3 *m_db = nullptr;
    int m_previousAutocheckpoint = 1000;
    std::thread m_thread;
    mutable std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_stopping = false;
    std::atomic<qint64> m_checkpoints{0};
    std::atomic<qint64> m_framesCopied{0};
    QString m_error;
};

} // namespace ct::sensors
