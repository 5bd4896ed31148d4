// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "arrivalcounterfactory.h"
#include "simtestsupport.h"
#include "simulatecommand.h"

#include "ct/sim/runrecorder.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace ct;
using namespace ct::sim;

namespace {

struct Outcome
{
    int code = 0;
    QString out;
    QString err;
};

Outcome run(const QStringList &arguments, const sim::ModelFactoryList &models = {})
{
    Outcome o;
    QTextStream out(&o.out);
    QTextStream err(&o.err);
    o.code = cli::runSimulateWith(arguments + QStringList{QStringLiteral("--no-progress")}, out, err, models);
    out.flush();
    err.flush();
    return o;
}

} // namespace

class TestSimulateCommand : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_twin;
    QString m_good;

    QString write(const QString &name, const QByteArray &json)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            qFatal("cannot write %s", qPrintable(path));
        f.write(json);
        return path;
    }

    int runCount()
    {
        auto twin = store::TwinStore::open(m_twin, store::TwinStore::OpenMode::ReadOnly);
        auto runs = sim::RunRecorder::runs(*twin.value());
        return int(runs->size());
    }

private slots:
    void initTestCase()
    {
        test::GridTwin grid;
        grid.shelters = {{4, 4, 1000}};
        grid.homes = {{0, 0, 40}, {2, 3, 20}};
        m_twin = m_dir.filePath(QStringLiteral("twin.gpkg"));
        grid.write(m_twin).reset();
        m_good = write(QStringLiteral("good.json"),
                       R"({"name": "cli", "duration": "00:30", "seed": 3, "population": {"departure": {"distribution": "immediate"}}})");
    }

    void jsonKpis()
    {
        const Outcome o = run({m_good, QStringLiteral("--twin"), m_twin, QStringLiteral("--json")});
        QCOMPARE(o.code, 0);
        const QJsonObject k = QJsonDocument::fromJson(o.out.toUtf8()).object();
        const QJsonObject e = k.value(QStringLiteral("evacuation")).toObject();
        QCOMPARE(e.value(QStringLiteral("sheltered")).toInteger(), 60);
        QVERIFY(e.value(QStringLiteral("time_to_100")).isString());
        QCOMPARE(k.value(QStringLiteral("run")).toObject().value(QStringLiteral("seed")).toString(), QStringLiteral("3"));
        QCOMPARE(runCount(), 0); // no --record: nothing written
    }

    void textReportSeedAndUntil()
    {
        const Outcome o = run({m_good, QStringLiteral("--twin"), m_twin, QStringLiteral("--seed"), QStringLiteral("9"),
                               QStringLiteral("--until"), QStringLiteral("00:10")});
        QCOMPARE(o.code, 0);
        QVERIFY(o.out.contains(QStringLiteral("seed 9, 00:10:00 simulated")));
        QVERIFY(o.out.contains(QStringLiteral("Share evacuated over time")));
        QVERIFY(o.out.contains(QStringLiteral("Most congested links")));
    }

    void recordAndCompare()
    {
        QCOMPARE(run({m_good, QStringLiteral("--twin"), m_twin, QStringLiteral("--record")}).code, 0);
        QCOMPARE(run({m_good, QStringLiteral("--twin"), m_twin, QStringLiteral("--record"), QStringLiteral("--seed"), QStringLiteral("4")}).code, 0);
        QCOMPARE(runCount(), 2);
        const Outcome o = run({QStringLiteral("--twin"), m_twin, QStringLiteral("--compare"), QStringLiteral("1,2"), QStringLiteral("--json")});
        QCOMPARE(o.code, 0);
        QVERIFY(QJsonDocument::fromJson(o.out.toUtf8()).object().value(QStringLiteral("differences")).toObject().contains(QStringLiteral("evacuation.sheltered")));
        const Outcome missing = run({QStringLiteral("--twin"), m_twin, QStringLiteral("--compare"), QStringLiteral("1,77")});
        QCOMPARE(missing.code, 1);
        QVERIFY(missing.err.contains(QStringLiteral("no recorded run 77")));
    }

    void pluginModelFromAPluginLibrary()
    {
        // The arrivals counter comes from a real plugin library found with --plugin-path; its
        // counts appear under its id beside the evacuation's.
        const QString withModel = write(QStringLiteral("model.json"),
            R"({"name": "cli", "duration": "00:30", "seed": 3, "population": {"departure": {"distribution": "immediate"}},
                "models": {"arrivals": {}}})");
        const Outcome o = run({withModel, QStringLiteral("--twin"), m_twin, QStringLiteral("--json"),
                               QStringLiteral("--plugin-path"), QStringLiteral(TEST_PLUGIN_DIR)});
        QVERIFY2(o.code == 0, qPrintable(o.err));
        const QJsonObject k = QJsonDocument::fromJson(o.out.toUtf8()).object();
        const QJsonObject arrivals = k.value(QStringLiteral("arrivals")).toObject();
        const QJsonObject evacuation = k.value(QStringLiteral("evacuation")).toObject();
        QCOMPARE(arrivals.value(QStringLiteral("persons")).toInteger(), evacuation.value(QStringLiteral("sheltered")).toInteger());
        QCOMPARE(arrivals.value(QStringLiteral("persons")).toInteger(), 60);
        const QJsonObject peak = evacuation.value(QStringLiteral("shelter_peaks")).toArray().first().toObject();
        QCOMPARE(arrivals.value(QStringLiteral("per_shelter")).toObject().value(QString::number(peak.value(QStringLiteral("fid")).toInteger())).toInteger(),
                 peak.value(QStringLiteral("peak")).toInteger());

        // The text report lists the model's figures.
        const Outcome text = run({withModel, QStringLiteral("--twin"), m_twin, QStringLiteral("--plugin-path"), QStringLiteral(TEST_PLUGIN_DIR)});
        QCOMPARE(text.code, 0);
        QVERIFY2(text.out.contains(QStringLiteral("Model arrivals:\n  arrivals: ")), qPrintable(text.out));
        QVERIFY(text.out.contains(QStringLiteral("  persons: 60\n")));

        // Without the plugin the section names what is missing, and nothing runs.
        const Outcome missing = run({withModel, QStringLiteral("--twin"), m_twin, QStringLiteral("--record")});
        QCOMPARE(missing.code, 2);
        QVERIFY2(missing.err.contains(QStringLiteral("models.arrivals: no model \"arrivals\" is provided by the loaded plugins")), qPrintable(missing.err));
    }

    void pluginModelRecordedAndCompared()
    {
        const QString withModel = write(QStringLiteral("model2.json"),
            R"({"name": "cli", "duration": "00:30", "seed": 3, "population": {"car_share": 0.5, "departure": {"distribution": "exponential", "mean": "00:03"}},
                "models": {"arrivals": {}}})");
        const sim::ModelFactoryList models{std::make_shared<test::ArrivalCounterFactory>()};
        const int before = runCount();
        QCOMPARE(run({withModel, QStringLiteral("--twin"), m_twin, QStringLiteral("--record")}, models).code, 0);
        QCOMPARE(run({withModel, QStringLiteral("--twin"), m_twin, QStringLiteral("--record"), QStringLiteral("--seed"), QStringLiteral("8"),
                      QStringLiteral("--until"), QStringLiteral("00:04")}, models).code, 0);
        QCOMPARE(runCount(), before + 2);
        const QString a = QString::number(before + 1), b = QString::number(before + 2);
        auto twin = store::TwinStore::open(m_twin, store::TwinStore::OpenMode::ReadOnly);
        auto first = sim::RunRecorder::run(*twin.value(), before + 1);
        QVERIFY(first.ok());
        QCOMPARE(first->kpis.value(QStringLiteral("arrivals")).toObject().value(QStringLiteral("persons")).toInteger(), 60);
        const Outcome o = run({QStringLiteral("--twin"), m_twin, QStringLiteral("--compare"), a + QLatin1Char(',') + b, QStringLiteral("--json")});
        QCOMPARE(o.code, 0);
        const QJsonObject d = QJsonDocument::fromJson(o.out.toUtf8()).object().value(QStringLiteral("differences")).toObject();
        const QJsonObject persons = d.value(QStringLiteral("arrivals.persons")).toObject();
        QCOMPARE(persons.value(QStringLiteral("a")).toDouble(), 60.0);
        QVERIFY(persons.value(QStringLiteral("b")).toDouble() < 60.0); // stopped at 00:04
        QCOMPARE(persons, d.value(QStringLiteral("evacuation.sheltered")).toObject());
        const Outcome table = run({QStringLiteral("--twin"), m_twin, QStringLiteral("--compare"), a, QStringLiteral("--compare"), b});
        QVERIFY(table.out.contains(QStringLiteral("arrivals.persons")));
    }

    void sampleInterval_data()
    {
        QTest::addColumn<QStringList>("extra");
        QTest::addColumn<int>("samples");
        QTest::newRow("default 5 min") << QStringList{} << 7;                      // 00:00 … 00:30
        QTest::newRow("10 min") << QStringList{QStringLiteral("--sample-interval"), QStringLiteral("00:10")} << 4;
        QTest::newRow("30 s") << QStringList{QStringLiteral("--sample-interval"), QStringLiteral("00:00:30")} << 61;
    }
    void sampleInterval()
    {
        QFETCH(QStringList, extra);
        QFETCH(int, samples);
        const int before = runCount();
        const Outcome o = run(QStringList{m_good, QStringLiteral("--twin"), m_twin, QStringLiteral("--record"), QStringLiteral("--json")} + extra);
        QVERIFY2(o.code == 0, qPrintable(o.err));
        QCOMPARE(runCount(), before + 1);
        auto twin = store::TwinStore::open(m_twin, store::TwinStore::OpenMode::ReadOnly);
        auto info = sim::RunRecorder::run(*twin.value(), before + 1);
        QVERIFY(info.ok());
        QCOMPARE(info->sampleCount, samples);
    }

    void failures_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("message");
        QTest::newRow("no twin option") << QStringList{QStringLiteral("GOOD")} << 2 << QStringLiteral("--twin TWIN is required");
        QTest::newRow("bad seed") << QStringList{QStringLiteral("GOOD"), QStringLiteral("--twin"), QStringLiteral("TWIN"), QStringLiteral("--seed"), QStringLiteral("x")}
                                  << 2 << QStringLiteral("--seed must be a whole number");
        QTest::newRow("bad until") << QStringList{QStringLiteral("GOOD"), QStringLiteral("--twin"), QStringLiteral("TWIN"), QStringLiteral("--until"), QStringLiteral("later")}
                                   << 2 << QStringLiteral("--until: expected a duration like \"00:30\"");
        QTest::newRow("invalid scenario") << QStringList{QStringLiteral("BAD"), QStringLiteral("--twin"), QStringLiteral("TWIN"), QStringLiteral("--record")}
                                          << 2 << QStringLiteral("events[0].at: expected a duration like \"00:30\"");
        QTest::newRow("unknown road") << QStringList{QStringLiteral("UNKNOWNROAD"), QStringLiteral("--twin"), QStringLiteral("TWIN"), QStringLiteral("--record")}
                                      << 2 << QStringLiteral("closures[0].road: unknown road id 99999");
        QTest::newRow("missing scenario") << QStringList{QStringLiteral("/nonexistent/s.json"), QStringLiteral("--twin"), QStringLiteral("TWIN")}
                                          << 2 << QStringLiteral("cannot be read");
        QTest::newRow("missing twin") << QStringList{QStringLiteral("GOOD"), QStringLiteral("--twin"), QStringLiteral("/nonexistent/t.gpkg")}
                                      << 1 << QStringLiteral("t.gpkg");
        QTest::newRow("bad sample interval") << QStringList{QStringLiteral("GOOD"), QStringLiteral("--twin"), QStringLiteral("TWIN"), QStringLiteral("--record"),
                                                            QStringLiteral("--sample-interval"), QStringLiteral("00:00")}
                                             << 2 << QStringLiteral("--sample-interval: expected a duration longer than 00:00");
        QTest::newRow("unknown model") << QStringList{QStringLiteral("UNKNOWNMODEL"), QStringLiteral("--twin"), QStringLiteral("TWIN"), QStringLiteral("--record")}
                                       << 2 << QStringLiteral("models.foo: no model \"foo\" is provided by the loaded plugins");
        QTest::newRow("twin without roads") << QStringList{QStringLiteral("GOOD"), QStringLiteral("--twin"), QStringLiteral("NOROADS"), QStringLiteral("--record")}
                                            << 1 << QStringLiteral("no roads");
    }
    void failures()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, code);
        QFETCH(QString, message);
        test::GridTwin noRoads;
        noRoads.withRoads = false;
        const QString noRoadsPath = m_dir.filePath(QStringLiteral("noroads.gpkg"));
        if (!QFile::exists(noRoadsPath))
            noRoads.write(noRoadsPath).reset();
        const QString bad = write(QStringLiteral("bad.json"), R"({"name": "b", "duration": "01:00", "events": [{"at": "soon", "kind": "close_road", "road": 1000}]})");
        const QString unknownRoad = write(QStringLiteral("road.json"), R"({"name": "b", "duration": "01:00", "closures": [{"road": 99999}]})");
        const QString unknownModel = write(QStringLiteral("foo.json"), R"({"name": "b", "duration": "01:00", "models": {"foo": {"x": 1}}})");
        for (QString &a : arguments) {
            a.replace(QStringLiteral("GOOD"), m_good).replace(QStringLiteral("UNKNOWNROAD"), unknownRoad).replace(QStringLiteral("UNKNOWNMODEL"), unknownModel);
            if (a == QLatin1String("BAD"))
                a = bad;
            if (a == QLatin1String("TWIN"))
                a = m_twin;
            if (a == QLatin1String("NOROADS"))
                a = noRoadsPath;
        }
        const int before = runCount();
        const Outcome o = run(arguments);
        QCOMPARE(o.code, code);
        QVERIFY2(o.err.contains(message), qPrintable(o.err));
        QCOMPARE(runCount(), before); // nothing written on failure
    }
};

QTEST_GUILESS_MAIN(TestSimulateCommand)
#include "tst_simulatecommand.moc"
