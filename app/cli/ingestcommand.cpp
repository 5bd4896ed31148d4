// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "ingestcommand.h"

#include "cliplugins.h"

#include "ingestor.h"
#include "mqttclient.h"
#include "payloadrouter.h"
#include "sensorschema.h"

#include "ct/store/twinstore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QThread>

#include <iterator>

namespace ct::cli {

namespace {

const char *const kUsage = QT_TRANSLATE_NOOP(
    "Cli",
    "Usage: citytwin-cli ingest TWIN --mqtt HOST:PORT [--topics PATTERN] [--for DURATION]\n"
    "       citytwin-cli ingest TWIN --csv FILE\n"
    "Stores sensor readings in the twin and evaluates the alarms.\n"
    "  --mqtt HOST:PORT   subscribe to an MQTT broker (SensorThings v1.1/Datastreams(id)/Observations,\n"
    "                     ngsi-ld/…, amedas/yyyyMMddHHmmss, or a bare value on a mapped topic)\n"
    "  --topics PATTERN   topic filter, comma-separated (default #)\n"
    "  --for DURATION     how long to listen: 30s, 5m, 1h (default 60s)\n"
    "  --csv FILE         columns sensor,time,value[,unit][,quality]\n");

QString usage()
{
    return QCoreApplication::translate("Cli", kUsage);
}

//! "90", "90s", "5m", "1h" → ms; -1 when unreadable.
qint64 parseDuration(const QString &text)
{
    static const std::pair<QChar, qint64> units[] = {{QLatin1Char('s'), 1000}, {QLatin1Char('m'), 60000}, {QLatin1Char('h'), 3600000}};
    qint64 factor = 1000;
    QString number = text;
    for (const auto &[suffix, ms] : units)
        if (text.endsWith(suffix)) {
            factor = ms;
            number.chop(1);
        }
    bool ok = false;
    const double value = number.toDouble(&ok);
    return ok && value >= 0 ? qint64(value * double(factor)) : -1;
}

} // namespace

int runIngest(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    const QString tag = QStringLiteral("citytwin-cli ingest: ");
    QString path, mqtt, csv, topics = QStringLiteral("#");
    qint64 durationMs = 60000;
    for (int i = 0; i < arguments.size(); ++i) {
        const QString &a = arguments[i];
        auto value = [&]() -> QString { return i + 1 < arguments.size() ? arguments[++i] : QString(); };
        if (a == QLatin1String("--help") || a == QLatin1String("-h")) {
            out << usage();
            return 0;
        } else if (a == QLatin1String("--mqtt")) {
            mqtt = value();
        } else if (a == QLatin1String("--csv")) {
            csv = value();
        } else if (a == QLatin1String("--topics")) {
            topics = value();
        } else if (a == QLatin1String("--for")) {
            const QString text = value();
            durationMs = parseDuration(text);
            if (durationMs < 0) {
                err << tag << QCoreApplication::translate("Cli", "--for: expected a duration like 30s, 5m or 1h, got \"%1\"").arg(text) << "\n";
                return 2;
            }
        } else if (a.startsWith(QLatin1Char('-'))) {
            err << tag << QCoreApplication::translate("Cli", "unknown option %1").arg(a) << "\n" << usage();
            return 2;
        } else if (path.isEmpty()) {
            path = a;
        } else {
            err << tag << QCoreApplication::translate("Cli", "one twin at a time (got %1 and %2)").arg(path, a) << "\n";
            return 2;
        }
    }
    if (path.isEmpty() || mqtt.isEmpty() == csv.isEmpty()) {
        err << tag << QCoreApplication::translate("Cli", "a twin and exactly one of --mqtt or --csv") << "\n" << usage();
        return 2;
    }
    QString host;
    int port = 0;
    if (!mqtt.isEmpty()) {
        const int colon = mqtt.lastIndexOf(QLatin1Char(':'));
        bool ok = false;
        port = colon > 0 ? mqtt.mid(colon + 1).toInt(&ok) : 0;
        host = mqtt.left(colon);
        if (!ok || port <= 0 || port > 65535) {
            err << tag << QCoreApplication::translate("Cli", "--mqtt: expected HOST:PORT, got \"%1\"").arg(mqtt) << "\n";
            return 2;
        }
    }

    auto opened = store::TwinStore::open(path);
    if (!opened) {
        err << tag << opened.error().toString() << "\n";
        return 1;
    }
    auto &twin = *opened.value();
    migrateTwin(QStringLiteral("ingest"), twin, err);
    if (auto s = twin.migrate(sensors::SensorSchema::component(), sensors::SensorSchema::migrations()); !s) {
        err << tag << s.error().toString() << "\n";
        return 1;
    }
    auto registered = sensors::SensorRegistry(twin).syncFromSites();
    if (!registered) {
        err << tag << registered.error().toString() << "\n";
        return 1;
    }
    if (registered.value() > 0)
        out << QCoreApplication::translate("Cli", "registered %1 sensors from sensor_sites").arg(registered.value()) << "\n";

    sensors::Ingestor ingestor(twin);
    sensors::IngestReport total;
    if (!csv.isEmpty()) {
        auto report = ingestor.ingestCsv(csv, QDateTime::currentMSecsSinceEpoch());
        if (!report) {
            err << tag << report.error().toString() << "\n";
            return 1;
        }
        total = report.value();
    } else {
        sensors::MqttClient client(host, port, topics.split(QLatin1Char(','), Qt::SkipEmptyParts));
        if (!client.start()) {
            err << tag << client.errorString() << "\n";
            return 1;
        }
        // WAL checkpoints off the ingest commits (see plugins/sensors/README.md, MQTT ingest latency).
        if (ingestor.startBackgroundCheckpoints())
            ingestor.setDurability(sensors::Ingestor::Durability::Batched);
        QElapsedTimer timer;
        timer.start();
        bool everConnected = false;
        while (timer.elapsed() < durationMs) {
            QThread::msleep(10);
            everConnected = everConnected || client.state() == sensors::MqttClient::State::Connected;
            // Everything taken at once in one transaction (one WAL fsync per take, not per message).
            sensors::ParsedPayload all;
            for (const auto &m : client.takeMessages()) {
                sensors::ParsedPayload p = sensors::PayloadRouter::parse(m.topic, m.payload, m.receivedMs);
                std::move(p.observations.begin(), p.observations.end(), std::back_inserter(all.observations));
                std::move(p.rejections.begin(), p.rejections.end(), std::back_inserter(all.rejections));
            }
            if (all.observations.empty() && all.rejections.empty())
                continue;
            auto report = ingestor.ingest(all, QDateTime::currentMSecsSinceEpoch());
            if (!report) {
                err << tag << report.error().toString() << "\n";
                return 1;
            }
            total.add(report.value());
        }
        client.stop();
        if (!everConnected) {
            err << tag << QCoreApplication::translate("Cli", "never connected to %1: %2").arg(mqtt, client.errorString()) << "\n";
            return 1;
        }
    }
    auto escalated = ingestor.alarms().escalate(QDateTime::currentMSecsSinceEpoch());
    auto stale = ingestor.alarms().checkStale(QDateTime::currentMSecsSinceEpoch());
    out << total.summary() << "\n";
    if (auto active = ingestor.alarms().activeAlarms(); active) {
        out << QCoreApplication::translate("Cli", "active alarms: %1").arg(active->size()) << "\n";
        for (const auto &a : active.value())
            out << "  #" << a.id << " sensor " << a.sensorId << " " << a.kind << " " << a.level << "\n";
    }
    if (!escalated || !stale)
        return 1;
    return 0;
}

} // namespace ct::cli
