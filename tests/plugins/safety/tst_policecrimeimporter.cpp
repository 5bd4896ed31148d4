// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
//
// The national police crime open data CSV: columns, geocoding of 町丁目 names to the twin's
// areas, skipped rows with reasons, encodings, re-import, permissions and visibility afterwards.
#include "safetytestsupport.h"

#include "ct/geo/crstransform.h"
#include "ct/safety/alertreader.h"
#include "ct/safety/areacatalogue.h"
#include "ct/safety/policecrimeimporter.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include <cpl_conv.h>
#include <cpl_string.h>
#include <sqlite3.h>

using namespace ct;
using namespace ct::safety;
using core::Actor;
using core::Role;

namespace {

const QDateTime kNow = QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC);
const Actor kPolice{QStringLiteral("sato"), Role::PoliceLiaison, {}};

qint64 count(store::TwinStore &twin, const char *sql)
{
    sqlite3_stmt *st = nullptr;
    qint64 value = -1;
    if (sqlite3_prepare_v2(twin.handle(), sql, -1, &st, nullptr) == SQLITE_OK && sqlite3_step(st) == SQLITE_ROW)
        value = sqlite3_column_int64(st, 0);
    sqlite3_finalize(st);
    return value;
}

QString wktSquare(double x0, double y0, double x1, double y1)
{
    auto t = geo::CrsTransform::create(6677, 4326);
    QStringList points;
    for (geo::Point p : {geo::Point{x0, y0}, geo::Point{x1, y0}, geo::Point{x1, y1}, geo::Point{x0, y1}, geo::Point{x0, y0}}) {
        t->forward(p);
        points << QStringLiteral("%1 %2").arg(p.x, 0, 'f', 9).arg(p.y, 0, 'f', 9);
    }
    return QStringLiteral("\"POLYGON((%1))\"").arg(points.join(QStringLiteral(", ")));
}

const QString kHeader = QStringLiteral("罪名,手口,管轄警察署（発生地）,管轄交番・駐在所（発生地）,市区町村コード（発生地）,都道府県（発生地）,"
                                       "市区町村（発生地）,町丁目（発生地）,発生年月日（始期）,発生時（始期）,発生場所,発生場所の詳細,被害者の年齢\n");

QString crimeCsv()
{
    return kHeader
        + QStringLiteral(
            "強制わいせつ,,つくば中央警察署,竹園交番,082201,茨城県,つくば市,竹園１丁目,2025/11/03,18,路上,道路上,10歳代\n"      // 2 groping, full-width digit
            "暴行,,つくば中央警察署,吾妻交番,082201,茨城県,つくば市,吾妻二丁目,2025-11-04,不明,公園,,20歳代\n"                  // 3 assault, kanji 丁目, whole day
            "窃盗,ひったくり,つくば中央警察署,春日交番,08220,茨城県,つくば市,春日３丁目,20251105,7,路上,,70歳以上\n"           // 4 other, coarse 春日
            "公然わいせつ,,土浦警察署,,082031,茨城県,土浦市,大和町,2025/11/05,12,路上,,\n"                                          // 5 other municipality
            "暴行,,つくば中央警察署,,082201,茨城県,つくば市,存在町１丁目,2025/11/06,21,路上,,\n"                                 // 6 unknown town
            "暴行,,つくば中央警察署,,082201,茨城県,つくば市,竹園１丁目,,21,路上,,\n"                                            // 7 no date
            "暴行,,つくば中央警察署,,082201,茨城県,つくば市,竹園１丁目,2027/01/01,21,路上,,\n"                                  // 8 future
            ",,つくば中央警察署,,082201,茨城県,つくば市,竹園１丁目,2025/11/07,10,路上,,\n"                                      // 9 no offence
            "公然わいせつ,,つくば中央警察署,,082201,茨城県,つくば市,,2025/11/07,10,路上,,\n"                                    // 10 no town
            "迷惑防止条例違反,盗撮,つくば中央警察署,竹園交番,082201,茨城県,つくば市,竹園1丁目,2025/11/08,17,店舗内,,10歳代\n"); // 11 voyeurism
}

QString writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    f.write(bytes);
    return path;
}

QByteArray toShiftJis(const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    char *converted = CPLRecode(utf8.constData(), CPL_ENC_UTF8, "CP932");
    QByteArray out(converted);
    CPLFree(converted);
    return out;
}

} // namespace

