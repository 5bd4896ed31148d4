// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
//
// Live MQTT ingest through a real broker: `mosquitto` on a free loopback port; a load generator
// (a libmosquitto publisher on its own thread) publishes SensorThings Observations
// (v1.1/Datastreams(<i>)/Observations, QoS 1) for S river gauges at R messages/s for T seconds.
// Every 10th reading of a gauge is above its 避難判断水位, the next one back to normal, so alarms
// are raised and cleared all the time.
//
// Ours: the plugin's MqttClient (its network thread) → takeMessages() on the consumer thread →
// PayloadRouter → Ingestor (registry lookup, checks, ReadingStore upsert, AlarmEngine) with all
// messages taken at once in one transaction on a TwinStore (WAL, synchronous=FULL), with the WAL
// checkpoints mostly on their own thread and connection (Ingestor::startBackgroundCheckpoints, as
// the console and citytwin-cli do for a live feed; --checkpoints inline gives the old path: SQLite's
// automatic checkpoint alone, inside the ingest commit), and the ingest transactions committed with
// synchronous=NORMAL (Ingestor::Durability::Batched: durable at the next background checkpoint,
// normally ≤ 0.25 s later; --durability full keeps the store's synchronous=FULL for them too).
// Latency = commit of the transaction holding the reading (stored, alarm evaluated) minus the
// publish call, per message (publish times are kept by sequence number, carried in the
// Observation's "parameters").
// Peer: a bare libmosquitto subscriber on the same broker that only receives and notes the time:
// the broker/transport ceiling at the same rate.
//   bench_sensor_mqtt [--rate 5000] [--seconds 20] [--sensors 500] [--checkpoints background|inline]
//                     [--durability batched|full] [--skip-peer] [--window 60] [--pragma "wal_autocheckpoint=0" …]
// --skip-peer leaves out the bare subscriber's run (for long sustained runs); --window S prints p50/p99
// per S seconds of publishing, to show that the tail does not grow as the twin does.
// --pragma (repeatable) changes the twin's connection for a diagnostic run only: it shows how much
// of the latency tail is the store's durability (synchronous=FULL) and WAL checkpoints.
// Targets: ours sustains ≥ 5,000 msg/s; publish-to-alarm p99 ≤ 50 ms.
#include "ingestor.h"
#include "mqttclient.h"
#include "payloadrouter.h"
#include "sensorregistry.h"
#include "sensorschema.h"

#include "ct/store/twinstore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QProcess>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>

#include <mosquitto.h>
#include <sqlite3.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <functional>
#include <memory>
#include <thread>
#include <vector>

using namespace ct;
using Clock = std::chrono::steady_clock;

namespace {

void check(bool ok, const char *what)
{
    if (!ok) {
        std::fprintf(stderr, "bench_sensor_mqtt: %s\n", what);
        std::exit(1);
    }
}

qint64 nowNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(Clock::now().time_since_epoch()).count();
}

int freePort()
{
    QTcpServer server;
    server.listen(QHostAddress::LocalHost, 0);
    return server.serverPort();
}

bool waitUntil(const std::function<bool()> &done, int ms)
{
    const auto end = Clock::now() + std::chrono::milliseconds(ms);
    while (!done()) {
        if (Clock::now() > end)
            return false;
        std::this_thread::sleep_for(std::chrono::milliseconds(5));
    }
    return true;
}

//! The sequence number carried in the payload's parameters ("seq":N).
qint64 sequenceOf(const QByteArray &payload)
{
    const int at = payload.indexOf("\"seq\":");
    return at < 0 ? -1 : std::atoll(payload.constData() + at + 6);
}

//! The load generator: `total` messages at `rate` per second, paced per millisecond.
class Publisher
{
public:
    Publisher(int port, int sensors, qint64 total, int rate, qint64 baseMs)
        : m_sensors(sensors), m_total(total), m_rate(rate), m_baseMs(baseMs), m_publishNs(std::size_t(total))
    {
        m_client = mosquitto_new("bench_sensor_mqtt_pub", true, nullptr);
        check(m_client != nullptr, "publisher: mosquitto_new");
        mosquitto_max_inflight_messages_set(m_client, 0); // no cap: the broker is local
        check(mosquitto_connect(m_client, "127.0.0.1", port, 30) == MOSQ_ERR_SUCCESS, "publisher: connect");
        check(mosquitto_loop_start(m_client) == MOSQ_ERR_SUCCESS, "publisher: loop");
    }
    ~Publisher()
    {
        mosquitto_disconnect(m_client);
        mosquitto_loop_stop(m_client, false);
        mosquitto_destroy(m_client);
    }

