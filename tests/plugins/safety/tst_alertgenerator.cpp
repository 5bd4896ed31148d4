// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
//
// The seeded alert generator (reproducible, inside the city, clustered near schools and
// stations, more in the afternoon, fewer school alerts at weekends) and its simulation model run
// as a user runs it: `citytwin-cli simulate data/scenarios/safety-month.json --record`.
#include "safetytestsupport.h"

#include "ct/safety/alertgenerator.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QtTest>

#include <sqlite3.h>

using namespace ct;
using namespace ct::safety;

namespace {

const QDateTime kStart(QDate(2026, 4, 1), QTime(0, 0), QTimeZone(9 * 3600));
const geo::Point kStation{25000, 11000};

AlertGenerator makeGenerator(AlertGenerator::Options options = {})
{
    const double x0 = test::kMinX, y0 = test::kMinY, s = test::kSize;
    CityBoundary boundary({geo::Geometry::polygon({{{x0, y0}, {x0 + s, y0}, {x0 + s, y0 + s}, {x0, y0 + s}, {x0, y0}}})});
    std::vector<AlertGenerator::Anchor> anchors;
    for (int i = 0; i < 3; ++i)
        anchors.push_back({AlertGenerator::Origin::School, test::schoolPosition(i), i + 1, {}});
    anchors.push_back({AlertGenerator::Origin::Station, kStation, std::nullopt, {}});
    return AlertGenerator(std::move(boundary), std::move(anchors), options);
}

double nearest(geo::Point p, const std::vector<geo::Point> &anchors)
{
    double best = 1e18;
    for (const auto &a : anchors)
        best = std::min(best, std::hypot(p.x - a.x, p.y - a.y));
    return best;
}

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run cli(const QStringList &arguments)
{
    QProcess process;
    process.start(QStringLiteral(CITYTWIN_BINARY_DIR "/bin/citytwin-cli"), QStringList{QStringLiteral("--lang"), QStringLiteral("en")} + arguments);
    process.waitForFinished(300000);
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1, QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

} // namespace

class TestAlertGenerator : public QObject
{
    Q_OBJECT

private slots:
    void sameSeedSameAlerts()
    {
        const AlertGenerator generator = makeGenerator();
        sim::RandomStream a = sim::RandomStream::derive(42, QStringLiteral("safety"));
        sim::RandomStream b = sim::RandomStream::derive(42, QStringLiteral("safety"));
        sim::RandomStream c = sim::RandomStream::derive(43, QStringLiteral("safety"));
        const auto first = generator.generate(a, kStart, 30);
        const auto second = generator.generate(b, kStart, 30);
        const auto other = generator.generate(c, kStart, 30);
        QCOMPARE(first.size(), second.size());
        for (std::size_t i = 0; i < first.size(); ++i) {
            QCOMPARE(first[i].at, second[i].at);
            QCOMPARE(first[i].location, second[i].location);
            QCOMPARE(first[i].category, second[i].category);
        }
        bool differs = first.size() != other.size();
        for (std::size_t i = 0; !differs && i < first.size(); ++i)
            differs = !(first[i].location == other[i].location);
        QVERIFY(differs);
    }

