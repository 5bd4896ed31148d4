// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "readingstore.h"
#include "sensorstestsupport.h"

#include <QRandomGenerator>
#include <sqlite3.h>
#include <cmath>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <iterator>
#include <limits>
#include <map>

using namespace ct::sensors;

class TestReadingStore : public QObject
{
    Q_OBJECT

private slots:
    void schemaKeepsVersionOneRows();
    void rangeIsOrderedAndHalfOpen();
    void lastWriteWinsWhateverTheOrder();
    void aggregatesMatchBruteForce_data();
    void aggregatesMatchBruteForce();
    void failedBatchWritesNothing();
    void pruneHonoursRetention();
    void stagedAndKeptReadAsOne();
    void failedBatchUndoesItsMoves();
};

namespace {

qint64 countRows(ct::store::TwinStore &twin, const char *sql)
{
    sqlite3_stmt *q = nullptr;
    sqlite3_prepare_v2(twin.handle(), sql, -1, &q, nullptr);
    const qint64 n = sqlite3_step(q) == SQLITE_ROW ? sqlite3_column_int64(q, 0) : -1;
    sqlite3_finalize(q);
    return n;
}

} // namespace

void TestReadingStore::schemaKeepsVersionOneRows()
{
    QTemporaryDir dir;
    auto created = ct::store::TwinStore::create(dir.filePath(QStringLiteral("t.gpkg")));
    QVERIFY(created);
    auto &twin = *created.value();
    auto steps = SensorSchema::migrations();
    QVERIFY(twin.migrate(SensorSchema::component(), {steps.front()}));
    QCOMPARE(sqlite3_exec(twin.handle(), "INSERT INTO sensor_reading VALUES (7, 1000, 2.5)", nullptr, nullptr, nullptr), SQLITE_OK);
    QVERIFY(twin.migrate(SensorSchema::component(), steps));
    QCOMPARE(twin.schemaVersion(SensorSchema::component()), steps.back().version);
    ReadingStore store(twin);
    auto rows = store.range(7, 0, 2000);
    QVERIFY(rows);
    QCOMPARE(int(rows->size()), 1);
    QCOMPARE(rows->front().value, 2.5);
    QCOMPARE(rows->front().quality, 0);
}

void TestReadingStore::rangeIsOrderedAndHalfOpen()
{
    QTemporaryDir dir;
    auto twin = ct::sensors::test::makeTwin(dir.filePath(QStringLiteral("t.gpkg")));
    ReadingStore store(*twin);
    QVERIFY(store.write({{1, 3000, 3.0, 0}, {1, 1000, 1.0, 0}, {2, 2000, 9.0, 0}, {1, 2000, 2.0, 1}}));
    auto rows = store.range(1, 1000, 3000);
    QVERIFY(rows);
    QCOMPARE(int(rows->size()), 2);
    QCOMPARE(rows->at(0).tMs, qint64(1000));
    QCOMPARE(rows->at(1).tMs, qint64(2000));
    QCOMPARE(rows->at(1).quality, 1);
    auto latest = store.latest(1);
    QVERIFY(latest);
    QCOMPARE(latest->front().tMs, qint64(3000));
}

void TestReadingStore::lastWriteWinsWhateverTheOrder()
{
    QTemporaryDir dir;
    auto twin = ct::sensors::test::makeTwin(dir.filePath(QStringLiteral("t.gpkg")));
    ReadingStore store(*twin);
    // A duplicate inside one batch, a late (out-of-order) reading, then a correction in a later batch.
    QVERIFY(store.write({{1, 5000, 5.0, 0}, {1, 1000, 1.0, 0}, {1, 1000, 1.5, 2}}));
    QVERIFY(store.write({{1, 3000, 3.0, 0}}));
    QVERIFY(store.write({{1, 5000, 5.5, 0}}));
    auto rows = store.range(1, 0, 10000);
    QVERIFY(rows);
    QCOMPARE(int(rows->size()), 3);
    QCOMPARE(rows->at(0).value, 1.5);
    QCOMPARE(rows->at(0).quality, 2);
    QCOMPARE(rows->at(1).value, 3.0);
    QCOMPARE(rows->at(2).value, 5.5);
}

void TestReadingStore::aggregatesMatchBruteForce_data()
{
    QTest::addColumn<qint64>("from");
    QTest::addColumn<qint64>("to");
    QTest::addColumn<qint64>("bucket");
    QTest::newRow("hour in minutes") << qint64(0) << qint64(3600000) << qint64(60000);
    QTest::newRow("odd start and bucket") << qint64(12345) << qint64(2000000) << qint64(77777);
    QTest::newRow("one bucket") << qint64(-5000) << qint64(10000000) << qint64(100000000);
    QTest::newRow("bucket of 1 ms") << qint64(100000) << qint64(130000) << qint64(1);
}

