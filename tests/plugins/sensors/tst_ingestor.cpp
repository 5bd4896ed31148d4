// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "feedparser.h"
#include "ingestor.h"
#include "payloadrouter.h"
#include "sensorstestsupport.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace ct::sensors;

namespace {
constexpr qint64 kNow = 1'750'000'000'000; // 2025-06-15T15:06:40Z
}

class TestIngestor : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void parseTime_data();
    void parseTime();
    void sensorThingsTopicAndCollection();
    void ngsiLdEntities();
    void amedasValueAndQualityPairs();
    void badPayloadsAreCountedAndGoodOnesKept();
    void csvThroughGdal();
    void readingAboveLevelRaisesAlarm();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ct::store::TwinStore> m_twin;
    qint64 m_gauge = 0;
    qint64 m_temp = 0;
};

void TestIngestor::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_twin = test::makeTwin(m_dir->filePath(QStringLiteral("t.gpkg")));
    m_gauge = test::addGauge(*m_twin, QStringLiteral("mlit:1769"));
    SensorRegistry registry(*m_twin);
    Sensor t;
    t.sourceId = QStringLiteral("JMA-40336/temperature");
    t.name = QStringLiteral("つくば(館野)");
    t.kind = SensorKind::Weather;
    t.quantity = QStringLiteral("temperature");
    t.unit = QStringLiteral("°C");
    m_temp = registry.add(t).value();
    QVERIFY(registry.addAlias(QStringLiteral("sta:12"), m_gauge));
    QVERIFY(registry.addAlias(QStringLiteral("ngsi:urn:ngsi-ld:WaterObserved:sakura-1#height"), m_gauge));
    QVERIFY(registry.addAlias(QStringLiteral("ngsi:urn:ngsi-ld:WeatherObserved:tateno#temperature"), m_temp));
    QVERIFY(registry.addAlias(QStringLiteral("amedas:40336/temp"), m_temp));
    QVERIFY(registry.addAlias(QStringLiteral("mqtt:tsukuba/gauge/1769"), m_gauge));
}

void TestIngestor::cleanup()
{
    m_twin.reset();
    m_dir.reset();
}

void TestIngestor::parseTime_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("expected");
    QTest::newRow("UTC") << "2025-06-15T15:06:40Z" << kNow;
    QTest::newRow("JST offset") << "2025-06-16T00:06:40+09:00" << kNow;
    QTest::newRow("milliseconds") << "2025-06-15T15:06:40.250Z" << kNow + 250;
    QTest::newRow("STA interval takes the end") << "2025-06-15T15:00:00Z/2025-06-15T15:06:40Z" << kNow;
    QTest::newRow("epoch ms") << "1750000000000" << kNow;
    QTest::newRow("no zone refused") << "2025-06-15T15:06:40" << qint64(-1);
    QTest::newRow("garbage") << "yesterday" << qint64(-1);
}

void TestIngestor::parseTime()
{
    QFETCH(QString, text);
    QFETCH(qint64, expected);
    QCOMPARE(FeedParser::parseTime(text).value_or(-1), expected);
}

void TestIngestor::sensorThingsTopicAndCollection()
{
    auto one = FeedParser::sensorThings(R"({"phenomenonTime":"2025-06-15T15:06:40Z","result":1.25})", QStringLiteral("v1.1/Datastreams(12)/Observations"));
    QCOMPARE(int(one.observations.size()), 1);
    QCOMPARE(one.observations[0].key, QStringLiteral("sta:12"));
    QCOMPARE(one.observations[0].value, 1.25);
    QCOMPARE(one.observations[0].tMs, kNow);
    auto many = FeedParser::sensorThings(R"({"value":[
        {"phenomenonTime":"2025-06-15T15:00:00Z","result":1.0,"Datastream":{"@iot.id":12}},
        {"phenomenonTime":"2025-06-15T15:10:00Z","result":"high","Datastream":{"@iot.id":12}},
        {"result":2.0,"Datastream":{"@iot.id":13}},
        {"phenomenonTime":"2025-06-15T15:20:00Z","result":1.5}]})");
    QCOMPARE(int(many.observations.size()), 1);
    QCOMPARE(int(many.rejections.size()), 3);
    QCOMPARE(many.rejections[0].reason, RejectReason::Malformed);
    QCOMPARE(many.rejections[1].reason, RejectReason::BadTimestamp);
    QCOMPARE(many.rejections[2].reason, RejectReason::Malformed);
    QVERIFY(many.rejections[2].where.contains(QStringLiteral("value[3]")));
    auto badTopic = FeedParser::sensorThings("{}", QStringLiteral("v1.1/Things(1)"));
    QCOMPARE(int(badTopic.rejections.size()), 1);
}

