// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "dataiotestsupport.h"

#include "ct/dataio/dataimporter.h"

#include <QFile>
#include <QTest>

using namespace ct;
using namespace ct::dataio;
namespace t = ct::dataio::test;

namespace {

QString badDir()
{
    return t::fixture(QStringLiteral("bad"));
}

//! (file, expected substring) from bad/manifest.tsv.
std::vector<std::pair<QString, QString>> manifest()
{
    std::vector<std::pair<QString, QString>> rows;
    QFile file(badDir() + QStringLiteral("/manifest.tsv"));
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return rows;
    while (!file.atEnd()) {
        const QString line = QString::fromUtf8(file.readLine()).trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        const QStringList parts = line.split(QLatin1Char('\t'));
        rows.emplace_back(parts.value(0), parts.value(1));
    }
    return rows;
}

} // namespace

class TestBadInput : public QObject
{
    Q_OBJECT

private slots:
    void corpusIsLargeEnough();
    void refusesAndLeavesTwinUnchanged_data();
    void refusesAndLeavesTwinUnchanged();
};

void TestBadInput::corpusIsLargeEnough()
{
    const auto rows = manifest();
    QVERIFY2(rows.size() >= 30, qPrintable(QString::number(rows.size())));
    for (const auto &[file, expected] : rows) {
        QVERIFY2(QFileInfo::exists(badDir() + QLatin1Char('/') + file), qPrintable(file));
        QVERIFY2(!expected.isEmpty(), qPrintable(file));
    }
}

void TestBadInput::refusesAndLeavesTwinUnchanged_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("expected");
    for (const auto &[file, expected] : manifest())
        QTest::newRow(file.toUtf8().constData()) << file << expected;
}

void TestBadInput::refusesAndLeavesTwinUnchanged()
{
    QFETCH(QString, file);
    QFETCH(QString, expected);
    QTemporaryDir dir;
    auto twin = t::newTwin(dir);
    QVERIFY(twin);
    DataImporter importer(*twin);
    // A twin with content: shelters from a good file (and its audit row).
    const ImportReport good = importer.importFile(t::fixture(QStringLiteral("national_shelters_utf8.csv")));
    QVERIFY2(good.error.isEmpty(), qPrintable(good.error));
    const QString before = t::snapshot(*twin);
    const auto layersBefore = twin->layers().size();

    const ImportReport report = importer.importFile(badDir() + QLatin1Char('/') + file);
    QVERIFY2(!report.error.isEmpty(), "a bad file must be refused");
    QVERIFY2(report.error.contains(expected), qPrintable(QStringLiteral("expected \"%1\" in \"%2\"").arg(expected, report.error)));
    QVERIFY2(report.error.contains(file), qPrintable(QStringLiteral("the error must name the file: ") + report.error));
    QCOMPARE(report.imported(), qint64(0));
    QCOMPARE(report.updated(), qint64(0));
    QCOMPARE(twin->layers().size(), layersBefore); // no half-created layer
    QCOMPARE(t::snapshot(*twin), before);
    QVERIFY(report.toJson().value(QStringLiteral("error")).isString());
}

QTEST_GUILESS_MAIN(TestBadInput)
#include "tst_badinput.moc"
