// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
//
// store::SqlStatement on an in-memory SQLite database: values of every kind survive a round trip
// (by index and by name), NULL stays NULL, failures of preparation, binding and stepping end up in
// status() naming the statement, reset() runs a statement again, and the schema helpers answer.
#include "ct/store/sqlstatement.h"

#include <QtTest>

#include <sqlite3.h>

#include <limits>

using namespace ct;
using store::SqlStatement;

class TestSqlStatement : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void roundTripByIndex();
    void roundTripByName();
    void nullValues();
    void dateTimes();
    void prepareFailureNamesTheStatement();
    void stepFailureKeepsTheFirstError();
    void failureSaysWhatTheCallerDid();
    void optionalIntegers();
    void bindFailureNamesTheParameter_data();
    void bindFailureNamesTheParameter();
    void resetRunsAgain();
    void moveKeepsTheStatement();
    void executeScript();
    void schemaHelpers();

private:
    sqlite3 *m_db = nullptr;
};

void TestSqlStatement::init()
{
    QCOMPARE(sqlite3_open(":memory:", &m_db), SQLITE_OK);
    QVERIFY(SqlStatement::execute(m_db, QStringLiteral(
        "CREATE TABLE t (id INTEGER PRIMARY KEY, n INTEGER, x REAL, s TEXT, b BLOB, at TEXT);"
        "CREATE TABLE strict_t (v INTEGER NOT NULL CHECK (v > 0));")).ok());
}

void TestSqlStatement::cleanup()
{
    sqlite3_close(m_db);
    m_db = nullptr;
}

void TestSqlStatement::roundTripByIndex()
{
    const QByteArray bytes("\x00\x01\xff zero inside", 15);
    const qint64 big = std::numeric_limits<qint64>::max();
    {
        SqlStatement insert(m_db, "INSERT INTO t (n, x, s, b) VALUES (?, ?, ?, ?)");
        QVERIFY(insert.isValid());
        insert.bind(1, big);
        insert.bind(2, -2.5);
        insert.bind(3, QStringLiteral("筑波 Tsukuba"));
        insert.bindBlob(4, bytes);
        QVERIFY(insert.exec().ok());
    }
    SqlStatement select(m_db, QStringLiteral("SELECT n, x, s, b FROM t"));
    QVERIFY(select.next());
    QCOMPARE(select.columnCount(), 4);
    QCOMPARE(select.int64(0), big);
    QCOMPARE(select.real(1), -2.5);
    QCOMPARE(select.text(2), QStringLiteral("筑波 Tsukuba"));
    QCOMPARE(select.blob(3), bytes);
    QVERIFY(!select.next());
    QVERIFY(select.status().ok());
}

void TestSqlStatement::roundTripByName()
{
    SqlStatement insert(m_db, "INSERT INTO t (n, x, s) VALUES (:n, @x, $s)");
    insert.bind(":n", 7);
    insert.bind("@x", 0.125);
    insert.bind("$s", "text");
    QVERIFY(insert.exec().ok());

    SqlStatement select(m_db, "SELECT n, x, s FROM t WHERE n = :n");
    select.bind(":n", qint64(7));
    QVERIFY(select.next());
    QCOMPARE(select.int64(0), 7);
    QCOMPARE(select.real(1), 0.125);
    QCOMPARE(select.text(2), QStringLiteral("text"));
}