void TestIngestor::ngsiLdEntities()
{
    auto parsed = FeedParser::ngsiLd(R"([
      {"id":"urn:ngsi-ld:WaterObserved:sakura-1","type":"WaterObserved",
       "name":{"type":"Property","value":"桜川 田土部"},
       "height":{"type":"Property","value":2.4,"unitCode":"MTR","observedAt":"2025-06-15T15:00:00Z"},
       "location":{"type":"GeoProperty","value":{"type":"Point","coordinates":[140.1,36.1]}}},
      {"id":"urn:ngsi-ld:WeatherObserved:tateno","type":"WeatherObserved",
       "dateObserved":{"type":"Property","value":{"@type":"DateTime","@value":"2025-06-15T15:00:00Z"}},
       "temperature":{"type":"Property","value":22.8,"unitCode":"CEL"}},
      {"id":"urn:x","type":"Building"}])");
    QCOMPARE(int(parsed.observations.size()), 2);
    QCOMPARE(parsed.observations[0].key, QStringLiteral("ngsi:urn:ngsi-ld:WaterObserved:sakura-1#height"));
    QCOMPARE(parsed.observations[0].unit, QStringLiteral("MTR"));
    QCOMPARE(parsed.observations[1].tMs, kNow - 400000);
    QCOMPARE(int(parsed.rejections.size()), 1);
    Ingestor ingestor(*m_twin);
    auto report = ingestor.ingest(parsed, kNow);
    QVERIFY(report);
    QCOMPARE(report->stored, qint64(2)); // MTR = m, CEL = °C
}

void TestIngestor::amedasValueAndQualityPairs()
{
    auto parsed = FeedParser::amedas(R"({"40336":{"temp":[22.8,0],"humidity":[null,5],"precipitation10m":[0.0,0]},"40341":"x"})", kNow);
    QCOMPARE(int(parsed.observations.size()), 2);
    QCOMPARE(int(parsed.rejections.size()), 2);
    Ingestor ingestor(*m_twin);
    auto report = ingestor.ingest(parsed, kNow);
    QVERIFY(report);
    QCOMPARE(report->stored, qint64(1));
    QCOMPARE(report->count(RejectReason::MissingValue), qint64(1));
    QCOMPARE(report->count(RejectReason::Malformed), qint64(1));
    QCOMPARE(report->count(RejectReason::UnknownSensor), qint64(1)); // precipitation10m is not registered here
    auto rows = ingestor.readings().range(m_temp, 0, kNow + 1).value();
    QCOMPARE(int(rows.size()), 1);
    QCOMPARE(rows[0].value, 22.8);
    // Through the MQTT topic form: JST file time 2025-06-16 00:10:00 = 15:10:00Z.
    auto routed = PayloadRouter::parse(QStringLiteral("amedas/20250616001000"), R"({"40336":{"temp":[23.0,1]}})", kNow);
    QCOMPARE(routed.observations.at(0).tMs, kNow + 200000);
    QCOMPARE(routed.observations.at(0).quality, 1);
}