    //! Publishes everything (blocking, on the caller's thread); returns the wall seconds taken.
    double run()
    {
        const auto start = Clock::now();
        char topic[64];
        char payload[256];
        for (qint64 seq = 0; seq < m_total; ++seq) {
            // Pace: message seq is due at start + seq / rate.
            const auto due = start + std::chrono::nanoseconds(seq * 1'000'000'000LL / m_rate);
            if (Clock::now() < due)
                std::this_thread::sleep_until(due);
            const int sensor = int(seq % m_sensors);
            const qint64 round = seq / m_sensors;
            // Each gauge: normal 1.2 m, every 10th reading 3.4 m (above 3.2 m), the next back to normal.
            const double value = round % 10 == 9 ? 3.4 : 1.2 + 0.001 * double(round % 7);
            const qint64 tMs = m_baseMs + round * 100; // 10 readings a second per gauge, distinct keys
            const QByteArray time = QDateTime::fromMSecsSinceEpoch(tMs, Qt::UTC).toString(Qt::ISODateWithMs).toLatin1();
            std::snprintf(topic, sizeof topic, "v1.1/Datastreams(%d)/Observations", sensor + 1);
            const int n = std::snprintf(payload, sizeof payload,
                                        "{\"phenomenonTime\":\"%s\",\"result\":%.3f,\"parameters\":{\"seq\":%lld}}",
                                        time.constData(), value, static_cast<long long>(seq));
            m_publishNs[std::size_t(seq)] = nowNs();
            check(mosquitto_publish(m_client, nullptr, topic, n, payload, 1, false) == MOSQ_ERR_SUCCESS, "publish");
        }
        return std::chrono::duration<double>(Clock::now() - start).count();
    }
    qint64 publishedAtNs(qint64 seq) const { return m_publishNs[std::size_t(seq)]; }

private:
    mosquitto *m_client = nullptr;
    int m_sensors;
    qint64 m_total;
    int m_rate;
    qint64 m_baseMs;
    std::vector<qint64> m_publishNs;
};

struct Figures
{
    qint64 received = 0;
    qint64 stored = 0;
    qint64 rejected = 0;
    qint64 alarms = 0;
    double publishSeconds = 0.0;
    double lastArrivalSeconds = 0.0; //!< from the first publish to the last message handled
    std::vector<double> latencyMs;   //!< one per message handled
    std::vector<double> alarmLatencyMs; //!< messages above the evacuation level (each raises an alarm)
    std::vector<double> batchMs;        //!< ours: parse + ingest + commit of each take
    std::vector<std::pair<qint64, double>> bySeq; //!< ours: (sequence, latency ms), for the windows
    qint64 batches = 0;
};

double percentile(std::vector<double> v, double p)
{
    if (v.empty())
        return 0.0;
    std::sort(v.begin(), v.end());
    const std::size_t i = std::min(v.size() - 1, std::size_t(p * double(v.size() - 1) + 0.5));
    return v[i];
}

Figures runOurs(int port, const QString &twinPath, int sensors, int rate, int seconds, const QStringList &pragmas,
                bool backgroundCheckpoints, bool batched)
{
    auto created = store::TwinStore::create(twinPath);
    check(created.ok(), "cannot create the twin");
    auto &twin = *created.value();
    check(twin.migrate(sensors::SensorSchema::component(), sensors::SensorSchema::migrations()).ok(), "schema");
    {
        sensors::SensorRegistry registry(twin);
        for (int i = 1; i <= sensors; ++i) {
            sensors::Sensor s;
            s.sourceId = QStringLiteral("bench:%1").arg(i);
            s.name = s.sourceId;
            s.quantity = QStringLiteral("water_level");
            s.unit = QStringLiteral("m");
            s.intervalS = 1;
            s.thresholds = sensors::SensorRegistry::demoGaugeThresholds(1.0); // 2.0, 2.5, 3.2, 3.8 m
            auto id = registry.add(s);
            check(id.ok(), "add sensor");
            check(registry.addAlias(QStringLiteral("sta:%1").arg(i), id.value()).ok(), "alias");
        }
    }
    // Diagnostics only (--pragma): where the latency tail comes from, e.g. wal_autocheckpoint=0.
    for (const QString &pragma : pragmas)
        check(sqlite3_exec(twin.handle(), QStringLiteral("PRAGMA %1").arg(pragma).toUtf8().constData(), nullptr, nullptr, nullptr)
                  == SQLITE_OK,
              "--pragma");
    sensors::MqttClient client(QStringLiteral("127.0.0.1"), port, {QStringLiteral("v1.1/#")}, QStringLiteral("bench_sensor_mqtt_ours"));
    check(client.start(), "our client: start");
    check(waitUntil([&] { return client.state() == sensors::MqttClient::State::Connected; }, 10000), "our client: connect");
    std::this_thread::sleep_for(std::chrono::milliseconds(200)); // the SUBSCRIBE reaches the broker

    const qint64 total = qint64(rate) * seconds;
    const qint64 baseMs = QDateTime::currentMSecsSinceEpoch() - 3'600'000; // an hour ago: never "future"
    Publisher publisher(port, sensors, total, rate, baseMs);
    Figures f;
    f.latencyMs.reserve(std::size_t(total));
    const qint64 firstNs = nowNs();
    std::thread load([&] { f.publishSeconds = publisher.run(); });

    sensors::Ingestor ingestor(twin);
    if (backgroundCheckpoints)
        check(ingestor.startBackgroundCheckpoints(), "background checkpoints");
    if (batched)
        check(ingestor.setDurability(sensors::Ingestor::Durability::Batched), "--durability batched needs --checkpoints background");
    const auto deadline = Clock::now() + std::chrono::seconds(seconds + 30);
    while (f.received < total && Clock::now() < deadline) {
        std::vector<sensors::MqttMessage> messages = client.takeMessages();
        if (messages.empty()) {
            std::this_thread::sleep_for(std::chrono::microseconds(500));
            continue;
        }
        // Everything taken at once: one payload, one transaction (readings and alarms).
        sensors::ParsedPayload all;
        const qint64 at = QDateTime::currentMSecsSinceEpoch();
        for (const sensors::MqttMessage &m : messages) {
            sensors::ParsedPayload p = sensors::PayloadRouter::parse(m.topic, m.payload, m.receivedMs);
            std::move(p.observations.begin(), p.observations.end(), std::back_inserter(all.observations));
            std::move(p.rejections.begin(), p.rejections.end(), std::back_inserter(all.rejections));
        }
        const qint64 takenNs = nowNs();
        auto report = ingestor.ingest(all, at);
        check(report.ok(), "ingest");
        const qint64 doneNs = nowNs();
        f.batchMs.push_back(double(doneNs - takenNs) / 1e6);
        ++f.batches;
        f.stored += report.value().stored;
        f.rejected += report.value().rejectedTotal();
        for (const sensors::MqttMessage &m : messages) {
            const qint64 seq = sequenceOf(m.payload);
            check(seq >= 0 && seq < total, "sequence");
            const double ms = double(doneNs - publisher.publishedAtNs(seq)) / 1e6;
            f.latencyMs.push_back(ms);
            f.bySeq.emplace_back(seq, ms);
            if ((seq / sensors) % 10 == 9)
                f.alarmLatencyMs.push_back(ms);
        }
        f.received += qint64(messages.size());
        f.lastArrivalSeconds = double(doneNs - firstNs) / 1e9;
    }
    load.join();
    client.stop();
    const auto all = ingestor.alarms().activeAlarms();
    check(all.ok(), "alarms");
    // Raised alarms = rows of sensor_alarm (each crossing raises one, each return clears it).
    qint64 raised = 0;
    for (int i = 1; i <= sensors; ++i) {
        auto list = ingestor.alarms().alarms(i);
        check(list.ok(), "alarms of a sensor");
        raised += qint64(list.value().size());
    }
    f.alarms = raised;
    return f;
}

struct PeerState
{
    std::atomic<qint64> received{0};
    std::vector<qint64> arrivalNs;
    std::vector<qint64> seqs;
};

void onPeerMessage(mosquitto *, void *self, const mosquitto_message *m)
{
    auto *s = static_cast<PeerState *>(self);
    s->arrivalNs.push_back(nowNs());
    s->seqs.push_back(sequenceOf(QByteArray::fromRawData(static_cast<const char *>(m->payload), m->payloadlen)));
    s->received.fetch_add(1);
}

void onPeerConnect(mosquitto *client, void *, int rc)
{
    if (rc == 0)
        mosquitto_subscribe(client, nullptr, "v1.1/#", 1);
}

Figures runPeer(int port, int sensors, int rate, int seconds)
{
    const qint64 total = qint64(rate) * seconds;
    PeerState state;
    state.arrivalNs.reserve(std::size_t(total));
    state.seqs.reserve(std::size_t(total));
    mosquitto *sub = mosquitto_new("bench_sensor_mqtt_peer", true, &state);
    check(sub != nullptr, "peer: mosquitto_new");
    mosquitto_connect_callback_set(sub, onPeerConnect);
    mosquitto_message_callback_set(sub, onPeerMessage);
    check(mosquitto_connect(sub, "127.0.0.1", port, 30) == MOSQ_ERR_SUCCESS, "peer: connect");
    check(mosquitto_loop_start(sub) == MOSQ_ERR_SUCCESS, "peer: loop");
    std::this_thread::sleep_for(std::chrono::milliseconds(300));

    const qint64 baseMs = QDateTime::currentMSecsSinceEpoch() - 3'600'000;
    Publisher publisher(port, sensors, total, rate, baseMs);
    Figures f;
    const qint64 firstNs = nowNs();
    std::thread load([&] { f.publishSeconds = publisher.run(); });
    waitUntil([&] { return state.received.load() >= total; }, (seconds + 30) * 1000);
    load.join();
    mosquitto_disconnect(sub);
    mosquitto_loop_stop(sub, false);
    mosquitto_destroy(sub);
    f.received = state.received.load();
    for (std::size_t i = 0; i < state.seqs.size(); ++i) {
        const qint64 seq = state.seqs[i];
        check(seq >= 0 && seq < total, "peer: sequence");
        const double ms = double(state.arrivalNs[i] - publisher.publishedAtNs(seq)) / 1e6;
        f.latencyMs.push_back(ms);
        if ((seq / sensors) % 10 == 9)
            f.alarmLatencyMs.push_back(ms);
    }
    if (!state.arrivalNs.empty())
        f.lastArrivalSeconds = double(state.arrivalNs.back() - firstNs) / 1e9;
    return f;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    int rate = 5000, seconds = 20, sensorCount = 500, window = 0;
    bool backgroundCheckpoints = true, skipPeer = false, batched = true;
    QStringList pragmas;
    const QStringList args = app.arguments();
    for (int i = 1; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--skip-peer")) {
            skipPeer = true;
            continue;
        }
        if (i + 1 >= args.size())
            check(false, "an option without its value");
        if (args[i] == QLatin1String("--checkpoints")) {
            check(args[i + 1] == QLatin1String("background") || args[i + 1] == QLatin1String("inline"),
                  "--checkpoints background|inline");
            backgroundCheckpoints = args[i + 1] == QLatin1String("background");
        } else if (args[i] == QLatin1String("--durability")) {
            check(args[i + 1] == QLatin1String("batched") || args[i + 1] == QLatin1String("full"), "--durability batched|full");
            batched = args[i + 1] == QLatin1String("batched");
        } else if (args[i] == QLatin1String("--window"))
            window = args[i + 1].toInt();
        else if (args[i] == QLatin1String("--rate"))
            rate = args[i + 1].toInt();
        else if (args[i] == QLatin1String("--seconds"))
            seconds = args[i + 1].toInt();
        else if (args[i] == QLatin1String("--sensors"))
            sensorCount = args[i + 1].toInt();
        else if (args[i] == QLatin1String("--pragma"))
            pragmas << args[i + 1];
        else
            check(false, "unknown option (see the comment at the top of bench_sensor_mqtt.cpp)");
        ++i;
    }
    check(rate > 0 && seconds > 0 && sensorCount > 0, "--rate, --seconds and --sensors must be positive");
    const QString broker = QStandardPaths::findExecutable(QStringLiteral("mosquitto"), {QStringLiteral("/usr/sbin"), QStringLiteral("/usr/bin")});
    if (broker.isEmpty()) {
        std::printf("bench_sensor_mqtt: SKIPPED — the mosquitto broker is not installed (Debian package mosquitto)\n");
        return 77;
    }
    mosquitto_lib_init();
    QTemporaryDir dir;
    check(dir.isValid(), "temporary folder");
    const int port = freePort();
    QProcess mosquitto;
    mosquitto.start(broker, {QStringLiteral("-p"), QString::number(port)});
    check(mosquitto.waitForStarted(), "cannot start mosquitto");
    check(waitUntil([&] {
              QTcpSocket probe;
              probe.connectToHost(QHostAddress::LocalHost, quint16(port));
              return probe.waitForConnected(100);
          }, 10000),
          "mosquitto does not listen");

