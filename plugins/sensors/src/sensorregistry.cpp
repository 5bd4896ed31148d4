// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "sensorregistry.h"

#include "writescope.h"

#include "ct/store/sqlstatement.h"
#include "ct/store/twinstore.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <sqlite3.h>

namespace ct::sensors {

using store::SqlStatement;

using core::Error;

SensorRegistry::SensorRegistry(store::TwinStore &twin) : m_twin(twin) {}

core::Result<qint64> SensorRegistry::add(const Sensor &s)
{
    WriteScope tx(m_twin);
    if (!tx.status())
        return tx.status().error();
    SqlStatement q(m_twin.handle(), "INSERT INTO sensor (id, source_id, name, kind, quantity, unit, interval_s, x, y, site_fid) "
                                    "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)");
    if (!q.isValid())
        return q.status().error();
    if (s.id > 0)
        q.bind(1, s.id);
    else
        q.bindNull(1);
    q.bind(2, s.sourceId);
    q.bind(3, s.name);
    q.bind(4, kindName(s.kind));
    q.bind(5, s.quantity);
    q.bind(6, s.unit);
    q.bind(7, qint64(s.intervalS));
    if (std::isfinite(s.x) && std::isfinite(s.y)) {
        q.bind(8, s.x);
        q.bind(9, s.y);
    } else {
        q.bindNull(8);
        q.bindNull(9);
    }
    if (s.siteFid > 0)
        q.bind(10, s.siteFid);
    else
        q.bindNull(10);
    if (!q.exec())
        return Error::invalidInput(QString::fromUtf8(sqlite3_errmsg(m_twin.handle())), s.sourceId);
    const qint64 id = sqlite3_last_insert_rowid(m_twin.handle());
    if (auto st = setThresholds(id, s.thresholds); !st)
        return st.error();
    if (auto st = tx.commit(); !st)
        return st.error();
    return id;
}

core::Status SensorRegistry::setThresholds(qint64 sensorId, const std::vector<Threshold> &thresholds)
{
    for (std::size_t i = 0; i < thresholds.size(); ++i) {
        const Threshold &t = thresholds[i];
        if (t.level < 1 || t.level > 4 || !std::isfinite(t.value) || !(t.hysteresis >= 0.0))
            return Error::invalidInput(QCoreApplication::translate("Sensors", "threshold level %1 must be 1 to 4 with a finite value and a hysteresis ≥ 0").arg(t.level),
                                       QStringLiteral("sensor %1").arg(sensorId));
        if (i > 0 && t.direction != thresholds[0].direction)
            return Error::invalidInput(QCoreApplication::translate("Sensors", "the thresholds of a sensor must all be rising or all falling"),
                                       QStringLiteral("sensor %1").arg(sensorId));
        if (i > 0 && t.level <= thresholds[i - 1].level)
            return Error::invalidInput(QCoreApplication::translate("Sensors", "thresholds must be listed by rising level"),
                                       QStringLiteral("sensor %1").arg(sensorId));
        if (i > 0 && t.direction == Threshold::Direction::Rising && t.value <= thresholds[i - 1].value)
            return Error::invalidInput(QCoreApplication::translate("Sensors", "thresholds must rise with their level"),
                                       QStringLiteral("sensor %1").arg(sensorId));
        if (i > 0 && t.direction == Threshold::Direction::Falling && t.value >= thresholds[i - 1].value)
            return Error::invalidInput(QCoreApplication::translate("Sensors", "falling thresholds must fall with their level"),
                                       QStringLiteral("sensor %1").arg(sensorId));
    }
    WriteScope tx(m_twin);
    if (!tx.status())
        return tx.status();
    SqlStatement del(m_twin.handle(), "DELETE FROM sensor_threshold WHERE sensor_id = ?1");
    del.bind(1, sensorId);
    if (!del.exec())
        return del.status().error();
    SqlStatement ins(m_twin.handle(), "INSERT INTO sensor_threshold (sensor_id, level, name, value, hysteresis, direction) "
                                      "VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
    for (const Threshold &t : thresholds) {
        ins.bind(1, sensorId);
        ins.bind(2, qint64(t.level));
        ins.bind(3, t.name);
        ins.bind(4, t.value);
        ins.bind(5, t.hysteresis);
        ins.bind(6, Threshold::directionName(t.direction));
        if (!ins.exec())
            return ins.status().error();
        ins.reset();
    }
    return tx.commit();
}

core::Status SensorRegistry::addAlias(const QString &alias, qint64 sensorId)
{
    SqlStatement q(m_twin.handle(), "INSERT OR REPLACE INTO sensor_alias (alias, sensor_id) VALUES (?1, ?2)");
    q.bind(1, alias);
    q.bind(2, sensorId);
    if (!q.exec())
        return q.status().error();
    return core::Status::success();
}

namespace {

Sensor readSensor(const SqlStatement &q)
{
    Sensor s;
    s.id = q.int64(0);
    s.sourceId = q.text(1);
    s.name = q.text(2);
    s.kind = kindFromName(q.text(3)).value_or(SensorKind::RiverGauge);
    s.quantity = q.text(4);
    s.unit = q.text(5);
    s.intervalS = int(q.int64(6));
    if (!q.isNull(7)) {
        s.x = q.real(7);
        s.y = q.real(8);
    }
    s.siteFid = q.isNull(9) ? 0 : q.int64(9);
    return s;
}

const char *const kSensorColumns = "SELECT id, source_id, name, kind, quantity, unit, interval_s, x, y, site_fid FROM sensor";

} // namespace

core::Result<std::vector<Sensor>> SensorRegistry::sensors() const
{
    std::vector<Sensor> out;
    {
        SqlStatement q(m_twin.handle(), (QByteArray(kSensorColumns) + " ORDER BY id").constData());
        if (!q.isValid())
            return q.status().error();
        while (q.next())
            out.push_back(readSensor(q));
        if (!q.status().ok())
            return q.status().error();
    }
    SqlStatement t(m_twin.handle(), "SELECT sensor_id, level, name, value, hysteresis, direction FROM sensor_threshold ORDER BY sensor_id, level");
    if (!t.isValid())
        return t.status().error();
    std::size_t i = 0;
    while (t.next()) {
        const qint64 id = t.int64(0);
        while (i < out.size() && out[i].id < id)
            ++i;
        if (i < out.size() && out[i].id == id)
            out[i].thresholds.push_back({int(t.int64(1)), t.text(2), t.real(3), t.real(4), Threshold::directionFromName(t.text(5))});
    }
    return out;
}

core::Result<std::optional<Sensor>> SensorRegistry::find(qint64 sensorId) const
{
    SqlStatement q(m_twin.handle(), (QByteArray(kSensorColumns) + " WHERE id = ?1").constData());
    if (!q.isValid())
        return q.status().error();
    q.bind(1, sensorId);
    if (!q.next())
        return q.status().ok() ? core::Result<std::optional<Sensor>>(std::optional<Sensor>()) : core::Result<std::optional<Sensor>>(q.status().error());
    Sensor s = readSensor(q);
    SqlStatement t(m_twin.handle(), "SELECT level, name, value, hysteresis, direction FROM sensor_threshold WHERE sensor_id = ?1 ORDER BY level");
    t.bind(1, sensorId);
    while (t.next())
        s.thresholds.push_back({int(t.int64(0)), t.text(1), t.real(2), t.real(3), Threshold::directionFromName(t.text(4))});
    return std::optional<Sensor>(std::move(s));
}

core::Result<std::optional<qint64>> SensorRegistry::resolve(const QString &key) const
{
    for (const char *sql : {"SELECT sensor_id FROM sensor_alias WHERE alias = ?1", "SELECT id FROM sensor WHERE source_id = ?1"}) {
        SqlStatement q(m_twin.handle(), sql);
        if (!q.isValid())
            return q.status().error();
        q.bind(1, key);
        if (q.next())
            return std::optional<qint64>(q.int64(0));
    }
    bool ok = false;
    const qint64 id = key.toLongLong(&ok);
    if (ok) {
        SqlStatement q(m_twin.handle(), "SELECT id FROM sensor WHERE id = ?1");
        q.bind(1, id);
        if (q.next())
            return std::optional<qint64>(id);
    }
    return std::optional<qint64>();
}

std::vector<Threshold> SensorRegistry::demoGaugeThresholds(double baseM)
{
    return {{1, QStringLiteral("standby"), baseM + 1.0, 0.1},
            {2, QStringLiteral("caution"), baseM + 1.5, 0.1},
            {3, QStringLiteral("evacuation"), baseM + 2.2, 0.1},
            {4, QStringLiteral("danger"), baseM + 2.8, 0.1}};
}

core::Result<int> SensorRegistry::syncFromSites()
{
    if (!m_twin.hasLayer(QStringLiteral("sensor_sites")))
        return 0;
    auto table = m_twin.read(QStringLiteral("sensor_sites"), {QStringLiteral("source_id"), QStringLiteral("name"),
                                                               QStringLiteral("kind"), QStringLiteral("unit"),
                                                               QStringLiteral("interval_s")});
    if (!table)
        return table.error();
    WriteScope tx(m_twin);
    if (!tx.status())
        return tx.status().error();
    int added = 0;
    static const QRegularExpression digits(QStringLiteral("(\\d+)$"));
    for (std::size_t row = 0; row < table->size(); ++row) {
        auto cell = [&](int c) { return table->columns[std::size_t(c)][row]; };
        const QString source = cell(0).toString();
        const QString name = cell(1).toString();
        const auto kind = kindFromName(cell(2).toString());
        if (source.isEmpty() || !kind)
            continue;
        const int interval = std::max(1, cell(4).toInt());
        const auto points = table->geometries[row].points();
        const geo::Point p = points.empty() ? geo::Point{NAN, NAN} : points.front();
        const bool real = source.startsWith(QLatin1String("MLIT-")) || source.startsWith(QLatin1String("mlit:"))
                          || source.startsWith(QLatin1String("JMA-")) || source.startsWith(QLatin1String("amedas:"));
        const QString station = digits.match(source).captured(1);

        struct Part { QString suffix, quantity, unit, amedasElement; };
        std::vector<Part> parts;
        switch (*kind) {
        case SensorKind::RiverGauge: parts = {{{}, QStringLiteral("water_level"), QStringLiteral("m"), {}}}; break;
        case SensorKind::Weather:
            parts = {{QStringLiteral("/precipitation"), QStringLiteral("precipitation"), QStringLiteral("mm"), QStringLiteral("precipitation10m")},
                     {QStringLiteral("/temperature"), QStringLiteral("temperature"), QStringLiteral("°C"), QStringLiteral("temp")}};
            break;
        case SensorKind::BridgeStrain: parts = {{{}, QStringLiteral("strain"), cell(3).toString(), {}}}; break;
        case SensorKind::EnergyMeter: parts = {{{}, QStringLiteral("energy"), cell(3).toString(), {}}}; break;
        case SensorKind::AirQuality: parts = {{{}, QStringLiteral("pm2_5"), cell(3).toString(), {}}}; break;
        case SensorKind::PeopleFlow: parts = {{{}, QStringLiteral("people_flow"), cell(3).toString(), {}}}; break;
        case SensorKind::TrafficCounter: parts = {{{}, QStringLiteral("traffic_flow"), cell(3).toString(), {}}}; break;
        case SensorKind::Streetlight: parts = {{{}, QStringLiteral("lamp_power"), QStringLiteral("W"), {}}}; break;
        }
        for (const Part &part : parts) {
            Sensor s;
            s.sourceId = source + part.suffix;
            auto existing = resolve(s.sourceId);
            if (!existing)
                return existing.error();
            if (existing->has_value())
                continue;
            s.name = name;
            s.kind = *kind;
            s.quantity = part.quantity;
            s.unit = part.unit.isEmpty() ? QStringLiteral("1") : part.unit;
            s.intervalS = interval;
            s.x = p.x;
            s.y = p.y;
            s.siteFid = table->fids[row];
            if (*kind == SensorKind::RiverGauge && !real)
                s.thresholds = demoGaugeThresholds(1.0);
            auto id = add(s);
            if (!id)
                return id.error();
            ++added;
            if (!part.amedasElement.isEmpty() && !station.isEmpty())
                if (auto st = addAlias(QStringLiteral("amedas:%1/%2").arg(station, part.amedasElement), id.value()); !st)
                    return st.error();
            if (*kind == SensorKind::RiverGauge && !station.isEmpty() && real)
                if (auto st = addAlias(QStringLiteral("mlit:%1").arg(station), id.value()); !st)
                    return st.error();
        }
    }
    if (auto st = tx.commit(); !st)
        return st.error();
    return added;
}

} // namespace ct::sensors