    void placesTimesAndMix()
    {
        AlertGenerator::Options options;
        options.alertsPerDay = 10;
        const AlertGenerator generator = makeGenerator(options);
        sim::RandomStream random = sim::RandomStream::derive(7, QStringLiteral("safety"));
        const double days = 140;   // 20 weeks
        const auto alerts = generator.generate(random, kStart, days);
        // Count: weekdays 10 a day, weekends 10 × (1 − 0.45/2); Poisson spread.
        const double expected = 10.0 * (100 + 40 * (1 - 0.225));
        QVERIFY2(std::abs(double(alerts.size()) - expected) < 4 * std::sqrt(expected), qPrintable(QString::number(alerts.size())));
        const QDateTime end = kStart.addDays(qint64(days));
        std::vector<geo::Point> schools{test::schoolPosition(0), test::schoolPosition(1), test::schoolPosition(2)};
        int nearSchool = 0, nearStation = 0, afternoon = 0, night = 0;
        int schoolWeekday = 0, schoolWeekend = 0;
        for (std::size_t i = 0; i < alerts.size(); ++i) {
            const auto &a = alerts[i];
            QVERIFY(a.at >= kStart && a.at < end);
            if (i > 0)
                QVERIFY(alerts[i - 1].at <= a.at);
            QVERIFY(a.location.x >= test::kMinX && a.location.x <= test::kMinX + test::kSize);
            QVERIFY(a.location.y >= test::kMinY && a.location.y <= test::kMinY + test::kSize);
            nearSchool += nearest(a.location, schools) < 700 ? 1 : 0;
            nearStation += std::hypot(a.location.x - kStation.x, a.location.y - kStation.y) < 700 ? 1 : 0;
            const QDateTime jst = a.at.toTimeZone(QTimeZone(9 * 3600));
            afternoon += jst.time().hour() >= 14 && jst.time().hour() < 19 ? 1 : 0;
            night += jst.time().hour() < 5 ? 1 : 0;
            if (a.origin == AlertGenerator::Origin::School) {
                QVERIFY(a.schoolFid.has_value());
                (jst.date().dayOfWeek() >= 6 ? schoolWeekend : schoolWeekday) += 1;
            }
        }
        const double n = double(alerts.size());
        // Uniform places would put ≈ 3 × π·0.7² / 36 ≈ 13 % within 700 m of a school; clusters far more.
        QVERIFY2(nearSchool / n > 0.35, qPrintable(QString::number(nearSchool / n)));
        QVERIFY2(nearStation / n > 0.2, qPrintable(QString::number(nearStation / n)));
        QVERIFY2(afternoon / n > 0.35, qPrintable(QString::number(afternoon / n)));   // 5 of 24 hours
        QVERIFY2(night / n < 0.05, qPrintable(QString::number(night / n)));
        // Per day, weekend school alerts are about half the weekday ones.
        const double weekdayRate = schoolWeekday / 100.0, weekendRate = schoolWeekend / 40.0;
        QVERIFY2(weekendRate < 0.7 * weekdayRate, qPrintable(QStringLiteral("%1 vs %2").arg(weekendRate).arg(weekdayRate)));
        // Approaches (声かけ) lead near schools, groping and covert filming near stations.
        int schoolApproach = 0, schoolTotal = 0, stationTrain = 0, stationTotal = 0;
        for (const auto &a : alerts) {
            if (a.origin == AlertGenerator::Origin::School) {
                ++schoolTotal;
                schoolApproach += a.category == Category::Approach ? 1 : 0;
            } else if (a.origin == AlertGenerator::Origin::Station) {
                ++stationTotal;
                stationTrain += a.category == Category::Groping || a.category == Category::Voyeurism ? 1 : 0;
            }
        }
        QVERIFY(double(schoolApproach) / schoolTotal > 0.25);
        QVERIFY(double(stationTrain) / stationTotal > 0.25);
    }

    void withoutAnchorsEverythingIsElsewhere()
    {
        const double x0 = test::kMinX, y0 = test::kMinY, s = test::kSize;
        CityBoundary boundary({geo::Geometry::polygon({{{x0, y0}, {x0 + s, y0}, {x0 + s, y0 + s}, {x0, y0 + s}, {x0, y0}}})});
        const AlertGenerator generator(std::move(boundary), {}, {});
        sim::RandomStream random(1);
        const auto alerts = generator.generate(random, kStart, 30);
        QVERIFY(!alerts.empty());
        for (const auto &a : alerts)
            QCOMPARE(a.origin, AlertGenerator::Origin::Elsewhere);
    }

