// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "sensorpanel.h"

#include "alarmengine.h"
#include "ingestor.h"
#include "mqttclient.h"
#include "payloadrouter.h"
#include "readingstore.h"
#include "sensorregistry.h"

#include "ct/store/sqlstatement.h"
#include "ct/store/twinstore.h"

#include <QCoreApplication>

#include <cmath>
#include <iterator>

namespace ct::sensors {

using store::SqlStatement;

namespace {

bool hasSensorTables(const store::TwinStore &twin)
{
    SqlStatement q(twin.handle(), "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'sensor'");
    return q.isValid() && q.next();
}

} // namespace

SensorPanel::SensorPanel(QObject *parent)
    : QObject(parent), m_sensors(new SensorListModel(this)), m_alarms(new AlarmListModel(this))
{
    connect(&m_session, &plugin::TwinBinding::sessionChanged, this, &SensorPanel::onSessionChanged);
    connect(&m_session, &plugin::TwinBinding::operatorChanged, this, &SensorPanel::onSessionChanged);
    m_timer.setInterval(5000);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        drainFeed();
        refresh();
    });
}

SensorPanel::~SensorPanel()
{
    disconnectBroker();
}

void SensorPanel::setTwin(QObject *twin)
{
    if (!m_session.setTwin(twin))
        return;
    emit twinChanged();
    onSessionChanged();
}

void SensorPanel::setSource(store::TwinStore *store, const core::Actor &actor)
{
    m_session.setSource(store, actor);
    onSessionChanged();
}

void SensorPanel::onSessionChanged()
{
    setError({}); // a refusal of the previous operator says nothing about this one
    emit operatorChanged();
    if (store() != m_ingestorStore) {
        m_ingestor.reset(); // made again for the new store on the next drain
        m_ingestorStore = nullptr;
    }
    refresh();
    if (store() && m_timer.interval() > 0)
        m_timer.start();
    else
        m_timer.stop();
}

QString SensorPanel::operatorRole() const
{
    return core::roleName(actor().role);
}

void SensorPanel::setError(const QString &message)
{
    if (message == m_errorString)
        return;
    m_errorString = message;
    emit errorStringChanged();
}

void SensorPanel::setRefreshInterval(int ms)
{
    if (ms == m_timer.interval())
        return;
    m_timer.setInterval(ms);
    if (ms <= 0)
        m_timer.stop();
    else if (store())
        m_timer.start();
    emit refreshIntervalChanged();
}

QVariantList SensorPanel::kindOptions() const
{
    QVariantList out;
    for (const QString &k : m_kinds)
        out.append(k);
    return out;
}

void SensorPanel::refresh()
{
    store::TwinStore *twin = store();
    m_ready = false;
    if (!twin || !hasSensorTables(*twin)) {
        m_sensors->setRows({});
        m_alarms->setAlarms({}, {});
        m_kinds.clear();
        emit refreshed();
        loadSelected();
        return;
    }
    std::vector<SensorRow> rows;
    std::map<qint64, QString> names;
    {
        SqlStatement q(twin->handle(),
                       "SELECT s.id, s.name, s.kind, s.quantity, s.unit, COALESCE(st.level, 0), "
                       "  (SELECT r.t_ms FROM sensor_reading r WHERE r.sensor_id = s.id ORDER BY r.t_ms DESC LIMIT 1), "
                       "  (SELECT r.value FROM sensor_reading r WHERE r.sensor_id = s.id ORDER BY r.t_ms DESC LIMIT 1), "
                       "  EXISTS (SELECT 1 FROM sensor_alarm a WHERE a.sensor_id = s.id AND a.kind = 'stale' AND a.cleared_ms IS NULL), "
                       "  (SELECT COUNT(*) FROM sensor_threshold t WHERE t.sensor_id = s.id), COALESCE(s.site_fid, 0) "
                       "FROM sensor s LEFT JOIN sensor_alarm_state st ON st.sensor_id = s.id");
        while (q.next()) {
            SensorRow r;
            r.id = q.int64(0);
            r.name = q.text(1);
            r.kind = q.text(2);
            r.quantity = q.text(3);
            r.unit = q.text(4);
            r.level = int(q.int64(5));
            if (!q.isNull(6)) {
                r.lastMs = q.int64(6);
                r.lastValue = q.real(7);
            }
            r.stale = q.int64(8) != 0;
            r.thresholds = int(q.int64(9));
            r.siteFid = q.int64(10);
            names[r.id] = r.name;
            rows.push_back(std::move(r));
        }
        if (!q.status().ok()) {
            setError(q.status().error().toString());
            return;
        }
    }
    QStringList kinds;
    for (const SensorRow &r : rows)
        if (!kinds.contains(r.kind))
            kinds.append(r.kind);
    kinds.sort();
    m_kinds = kinds;
    m_sensors->setRows(std::move(rows));

    AlarmEngine engine(*twin);
    auto active = engine.activeAlarms();
    if (!active) {
        setError(active.error().toString());
        return;
    }
    std::vector<QString> alarmNames;
    for (const Alarm &a : active.value())
        alarmNames.push_back(names.count(a.sensorId) ? names[a.sensorId] : QString::number(a.sensorId));
    m_alarms->setAlarms(std::move(active.value()), std::move(alarmNames));
    m_ready = true;
    emit refreshed();
    loadSelected();
}