void TestSqlStatement::nullValues()
{
    {
        SqlStatement insert(m_db, "INSERT INTO t (n, x, s, b) VALUES (?, ?, ?, ?)");
        insert.bindNull(1);
        insert.bind(2, 1.0);
        insert.bindNullable(3, QString());   // null QString, nullable: SQL NULL
        insert.bindBlob(4, QByteArray(""));   // empty, not null: a zero-length blob
        QVERIFY(insert.exec().ok());
        insert.reset();
        insert.bind(1, 1);
        insert.bindNullable(3, QStringLiteral("")); // empty QString: empty text
        insert.bindBlob(4, QByteArray());     // null QByteArray: SQL NULL
        QVERIFY(insert.exec().ok());
    }
    SqlStatement select(m_db, "SELECT n, s, b, typeof(s), typeof(b) FROM t ORDER BY id");
    QVERIFY(select.next());
    QVERIFY(select.isNull(0));
    QVERIFY(select.isNull(1));
    QVERIFY(select.text(1).isNull());
    QCOMPARE(select.text(3), QStringLiteral("null"));
    QVERIFY(!select.isNull(2));
    QVERIFY(!select.blob(2).isNull());
    QCOMPARE(select.blob(2).size(), 0);
    QCOMPARE(select.text(4), QStringLiteral("blob"));

    QVERIFY(select.next());
    QVERIFY(!select.isNull(1));
    QVERIFY(!select.text(1).isNull());
    QVERIFY(select.text(1).isEmpty());
    QCOMPARE(select.text(3), QStringLiteral("text"));
    QVERIFY(select.blob(2).isNull());
    QCOMPARE(select.text(4), QStringLiteral("null"));

    // bind() keeps a null QString text, so NOT NULL columns take it as before.
    SqlStatement text(m_db, "SELECT typeof(?), length(?1)");
    text.bind(1, QString());
    QVERIFY(text.next());
    QCOMPARE(text.text(0), QStringLiteral("text"));
    QCOMPARE(text.int64(1), 0);
}

void TestSqlStatement::dateTimes()
{
    // A time in JST is stored as UTC with milliseconds and read back as the same instant, in UTC.
    const QDateTime jst(QDate(2026, 4, 1), QTime(9, 30, 15, 250), Qt::OffsetFromUTC, 9 * 3600);
    {
        SqlStatement insert(m_db, "INSERT INTO t (id, at) VALUES (?, ?)");
        insert.bind(1, 1);
        insert.bind(2, jst);
        QVERIFY(insert.exec().ok());
        insert.reset();
        insert.bind(1, 2);
        insert.bind(2, QDateTime()); // invalid: NULL
        QVERIFY(insert.exec().ok());
        insert.reset();
        insert.bind(1, 3);
        insert.bind(2, "2026-04-01T00:30:15Z"); // written elsewhere, without milliseconds
        QVERIFY(insert.exec().ok());
        insert.reset();
        insert.bind(1, 4);
        insert.bind(2, "not a time");
        QVERIFY(insert.exec().ok());
    }
    SqlStatement select(m_db, "SELECT at FROM t ORDER BY id");
    QVERIFY(select.next());
    QCOMPARE(select.text(0), QStringLiteral("2026-04-01T00:30:15.250Z"));
    QCOMPARE(select.dateTime(0), jst);
    QCOMPARE(select.dateTime(0).timeSpec(), Qt::UTC);
    QVERIFY(select.next());
    QVERIFY(select.isNull(0));
    QVERIFY(!select.dateTime(0).isValid());
    QVERIFY(select.next());
    QCOMPARE(select.dateTime(0), QDateTime(QDate(2026, 4, 1), QTime(0, 30, 15), Qt::UTC));
    QVERIFY(select.next());
    QVERIFY(!select.dateTime(0).isValid());
    QCOMPARE(SqlStatement::timeText(jst), QStringLiteral("2026-04-01T00:30:15.250Z"));
    QVERIFY(SqlStatement::timeText(QDateTime()).isNull());
}

