// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "alarmengine.h"

#include "writescope.h"

#include "ct/store/sqlstatement.h"
#include "ct/store/twinstore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>

#include <algorithm>

#include <sqlite3.h>

namespace ct::sensors {

using store::SqlStatement;

using core::Error;

namespace {

QDateTime utc(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}

const char *const kAlarmColumns = "SELECT id, sensor_id, kind, level, value, raised_ms, cleared_ms, acknowledged_ms, "
                                  "acknowledged_by, escalated_ms FROM sensor_alarm";

Alarm readAlarm(const SqlStatement &q)
{
    Alarm a;
    a.id = q.int64(0);
    a.sensorId = q.int64(1);
    a.kind = q.text(2);
    a.level = int(q.int64(3));
    a.value = q.real(4);
    a.raisedMs = q.int64(5);
    if (!q.isNull(6))
        a.clearedMs = q.int64(6);
    if (!q.isNull(7))
        a.acknowledgedMs = q.int64(7);
    a.acknowledgedBy = q.text(8);
    if (!q.isNull(9))
        a.escalatedMs = q.int64(9);
    return a;
}

core::Result<std::vector<Alarm>> queryAlarms(sqlite3 *db, const QByteArray &sql, qint64 bound = 0)
{
    SqlStatement q(db, sql.constData());
    if (!q.isValid())
        return q.status().error();
    if (sql.contains("?1"))
        q.bind(1, bound);
    std::vector<Alarm> out;
    while (q.next())
        out.push_back(readAlarm(q));
    if (!q.status().ok())
        return q.status().error();
    return out;
}

} // namespace

AlarmEngine::AlarmEngine(store::TwinStore &twin) : m_twin(twin) {}

int AlarmEngine::nextLevel(const std::vector<Threshold> &thresholds, int current, double value)
{
    // NaN reaches no level and leaves none (every comparison is false): the level stays.
    int reached = 0;
    for (const Threshold &t : thresholds)
        if (t.isReachedBy(value))
            reached = std::max(reached, t.level);
    if (reached > current)
        return reached;
    int level = current;
    while (level > 0) {
        const auto it = std::find_if(thresholds.begin(), thresholds.end(), [&](const Threshold &t) { return t.level == level; });
        if (it == thresholds.end() || it->isLeftBy(value))
            --level;
        else
            break;
    }
    return std::max(level, reached);
}

double AlarmEngine::setting(const char *key, double fallback) const
{
    SqlStatement q(m_twin.handle(), "SELECT value FROM sensor_setting WHERE key = ?1");
    q.bind(1, QString::fromLatin1(key));
    return q.next() ? q.real(0) : fallback;
}

int AlarmEngine::level(qint64 sensorId) const
{
    SqlStatement q(m_twin.handle(), "SELECT level FROM sensor_alarm_state WHERE sensor_id = ?1");
    q.bind(1, sensorId);
    return q.next() ? int(q.int64(0)) : 0;
}

core::Status AlarmEngine::raise(qint64 sensorId, const QString &kind, int level, double value, qint64 tMs)
{
    SqlStatement q(m_twin.handle(), "INSERT INTO sensor_alarm (sensor_id, kind, level, value, raised_ms) VALUES (?1, ?2, ?3, ?4, ?5)");
    q.bind(1, sensorId);
    q.bind(2, kind);
    q.bind(3, qint64(level));
    q.bind(4, value);
    q.bind(5, tMs);
    if (!q.exec())
        return q.status().error();
    return m_twin.appendEvent(QStringLiteral("sensors"), QStringLiteral("alarm.raised"),
                              {{QStringLiteral("alarm"), double(sqlite3_last_insert_rowid(m_twin.handle()))},
                               {QStringLiteral("sensor"), double(sensorId)}, {QStringLiteral("kind"), kind},
                               {QStringLiteral("level"), level}, {QStringLiteral("value"), value}},
                              utc(tMs));
}

core::Status AlarmEngine::clear(qint64 sensorId, const QString &kind, qint64 tMs)
{
    SqlStatement q(m_twin.handle(), "UPDATE sensor_alarm SET cleared_ms = ?3 WHERE sensor_id = ?1 AND kind = ?2 AND cleared_ms IS NULL");
    q.bind(1, sensorId);
    q.bind(2, kind);
    q.bind(3, tMs);
    if (!q.exec())
        return q.status().error();
    if (sqlite3_changes(m_twin.handle()) == 0)
        return core::Status::success();
    return m_twin.appendEvent(QStringLiteral("sensors"), QStringLiteral("alarm.cleared"),
                              {{QStringLiteral("sensor"), double(sensorId)}, {QStringLiteral("kind"), kind}}, utc(tMs));
}

core::Status AlarmEngine::evaluate(const Sensor &sensor, std::vector<Reading> readings)
{
    if (readings.empty())
        return core::Status::success();
    std::stable_sort(readings.begin(), readings.end(), [](const Reading &a, const Reading &b) { return a.tMs < b.tMs; });
    WriteScope tx(m_twin);
    if (!tx.status())
        return tx.status();
    int current = 0;
    std::optional<qint64> last;
    {
        SqlStatement q(m_twin.handle(), "SELECT level, last_t_ms FROM sensor_alarm_state WHERE sensor_id = ?1");
        q.bind(1, sensor.id);
        if (q.next()) {
            current = int(q.int64(0));
            if (!q.isNull(1))
                last = q.int64(1);
        }
    }
    bool advanced = false;
    for (const Reading &r : readings) {
        if (last && r.tMs <= *last)
            continue; // late or repeated: stored, but does not move the present state
        if (!advanced)
            if (auto s = clear(sensor.id, QStringLiteral("stale"), r.tMs); !s)
                return s;
        advanced = true;
        last = r.tMs;
        const int next = nextLevel(sensor.thresholds, current, r.value);
        if (next != current) {
            if (auto s = clear(sensor.id, QStringLiteral("threshold"), r.tMs); !s)
                return s;
            if (next > 0)
                if (auto s = raise(sensor.id, QStringLiteral("threshold"), next, r.value, r.tMs); !s)
                    return s;
            current = next;
        }
    }
    if (advanced) {
        SqlStatement q(m_twin.handle(), "INSERT INTO sensor_alarm_state (sensor_id, level, last_t_ms) VALUES (?1, ?2, ?3) "
                                        "ON CONFLICT (sensor_id) DO UPDATE SET level = excluded.level, last_t_ms = excluded.last_t_ms");
        q.bind(1, sensor.id);
        q.bind(2, qint64(current));
        q.bind(3, *last);
        if (!q.exec())
            return q.status().error();
    }
    return tx.commit();
}

core::Result<int> AlarmEngine::checkStale(qint64 nowMs)
{
    const double factor = setting("stale_factor", 3.0);
    WriteScope tx(m_twin);
    if (!tx.status())
        return tx.status().error();
    std::vector<std::pair<qint64, qint64>> stale;
    {
        SqlStatement q(m_twin.handle(),
                       "SELECT s.id, st.last_t_ms FROM sensor s JOIN sensor_alarm_state st ON st.sensor_id = s.id "
                       "WHERE st.last_t_ms IS NOT NULL AND ?1 - st.last_t_ms > s.interval_s * 1000.0 * ?2 "
                       "AND NOT EXISTS (SELECT 1 FROM sensor_alarm a WHERE a.sensor_id = s.id AND a.kind = 'stale' AND a.cleared_ms IS NULL)");
        q.bind(1, nowMs);
        q.bind(2, factor);
        while (q.next())
            stale.emplace_back(q.int64(0), q.int64(1));
        if (!q.status().ok())
            return q.status().error();
    }
    for (const auto &[id, lastMs] : stale)
        if (auto s = raise(id, QStringLiteral("stale"), 0, double(nowMs - lastMs) / 1000.0, nowMs); !s)
            return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    return int(stale.size());
}

core::Result<std::vector<Alarm>> AlarmEngine::escalate(qint64 nowMs)
{
    const qint64 after = qint64(setting("escalate_after_min", 15.0) * 60000.0);
    WriteScope tx(m_twin);
    if (!tx.status())
        return tx.status().error();
    auto due = queryAlarms(m_twin.handle(), QByteArray(kAlarmColumns) +
                           " WHERE cleared_ms IS NULL AND acknowledged_ms IS NULL AND escalated_ms IS NULL AND raised_ms <= ?1 ORDER BY id",
                           nowMs - after);
    if (!due)
        return due.error();
    SqlStatement mark(m_twin.handle(), "UPDATE sensor_alarm SET escalated_ms = ?2 WHERE id = ?1");
    for (Alarm &a : due.value()) {
        mark.bind(1, a.id);
        mark.bind(2, nowMs);
        if (!mark.exec())
            return mark.status().error();
        mark.reset();
        a.escalatedMs = nowMs;
        if (auto s = m_twin.appendEvent(QStringLiteral("sensors"), QStringLiteral("alarm.escalated"),
                                        {{QStringLiteral("alarm"), double(a.id)}, {QStringLiteral("sensor"), double(a.sensorId)},
                                         {QStringLiteral("kind"), a.kind}, {QStringLiteral("level"), a.level}},
                                        utc(nowMs));
            !s)
            return s.error();
    }
    if (auto s = tx.commit(); !s)
        return s.error();
    return due;
}

core::Status AlarmEngine::acknowledge(const core::Actor &actor, qint64 alarmId, qint64 nowMs)
{
    auto found = queryAlarms(m_twin.handle(), QByteArray(kAlarmColumns) + " WHERE id = ?1", alarmId);
    if (!found)
        return found.error();
    if (found->empty())
        return Error::notFound(QCoreApplication::translate("Sensors", "no alarm %1").arg(alarmId));
    const Alarm alarm = found->front();
    return m_twin.perform(actor, QStringLiteral("sensors.acknowledge"), QStringLiteral("sensor:%1").arg(alarm.sensorId),
                          [&](store::TwinStore &twin, QJsonObject &before, QJsonObject &after) -> core::Status {
                              if (alarm.acknowledgedMs)
                                  return Error::refused(QCoreApplication::translate("Sensors", "alarm %1 was already acknowledged by %2")
                                                            .arg(alarmId)
                                                            .arg(alarm.acknowledgedBy));
                              SqlStatement q(twin.handle(), "UPDATE sensor_alarm SET acknowledged_ms = ?2, acknowledged_by = ?3 WHERE id = ?1");
                              q.bind(1, alarmId);
                              q.bind(2, nowMs);
                              q.bind(3, actor.operatorName);
                              if (!q.exec())
                                  return q.status().error();
                              before = {{QStringLiteral("alarm"), double(alarmId)}, {QStringLiteral("acknowledged"), false}};
                              after = {{QStringLiteral("alarm"), double(alarmId)}, {QStringLiteral("acknowledged"), true},
                                       {QStringLiteral("at"), utc(nowMs).toString(Qt::ISODateWithMs)}};
                              return core::Status::success();
                          });
}

core::Result<std::vector<Alarm>> AlarmEngine::activeAlarms() const
{
    return queryAlarms(m_twin.handle(), QByteArray(kAlarmColumns) + " WHERE cleared_ms IS NULL ORDER BY raised_ms, id");
}

core::Result<std::vector<Alarm>> AlarmEngine::alarms(qint64 sensorId) const
{
    return queryAlarms(m_twin.handle(), QByteArray(kAlarmColumns) + " WHERE sensor_id = ?1 ORDER BY id", sensorId);
}

} // namespace ct::sensors
