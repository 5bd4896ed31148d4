// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
//
// Every user-visible string is translated into Japanese, the translation sources are up to date
// with the code, and placeholders survive translation.
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

namespace {

struct Message
{
    QString context;
    QString source;
    QStringList translations; //!< one, or the numerus forms
    QString type;             //!< "unfinished", "vanished", "obsolete" or empty
};

QList<Message> readTs(const QString &path, QString *error)
{
    QList<Message> messages;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read ") + path;
        return messages;
    }
    QXmlStreamReader xml(&file);
    QString context;
    Message current;
    bool numerus = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == QLatin1String("name"))
                context = xml.readElementText();
            else if (name == QLatin1String("message")) {
                current = Message{context, {}, {}, {}};
                numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
            }
            else if (name == QLatin1String("source"))
                current.source = xml.readElementText();
            else if (name == QLatin1String("translation")) {
                current.type = xml.attributes().value(QLatin1String("type")).toString();
                if (!numerus)
                    current.translations << xml.readElementText();
            } else if (name == QLatin1String("numerusform"))
                current.translations << xml.readElementText();
        } else if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
            messages << current;
        }
    }
    if (xml.hasError())
        *error = QStringLiteral("%1:%2: %3").arg(path).arg(xml.lineNumber()).arg(xml.errorString());
    return messages;
}

QSet<QString> placeholders(const QString &text)
{
    QSet<QString> result;
    static const QRegularExpression marker(QStringLiteral("%L?\\d|%n"));
    for (auto it = marker.globalMatch(text); it.hasNext();)
        result.insert(it.next().captured());
    return result;
}

const QString kTsDir = QStringLiteral(CITYTWIN_SOURCE_DIR "/assets/i18n");

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void everyMessageIsTranslated_data();
    void everyMessageIsTranslated();
    void sourcesAreUpToDate();
    void compiledTranslationLoads();
};

void TestTranslations::everyMessageIsTranslated_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("Japanese") << "ja";
    QTest::newRow("English") << "en";
}

void TestTranslations::everyMessageIsTranslated()
{
    QFETCH(QString, language);
    QString error;
    const auto messages = readTs(kTsDir + QStringLiteral("/citytwin_%1.ts").arg(language), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(messages.size() > 50);
    QStringList problems;
    for (const auto &m : messages) {
        const QString where = m.context + QStringLiteral(": \"") + m.source + QLatin1Char('"');
        if (!m.type.isEmpty())
            problems << where + QStringLiteral(" is ") + m.type;
        else if (m.translations.isEmpty() || m.translations.contains(QString()))
            problems << where + QStringLiteral(" has no translation");
        else {
            for (const auto &t : m.translations) {
                if (placeholders(t) != placeholders(m.source))
                    problems << where + QStringLiteral(" loses or adds a placeholder: ") + t;
            }
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

void TestTranslations::sourcesAreUpToDate()
{
    // lupdate over the sources into a copy: a string added to the code without a translation
    // shows up there as unfinished.
    QTemporaryDir dir;
    const QString copy = dir.filePath(QStringLiteral("citytwin_ja.ts"));
    QVERIFY(QFile::copy(kTsDir + QStringLiteral("/citytwin_ja.ts"), copy));
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
    QProcess lupdate;
    lupdate.setWorkingDirectory(QStringLiteral(CITYTWIN_SOURCE_DIR));
    lupdate.start(QStringLiteral(CITYTWIN_LUPDATE), {QStringLiteral("-locations"), QStringLiteral("none"),
                                                     QStringLiteral("-no-obsolete"), QStringLiteral("app"),
                                                     QStringLiteral("modules"), QStringLiteral("qml"),
                                                     QStringLiteral("plugins"), QStringLiteral("-ts"), copy});
    QVERIFY(lupdate.waitForFinished(120000));
    QCOMPARE(lupdate.exitCode(), 0);
    QString error;
    const auto messages = readTs(copy, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QStringList untranslated;
    for (const auto &m : messages) {
        if (m.type == QLatin1String("unfinished") || m.translations.isEmpty())
            untranslated << m.context + QStringLiteral(": ") + m.source;
    }
    QVERIFY2(untranslated.isEmpty(),
             qPrintable(QStringLiteral("strings in the code without a Japanese translation (run the "
                                       "update_translations target and translate them):\n")
                        + untranslated.join(QLatin1Char('\n'))));
}

void TestTranslations::compiledTranslationLoads()
{
    QTranslator translator;
    QVERIFY2(translator.load(QStringLiteral("citytwin_ja"), QStringLiteral(CITYTWIN_QM_DIR)), CITYTWIN_QM_DIR);
    QCoreApplication::installTranslator(&translator);
    QCOMPARE(QCoreApplication::translate("Main", "&File"), QStringLiteral("ファイル(&F)"));
    QCOMPARE(QCoreApplication::translate("LayerTitles", "Evacuation shelters"), QStringLiteral("避難所"));
    QCOMPARE(QCoreApplication::translate("FeatureListPanel", "%n feature(s)", nullptr, 3), QStringLiteral("3 件"));
    QCoreApplication::removeTranslator(&translator);
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