void TestIngestor::badPayloadsAreCountedAndGoodOnesKept()
{
    Ingestor ingestor(*m_twin);
    IngestReport total;
    const std::pair<QString, QByteArray> messages[] = {
        {QStringLiteral("v1.1/Datastreams(12)/Observations"), R"({"phenomenonTime":"2025-06-15T15:00:00Z","result":1.5})"},
        {QStringLiteral("v1.1/Datastreams(12)/Observations"), R"({"phenomenonTime":"2025-06-15T15:01:00Z","result":)"},   // malformed
        {QStringLiteral("v1.1/Datastreams(99)/Observations"), R"({"phenomenonTime":"2025-06-15T15:00:00Z","result":1.0})"}, // unknown
        {QStringLiteral("v1.1/Datastreams(12)/Observations"), R"({"phenomenonTime":"2025-06-15T15:02:00Z","result":"NaN"})"},
        {QStringLiteral("tsukuba/gauge/1769"), R"({"value":1.6,"unit":"cm","time":"2025-06-15T15:03:00Z"})"},  // wrong unit
        {QStringLiteral("tsukuba/gauge/1769"), R"({"value":1.7,"time":"2035-01-01T00:00:00Z"})"},              // far future
        {QStringLiteral("tsukuba/gauge/1769"), R"(1.8)"},                                                      // now
        {QStringLiteral("ngsi-ld/x"), R"(not json)"},
    };
    for (const auto &[topic, payload] : messages) {
        auto report = ingestor.ingest(PayloadRouter::parse(topic, payload, kNow), kNow);
        QVERIFY(report);
        total.add(report.value());
    }
    QCOMPARE(total.stored, qint64(2));
    QCOMPARE(total.count(RejectReason::Malformed), qint64(2));
    QCOMPARE(total.count(RejectReason::UnknownSensor), qint64(1));
    QCOMPARE(total.count(RejectReason::NotANumber), qint64(1));
    QCOMPARE(total.count(RejectReason::WrongUnit), qint64(1));
    QCOMPARE(total.count(RejectReason::FutureTimestamp), qint64(1));
    auto rows = ingestor.readings().range(m_gauge, 0, kNow + 1).value();
    QCOMPARE(int(rows.size()), 2);
    QCOMPARE(rows[1].value, 1.8);
    QVERIFY(total.summary().contains(QStringLiteral("wrong_unit 1")));
}

void TestIngestor::csvThroughGdal()
{
    const QString path = m_dir->filePath(QStringLiteral("readings.csv"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("sensor,time,value,unit\n"
               "mlit:1769,2025-06-15T15:00:00Z,1.2,m\n"
               "mlit:1769,2025-06-15T15:10:00Z,abc,m\n"
               "mlit:1769,yesterday,1.3,m\n"
               "nobody,2025-06-15T15:00:00Z,1.0,m\n"
               "mlit:1769,2025-06-15T15:20:00Z,,m\n"
               "JMA-40336/temperature,2025-06-15T15:00:00Z,21.5,Cel\n");
    file.close();
    Ingestor ingestor(*m_twin);
    auto report = ingestor.ingestCsv(path, kNow);
    QVERIFY2(report, report ? "" : qPrintable(report.error().toString()));
    QCOMPARE(report->stored, qint64(2));
    QCOMPARE(report->count(RejectReason::Malformed), qint64(1));
    QCOMPARE(report->count(RejectReason::BadTimestamp), qint64(1));
    QCOMPARE(report->count(RejectReason::UnknownSensor), qint64(1));
    QCOMPARE(report->count(RejectReason::MissingValue), qint64(1));
    auto missing = ingestor.ingestCsv(m_dir->filePath(QStringLiteral("none.csv")), kNow);
    QVERIFY(!missing);
    QVERIFY(missing.error().where.contains(QStringLiteral("none.csv")));
}

void TestIngestor::readingAboveLevelRaisesAlarm()
{
    Ingestor ingestor(*m_twin);
    auto report = ingestor.ingest(FeedParser::sensorThings(R"({"phenomenonTime":"2025-06-15T15:00:00Z","result":3.3})",
                                                           QStringLiteral("v1.1/Datastreams(12)/Observations")), kNow);
    QVERIFY(report);
    auto active = ingestor.alarms().activeAlarms().value();
    QCOMPARE(int(active.size()), 1);
    QCOMPARE(active[0].level, 3); // 避難判断水位 at 3.2 m
    QCOMPARE(active[0].sensorId, m_gauge);
}

QTEST_GUILESS_MAIN(TestIngestor)
#include "tst_ingestor.moc"