void TestSqlStatement::prepareFailureNamesTheStatement()
{
    SqlStatement query(m_db, "SELECT missing_column FROM t WHERE id = ?");
    QVERIFY(!query.isValid());
    QVERIFY(!query.status().ok());
    QCOMPARE(query.status().error().kind, core::Error::Kind::Io);
    QVERIFY2(query.status().error().message.contains(QLatin1String("missing_column")),
             qPrintable(query.status().error().message));
    QCOMPARE(query.status().error().where, QStringLiteral("SELECT missing_column FROM t WHERE id = ?"));
    // Binding and stepping an unprepared statement do nothing and keep the first error.
    query.bind(1, 1);
    QVERIFY(!query.next());
    const core::Status status = query.exec();
    QVERIFY(!status.ok());
    QVERIFY(status.error().message.contains(QLatin1String("missing_column")));

    // A long statement is named by its first words, white space folded.
    const QString longSql = QStringLiteral("SELECT\n   id,\n   n FROM no_such_table WHERE ") + QString(200, QLatin1Char('x'));
    SqlStatement longQuery(m_db, longSql);
    QVERIFY(!longQuery.isValid());
    QVERIFY(longQuery.status().error().where.startsWith(QLatin1String("SELECT id, n FROM no_such_table")));
    QVERIFY(longQuery.status().error().where.size() < 70);

    SqlStatement empty(m_db, "  -- nothing here\n");
    QVERIFY(!empty.isValid());
    QVERIFY(!empty.status().ok());

    SqlStatement noConnection(nullptr, "SELECT 1");
    QVERIFY(!noConnection.isValid());
    QVERIFY(!noConnection.status().ok());
}

void TestSqlStatement::stepFailureKeepsTheFirstError()
{
    SqlStatement insert(m_db, "INSERT INTO strict_t (v) VALUES (?)");
    QVERIFY(insert.isValid());
    insert.bind(1, -1);
    const core::Status failed = insert.exec();
    QVERIFY(!failed.ok());
    QVERIFY2(failed.error().message.contains(QLatin1String("CHECK")), qPrintable(failed.error().message));
    QCOMPARE(failed.error().where, QStringLiteral("INSERT INTO strict_t (v) VALUES (?)"));
    QVERIFY(!insert.next()); // a failed statement does not step again until reset()

    SqlStatement count(m_db, "SELECT count(*) FROM strict_t");
    QVERIFY(count.next());
    QCOMPARE(count.int64(0), 0);
}

void TestSqlStatement::failureSaysWhatTheCallerDid()
{
    SqlStatement broken(m_db, "SELECT missing_column FROM t");
    const core::Error error = broken.failure(QStringLiteral("cannot read t"));
    QCOMPARE(error.kind, core::Error::Kind::Io);
    QVERIFY2(error.message.startsWith(QLatin1String("cannot read t: ")), qPrintable(error.message));
    QVERIFY2(error.message.contains(QLatin1String("missing_column")), qPrintable(error.message));
    QCOMPARE(error.where, QStringLiteral("SELECT missing_column FROM t"));

    // No failure (a query that found no row): only the caller's words.
    SqlStatement none(m_db, "SELECT n FROM t WHERE id = -1");
    QVERIFY(!none.next());
    QVERIFY(none.status().ok());
    QCOMPARE(none.failure(QStringLiteral("no row")).message, QStringLiteral("no row"));
}

void TestSqlStatement::optionalIntegers()
{
    SqlStatement insert(m_db, "INSERT INTO t (n, s) VALUES (?, 'x')");
    insert.bindNullable(1, std::optional<qint64>(42));
    QVERIFY(insert.exec().ok());
    insert.reset();
    insert.bindNullable(1, std::optional<qint64>());
    QVERIFY(insert.exec().ok());

    SqlStatement select(m_db, "SELECT n FROM t ORDER BY id");
    QVERIFY(select.next());
    QCOMPARE(select.optionalInt64(0), std::optional<qint64>(42));
    QVERIFY(select.next());
    QVERIFY(select.isNull(0));
    QVERIFY(!select.optionalInt64(0).has_value());
    QVERIFY(!select.next());
    QVERIFY(select.status().ok());
}

void TestSqlStatement::bindFailureNamesTheParameter_data()
{
    QTest::addColumn<int>("index");
    QTest::addColumn<QByteArray>("name");
    QTest::addColumn<QString>("expected");
    QTest::newRow("index past the last") << 3 << QByteArray() << QStringLiteral("parameter 3");
    QTest::newRow("index zero") << 0 << QByteArray() << QStringLiteral("parameter 0");
    QTest::newRow("unknown name") << 0 << QByteArray(":nope") << QStringLiteral(":nope");
}