    std::printf("MQTT ingest: mosquitto on 127.0.0.1:%d, %d gauges, %d msg/s for %d s = %lld messages (QoS 1), "
                "every 10th reading of a gauge above its evacuation level\n",
                port, sensorCount, rate, seconds, static_cast<long long>(qint64(rate) * seconds));
    if (!pragmas.isEmpty())
        std::printf("DIAGNOSTIC run, the twin's connection changed with PRAGMA %s — not the console's settings\n",
                    qPrintable(pragmas.join(QStringLiteral(", PRAGMA "))));
    if (batched && !backgroundCheckpoints)
        batched = false; // Batched needs the background checkpointer: the old path is FULL throughout
    std::printf("ours: WAL checkpoints %s; ingest commits %s\n",
                backgroundCheckpoints ? "on their own thread and connection (PASSIVE, every 250 ms; the ingest connection rewinds the WAL)"
                                      : "inline (SQLite's automatic checkpoint in the ingest commit)",
                batched ? "synchronous=NORMAL (durable at the next checkpoint)" : "synchronous=FULL (fsync per commit)");
    const Figures peer = skipPeer ? Figures{} : runPeer(port, sensorCount, rate, seconds);
    const Figures ours = runOurs(port, dir.filePath(QStringLiteral("bench.gpkg")), sensorCount, rate, seconds, pragmas,
                                 backgroundCheckpoints, batched);
    mosquitto.terminate();
    mosquitto.waitForFinished(3000);