void SensorPanel::setSelectedSensorId(qint64 id)
{
    if (id == m_selectedId)
        return;
    m_selectedId = id;
    loadSelected();
}

void SensorPanel::setRangeHours(int hours)
{
    if (hours <= 0 || hours == m_rangeHours)
        return;
    m_rangeHours = hours;
    loadHistory();
}

void SensorPanel::loadSelected()
{
    m_selected.clear();
    store::TwinStore *twin = store();
    if (twin && m_selectedId > 0 && hasSensorTables(*twin)) {
        auto found = SensorRegistry(*twin).find(m_selectedId);
        if (found && found.value()) {
            const Sensor &s = *found.value();
            m_selected.insert(QStringLiteral("id"), s.id);
            m_selected.insert(QStringLiteral("name"), s.name);
            m_selected.insert(QStringLiteral("kind"), kindName(s.kind));
            m_selected.insert(QStringLiteral("quantity"), s.quantity);
            m_selected.insert(QStringLiteral("unit"), s.unit);
            m_selected.insert(QStringLiteral("level"), AlarmEngine(*twin).level(s.id));
            QVariantList thresholds;
            for (const Threshold &t : s.thresholds)
                thresholds.append(QVariantMap{{QStringLiteral("level"), t.level}, {QStringLiteral("name"), t.name},
                                              {QStringLiteral("value"), t.value}, {QStringLiteral("hysteresis"), t.hysteresis}});
            m_selected.insert(QStringLiteral("thresholds"), thresholds);
        } else if (!found) {
            setError(found.error().toString());
        }
    }
    emit selectionChanged();
    loadHistory();
}

void SensorPanel::loadHistory()
{
    m_history.clear();
    m_bucketMs = 0;
    m_toMs = now();
    m_fromMs = m_toMs - qint64(m_rangeHours) * 3600000;
    store::TwinStore *twin = store();
    if (twin && !m_selected.isEmpty()) {
        ReadingStore readings(*twin);
        // How many readings the range holds decides raw points or the store's aggregates.
        qint64 count = 0;
        {
            SqlStatement q(twin->handle(), "SELECT COUNT(*) FROM sensor_reading WHERE sensor_id = ?1 AND t_ms >= ?2 AND t_ms < ?3");
            q.bind(1, m_selectedId);
            q.bind(2, m_fromMs);
            q.bind(3, m_toMs);
            if (q.next())
                count = q.int64(0);
        }
        if (count > kRawLimit) {
            m_bucketMs = std::max<qint64>(60000, (m_toMs - m_fromMs) / kBuckets);
            auto buckets = readings.aggregate(m_selectedId, m_fromMs, m_toMs, m_bucketMs);
            if (buckets) {
                for (const Bucket &b : buckets.value())
                    m_history.append(QVariantMap{{QStringLiteral("t"), double(b.startMs + m_bucketMs / 2)},
                                                 {QStringLiteral("value"), b.mean}, {QStringLiteral("min"), b.min},
                                                 {QStringLiteral("max"), b.max}, {QStringLiteral("count"), b.count}});
            } else {
                setError(buckets.error().toString());
            }
        } else {
            auto raw = readings.range(m_selectedId, m_fromMs, m_toMs);
            if (raw) {
                for (const Reading &r : raw.value())
                    m_history.append(QVariantMap{{QStringLiteral("t"), double(r.tMs)}, {QStringLiteral("value"), r.value},
                                                 {QStringLiteral("min"), r.value}, {QStringLiteral("max"), r.value},
                                                 {QStringLiteral("count"), 1}});
            } else {
                setError(raw.error().toString());
            }
        }
    }
    emit historyChanged();
}