void TestReadingStore::aggregatesMatchBruteForce()
{
    QFETCH(qint64, from);
    QFETCH(qint64, to);
    QFETCH(qint64, bucket);
    QTemporaryDir dir;
    auto twin = ct::sensors::test::makeTwin(dir.filePath(QStringLiteral("t.gpkg")));
    ReadingStore store(*twin);
    QRandomGenerator random(42);
    std::map<qint64, double> truth; // last write wins, like the store
    std::vector<Reading> batch;
    for (int i = 0; i < 5000; ++i) {
        const qint64 t = random.bounded(4000) * 1000 + random.bounded(3) * 7; // duplicates and irregular times
        const double v = random.generateDouble() * 10.0 - 3.0;
        batch.push_back({1, t, v, 0});
        truth[t] = v;
        batch.push_back({2, t, v + 100.0, 0}); // another sensor must not leak in
    }
    QVERIFY(store.write(batch));
    auto buckets = store.aggregate(1, from, to, bucket);
    QVERIFY(buckets);
    std::map<qint64, Bucket> expected;
    std::map<qint64, double> sums;
    for (const auto &[t, v] : truth) {
        if (t < from || t >= to)
            continue;
        const qint64 start = from + (t - from) / bucket * bucket;
        auto [it, fresh] = expected.try_emplace(start, Bucket{start, v, v, 0.0, 0});
        it->second.min = std::min(it->second.min, v);
        it->second.max = std::max(it->second.max, v);
        it->second.count += 1;
        sums[start] += v;
    }
    QCOMPARE(buckets->size(), expected.size());
    std::size_t i = 0;
    for (const auto &[start, b] : expected) {
        const Bucket &got = buckets->at(i++);
        QCOMPARE(got.startMs, start);
        QCOMPARE(got.count, b.count);
        QCOMPARE(got.min, b.min);
        QCOMPARE(got.max, b.max);
        QVERIFY2(std::abs(got.mean - sums[start] / double(b.count)) < 1e-9, qPrintable(QString::number(start)));
    }
}

void TestReadingStore::failedBatchWritesNothing()
{
    QTemporaryDir dir;
    auto twin = ct::sensors::test::makeTwin(dir.filePath(QStringLiteral("t.gpkg")));
    ReadingStore store(*twin);
    // NOT NULL value: a NaN is bound as NULL by SQLite, so the batch fails as a whole.
    const auto status = store.write({{1, 1000, 1.0, 0}, {1, 2000, std::nan(""), 0}});
    QVERIFY(!status);
    auto rows = store.range(1, 0, 10000);
    QVERIFY(rows);
    QVERIFY(rows->empty());
}

void TestReadingStore::pruneHonoursRetention()
{
    QTemporaryDir dir;
    auto twin = ct::sensors::test::makeTwin(dir.filePath(QStringLiteral("t.gpkg")));
    const qint64 a = ct::sensors::test::addGauge(*twin, QStringLiteral("A"));
    const qint64 b = ct::sensors::test::addGauge(*twin, QStringLiteral("B"));
    QCOMPARE(sqlite3_exec(twin->handle(), qPrintable(QStringLiteral("UPDATE sensor SET retention_days = 1 WHERE id = %1").arg(b)),
                          nullptr, nullptr, nullptr), SQLITE_OK);
    ReadingStore store(*twin);
    const qint64 day = 86400000, now = 1000 * day;
    QVERIFY(store.write({{a, now - 500 * day, 1, 0}, {a, now - 2 * day, 2, 0}, {b, now - 2 * day, 3, 0}, {b, now - day / 2, 4, 0}}));
    auto deleted = store.prune(now);
    QVERIFY(deleted);
    QCOMPARE(deleted.value(), qint64(2)); // a's 500-day-old reading (default 400 days) and b's 2-day-old one
    QCOMPARE(int(store.range(a, 0, now)->size()), 1);
    QCOMPARE(store.range(b, 0, now)->front().value, 4.0);
}

