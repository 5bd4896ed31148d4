// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "simtestsupport.h"

#include "ct/sim/scenario.h"
#include "ct/sim/simulationworld.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace ct;
using namespace ct::sim;

class TestScenario : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<store::TwinStore> m_twin;
    std::optional<SimulationWorld> m_world;

    static QString badDir() { return QStringLiteral(CITYTWIN_TEST_DATA_DIR "/scenarios/bad"); }

private slots:
    void initTestCase()
    {
        test::GridTwin grid;
        grid.shelters = {{4, 4, 100}};
        grid.homes = {{0, 0, 10}};
        m_twin = grid.write(m_dir.filePath(QStringLiteral("grid.gpkg")));
        auto world = SimulationWorld::load(*m_twin);
        QVERIFY2(world.ok(), world.ok() ? "" : qPrintable(world.error().toString()));
        m_world = std::move(world.value());
    }

    void durations_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("ms");
        QTest::newRow("hh:mm") << QStringLiteral("00:30") << qint64(30 * kMinute);
        QTest::newRow("hh:mm:ss") << QStringLiteral("01:02:03") << qint64(kHour + 2 * kMinute + 3 * kSecond);
        QTest::newRow("beyond a day") << QStringLiteral("36:00") << qint64(36 * kHour);
        QTest::newRow("minutes 60") << QStringLiteral("00:60") << qint64(-1);
        QTest::newRow("one digit minutes") << QStringLiteral("1:5") << qint64(-1);
        QTest::newRow("words") << QStringLiteral("soon") << qint64(-1);
        QTest::newRow("negative") << QStringLiteral("-01:00") << qint64(-1);
        QTest::newRow("number") << QStringLiteral("90") << qint64(-1);
    }
    void durations()
    {
        QFETCH(QString, text);
        QFETCH(qint64, ms);
        const auto parsed = parseDuration(text);
        QCOMPARE(parsed.has_value() ? qint64(*parsed) : qint64(-1), ms);
        if (parsed)
            QCOMPARE(parseDuration(formatDuration(*parsed)), parsed);
    }

    void shippedExamplesParse_data()
    {
        QTest::addColumn<QString>("path");
        const QDir dir(QStringLiteral(CITYTWIN_SOURCE_DIR "/data/scenarios"));
        const QStringList files = dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
        QVERIFY(files.size() >= 2);
        for (const QString &f : files)
            QTest::newRow(qPrintable(f)) << dir.filePath(f);
    }
    void shippedExamplesParse()
    {
        QFETCH(QString, path);
        QList<core::Error> errors;
        auto scenario = Scenario::fromFile(path, &errors);
        QVERIFY2(scenario.ok(), scenario.ok() ? "" : qPrintable(scenario.error().toString()));
        QVERIFY(errors.isEmpty());
        QVERIFY(!scenario->name.isEmpty());
        QVERIFY(scenario->duration > 0);
        // Something happens: hazards, closures or events, buses, or a domain model's section.
        QVERIFY(!scenario->actions.empty() || scenario->buses.enabled || !scenario->models.isEmpty());
    }

    void exampleContents()
    {
        auto flood = Scenario::fromFile(QStringLiteral(CITYTWIN_SOURCE_DIR "/data/scenarios/sakuragawa-flood-night.json"));
        QVERIFY(flood.ok());
        QCOMPARE(flood->hazard, QStringLiteral("flood"));
        QCOMPARE(flood->departure, Scenario::Departure::Rayleigh);
        QCOMPARE(flood->departureMean, 30 * kMinute);
        QCOMPARE(flood->actions.front().kind, Scenario::Action::Kind::RiverOvertopping);
        QCOMPARE(flood->actions.front().river, QStringLiteral("桜川"));
        QCOMPARE(flood->start.time().hour(), 1); // at night
        auto quake = Scenario::fromFile(QStringLiteral(CITYTWIN_SOURCE_DIR "/data/scenarios/earthquake-bridges.json"));
        QVERIFY(quake.ok());
        QCOMPARE(quake->hazard, QStringLiteral("earthquake"));
        QCOMPARE(quake->actions.front().kind, Scenario::Action::Kind::BridgeClosure);
    }

    void closureUntilMakesReopening()
    {
        auto s = Scenario::fromJson(R"({"name":"x","duration":"02:00","closures":[{"road":1000,"at":"00:10","until":"00:40"}]})");
        QVERIFY(s.ok());
        const auto timeline = s->timeline();
        QCOMPARE(timeline.size(), std::size_t(2));
        QCOMPARE(timeline[0].kind, Scenario::Action::Kind::CloseRoads);
        QCOMPARE(timeline[1].kind, Scenario::Action::Kind::ReopenRoads);
        QCOMPARE(timeline[1].at, 40 * kMinute);
    }

    void allErrorsAreListed()
    {
        QList<core::Error> errors;
        auto s = Scenario::fromJson(R"({"name":3,"duration":"x","population":{"compliance":-1}})", &errors);
        QVERIFY(!s.ok());
        QCOMPARE(errors.size(), 3);
        QCOMPARE(errors[0].where, QStringLiteral("name"));
        QCOMPARE(errors[1].where, QStringLiteral("duration"));
        QCOMPARE(errors[2].where, QStringLiteral("population.compliance"));
    }

    void badCorpus_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<bool>("needsTwin");
        QTest::addColumn<QString>("expected");
        QFile file(badDir() + QStringLiteral("/expected.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject expected = QJsonDocument::fromJson(file.readAll()).object();
        const QStringList files = QDir(badDir()).entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
        int count = 0;
        for (const QString &f : files) {
            if (f == QLatin1String("expected.json"))
                continue;
            QVERIFY2(expected.contains(f), qPrintable(f + QStringLiteral(" has no expected error")));
            const QJsonObject e = expected.value(f).toObject();
            QTest::newRow(qPrintable(f)) << f << e.value(QStringLiteral("twin")).toBool()
                                         << e.value(QStringLiteral("error")).toString();
            ++count;
        }
        QVERIFY(count >= 15);
    }
    void badCorpus()
    {
        QFETCH(QString, file);
        QFETCH(bool, needsTwin);
        QFETCH(QString, expected);
        QList<core::Error> errors;
        auto scenario = Scenario::fromFile(badDir() + QLatin1Char('/') + file, &errors);
        if (needsTwin) {
            QVERIFY2(scenario.ok(), scenario.ok() ? "" : qPrintable(scenario.error().toString()));
            errors = m_world->validate(scenario.value());
            QVERIFY(!errors.isEmpty());
        } else {
            QVERIFY(!scenario.ok());
            QVERIFY(!errors.isEmpty());
            QCOMPARE(scenario.error().toString(), errors.first().toString());
        }
        QCOMPARE(errors.first().toString(), expected);
    }
};

QTEST_GUILESS_MAIN(TestScenario)
#include "tst_scenario.moc"
