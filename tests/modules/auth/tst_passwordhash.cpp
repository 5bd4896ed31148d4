// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "ct/auth/passwordhash.h"

#include <QtTest>

using ct::auth::PasswordHash;

/// \brief argon2id hashes: salted, verifiable, and never the password.
class TestPasswordHash : public QObject
{
    Q_OBJECT

private slots:
    void hashIsNotThePassword();
    void saltMakesEveryHashDifferent();
    void verify_data();
    void verify();
    void malformedHashesNeverVerify_data();
    void malformedHashesNeverVerify();
    void unicodeNormalForms();
    void acceptable_data();
    void acceptable();
};

void TestPasswordHash::hashIsNotThePassword()
{
    const QString password = QStringLiteral("correct horse battery");
    auto hash = PasswordHash::hash(password);
    QVERIFY2(hash.ok(), hash.ok() ? "" : qPrintable(hash.error().toString()));
    QVERIFY(hash.value() != password);
    QVERIFY(!hash.value().contains(password));
    QVERIFY(!hash.value().contains(QStringLiteral("horse")));
    // argon2id with the interactive limits of libsodium: 64 MiB, 2 passes.
    QVERIFY2(hash.value().startsWith(QStringLiteral("$argon2id$v=19$m=65536,t=2,p=1$")), qPrintable(hash.value()));
}

void TestPasswordHash::saltMakesEveryHashDifferent()
{
    const QString password = QStringLiteral("same password twice");
    auto first = PasswordHash::hash(password);
    auto second = PasswordHash::hash(password);
    QVERIFY(first.ok() && second.ok());
    QVERIFY(first.value() != second.value());
    QVERIFY(PasswordHash::verify(first.value(), password));
    QVERIFY(PasswordHash::verify(second.value(), password));
}

void TestPasswordHash::verify_data()
{
    QTest::addColumn<QString>("attempt");
    QTest::addColumn<bool>("matches");
    QTest::newRow("the password") << "Tsukuba-2026!" << true;
    QTest::newRow("other case") << "tsukuba-2026!" << false;
    QTest::newRow("one character less") << "Tsukuba-2026" << false;
    QTest::newRow("one character more") << "Tsukuba-2026!!" << false;
    QTest::newRow("trailing space") << "Tsukuba-2026! " << false;
    QTest::newRow("empty") << "" << false;
    QTest::newRow("full-width digits") << "Tsukuba-２０２６!" << false;
}

void TestPasswordHash::verify()
{
    QFETCH(QString, attempt);
    QFETCH(bool, matches);
    static const QString hash = PasswordHash::hash(QStringLiteral("Tsukuba-2026!")).value();
    QCOMPARE(PasswordHash::verify(hash, attempt), matches);
}

void TestPasswordHash::malformedHashesNeverVerify_data()
{
    QTest::addColumn<QString>("hash");
    QTest::newRow("empty") << QString();
    QTest::newRow("the password itself") << QStringLiteral("password123");
    QTest::newRow("truncated") << QStringLiteral("$argon2id$v=19$m=65536,t=2,p=1$nk6ZqJhCnA+Db8ohIoWPrA$bLioyaFAd1ty");
    QTest::newRow("too long") << (QStringLiteral("$argon2id$v=19$m=65536,t=2,p=1$") + QString(300, QLatin1Char('A')));
}

void TestPasswordHash::malformedHashesNeverVerify()
{
    QFETCH(QString, hash);
    QVERIFY(!PasswordHash::verify(hash, QStringLiteral("password123")));
    QVERIFY(!PasswordHash::verify(hash, QString()));
}

void TestPasswordHash::unicodeNormalForms()
{
    // "Café-つくば" typed precomposed (é = U+00E9) and decomposed (e + U+0301) is one password.
    const QString precomposed = QStringLiteral(u"Caf\u00e9-\u3064\u304f\u3070");
    const QString decomposed = QStringLiteral(u"Cafe\u0301-\u3064\u304f\u3070");
    QVERIFY(precomposed != decomposed);
    auto hash = PasswordHash::hash(precomposed);
    QVERIFY(hash.ok());
    QVERIFY(PasswordHash::verify(hash.value(), decomposed));
    QVERIFY(!PasswordHash::verify(hash.value(), QStringLiteral(u"Cafe-\u3064\u304f\u3070")));
}

void TestPasswordHash::acceptable_data()
{
    QTest::addColumn<QString>("password");
    QTest::addColumn<bool>("ok");
    QTest::newRow("empty") << "" << false;
    QTest::newRow("7 characters") << "1234567" << false;
    QTest::newRow("8 characters") << "12345678" << true;
    QTest::newRow("8 Japanese characters") << QStringLiteral(u"\u3064\u304f\u3070\u306e\u9632\u707d\u8a13\u7df4") << true;
    QTest::newRow("7 Japanese characters") << QStringLiteral(u"\u3064\u304f\u3070\u306e\u9632\u707d\u8a13") << false;
    // Emoji outside the BMP are two UTF-16 units but one character each.
    QTest::newRow("4 emoji are 4 characters") << QStringLiteral(u"\U0001F30A\U0001F30A\U0001F30A\U0001F30A") << false;
    QTest::newRow("1024 bytes") << QString(1024, QLatin1Char('x')) << true;
    QTest::newRow("1025 bytes") << QString(1025, QLatin1Char('x')) << false;
}

void TestPasswordHash::acceptable()
{
    QFETCH(QString, password);
    QFETCH(bool, ok);
    QCOMPARE(PasswordHash::checkAcceptable(password).ok(), ok);
    auto hash = PasswordHash::hash(password);
    QCOMPARE(hash.ok(), ok);
    if (!ok)
        QCOMPARE(hash.error().kind, ct::core::Error::Kind::InvalidInput);
}

QTEST_GUILESS_MAIN(TestPasswordHash)
#include "tst_passwordhash.moc"
