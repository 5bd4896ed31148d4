// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
//
// `citytwin-cli report`, run as a user runs it on a generated city with the real plugins: the PDF
// renders and names the city's shelters, --lang picks the report's language, --at the moment it
// describes; bad input gets a clear error, exit code 1 or 2, and no file (an older report stays).
#include "reporttestsupport.h"

#include "ct/citygen/citygenerator.h"
#include "ct/store/twinstore.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTranslator>
#include <QtTest>

using namespace ct;

namespace {

struct Run
{
    int exitCode = -2;
    QString out, err;
};

Run cli(const QStringList &arguments)
{
    QProcess process;
    process.start(QStringLiteral(CITYTWIN_BINARY_DIR "/bin/citytwin-cli"), QStringList{QStringLiteral("report")} + arguments);
    Run run;
    if (!process.waitForFinished(120000))
        return run;
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

} // namespace

class TestReportCommand : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_twin;
    QStringList m_shelterNames;

    QString path(const QString &name) const { return m_dir.filePath(name); }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_twin = path(QStringLiteral("city.gpkg"));
        citygen::GeneratorOptions options;
        options.scale = 0.05;
        QVERIFY(citygen::CityGenerator::generate(m_twin, options).ok());
        auto store = store::TwinStore::open(m_twin, store::TwinStore::OpenMode::ReadOnly);
        QVERIFY(store.ok());
        auto shelters = store.value()->read(QStringLiteral("shelters"), {QStringLiteral("name")});
        QVERIFY(shelters.ok());
        const int name = shelters->columnIndex(QStringLiteral("name"));
        QVERIFY(name >= 0);
        for (const QVariant &value : shelters->columns[std::size_t(name)])
            m_shelterNames << value.toString();
        QVERIFY(m_shelterNames.size() >= 3);
    }

    void writesTheReport()
    {
        const QString pdf = path(QStringLiteral("report.pdf"));
        const Run run = cli({m_twin, QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--operator"),
                             QStringLiteral("suzuki"), QStringLiteral("-o"), pdf});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(run.out.contains(QDir::toNativeSeparators(pdf)));
        QVERIFY(QFileInfo::exists(pdf));
        QVERIFY(!QFileInfo::exists(pdf + QStringLiteral(".part")));

        const QImage page = ct::tests::pdfPage(pdf, 1);
        QVERIFY(!page.isNull());
        QVERIFY2(ct::tests::inkedPixels(page) > page.width() * page.height() / 20,
                 qPrintable(QString::number(ct::tests::inkedPixels(page))));
        const QString text = ct::tests::pdfText(pdf);
        QVERIFY(text.contains(QLatin1String("Situation report")));
        QVERIFY(text.contains(QLatin1String("suzuki")));
        for (const QString &name : std::as_const(m_shelterNames))
            QVERIFY2(text.contains(name), qPrintable(name));
        const int pages = ct::tests::pdfPages(pdf);
        QVERIFY(pages >= 1);
        QVERIFY(text.contains(QStringLiteral("Page %1 of %1").arg(pages)));
        QVERIFY(ct::tests::pdfFonts(pdf).contains(QLatin1String("NotoSansCJK")));
    }

    void languages()
    {
        QTranslator japanese;
        QVERIFY(japanese.load(QStringLiteral("citytwin_ja"), QStringLiteral(CITYTWIN_TRANSLATIONS_DIR)));
        const QString roadsJa = japanese.translate("LayerTitles", "Roads");
        QVERIFY2(!roadsJa.isEmpty() && roadsJa != QLatin1String("Roads"), "the catalogue translates the layer titles");
        QString titleJa = japanese.translate("Report", "Situation report");
        if (titleJa.isEmpty())
            titleJa = QStringLiteral("Situation report"); // not translated yet: English is what the catalogue gives

        const QString ja = path(QStringLiteral("ja.pdf"));
        const QString en = path(QStringLiteral("en.pdf"));
        Run run = cli({m_twin, QStringLiteral("--lang"), QStringLiteral("ja"), QStringLiteral("-o"), ja});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        run = cli({m_twin, QStringLiteral("--lang=en"), QStringLiteral("-o"), en});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QString jaText = ct::tests::pdfText(ja);
        const QString enText = ct::tests::pdfText(en);
        QVERIFY2(jaText.contains(titleJa), qPrintable(titleJa));
        QVERIFY(jaText.contains(roadsJa));       // the map's legend
        QVERIFY(!enText.contains(roadsJa));
        QVERIFY(enText.contains(QLatin1String("Roads (")));
        QVERIFY(enText.contains(QLatin1String("Situation report")));
    }

    void reportTime()
    {
        const QString pdf = path(QStringLiteral("at.pdf"));
        const QString at = QStringLiteral("2026-03-11T14:46+09:00");
        const Run run = cli({m_twin, QStringLiteral("--at"), at, QStringLiteral("-o"), pdf});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QDateTime expected = QDateTime::fromString(at, Qt::ISODate).toLocalTime();
        QVERIFY(ct::tests::pdfText(pdf).contains(expected.toString(QStringLiteral("yyyy-MM-dd HH:mm"))));
    }

    void badInput_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        const QString out = QStringLiteral("@OUT@");
        QTest::newRow("unknown twin") << QStringList{QStringLiteral("@DIR@/missing.gpkg"), QStringLiteral("-o"), out} << 1
                                      << QStringLiteral("missing.gpkg");
        QTest::newRow("not a twin") << QStringList{QStringLiteral("@DIR@/notatwin.gpkg"), QStringLiteral("-o"), out} << 1
                                    << QStringLiteral("notatwin.gpkg");
        QTest::newRow("unwritable folder")
            << QStringList{QStringLiteral("@TWIN@"), QStringLiteral("-o"), QStringLiteral("@DIR@/no-such-folder/r.pdf")} << 1
            << QStringLiteral("no-such-folder");
        QTest::newRow("bad --at") << QStringList{QStringLiteral("@TWIN@"), QStringLiteral("--at"), QStringLiteral("yesterday-ish"),
                                                 QStringLiteral("-o"), out}
                                  << 2 << QStringLiteral("yesterday-ish");
        QTest::newRow("bad --lang") << QStringList{QStringLiteral("@TWIN@"), QStringLiteral("--lang"), QStringLiteral("fr"),
                                                   QStringLiteral("-o"), out}
                                    << 2 << QStringLiteral("fr");
        QTest::newRow("no -o") << QStringList{QStringLiteral("@TWIN@")} << 2 << QStringLiteral("-o");
        QTest::newRow("two twins") << QStringList{QStringLiteral("@TWIN@"), QStringLiteral("@TWIN@"), QStringLiteral("-o"), out} << 2
                                   << QStringLiteral("TWIN");
        QTest::newRow("output is a folder") << QStringList{QStringLiteral("@TWIN@"), QStringLiteral("-o"), QStringLiteral("@DIR@")}
                                            << 2 << QStringLiteral("folder");
    }

    void badInput()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        {
            QFile notATwin(path(QStringLiteral("notatwin.gpkg")));
            QVERIFY(notATwin.open(QIODevice::WriteOnly));
            notATwin.write("plain text, not SQLite\n");
        }
        // An older report at the output: it must survive the failed run untouched.
        const QString out = path(QStringLiteral("kept.pdf"));
        {
            QFile old(out);
            QVERIFY(old.open(QIODevice::WriteOnly));
            old.write("the previous report");
        }
        for (QString &argument : arguments)
            argument.replace(QLatin1String("@OUT@"), out).replace(QLatin1String("@TWIN@"), m_twin).replace(QLatin1String("@DIR@"), m_dir.path());
        const QStringList before = QDir(m_dir.path()).entryList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot);

        const Run run = cli(arguments);
        QCOMPARE(run.exitCode, exitCode);
        // (Qt may warn on stderr before the command speaks, e.g. about XDG_RUNTIME_DIR.)
        QVERIFY2(run.err.contains(QLatin1String("\ncitytwin-cli report: ")) || run.err.startsWith(QLatin1String("citytwin-cli report: ")),
                 qPrintable(run.err));
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
        QVERIFY(run.out.isEmpty());
        QFile kept(out);
        QVERIFY(kept.open(QIODevice::ReadOnly));
        QCOMPARE(kept.readAll(), QByteArray("the previous report"));
        // Nothing new in the folder: no PDF, no .part.
        QStringList after = QDir(m_dir.path()).entryList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot);
        after.removeAll(QStringLiteral("city.gpkg-shm")); // SQLite's WAL index of the open twin
        after.removeAll(QStringLiteral("city.gpkg-wal"));
        QStringList expected = before;
        expected.removeAll(QStringLiteral("city.gpkg-shm"));
        expected.removeAll(QStringLiteral("city.gpkg-wal"));
        QCOMPARE(after, expected);
    }

    void help()
    {
        const Run run = cli({QStringLiteral("--help")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains(QLatin1String("--at")));
        QVERIFY(run.out.contains(QLatin1String("--lang")));
    }
};

QTEST_MAIN(TestReportCommand)
#include "tst_reportcommand.moc"
