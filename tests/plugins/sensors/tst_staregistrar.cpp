// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
//
// SensorThings registration from written Things / Locations / Datastreams documents
// (tests/plugins/sensors/data/sta), then an Observation ingested by Datastream id.
#include "ingestor.h"
#include "payloadrouter.h"
#include "sensorstestsupport.h"
#include "staregistrar.h"

#include <QDateTime>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace ct::sensors;

namespace {

const QString kData = QStringLiteral(CITYTWIN_SOURCE_DIR "/tests/plugins/sensors/data/sta/");

QString write(const QTemporaryDir &dir, const QString &name, const QByteArray &text)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(text) != text.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

qint64 sensorCount(ct::store::TwinStore &twin)
{
    return qint64(SensorRegistry(twin).sensors().value().size());
}

} // namespace

class TestStaRegistrar : public QObject
{
    Q_OBJECT

private slots:
    void registersOneSensorPerDatastream();
    void observationsArriveByDatastreamId();
    void badDocumentsChangeNothing_data();
    void badDocumentsChangeNothing();
};

void TestStaRegistrar::registersOneSensorPerDatastream()
{
    QTemporaryDir dir;
    auto twin = test::makeTwin(dir.filePath(QStringLiteral("t.gpkg")));
    StaRegistrar registrar(*twin);
    auto done = registrar.registerFiles(kData + "things.json", kData + "locations.json", kData + "datastreams.json");
    QVERIFY2(done, done ? "" : qPrintable(done.error().toString()));
    QCOMPARE(done->added, 4);
    QCOMPARE(done->existing, 0);
    QCOMPARE(done->withoutLocation, 1); // the streetlight's Thing has no Location

    SensorRegistry registry(*twin);
    auto byAlias = [&](const char *alias) {
        auto id = registry.resolve(QString::fromLatin1(alias)).value();
        if (!id)
            qFatal("no sensor for %s", alias);
        return registry.find(*id).value().value();
    };
    // Thing found through the Thing's expanded Datastreams; Location by id.
    const Sensor gauge = byAlias("sta:100");
    QCOMPARE(gauge.sourceId, QStringLiteral("sta/1/100"));
    QCOMPARE(gauge.name, QStringLiteral("桜川 田土部 水位"));
    QCOMPARE(gauge.kind, SensorKind::RiverGauge);
    QCOMPARE(gauge.quantity, QStringLiteral("water_level"));
    QCOMPARE(gauge.unit, QStringLiteral("m"));
    // 140.0°E 36.1°N is about 15.0 km east and 11.1 km north of the zone IX origin (139°50′E 36°N).
    QVERIFY2(gauge.x > 14900 && gauge.x < 15100, qPrintable(QString::number(gauge.x)));
    QVERIFY2(gauge.y > 11000 && gauge.y < 11200, qPrintable(QString::number(gauge.y)));
    // Thing by reference; its Location through Location.Things, a GeoJSON Feature at the origin.
    const Sensor rain = byAlias("sta:101");
    QCOMPARE(rain.kind, SensorKind::Weather);
    QCOMPARE(rain.quantity, QStringLiteral("precipitation"));
    QCOMPARE(rain.unit, QStringLiteral("mm"));
    QVERIFY2(std::abs(rain.x) < 0.01 && std::abs(rain.y) < 0.01, qPrintable(QStringLiteral("%1 %2").arg(rain.x).arg(rain.y)));
    const Sensor temp = byAlias("sta:102");
    QCOMPARE(temp.quantity, QStringLiteral("temperature"));
    QCOMPARE(temp.unit, QStringLiteral("°C"));
    QCOMPARE(temp.intervalS, 600);
    // Kind from the Datastream's properties; no location.
    const Sensor lamp = byAlias("sta:103");
    QCOMPARE(lamp.kind, SensorKind::Streetlight);
    QCOMPARE(lamp.quantity, QStringLiteral("power"));
    QCOMPARE(lamp.intervalS, 60);
    QVERIFY(std::isnan(lamp.x));

    // Again: nothing new, nothing changed.
    auto again = registrar.registerFiles(kData + "things.json", kData + "locations.json", kData + "datastreams.json");
    QVERIFY(again);
    QCOMPARE(again->added, 0);
    QCOMPARE(again->existing, 4);
    QCOMPARE(sensorCount(*twin), qint64(4));
}

