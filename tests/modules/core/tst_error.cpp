// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "ct/core/result.h"

#include <QTest>

using ct::core::Error;
using ct::core::Result;
using ct::core::Status;

namespace {
Result<int> parsePositive(const QString &text)
{
    bool ok = false;
    const int value = text.toInt(&ok);
    if (!ok || value <= 0)
        return Error::invalidInput(QStringLiteral("expected a positive number, got \"%1\"").arg(text), QStringLiteral("--count"));
    return value;
}
} // namespace

class TestError : public QObject
{
    Q_OBJECT

private slots:
    void messageNamesThePlace_data();
    void messageNamesThePlace();
    void resultCarriesValueOrError();
    void statusDefaultsToSuccess();
};

void TestError::messageNamesThePlace_data()
{
    QTest::addColumn<QString>("where");
    QTest::addColumn<QString>("expected");
    QTest::newRow("with a place") << "shelters.csv:12" << "shelters.csv:12: capacity is negative";
    QTest::newRow("without a place") << "" << "capacity is negative";
}

void TestError::messageNamesThePlace()
{
    QFETCH(QString, where);
    QFETCH(QString, expected);
    const Error error = Error::invalidInput(QStringLiteral("capacity is negative"), where);
    QCOMPARE(error.kind, Error::Kind::InvalidInput);
    QCOMPARE(error.toString(), expected);
}

void TestError::resultCarriesValueOrError()
{
    const auto good = parsePositive(QStringLiteral("42"));
    QVERIFY(good.ok());
    QCOMPARE(good.value(), 42);
    const auto bad = parsePositive(QStringLiteral("-3"));
    QVERIFY(!bad.ok());
    QCOMPARE(bad.error().toString(), QStringLiteral("--count: expected a positive number, got \"-3\""));
    QCOMPARE(bad.error().kind, Error::Kind::InvalidInput);
}

void TestError::statusDefaultsToSuccess()
{
    const Status fine;
    QVERIFY(fine.ok());
    const Status refused = Error::refused(QStringLiteral("shelter staff may not close another shelter"), QStringLiteral("shelters/4"));
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().kind, Error::Kind::Refused);
    QCOMPARE(refused.error().where, QStringLiteral("shelters/4"));
}

QTEST_GUILESS_MAIN(TestError)
#include "tst_error.moc"