void TestSqlStatement::bindFailureNamesTheParameter()
{
    QFETCH(int, index);
    QFETCH(QByteArray, name);
    QFETCH(QString, expected);
    SqlStatement insert(m_db, "INSERT INTO t (n, s) VALUES (:n, :s)");
    QVERIFY(insert.isValid());
    if (name.isEmpty())
        insert.bind(index, 1);
    else
        insert.bind(name.constData(), 1);
    QVERIFY(!insert.status().ok());
    QVERIFY2(insert.status().error().message.contains(expected), qPrintable(insert.status().error().message));
    // The statement does not run with a parameter left out.
    QVERIFY(!insert.exec().ok());
    SqlStatement count(m_db, "SELECT count(*) FROM t");
    QVERIFY(count.next());
    QCOMPARE(count.int64(0), 0);
}

void TestSqlStatement::resetRunsAgain()
{
    SqlStatement insert(m_db, "INSERT INTO strict_t (v) VALUES (?)");
    insert.bind(1, 0);
    QVERIFY(!insert.exec().ok());
    insert.reset();
    QVERIFY(insert.status().ok());
    for (int v = 1; v <= 3; ++v) {
        insert.bind(1, v);
        QVERIFY(insert.exec().ok());
        insert.reset();
    }
    // reset() clears the bindings: an unbound parameter is NULL, which NOT NULL refuses.
    QVERIFY(!insert.exec().ok());

    SqlStatement sum(m_db, "SELECT sum(v) FROM strict_t");
    QVERIFY(sum.next());
    QCOMPARE(sum.int64(0), 6);
    sum.reset();
    QVERIFY(sum.next());
    QCOMPARE(sum.int64(0), 6);

    SqlStatement broken(m_db, "SELECT nothing FROM nowhere");
    broken.reset();
    QVERIFY(!broken.status().ok()); // a failed preparation stays failed
}

void TestSqlStatement::moveKeepsTheStatement()
{
    SqlStatement first(m_db, "SELECT 42");
    SqlStatement second(std::move(first));
    QVERIFY(!first.isValid()); // NOLINT(bugprone-use-after-move): moved-from is empty by design
    QVERIFY(second.next());
    QCOMPARE(second.int64(0), 42);
    SqlStatement third(m_db, "SELECT 1");
    third = std::move(second);
    QCOMPARE(third.sql(), QStringLiteral("SELECT 42"));
    QCOMPARE(third.int64(0), 42);
}

void TestSqlStatement::executeScript()
{
    QVERIFY(SqlStatement::execute(m_db, QStringLiteral("INSERT INTO t (n) VALUES (1); INSERT INTO t (n) VALUES (2);")).ok());
    const core::Status failed = SqlStatement::execute(m_db, QStringLiteral("INSERT INTO t (n) VALUES (3); INSERT INTO nowhere VALUES (4);"));
    QVERIFY(!failed.ok());
    QVERIFY(failed.error().message.contains(QLatin1String("nowhere")));
    SqlStatement count(m_db, "SELECT count(*) FROM t");
    QVERIFY(count.next());
    QCOMPARE(count.int64(0), 3); // sqlite3_exec stops at the failing statement, the caller's transaction decides
}

void TestSqlStatement::schemaHelpers()
{
    QVERIFY(SqlStatement::execute(m_db, QStringLiteral("CREATE VIEW v AS SELECT n, s FROM t")).ok());
    QVERIFY(SqlStatement::hasRelation(m_db, QStringLiteral("t")));
    QVERIFY(SqlStatement::hasRelation(m_db, QStringLiteral("v")));
    QVERIFY(!SqlStatement::hasRelation(m_db, QStringLiteral("nowhere")));
    QCOMPARE(SqlStatement::columnNames(m_db, QStringLiteral("t")),
             (QStringList{"id", "n", "x", "s", "b", "at"}));
    QCOMPARE(SqlStatement::columnNames(m_db, QStringLiteral("v")), (QStringList{"n", "s"}));
    QVERIFY(SqlStatement::columnNames(m_db, QStringLiteral("nowhere")).isEmpty());
}

QTEST_GUILESS_MAIN(TestSqlStatement)
#include "tst_sqlstatement.moc"
