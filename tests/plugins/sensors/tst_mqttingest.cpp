// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
//
// A real broker: `mosquitto -p <free port>` on loopback; readings published by a libmosquitto client
// arrive through MqttClient (its own thread), are stored and raise an alarm.
#include "ingestor.h"
#include "mqttclient.h"
#include "payloadrouter.h"
#include "sensorstestsupport.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QProcess>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace ct::sensors;

class TestMqttIngest : public QObject
{
    Q_OBJECT

private slots:
    void publishStoreAlarm();
    void unreachableBrokerIsAState();
};

namespace {

int freePort()
{
    QTcpServer server;
    server.listen(QHostAddress::LocalHost, 0);
    return server.serverPort();
}

bool waitFor(const std::function<bool()> &condition, int ms)
{
    QElapsedTimer timer;
    timer.start();
    while (!condition()) {
        if (timer.elapsed() > ms)
            return false;
        QThread::msleep(20);
    }
    return true;
}

} // namespace

void TestMqttIngest::publishStoreAlarm()
{
    const QString broker = QStandardPaths::findExecutable(QStringLiteral("mosquitto"), {QStringLiteral("/usr/sbin"), QStringLiteral("/usr/bin")});
    if (broker.isEmpty())
        QSKIP("the mosquitto broker is needed");
    QTemporaryDir dir;
    const int port = freePort();
    QProcess mosquitto;
    mosquitto.start(broker, {QStringLiteral("-p"), QString::number(port)});
    QVERIFY(mosquitto.waitForStarted());
    auto stopBroker = qScopeGuard([&] {
        mosquitto.terminate();
        mosquitto.waitForFinished(3000);
    });

    auto twin = test::makeTwin(dir.filePath(QStringLiteral("t.gpkg")));
    const qint64 gauge = test::addGauge(*twin, QStringLiteral("mlit:1769"));
    QVERIFY(SensorRegistry(*twin).addAlias(QStringLiteral("sta:7"), gauge));

    MqttClient client(QStringLiteral("127.0.0.1"), port, {QStringLiteral("v1.1/#")}, QStringLiteral("tst_mqttingest"));
    // The broker may need a moment to listen: the client reconnects on its own.
    QVERIFY(client.start());
    QVERIFY2(waitFor([&] { return client.state() == MqttClient::State::Connected; }, 10000), "not connected");

    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const QString topic = QStringLiteral("v1.1/Datastreams(7)/Observations");
    const QStringList payloads{
        QStringLiteral(R"({"phenomenonTime":"%1","result":1.2})").arg(QDateTime::fromMSecsSinceEpoch(now - 2000, Qt::UTC).toString(Qt::ISODateWithMs)),
        QStringLiteral(R"({"phenomenonTime":"%1","result":3.9})").arg(QDateTime::fromMSecsSinceEpoch(now - 1000, Qt::UTC).toString(Qt::ISODateWithMs)),
        QStringLiteral("{broken"),
    };
    // A second libmosquitto client publishes, as a field device would.
    MqttClient publisher(QStringLiteral("127.0.0.1"), port, {}, QStringLiteral("tst_mqttingest_pub"));
    QVERIFY(publisher.start());
    QVERIFY(waitFor([&] { return publisher.state() == MqttClient::State::Connected; }, 10000));
    for (const QString &payload : payloads)
        QVERIFY(publisher.publish(topic, payload.toUtf8()));
    QVERIFY2(waitFor([&] { return client.received() >= 3; }, 10000), qPrintable(QString::number(client.received())));

    Ingestor ingestor(*twin);
    IngestReport total;
    for (const MqttMessage &m : client.takeMessages()) {
        auto report = ingestor.ingest(PayloadRouter::parse(m.topic, m.payload, m.receivedMs), QDateTime::currentMSecsSinceEpoch());
        QVERIFY(report);
        total.add(report.value());
    }
    QCOMPARE(total.stored, qint64(2));
    QCOMPARE(total.count(RejectReason::Malformed), qint64(1));
    const auto rows = ingestor.readings().range(gauge, now - 10000, now + 10000).value();
    QCOMPARE(int(rows.size()), 2);
    const auto active = ingestor.alarms().activeAlarms().value();
    QCOMPARE(int(active.size()), 1);
    QCOMPARE(active[0].level, 4); // 氾濫危険水位 at 3.8 m
    client.stop();
    QCOMPARE(client.state(), MqttClient::State::Disconnected);
}

void TestMqttIngest::unreachableBrokerIsAState()
{
    MqttClient client(QStringLiteral("127.0.0.1"), freePort(), {QStringLiteral("#")});
    QVERIFY(client.start()); // asynchronous: the failure shows in the state, never as a crash
    QThread::msleep(500);
    QVERIFY(client.state() != MqttClient::State::Connected);
    QVERIFY(client.takeMessages().empty());
}

QTEST_GUILESS_MAIN(TestMqttIngest)
#include "tst_mqttingest.moc"
