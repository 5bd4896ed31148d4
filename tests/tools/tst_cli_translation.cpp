// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
//
// citytwin-cli speaks the user's language: Japanese from a Japanese locale or from `--lang ja`,
// English from the C locale or `--lang en`, with file names and option names left as typed.
#include <QFileInfo>
#include <QLibraryInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString kCli = QStringLiteral(CITYTWIN_BINARY_DIR "/bin/citytwin-cli");

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

/// Runs the real citytwin-cli with LANG set and the variables that would override it removed.
Run cli(const QString &lang, const QStringList &arguments)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"LANGUAGE", "LC_ALL", "LC_MESSAGES"})
        environment.remove(QLatin1String(name));
    environment.insert(QStringLiteral("LANG"), lang);
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(kCli, arguments);
    Run run;
    if (!process.waitForFinished(60000))
        return run;
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

} // namespace

class TestCliTranslation : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void speaksTheChosenLanguage_data();
    void speaksTheChosenLanguage();
    void refusalNamesTheFileInJapanese();
    void qtParserErrorsFollowTheLanguage();

private:
    QTemporaryDir m_dir;
};

void TestCliTranslation::initTestCase()
{
    QVERIFY2(QFileInfo::exists(kCli), qPrintable(kCli + QStringLiteral(" is not built")));
    QVERIFY2(QFileInfo::exists(QStringLiteral(CITYTWIN_BINARY_DIR "/share/citytwin/translations/citytwin_ja.qm")),
             "citytwin_ja.qm is not built (target citytwin_translations)");
    QVERIFY(m_dir.isValid());
}

void TestCliTranslation::speaksTheChosenLanguage_data()
{
    QTest::addColumn<QString>("lang");
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<bool>("onStdout");
    QTest::addColumn<QStringList>("expected");
    QTest::addColumn<QStringList>("absent");

    const QStringList help{QStringLiteral("--help")};
    const QStringList badScale{QStringLiteral("generate"), QStringLiteral("--scale"), QStringLiteral("0"),
                               QStringLiteral("-o"), QStringLiteral("never.gpkg")};
    const QStringList japaneseHelp{QStringLiteral("使い方: citytwin-cli COMMAND"), QStringLiteral("コマンド:"),
                                   QStringLiteral("任意の規模でデモ都市を生成する"), QStringLiteral("メッセージの言語")};
    const QStringList englishHelp{QStringLiteral("Usage: citytwin-cli COMMAND [ARGUMENTS]"), QStringLiteral("Commands:"),
                                  QStringLiteral("generate the demo city at any scale")};

    QTest::newRow("help, Japanese locale") << "ja_JP.UTF-8" << help << 0 << true << japaneseHelp << englishHelp;
    QTest::newRow("help, --lang ja in the C locale")
        << "C" << (QStringList{QStringLiteral("--lang"), QStringLiteral("ja")} + help) << 0 << true << japaneseHelp
        << englishHelp;
    QTest::newRow("help, --lang=ja") << "C" << (QStringList{QStringLiteral("--lang=ja")} + help) << 0 << true
                                     << japaneseHelp << englishHelp;
    QTest::newRow("help, C locale") << "C" << help << 0 << true << englishHelp << japaneseHelp;
    QTest::newRow("help, --lang en over a Japanese locale")
        << "ja_JP.UTF-8" << (QStringList{QStringLiteral("--lang"), QStringLiteral("en")} + help) << 0 << true
        << englishHelp << japaneseHelp;

    QTest::newRow("bad --scale, Japanese locale")
        << "ja_JP.UTF-8" << badScale << 2 << false
        << QStringList{QStringLiteral("citytwin-cli generate: --scale には 0 より大きく 64 以下の数を指定してください（指定値 0）")}
        << QStringList{QStringLiteral("must be a number")};
    QTest::newRow("bad --scale, --lang ja")
        << "C" << (QStringList{QStringLiteral("--lang"), QStringLiteral("ja")} + badScale) << 2 << false
        << QStringList{QStringLiteral("--scale には")} << QStringList{QStringLiteral("must be a number")};
    QTest::newRow("bad --scale, C locale")
        << "C" << badScale << 2 << false
        << QStringList{QStringLiteral("citytwin-cli generate: --scale must be a number > 0 and <= 64, got 0")}
        << QStringList{QStringLiteral("には")};
    QTest::newRow("unknown info option, --lang ja")
        << "C" << QStringList{QStringLiteral("--lang"), QStringLiteral("ja"), QStringLiteral("info"), QStringLiteral("--bogus")}
        << 2 << false << QStringList{QStringLiteral("citytwin-cli info: 不明なオプション --bogus"), QStringLiteral("使い方: citytwin-cli info TWIN")}
        << QStringList{QStringLiteral("unknown option")};
    QTest::newRow("unknown command, Japanese locale")
        << "ja_JP.UTF-8" << QStringList{QStringLiteral("frobnicate")} << 2 << false
        << QStringList{QStringLiteral("citytwin-cli: 不明なコマンド \"frobnicate\"")} << QStringList{QStringLiteral("unknown command")};
    QTest::newRow("unsupported --lang")
        << "C" << QStringList{QStringLiteral("--lang"), QStringLiteral("fr"), QStringLiteral("--help")} << 2 << false
        << QStringList{QStringLiteral("citytwin-cli: --lang takes ja or en, not \"fr\"")} << QStringList{};
}

