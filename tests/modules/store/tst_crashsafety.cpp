// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "ct/store/twinstore.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <sqlite3.h>

#include <csignal>
#include <set>
#include <sys/types.h>

using ct::store::TwinStore;

/// \brief A twin survives its writer being killed mid-transaction: the file is intact and every
/// write whose commit had returned is in it (WAL + synchronous=FULL).
class TestCrashSafety : public QObject
{
    Q_OBJECT

private slots:
    void killMidWrites_data();
    void killMidWrites();
};

void TestCrashSafety::killMidWrites_data()
{
    QTest::addColumn<int>("killAfter"); // printed ids to wait for before the kill
    QTest::addColumn<int>("runs");      // kills on the same twin
    QTest::newRow("after 50 commits") << 50 << 1;
    QTest::newRow("after 200 commits") << 200 << 1;
    QTest::newRow("three kills on one twin") << 120 << 3;
}

void TestCrashSafety::killMidWrites()
{
    QFETCH(int, killAfter);
    QFETCH(int, runs);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("crash.gpkg"));

    std::set<qint64> committed; // every id printed by any run so far
    for (int run = 0; run < runs; ++run) {
        QProcess child;
        child.setProcessChannelMode(QProcess::SeparateChannels);
        child.start(QStringLiteral(CRASHWRITER_PATH), {path});
        QVERIFY2(child.waitForStarted(10000), qPrintable(child.errorString()));
        QByteArray out;
        int lines = 0;
        while (lines < killAfter) {
            if (!child.waitForReadyRead(60000)) {
                QFAIL(qPrintable(QStringLiteral("crashwriter stopped after %1 ids: %2")
                                     .arg(lines)
                                     .arg(QString::fromUtf8(child.readAllStandardError()))));
            }
            out += child.readAllStandardOutput();
            lines = int(out.count('\n'));
        }
        QCOMPARE(::kill(pid_t(child.processId()), SIGKILL), 0);
        QVERIFY(child.waitForFinished(10000));
        QCOMPARE(child.exitStatus(), QProcess::CrashExit);
        out += child.readAllStandardOutput();
        // Only complete lines count: each was printed after its commit returned.
        const QList<QByteArray> ids = out.left(out.lastIndexOf('\n')).split('\n');
        QVERIFY(ids.size() >= killAfter);
        for (const QByteArray &id : ids) {
            bool ok = false;
            const qint64 seq = id.toLongLong(&ok);
            QVERIFY2(ok, id.constData());
            QVERIFY2(committed.insert(seq).second, qPrintable(QStringLiteral("id %1 printed twice").arg(seq)));
        }

        sqlite3 *db = nullptr;
        QCOMPARE(sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READWRITE, nullptr), SQLITE_OK);
        sqlite3_stmt *st = nullptr;
        QCOMPARE(sqlite3_prepare_v2(db, "PRAGMA integrity_check", -1, &st, nullptr), SQLITE_OK);
        QCOMPARE(sqlite3_step(st), SQLITE_ROW);
        QCOMPARE(QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(st, 0))), QStringLiteral("ok"));
        sqlite3_finalize(st);

        // Each write is four features seq*10+0..3 and one audit row "marks/<seq>"; crashwriter
        // continues the numbering of the run before, so every id ever printed must be there.
        auto countOf = [db](const char *sql, qint64 value) {
            sqlite3_stmt *q = nullptr;
            sqlite3_prepare_v2(db, sql, -1, &q, nullptr);
            sqlite3_bind_int64(q, 1, value);
            qint64 n = -1;
            if (sqlite3_step(q) == SQLITE_ROW)
                n = sqlite3_column_int64(q, 0);
            sqlite3_finalize(q);
            return n;
        };
        for (const qint64 seq : committed) {
            QVERIFY2(countOf("SELECT count(*) FROM marks WHERE seq BETWEEN ?1 * 10 AND ?1 * 10 + 3", seq) == 4,
                     qPrintable(QStringLiteral("write %1 is missing after run %2").arg(seq).arg(run)));
            QVERIFY2(countOf("SELECT count(*) FROM ct_audit WHERE target = 'marks/' || ?1", seq) == 1,
                     qPrintable(QStringLiteral("audit row of write %1 is missing after run %2").arg(seq).arg(run)));
        }
        // A write is whole or absent: features come in fours, one audit row per four features,
        // and the R-tree indexes every feature.
        const qint64 features = countOf("SELECT count(*) FROM marks WHERE ?1 = ?1", 0);
        const qint64 audits = countOf("SELECT count(*) FROM ct_audit WHERE action = 'mark.add' AND ?1 = ?1", 0);
        QCOMPARE(features % 4, qint64(0));
        QCOMPARE(features, audits * 4);
        QCOMPARE(countOf("SELECT count(*) FROM rtree_marks_geom WHERE ?1 = ?1", 0), features);
        QVERIFY(audits >= qint64(committed.size()));
        sqlite3_close(db);

        auto reopened = TwinStore::open(path);
        QVERIFY2(reopened.ok(), qPrintable(reopened.ok() ? QString() : reopened.error().toString()));
        auto info = reopened.value()->layer(QStringLiteral("marks"));
        QVERIFY(info.ok());
        QCOMPARE(info->featureCount, features);
    }
}

QTEST_GUILESS_MAIN(TestCrashSafety)
#include "tst_crashsafety.moc"
