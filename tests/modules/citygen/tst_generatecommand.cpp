// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "generatecommand.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

class TestGenerateCommand : public QObject
{
    Q_OBJECT

private:
    struct Run
    {
        int code;
        QString out;
        QString err;
    };
    static Run run(const QStringList &arguments)
    {
        QString outText, errText;
        QTextStream out(&outText), err(&errText);
        const int code = ct::cli::runGenerate(arguments, out, err);
        out.flush();
        err.flush();
        return {code, outText, errText};
    }

private slots:
    void help()
    {
        const auto r = run({QStringLiteral("--help")});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains(QLatin1String("--scale")));
        QVERIFY(r.out.contains(QLatin1String("--real-data")));
    }

    void badArguments_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("no output") << QStringList{QStringLiteral("--scale"), QStringLiteral("0.01")} << QStringLiteral("-o");
        QTest::newRow("scale not a number") << QStringList{QStringLiteral("--scale"), QStringLiteral("big"), QStringLiteral("-o"), QStringLiteral("x.gpkg")} << QStringLiteral("--scale");
        QTest::newRow("scale zero") << QStringList{QStringLiteral("--scale"), QStringLiteral("0"), QStringLiteral("-o"), QStringLiteral("x.gpkg")} << QStringLiteral("--scale");
        QTest::newRow("negative seed") << QStringList{QStringLiteral("--seed"), QStringLiteral("-3"), QStringLiteral("-o"), QStringLiteral("x.gpkg")} << QStringLiteral("--seed");
        QTest::newRow("unknown option") << QStringList{QStringLiteral("--colour"), QStringLiteral("-o"), QStringLiteral("x.gpkg")} << QStringLiteral("colour");
        QTest::newRow("stray argument") << QStringList{QStringLiteral("city.gpkg")} << QStringLiteral("unexpected");
        QTest::newRow("real data not a folder") << QStringList{QStringLiteral("--real-data"), QStringLiteral("/nonexistent/dir"), QStringLiteral("-o"), QStringLiteral("x.gpkg")} << QStringLiteral("not a folder");
    }

    void badArguments()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const auto r = run(arguments);
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
    }

    void generatesAndRefusesToOverwrite()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("city.gpkg"));
        const QStringList arguments{QStringLiteral("--scale"), QStringLiteral("0.01"), QStringLiteral("--seed"), QStringLiteral("4"),
                                    QStringLiteral("--quiet"), QStringLiteral("-o"), path};
        auto r = run(arguments);
        QCOMPARE(r.code, 0);
        QVERIFY(QFile::exists(path));
        QVERIFY2(r.out.contains(QLatin1String("buildings")), qPrintable(r.out));
        QVERIFY(r.out.contains(QLatin1String("population 2560")));

        const auto size = QFile(path).size();
        r = run(arguments);
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QLatin1String("--force")), qPrintable(r.err));
        QCOMPARE(QFile(path).size(), size);

        r = run(arguments + QStringList{QStringLiteral("--force")});
        QCOMPARE(r.code, 0);
        QVERIFY(QFile::exists(path));
    }

    void realDataFailureExitsOne()
    {
        QTemporaryDir dir;
        const auto r = run({QStringLiteral("--scale"), QStringLiteral("0.01"), QStringLiteral("--real-data"), dir.path(),
                            QStringLiteral("-o"), dir.filePath(QStringLiteral("x.gpkg"))});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QLatin1String("geojson")), qPrintable(r.err));
    }
};

QTEST_GUILESS_MAIN(TestGenerateCommand)
#include "tst_generatecommand.moc"