void TestCliTranslation::speaksTheChosenLanguage()
{
    QFETCH(QString, lang);
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(bool, onStdout);
    QFETCH(QStringList, expected);
    QFETCH(QStringList, absent);

    const Run run = cli(lang, arguments);
    const QString text = onStdout ? run.out : run.err;
    QVERIFY2(run.exitCode == exitCode, qPrintable(QStringLiteral("exit %1; stderr: %2").arg(run.exitCode).arg(run.err)));
    for (const QString &phrase : expected)
        QVERIFY2(text.contains(phrase), qPrintable(QStringLiteral("missing \"%1\" in:\n%2").arg(phrase, text)));
    for (const QString &phrase : absent)
        QVERIFY2(!text.contains(phrase), qPrintable(QStringLiteral("unexpected \"%1\" in:\n%2").arg(phrase, text)));
}

void TestCliTranslation::refusalNamesTheFileInJapanese()
{
    // The store's refusal comes from the library, translated in the CLI's process; the path
    // (with a Japanese name and a %1 that must not be taken for a placeholder) stays as typed.
    const QString missing = m_dir.filePath(QStringLiteral("無い%1ツイン.gpkg"));
    const Run japanese = cli(QStringLiteral("ja_JP.UTF-8"), {QStringLiteral("info"), missing});
    QCOMPARE(japanese.exitCode, 1);
    QCOMPARE(japanese.err.trimmed(), QStringLiteral("citytwin-cli info: %1 は存在しません").arg(missing));

    const Run flag = cli(QStringLiteral("C"), {QStringLiteral("--lang"), QStringLiteral("ja"), QStringLiteral("info"), missing});
    QCOMPARE(flag.err.trimmed(), japanese.err.trimmed());

    const QString notSqlite = m_dir.filePath(QStringLiteral("notes.gpkg"));
    QFile file(notSqlite);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(200, 'x'));
    file.close();
    QCOMPARE(cli(QStringLiteral("ja_JP.UTF-8"), {QStringLiteral("info"), notSqlite}).err.trimmed(),
             QStringLiteral("citytwin-cli info: %1 は SQLite データベースではありません").arg(notSqlite));
    QCOMPARE(cli(QStringLiteral("C"), {QStringLiteral("info"), notSqlite}).err.trimmed(),
             QStringLiteral("citytwin-cli info: %1 is not a SQLite database").arg(notSqlite));
    QCOMPARE(cli(QStringLiteral("C"), {QStringLiteral("info"), missing}).err.trimmed(),
             QStringLiteral("citytwin-cli info: %1 does not exist").arg(missing));
}

void TestCliTranslation::qtParserErrorsFollowTheLanguage()
{
    // QCommandLineParser's own messages come from Qt's catalogue (qt6-translations-l10n).
    if (!QFileInfo::exists(QLibraryInfo::path(QLibraryInfo::TranslationsPath) + QStringLiteral("/qtbase_ja.qm")))
        QSKIP("Qt's Japanese catalogue (qt6-translations-l10n) is not installed");
    const QStringList arguments{QStringLiteral("import"), QStringLiteral("--frobnicate")};
    const Run japanese = cli(QStringLiteral("ja_JP.UTF-8"), arguments);
    QCOMPARE(japanese.exitCode, 2);
    QVERIFY2(japanese.err.contains(QStringLiteral("'frobnicate' は未知のオプションです。")), qPrintable(japanese.err));
    const Run english = cli(QStringLiteral("C"), arguments);
    QCOMPARE(english.exitCode, 2);
    QVERIFY2(english.err.contains(QStringLiteral("Unknown option 'frobnicate'.")), qPrintable(english.err));
}

QTEST_GUILESS_MAIN(TestCliTranslation)
#include "tst_cli_translation.moc"
