// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "ingestor.h"
#include "readingstore.h"
#include "sensorstestsupport.h"
#include "walcheckpointer.h"

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
};

void TestWalCheckpointer::checkpointsRunOffTheWritingConnection()
{
    QTemporaryDir dir;
    auto twin = test::makeTwin(dir.filePath(QStringLiteral("t.gpkg")));
    const qint64 gauge = test::addGauge(*twin, QStringLiteral("g1"));
    QCOMPARE(pragmaInt(twin->handle(), "PRAGMA wal_autocheckpoint"), 1000);
    {
        WalCheckpointer checkpointer(twin->handle(), twin->path(), 20ms);
        QVERIFY(checkpointer.start());
        QVERIFY(checkpointer.isRunning());
        // The writing connection no longer checkpoints by itself.
        QCOMPARE(pragmaInt(twin->handle(), "PRAGMA wal_autocheckpoint"), 0);
        ReadingStore store(*twin);
        for (int s = 0; s < 60; ++s) {
            QVERIFY(store.write(batch(gauge, s, 500)));
            std::this_thread::sleep_for(2ms);
        }
        QTRY_VERIFY_WITH_TIMEOUT(checkpointer.framesCopied() > 0, 5000);
        QVERIFY(checkpointer.checkpoints() > 0);
        QVERIFY(checkpointer.errorString().isEmpty());
    }
    // Stopped: a last checkpoint copied everything, the automatic checkpoint is back.
    QCOMPARE(pragmaInt(twin->handle(), "PRAGMA wal_autocheckpoint"), 1000);
    int log = -1, copied = -1;
    QCOMPARE(sqlite3_wal_checkpoint_v2(twin->handle(), nullptr, SQLITE_CHECKPOINT_PASSIVE, &log, &copied), SQLITE_OK);
    QCOMPARE(copied, log); // nothing was left behind
    // Every reading is there, through a fresh connection too.
    auto all = ReadingStore(*twin).range(gauge, 0, std::numeric_limits<qint64>::max());
    QVERIFY(all);
    QCOMPARE(all->size(), std::size_t(60 * 500));
    auto again = ct::store::TwinStore::open(twin->path(), ct::store::TwinStore::OpenMode::ReadOnly);
    QVERIFY(again);
    QCOMPARE(ReadingStore(*again.value()).range(gauge, 0, std::numeric_limits<qint64>::max())->size(), std::size_t(60 * 500));
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
        QCOMPARE(pragmaInt(twin->handle(), "PRAGMA wal_autocheckpoint"), 0);
    }
    QCOMPARE(pragmaInt(twin->handle(), "PRAGMA wal_autocheckpoint"), 1000);
}

QTEST_GUILESS_MAIN(TestWalCheckpointer)
#include "tst_walcheckpointer.moc"