void TestReadingStore::stagedAndKeptReadAsOne()
{
    // Enough readings that writes move many runs from the staging table into the kept one (and
    // wrap around the sensor ids), with late corrections of keys on both sides.
    QTemporaryDir dir;
    auto twin = ct::sensors::test::makeTwin(dir.filePath(QStringLiteral("t.gpkg")));
    ReadingStore store(*twin);
    QRandomGenerator random(7);
    std::map<std::pair<qint64, qint64>, std::pair<double, int>> truth; // (sensor, t) → last write
    const int sensors = 300;
    const qint64 total = ReadingStore::stagingRows() * 3;
    qint64 written = 0;
    for (int second = 0; written < total; ++second) {
        std::vector<Reading> batch;
        for (int i = 1; i <= sensors; ++i)
            batch.push_back({i, second * 1000, double(random.bounded(1000)), 0});
        for (int k = 0; k < 20; ++k) { // corrections: some already kept, some still staged
            const qint64 id = 1 + random.bounded(sensors), t = random.bounded(second + 1) * 1000;
            batch.push_back({id, t, -double(random.bounded(1000)), 1 + random.bounded(3)});
        }
        for (const Reading &r : batch)
            truth[{r.sensorId, r.tMs}] = {r.value, r.quality};
        QVERIFY(store.write(batch));
        written += qint64(batch.size());
    }
    const qint64 kept = countRows(*twin, "SELECT count(*) FROM sensor_reading_kept");
    const qint64 staged = countRows(*twin, "SELECT count(*) FROM sensor_reading_recent");
    QVERIFY2(kept > ReadingStore::stagingRows(), qPrintable(QString::number(kept)));           // runs were moved
    QVERIFY2(staged > 0 && staged <= ReadingStore::stagingRows(), qPrintable(QString::number(staged)));
    QCOMPARE(countRows(*twin, "SELECT count(*) FROM sensor_reading_kept k JOIN sensor_reading_recent r USING (sensor_id, t_ms)"), qint64(0));
    QCOMPARE(kept + staged, qint64(truth.size()));
    for (int id : {1, 17, 150, 300}) {
        auto rows = store.range(id, 0, std::numeric_limits<qint64>::max());
        QVERIFY(rows);
        auto it = truth.lower_bound({id, std::numeric_limits<qint64>::min()});
        for (const Reading &r : *rows) {
            QVERIFY(it != truth.end() && it->first.first == id);
            QCOMPARE(r.tMs, it->first.second);
            QCOMPARE(r.value, it->second.first);
            QCOMPARE(r.quality, it->second.second);
            ++it;
        }
        QVERIFY(it == truth.end() || it->first.first != id);
        auto newest = store.latest(id);
        QVERIFY(newest && newest->size() == 1);
        QCOMPARE(newest->front().tMs, std::prev(truth.lower_bound({id + 1, std::numeric_limits<qint64>::min()}))->first.second);
    }
    QVERIFY(store.flush());
    QCOMPARE(countRows(*twin, "SELECT count(*) FROM sensor_reading_recent"), qint64(0));
    QCOMPARE(countRows(*twin, "SELECT count(*) FROM sensor_reading"), qint64(truth.size()));
}

void TestReadingStore::failedBatchUndoesItsMoves()
{
    QTemporaryDir dir;
    auto twin = ct::sensors::test::makeTwin(dir.filePath(QStringLiteral("t.gpkg")));
    ReadingStore store(*twin);
    std::vector<Reading> fill;
    for (qint64 t = 0; t < ReadingStore::stagingRows(); ++t)
        fill.push_back({1 + t % 50, t, 1.0, 0});
    QVERIFY(store.write(fill));
    const qint64 staged = countRows(*twin, "SELECT count(*) FROM sensor_reading_recent");
    QCOMPARE(staged, ReadingStore::stagingRows());
    // A batch that fails on its last reading leaves nothing.
    std::vector<Reading> batch;
    for (qint64 t = 0; t < 1000; ++t)
        batch.push_back({100, t, 2.0, 0});
    batch.push_back({100, 5000, std::nan(""), 0});
    QVERIFY(!store.write(batch));
    QCOMPARE(countRows(*twin, "SELECT count(*) FROM sensor_reading_recent"), staged);
    QCOMPARE(countRows(*twin, "SELECT count(*) FROM sensor_reading_kept"), qint64(0));
    // Inside a caller's transaction the write moves a run; the caller's rollback undoes both.
    batch.pop_back();
    QVERIFY(twin->begin());
    QVERIFY(store.write(batch));
    QVERIFY(countRows(*twin, "SELECT count(*) FROM sensor_reading_kept") >= 1000);
    twin->rollback();
    QCOMPARE(countRows(*twin, "SELECT count(*) FROM sensor_reading_recent"), staged);
    QCOMPARE(countRows(*twin, "SELECT count(*) FROM sensor_reading_kept"), qint64(0));
    // The next good write moves a run as usual.
    QVERIFY(store.write(batch));
    // Whole sensors move (here one sensor with 1,200 staged readings): at most stagingRows() stay.
    QCOMPARE(countRows(*twin, "SELECT count(*) FROM sensor_reading_recent"), ReadingStore::stagingRows() + 1000 - 1200);
    QCOMPARE(countRows(*twin, "SELECT count(*) FROM sensor_reading_kept"), qint64(1200));
    QCOMPARE(countRows(*twin, "SELECT count(*) FROM sensor_reading"), staged + 1000);
}

QTEST_GUILESS_MAIN(TestReadingStore)
#include "tst_readingstore.moc"