    void monthScenarioIsRecorded()
    {
        QVERIFY(QFileInfo::exists(QStringLiteral(CITYTWIN_BINARY_DIR "/bin/citytwin-cli")));
        QTemporaryDir dir;
        const QString twinPath = dir.filePath(QStringLiteral("t.gpkg"));
        test::writeSafetyTwin(twinPath).reset();
        const QString scenario = QStringLiteral(CITYTWIN_SOURCE_DIR "/data/scenarios/safety-month.json");
        const Run run = cli({QStringLiteral("simulate"), scenario, QStringLiteral("--twin"), twinPath, QStringLiteral("--record"),
                             QStringLiteral("--sample-interval"), QStringLiteral("24:00"), QStringLiteral("--json")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err));
        const QJsonObject kpis = QJsonDocument::fromJson(run.out.mid(run.out.indexOf(QLatin1Char('{'))).toUtf8()).object();
        const QJsonObject safety = kpis.value(QStringLiteral("safety")).toObject();
        QVERIFY2(!safety.isEmpty(), qPrintable(run.out.left(400)));
        QVERIFY(!safety.contains(QStringLiteral("problem")));
        const qint64 alerts = safety.value(QStringLiteral("alerts")).toInteger();
        QCOMPARE(safety.value(QStringLiteral("days")).toDouble(), 30.0);
        QVERIFY2(alerts > 80 && alerts < 170, qPrintable(QString::number(alerts)));   // 4 a day, fewer at weekends
        int byHour = 0;
        for (const QJsonValue &v : safety.value(QStringLiteral("by_hour_jst")).toArray())
            byHour += v.toInt();
        QCOMPARE(qint64(byHour), alerts);
        QVERIFY(!safety.value(QStringLiteral("hotspots")).toArray().isEmpty());

        // The run record holds one event per alert, within the month, and no live alert was made.
        sqlite3 *db = nullptr;
        QCOMPARE(sqlite3_open_v2(twinPath.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr), SQLITE_OK);
        auto scalar = [db](const char *sql) {
            sqlite3_stmt *st = nullptr;
            qint64 v = -1;
            if (sqlite3_prepare_v2(db, sql, -1, &st, nullptr) == SQLITE_OK && sqlite3_step(st) == SQLITE_ROW)
                v = sqlite3_column_int64(st, 0);
            sqlite3_finalize(st);
            return v;
        };
        QCOMPARE(scalar("SELECT count(*) FROM sim_event WHERE source = 'safety' AND kind = 'alert'"), alerts);
        QVERIFY(scalar("SELECT max(t_ms) FROM sim_event WHERE source = 'safety'") < 720LL * 3600 * 1000);
        QCOMPARE(scalar("SELECT count(*) FROM safety_alert"), 0);
        sqlite3_close_v2(db);

        // The same seed gives the same month.
        const Run again = cli({QStringLiteral("simulate"), scenario, QStringLiteral("--twin"), twinPath, QStringLiteral("--json")});
        const QJsonObject second = QJsonDocument::fromJson(again.out.mid(again.out.indexOf(QLatin1Char('{'))).toUtf8()).object();
        QCOMPARE(second.value(QStringLiteral("safety")).toObject().value(QStringLiteral("by_category")),
                 safety.value(QStringLiteral("by_category")));
    }

    void badSectionIsRefused()
    {
        QTemporaryDir dir;
        const QString twinPath = dir.filePath(QStringLiteral("t.gpkg"));
        test::writeSafetyTwin(twinPath).reset();
        QFile f(dir.filePath(QStringLiteral("bad.json")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(R"({"name": "bad", "duration": "24:00", "population": {"compliance": 0},
                    "models": {"safety": {"alerts_per_day": -1, "school_share": 0.8, "station_share": 0.5, "colour": "red",
                                          "stations": [[140.1, 36.0], [1]]}}})");
        f.close();
        const Run run = cli({QStringLiteral("simulate"), f.fileName(), QStringLiteral("--twin"), twinPath});
        QCOMPARE(run.exitCode, 2);
        for (const char *path : {"models.safety.alerts_per_day", "models.safety.colour", "models.safety.stations[1]", "models.safety:"})
            QVERIFY2(run.err.contains(QLatin1String(path)), qPrintable(run.err));
    }
};

QTEST_GUILESS_MAIN(TestAlertGenerator)
#include "tst_alertgenerator.moc"
