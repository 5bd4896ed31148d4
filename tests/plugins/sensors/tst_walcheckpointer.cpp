// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "ingestor.h"
#include "readingstore.h"
#include "sensorstestsupport.h"
#include "walcheckpointer.h"

#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

#include <chrono>
#include <thread>

using namespace ct::sensors;
using namespace std::chrono_literals;

namespace {

int pragmaInt(sqlite3 *db, const char *sql)
{
    sqlite3_stmt *q = nullptr;
    int v = -1;
    if (sqlite3_prepare_v2(db, sql, -1, &q, nullptr) == SQLITE_OK && sqlite3_step(q) == SQLITE_ROW)
        v = sqlite3_column_int(q, 0);
    sqlite3_finalize(q);
    return v;
}

std::vector<Reading> batch(qint64 sensor, int second, int n)
{
    std::vector<Reading> out;
    for (int i = 0; i < n; ++i)
        out.push_back({sensor, 1'750'000'000'000 + qint64(second) * 1000 * n + i, double(i), 0});
    return out;
}

} // namespace

class TestWalCheckpointer : public QObject
{
    Q_OBJECT

private slots:
    void checkpointsRunOffTheWritingConnection();
    void readOnlyTwinHasNone();
    void ingestorStartsAndRestores();
    void batchedDurabilityOnlyForIngestTransactions();
};

void TestWalCheckpointer::checkpointsRunOffTheWritingConnection()
{
    QTemporaryDir dir;
    auto twin = test::makeTwin(dir.filePath(QStringLiteral("t.gpkg")));
    const qint64 gauge = test::addGauge(*twin, QStringLiteral("g1"));
    const QString wal = twin->path() + QStringLiteral("-wal");
    qint64 largestWal = 0;
    {
        WalCheckpointer checkpointer(twin->handle(), twin->path(), 20ms);
        QVERIFY(checkpointer.start());
        QVERIFY(checkpointer.isRunning());
        ReadingStore store(*twin);
        // Commits back to back, as a live feed makes them: 600 transactions of 200 readings from
        // 40 sensors (the first sensor is the registered gauge, the others bare ids).
        const auto spread = [gauge](int s) {
            std::vector<Reading> out = batch(gauge, s, 200);
            for (std::size_t i = 0; i < out.size(); ++i)
                out[i].sensorId = gauge + qint64(i % 40);
            return out;
        };
        QVERIFY(store.write(spread(0)));
        // The writing connection keeps an automatic checkpoint (ReadingStore raises it to
        // walCheckpointPages()): it is what rewinds the WAL. Back at SQLite's 1,000 pages here so
        // that this small test crosses it many times.
        QCOMPARE(pragmaInt(twin->handle(), "PRAGMA wal_autocheckpoint"), ReadingStore::walCheckpointPages());
        QCOMPARE(sqlite3_exec(twin->handle(), "PRAGMA wal_autocheckpoint = 1000", nullptr, nullptr, nullptr), SQLITE_OK);
        for (int s = 1; s < 600; ++s) {
            QVERIFY(store.write(spread(s)));
            largestWal = std::max(largestWal, QFileInfo(wal).size());
        }
        QTRY_VERIFY_WITH_TIMEOUT(checkpointer.framesCopied() > 0, 5000);
        QVERIFY(checkpointer.checkpoints() > 0);
        QVERIFY(checkpointer.errorString().isEmpty());
    }
    // The WAL stayed near the automatic checkpoint's 1,000 pages (4 MB) instead of growing with
    // every commit (the 120,000 readings write many times that: 40 staged pages per commit).
    QVERIFY2(largestWal < 8 * 1024 * 1024, qPrintable(QString::number(largestWal)));
    int log = -1, copied = -1;
    QCOMPARE(sqlite3_wal_checkpoint_v2(twin->handle(), nullptr, SQLITE_CHECKPOINT_PASSIVE, &log, &copied), SQLITE_OK);
    QCOMPARE(copied, log); // nothing was left behind
    // Every reading is there, through a fresh connection too.
    std::size_t count = 0;
    for (qint64 id = gauge; id < gauge + 40; ++id)
        count += ReadingStore(*twin).range(id, 0, std::numeric_limits<qint64>::max())->size();
    QCOMPARE(count, std::size_t(600 * 200));
    auto again = ct::store::TwinStore::open(twin->path(), ct::store::TwinStore::OpenMode::ReadOnly);
    QVERIFY(again);
    QCOMPARE(ReadingStore(*again.value()).range(gauge, 0, std::numeric_limits<qint64>::max())->size(), std::size_t(600 * 200 / 40));
}