    auto sustained = [](const Figures &f) { return f.lastArrivalSeconds > 0 ? double(f.received) / f.lastArrivalSeconds : 0.0; };
    std::printf("%-44s %16s %16s\n", "", "ours (store+alarm)", "bare subscriber");
    std::printf("%-44s %16lld %16lld\n", "messages handled", static_cast<long long>(ours.received), static_cast<long long>(peer.received));
    std::printf("%-44s %16.0f %16.0f\n", "sustained msg/s (first publish → last handled)", sustained(ours), sustained(peer));
    std::printf("%-44s %16.0f %16.0f\n", "publish rate achieved, msg/s", double(ours.received) / ours.publishSeconds,
                double(peer.received) / peer.publishSeconds);
    std::printf("%-44s %16.2f %16.2f\n", "latency p50 ms (publish → committed/received)", percentile(ours.latencyMs, 0.5),
                percentile(peer.latencyMs, 0.5));
    std::printf("%-44s %16.2f %16.2f\n", "latency p99 ms", percentile(ours.latencyMs, 0.99), percentile(peer.latencyMs, 0.99));
    std::printf("%-44s %16.2f %16.2f\n", "latency max ms", percentile(ours.latencyMs, 1.0), percentile(peer.latencyMs, 1.0));
    std::printf("%-44s %16.2f %16.2f\n", "alarm-raising readings p99 ms", percentile(ours.alarmLatencyMs, 0.99),
                percentile(peer.alarmLatencyMs, 0.99));
    std::printf("ours: stored %lld, refused %lld, alarm rows %lld; %lld takes (mean %.1f messages), ingest+commit per take "
                "p50 %.2f ms, p99 %.2f ms, max %.2f ms\n", static_cast<long long>(ours.stored),
                static_cast<long long>(ours.rejected), static_cast<long long>(ours.alarms), static_cast<long long>(ours.batches),
                ours.batches > 0 ? double(ours.received) / double(ours.batches) : 0.0, percentile(ours.batchMs, 0.5),
                percentile(ours.batchMs, 0.99), percentile(ours.batchMs, 1.0));
    if (window > 0) {
        // Per window of publishing time (message seq is published at seq / rate seconds).
        const qint64 perWindow = qint64(window) * rate;
        std::vector<std::vector<double>> windows(std::size_t((qint64(rate) * seconds + perWindow - 1) / perWindow));
        for (const auto &[seq, ms] : ours.bySeq)
            windows[std::size_t(seq / perWindow)].push_back(ms);
        for (std::size_t w = 0; w < windows.size(); ++w)
            std::printf("ours, publish seconds %5lld–%5lld: %8zu messages, p50 %6.2f ms, p99 %6.2f ms, max %7.2f ms\n",
                        static_cast<long long>(w * window), static_cast<long long>((w + 1) * window), windows[w].size(),
                        percentile(windows[w], 0.5), percentile(windows[w], 0.99), percentile(windows[w], 1.0));
    }
    const bool complete = ours.received == qint64(rate) * seconds && ours.stored == ours.received && ours.rejected == 0;
    const bool rateOk = sustained(ours) >= 0.98 * rate && rate >= 5000;
    const bool latencyOk = percentile(ours.latencyMs, 0.99) <= 50.0;
    std::printf("all messages stored: %s; ≥ 5,000 msg/s sustained: %s; p99 ≤ 50 ms: %s\n", complete ? "yes" : "NO",
                rate < 5000 ? "n/a (rate below 5,000)" : (rateOk ? "yes" : "NO"), latencyOk ? "yes" : "NO");
    mosquitto_lib_cleanup();
    // A run that loses or refuses messages is a failure; speed targets are reported, not enforced.
    return complete ? 0 : 1;
}