void TestStaRegistrar::observationsArriveByDatastreamId()
{
    QTemporaryDir dir;
    auto twin = test::makeTwin(dir.filePath(QStringLiteral("t.gpkg")));
    QVERIFY(StaRegistrar(*twin).registerFiles(kData + "things.json", kData + "locations.json", kData + "datastreams.json"));
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const QByteArray payload = QStringLiteral(R"({"phenomenonTime":"%1","result":1.42})")
                                   .arg(QDateTime::fromMSecsSinceEpoch(now - 60000, Qt::UTC).toString(Qt::ISODateWithMs)).toUtf8();
    Ingestor ingestor(*twin);
    auto report = ingestor.ingest(PayloadRouter::parse(QStringLiteral("v1.1/Datastreams(100)/Observations"), payload, now), now);
    QVERIFY(report);
    QCOMPARE(report->stored, qint64(1));
    const qint64 gauge = SensorRegistry(*twin).resolve(QStringLiteral("sta:100")).value().value();
    const auto latest = ingestor.readings().latest(gauge).value();
    QCOMPARE(int(latest.size()), 1);
    QCOMPARE(latest.front().value, 1.42);
}

void TestStaRegistrar::badDocumentsChangeNothing_data()
{
    QTest::addColumn<QByteArray>("datastreams");
    QTest::addColumn<QString>("expected");
    QTest::newRow("not JSON") << QByteArray("{\n  \"value\": [\n    {\"@iot.id\": 1,,}\n  ]\n}\n") << QStringLiteral("datastreams.json:3: not JSON");
    QTest::newRow("unknown Thing")
        << QByteArray(R"({"value":[{"@iot.id":100,"name":"a","unitOfMeasurement":{"symbol":"m"},"ObservedProperty":{"name":"Water level"}},
                                    {"@iot.id":7,"name":"b","unitOfMeasurement":{"symbol":"m"},"Thing":{"@iot.id":99},"ObservedProperty":{"name":"Water level"}}]})")
        << QStringLiteral("value[1] (Datastream 7): Thing 99 is not in things.json");
    QTest::newRow("no unit")
        << QByteArray(R"({"value":[{"@iot.id":5,"name":"x","Thing":{"@iot.id":3},"ObservedProperty":{"name":"Water level"}}]})")
        << QStringLiteral("value[0] (Datastream 5): no unitOfMeasurement.symbol");
    QTest::newRow("unknown quantity")
        << QByteArray(R"({"value":[{"@iot.id":5,"name":"x","unitOfMeasurement":{"symbol":"dB"},"Thing":{"@iot.id":3},"ObservedProperty":{"name":"Noise"}}]})")
        << QStringLiteral("value[0] (Datastream 5): cannot tell what it measures");
    QTest::newRow("bad kind")
        << QByteArray(R"({"value":[{"@iot.id":5,"name":"x","unitOfMeasurement":{"symbol":"W"},"Thing":{"@iot.id":3},"properties":{"kind":"lamp"}}]})")
        << QStringLiteral("properties.kind \"lamp\" is not a sensor kind");
    QTest::newRow("not a collection") << QByteArray(R"({"name":"x"})") << QStringLiteral("datastreams.json: expected a SensorThings collection");
}

void TestStaRegistrar::badDocumentsChangeNothing()
{
    QFETCH(QByteArray, datastreams);
    QFETCH(QString, expected);
    QTemporaryDir dir;
    auto twin = test::makeTwin(dir.filePath(QStringLiteral("t.gpkg")));
    const QString path = write(dir, QStringLiteral("datastreams.json"), datastreams);
    auto done = StaRegistrar(*twin).registerFiles(kData + "things.json", kData + "locations.json", path);
    QVERIFY(!done);
    QVERIFY2(done.error().message.contains(expected), qPrintable(done.error().toString()));
    QCOMPARE(sensorCount(*twin), qint64(0)); // the good first Datastream was rolled back too
}

QTEST_GUILESS_MAIN(TestStaRegistrar)
#include "tst_staregistrar.moc"