class TestPoliceCrimeImporter : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_twin = test::writeSafetyTwin(m_dir->filePath(QStringLiteral("t.gpkg")), false);
        const QString areas = QStringLiteral("area_id,kind,name,name_en,subscribers,district,wkt,lon,lat,radius_m\n"
                                             "n-1,neighbourhood,竹園1丁目,Takezono 1-chome,100,,%1,,,\n"
                                             "n-2,neighbourhood,吾妻2丁目,Azuma 2-chome,100,,%2,,,\n"
                                             "n-3,neighbourhood,春日,Kasuga,100,,%3,,,\n")
                                  .arg(wktSquare(20500, 8000, 21500, 9000), wktSquare(22500, 8000, 23500, 9000),
                                       wktSquare(24500, 10000, 25500, 11000));
        auto imported = AreaCatalogue::importCsv(*m_twin, Actor::system(), writeFile(m_dir->filePath(QStringLiteral("areas.csv")), areas.toUtf8()));
        QVERIFY2(imported.ok(), qPrintable(imported.ok() ? QString() : imported.error().toString()));
    }
    void cleanup()
    {
        m_twin.reset();
        m_dir.reset();
    }

    void importsGeocodesAndSkips()
    {
        PoliceCrimeImporter importer([] { return kNow; });
        const QString path = writeFile(m_dir->filePath(QStringLiteral("crime.csv")), crimeCsv().toUtf8());
        QCOMPARE(importer.confidence(path), 95);
        auto summary = importer.importAs(*m_twin, kPolice, path);
        QVERIFY2(summary.ok(), qPrintable(summary.ok() ? QString() : summary.error().toString()));
        QCOMPARE(summary->imported, qint64(4));
        QCOMPARE(summary->skipped, qint64(6));
        const QStringList &reasons = summary->skippedReasons;
        auto reasonFor = [&](int line) {
            for (const QString &r : reasons)
                if (r.startsWith(QStringLiteral("crime.csv:%1: ").arg(line)))
                    return r;
            return QString();
        };
        QVERIFY(reasonFor(5).contains(QStringLiteral("土浦市")));
        QVERIFY(reasonFor(6).contains(QStringLiteral("存在町１丁目")));
        QVERIFY(!reasonFor(7).isEmpty());
        QVERIFY(reasonFor(8).contains(QStringLiteral("2027-01-01")));
        QVERIFY(!reasonFor(9).isEmpty());
        QVERIFY(!reasonFor(10).isEmpty());
        for (int line : {2, 3, 4, 11})
            QVERIFY(reasonFor(line).isEmpty());
        QVERIFY(reasons.last().contains(QStringLiteral("1 rows placed at a coarser name")));

        auto alerts = AlertReader(*m_twin).alerts(kPolice);
        QVERIFY(alerts.ok());
        QCOMPARE(alerts->size(), std::size_t(4));
        const Alert &groping = alerts->at(0);
        QCOMPARE(groping.category, Category::Groping);
        QCOMPARE(groping.status, AlertStatus::Closed);
        QCOMPARE(groping.origin, QStringLiteral("police-open-data"));
        QCOMPARE(groping.occurredFrom, QDateTime(QDate(2025, 11, 3), QTime(9, 0), Qt::UTC));   // 18:00 JST
        QCOMPARE(groping.occurredTo, QDateTime(QDate(2025, 11, 3), QTime(9, 59), Qt::UTC));
        QVERIFY(std::abs(groping.location.x - 21000) < 1e-3 && std::abs(groping.location.y - 8500) < 1e-3);
        QCOMPARE(groping.sourceOrganisation, QStringLiteral("つくば中央警察署 竹園交番"));
        QCOMPARE(groping.personal->victimAgeGroup, QStringLiteral("10歳代"));
        const Alert &assault = alerts->at(1);
        QCOMPARE(assault.category, Category::Assault);
        QCOMPARE(assault.occurredFrom, QDateTime(QDate(2025, 11, 3), QTime(15, 0), Qt::UTC));  // whole day 4 Nov JST
        QCOMPARE(assault.occurredTo, QDateTime(QDate(2025, 11, 4), QTime(14, 59), Qt::UTC));
        QVERIFY(std::abs(assault.location.x - 23000) < 1e-3);
        const Alert &snatch = alerts->at(2);
        QCOMPARE(snatch.category, Category::Other);
        QVERIFY(snatch.description.startsWith(QStringLiteral("窃盗／ひったくり — 路上")));
        QVERIFY(snatch.description.contains(QStringLiteral("approximate")));
        QVERIFY(std::abs(snatch.location.x - 25000) < 1e-3);
        QCOMPARE(alerts->at(3).category, Category::Voyeurism);

        // Closed historical alerts: planners see them, de-personalised.
        auto planner = AlertReader(*m_twin).alerts(Actor{QStringLiteral("p"), Role::Planner, {}});
        QCOMPARE(planner->size(), std::size_t(4));
        QVERIFY(!planner->front().personal.has_value());
        QCOMPARE(m_twin->auditLog(1).front().action, QStringLiteral("safety.crime-data.import"));

        // Importing the same file again updates, it does not duplicate.
        auto again = importer.importAs(*m_twin, kPolice, path);
        QVERIFY(again.ok());
        QCOMPARE(again->imported, qint64(0));
        QCOMPARE(again->updated, qint64(4));
        QCOMPARE(count(*m_twin, "SELECT count(*) FROM safety_alert"), 4);
    }

    void shiftJisReadsTheSame()
    {
        PoliceCrimeImporter importer([] { return kNow; });
        const QString path = writeFile(m_dir->filePath(QStringLiteral("crime-sjis.csv")), toShiftJis(crimeCsv()));
        QCOMPARE(importer.confidence(path), 95);
        auto summary = importer.importAs(*m_twin, kPolice, path);
        QVERIFY2(summary.ok(), qPrintable(summary.ok() ? QString() : summary.error().toString()));
        QCOMPARE(summary->imported, qint64(4));
        QCOMPARE(summary->skipped, qint64(6));
        QCOMPARE(AlertReader(*m_twin).alerts(kPolice)->front().sourceOrganisation, QStringLiteral("つくば中央警察署 竹園交番"));
    }

    void refusesWholeFiles_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("where");
        QByteArray broken = crimeCsv().toUtf8();
        broken.insert(broken.indexOf("吾妻二丁目"), QByteArray("\x80\xFF", 2));
        QTest::newRow("broken encoding") << broken << QStringLiteral("bad.csv:3");
        QString noTown = crimeCsv();
        noTown.replace(QStringLiteral("町丁目（発生地）"), QStringLiteral("字"));
        QTest::newRow("missing column") << noTown.toUtf8() << QStringLiteral("bad.csv:1");
        QTest::newRow("empty") << QByteArray("\n\n") << QStringLiteral("bad.csv");
    }
    void refusesWholeFiles()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, where);
        PoliceCrimeImporter importer([] { return kNow; });
        auto summary = importer.importAs(*m_twin, kPolice, writeFile(m_dir->filePath(QStringLiteral("bad.csv")), bytes));
        QVERIFY(!summary.ok());
        QCOMPARE(summary.error().where, where);
        QCOMPARE(count(*m_twin, "SELECT count(*) FROM safety_alert"), 0);
        QCOMPARE(count(*m_twin, "SELECT count(*) FROM ct_audit WHERE action = 'safety.crime-data.import'"), 0);
    }

    void permissionAndConfidence()
    {
        PoliceCrimeImporter importer([] { return kNow; });
        const QString path = writeFile(m_dir->filePath(QStringLiteral("crime.csv")), crimeCsv().toUtf8());
        auto refused = importer.importAs(*m_twin, Actor{QStringLiteral("p"), Role::Planner, {}}, path);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().kind, core::Error::Kind::Refused);
        QCOMPARE(count(*m_twin, "SELECT count(*) FROM safety_alert"), 0);
        QVERIFY(importer.import(*m_twin, path).ok());   // inside the console's own layer.import transaction
        // Other CSVs are left to the other importers.
        QCOMPARE(importer.confidence(m_dir->filePath(QStringLiteral("areas.csv"))), 0);
        QCOMPARE(importer.confidence(m_dir->filePath(QStringLiteral("missing.csv"))), 0);
    }

    void categoriesFromOffenceAndMethod_data()
    {
        QTest::addColumn<QString>("offence");
        QTest::addColumn<QString>("method");
        QTest::addColumn<int>("category");
        QTest::newRow("強制わいせつ") << QStringLiteral("強制わいせつ") << QString() << int(Category::Groping);
        QTest::newRow("公然わいせつ") << QStringLiteral("公然わいせつ") << QString() << int(Category::Exposure);
        QTest::newRow("盗撮") << QStringLiteral("迷惑防止条例違反") << QStringLiteral("盗撮") << int(Category::Voyeurism);
        QTest::newRow("傷害") << QStringLiteral("傷害") << QString() << int(Category::Assault);
        QTest::newRow("路上強盗") << QStringLiteral("強盗") << QStringLiteral("路上強盗") << int(Category::Assault);
        QTest::newRow("声かけ") << QStringLiteral("声かけ事案") << QString() << int(Category::Approach);
        QTest::newRow("つきまとい") << QStringLiteral("ストーカー規制法違反") << QStringLiteral("つきまとい") << int(Category::Stalking);
        QTest::newRow("自転車盗") << QStringLiteral("窃盗") << QStringLiteral("自転車盗") << int(Category::Other);
    }
    void categoriesFromOffenceAndMethod()
    {
        QFETCH(QString, offence);
        QFETCH(QString, method);
        QFETCH(int, category);
        QCOMPARE(int(PoliceCrimeImporter::categoryFor(offence, method)), category);
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<store::TwinStore> m_twin;
};

QTEST_GUILESS_MAIN(TestPoliceCrimeImporter)
#include "tst_policecrimeimporter.moc"
