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
};

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

QTEST_GUILESS_MAIN(TestReadingStore)
#include "tst_readingstore.moc"