QDateTime SensorPanel::historyFrom() const
{
    return QDateTime::fromMSecsSinceEpoch(m_fromMs);
}

QDateTime SensorPanel::historyTo() const
{
    return QDateTime::fromMSecsSinceEpoch(m_toMs);
}

bool SensorPanel::mayAcknowledge() const
{
    store::TwinStore *twin = store();
    return twin && twin->mayPerform(actor(), QStringLiteral("sensors.acknowledge"), QStringLiteral("sensor:*")).ok();
}

bool SensorPanel::acknowledge(qint64 alarmId)
{
    store::TwinStore *twin = store();
    if (!twin) {
        setError(QCoreApplication::translate("Sensors", "no twin is open"));
        return false;
    }
    auto done = AlarmEngine(*twin).acknowledge(actor(), alarmId, now());
    if (!done) {
        setError(done.error().message);
        return false;
    }
    setError({});
    refresh();
    return true;
}

bool SensorPanel::connectBroker(const QString &host, int port, const QString &topics)
{
    disconnectBroker();
    QStringList patterns = topics.split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (QString &p : patterns)
        p = p.trimmed();
    if (host.trimmed().isEmpty() || port <= 0 || port > 65535 || patterns.isEmpty()) {
        setError(QCoreApplication::translate("Sensors", "a broker needs a host, a port 1–65535 and at least one topic"));
        emit healthChanged();
        return false;
    }
    m_mqtt = std::make_unique<MqttClient>(host.trimmed(), port, patterns, QStringLiteral("citytwin-panel-%1").arg(quintptr(this), 0, 16));
    const bool started = m_mqtt->start();
    if (!started)
        setError(m_mqtt->errorString());
    else
        setError({});
    m_report = {};
    emit healthChanged();
    return started;
}

void SensorPanel::disconnectBroker()
{
    if (!m_mqtt)
        return;
    m_mqtt->stop();
    m_mqtt.reset();
    emit healthChanged();
}

void SensorPanel::drainFeed()
{
    if (!m_mqtt)
        return;
    store::TwinStore *twin = store();
    std::vector<MqttMessage> messages = m_mqtt->takeMessages();
    if (twin && !messages.empty()) {
        if (!m_ingestor || m_ingestorStore != twin) {
            m_ingestor = std::make_unique<Ingestor>(*twin);
            m_ingestorStore = twin;
            // A live feed: checkpoints off the ingest commits, which need no fsync of their own
            // (durable at the next checkpoint; see plugins/sensors/README.md).
            if (m_ingestor->startBackgroundCheckpoints())
                m_ingestor->setDurability(Ingestor::Durability::Batched);
        }
        // Everything taken at once in one transaction (one fsync, not one per message).
        ParsedPayload all;
        for (const MqttMessage &m : messages) {
            ParsedPayload p = PayloadRouter::parse(m.topic, m.payload, m.receivedMs);
            std::move(p.observations.begin(), p.observations.end(), std::back_inserter(all.observations));
            std::move(p.rejections.begin(), p.rejections.end(), std::back_inserter(all.rejections));
        }
        auto report = m_ingestor->ingest(all, now());
        if (report)
            m_report.add(report.value());
        else
            setError(report.error().toString());
    }
    emit healthChanged();
}

QString SensorPanel::mqttState() const
{
    if (!m_mqtt)
        return QStringLiteral("off");
    switch (m_mqtt->state()) {
    case MqttClient::State::Disconnected: return QStringLiteral("disconnected");
    case MqttClient::State::Connecting: return QStringLiteral("connecting");
    case MqttClient::State::Connected: return QStringLiteral("connected");
    case MqttClient::State::Failed: return QStringLiteral("failed");
    }
    return {};
}

QString SensorPanel::mqttError() const
{
    return m_mqtt ? m_mqtt->errorString() : QString();
}

qint64 SensorPanel::mqttReceived() const
{
    return m_mqtt ? m_mqtt->received() : 0;
}

QVariantList SensorPanel::rejections() const
{
    QVariantList out;
    for (int i = 0; i < kRejectReasonCount; ++i)
        out.append(QVariantMap{{QStringLiteral("reason"), reasonName(RejectReason(i))},
                               {QStringLiteral("count"), m_report.rejected[std::size_t(i)]}});
    return out;
}

} // namespace ct::sensors