void TestWalCheckpointer::readOnlyTwinHasNone()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("t.gpkg"));
    test::makeTwin(path).reset();
    auto ro = ct::store::TwinStore::open(path, ct::store::TwinStore::OpenMode::ReadOnly);
    QVERIFY(ro);
    WalCheckpointer checkpointer(ro.value()->handle(), path);
    QVERIFY(!checkpointer.start());
    QVERIFY(!checkpointer.isRunning());
}

void TestWalCheckpointer::ingestorStartsAndRestores()
{
    QTemporaryDir dir;
    auto twin = test::makeTwin(dir.filePath(QStringLiteral("t.gpkg")));
    {
        Ingestor ingestor(*twin);
        QVERIFY(ingestor.startBackgroundCheckpoints());
        QVERIFY(ingestor.startBackgroundCheckpoints()); // once is enough; again is harmless
    }
    QCOMPARE(pragmaInt(twin->handle(), "PRAGMA wal_autocheckpoint"), 1000);
}

void TestWalCheckpointer::batchedDurabilityOnlyForIngestTransactions()
{
    QTemporaryDir dir;
    auto twin = test::makeTwin(dir.filePath(QStringLiteral("t.gpkg")));
    test::addGauge(*twin, QStringLiteral("g1"));
    QVERIFY(SensorRegistry(*twin).addAlias(QStringLiteral("sta:1"), 1));
    QCOMPARE(pragmaInt(twin->handle(), "PRAGMA synchronous"), 2); // the store's FULL
    Ingestor ingestor(*twin);
    // Not without the checkpointer that makes the batches durable.
    QVERIFY(!ingestor.setDurability(Ingestor::Durability::Batched));
    QCOMPARE(ingestor.durability(), Ingestor::Durability::Full);
    QVERIFY(ingestor.startBackgroundCheckpoints());
    QVERIFY(ingestor.setDurability(Ingestor::Durability::Batched));
    // NORMAL around the ingest transaction only: the statements as the connection runs them.
    QStringList statements;
    sqlite3_trace_v2(twin->handle(), SQLITE_TRACE_STMT, [](unsigned, void *self, void *, void *text) {
        static_cast<QStringList *>(self)->append(QString::fromUtf8(static_cast<const char *>(text)));
        return 0;
    }, &statements);
    ParsedPayload payload;
    payload.observations.push_back({QStringLiteral("sta:1"), 1'750'000'000'000, 1.5, QString(), 0, QStringLiteral("t")});
    auto report = ingestor.ingest(payload, 1'750'000'000'000);
    sqlite3_trace_v2(twin->handle(), 0, nullptr, nullptr);
    auto at = [&](const char *start) {
        for (int i = 0; i < statements.size(); ++i)
            if (statements[i].startsWith(QLatin1String(start)))
                return i;
        return -1;
    };
    const int normal = at("PRAGMA synchronous = NORMAL"), begin = at("BEGIN"), insert = at("INSERT INTO sensor_reading"),
              commit = at("COMMIT"), restore = at("PRAGMA synchronous = 2");
    QVERIFY2(normal >= 0 && normal < begin && begin < insert && insert < commit && commit < restore,
             qPrintable(statements.join(QStringLiteral(" | "))));
    QVERIFY(report);
    QCOMPARE(report->stored, qint64(1));
    QCOMPARE(pragmaInt(twin->handle(), "PRAGMA synchronous"), 2); // back to FULL for everything else
    // Inside a caller's transaction the caller's setting stands.
    QVERIFY(twin->begin());
    payload.observations.front().tMs += 1000;
    QVERIFY(ingestor.ingest(payload, 1'750'000'000'000));
    QCOMPARE(pragmaInt(twin->handle(), "PRAGMA synchronous"), 2);
    QVERIFY(twin->commit());
}

QTEST_GUILESS_MAIN(TestWalCheckpointer)
#include "tst_walcheckpointer.moc"
