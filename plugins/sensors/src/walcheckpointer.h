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

/// \brief Takes the bulk of WAL checkpointing off the ingest path: PASSIVE checkpoints on a
/// connection and thread of its own copy committed frames into the database file and fsync it
/// every `interval`, so the ingesting connection's own automatic checkpoint (every 1,000 WAL
/// pages) finds little left to copy and sync.
///
/// With the automatic checkpoint alone, the commit that crosses the limit copies ~1,000 pages into
/// the database file and fsyncs it before it returns — tens of ms in which no reading is stored
/// and no alarm evaluated. The ingesting connection keeps its automatic checkpoint on purpose:
/// only a checkpoint run between that connection's own transactions can catch up with the end of
/// the WAL, and only then does the next write rewind the WAL file. A checkpointer running beside
/// a writer that commits every few ms never catches up (the writer appends while it copies), and
/// the WAL would grow without bound — measured: 412 MB after 10 minutes at 5,000 readings/s.
/// PASSIVE never waits for readers or the writer, so the background checkpoint cannot stall the
/// ingest. On stop() (and destruction) it runs a last PASSIVE checkpoint.
///
/// The checkpointer's connection is opened on the same file (SQLITE_OPEN_NOMUTEX: it is used on
/// its thread only). Not for an in-memory database or a read-only twin (start() returns false).
class WalCheckpointer
{
public:
    //! `ingest`: the connection that writes (read for its journal mode and read-only state).
    WalCheckpointer(sqlite3 *ingest, QString path, std::chrono::milliseconds interval = std::chrono::milliseconds(250));
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
    std::thread m_thread;
    mutable std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_stopping = false;
    std::atomic<qint64> m_checkpoints{0};
    std::atomic<qint64> m_framesCopied{0};
    QString m_error;
};

} // namespace ct::sensors
