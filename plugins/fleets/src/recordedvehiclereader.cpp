// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "ct/fleets/recordedvehiclereader.h"

#include "ct/fleets/vehiclekind.h"
#include "ct/sim/featurestate.h"
#include "ct/sim/runrecorder.h"
#include "ct/store/sqlstatement.h"
#include "ct/store/twinstore.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QHash>
#include <QMap>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <limits>

#include <sqlite3.h>

namespace ct::fleets {

using core::Error;
using core::Result;
using store::SqlStatement;

namespace {

QString tr(const char *text) { return QCoreApplication::translate("RecordedVehicles", text); }

bool hasFeatureStates(const store::TwinStore &twin)
{
    SqlStatement q(twin.handle(), "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name IN ('sim_run', 'sim_sample', 'sim_feature_state')");
    return q.isValid() && q.next() && q.int64(0) == 3;
}

template <typename T>
std::vector<T> blob(sqlite3_stmt *statement, int column)
{
    const int bytes = sqlite3_column_bytes(statement, column);
    std::vector<T> values(std::size_t(std::max(bytes, 0)) / sizeof(T));
    if (!values.empty())
        std::memcpy(values.data(), sqlite3_column_blob(statement, column), values.size() * sizeof(T));
    return values;
}

/// One row of a recorded vehicle layer as a vehicle record; false when it has no position.
bool toRecord(const sim::FeatureState &state, std::size_t row, const QString &layerKind, VehicleRecord &v)
{
    const int x = state.numberColumn(QStringLiteral("x")), y = state.numberColumn(QStringLiteral("y"));
    if (x < 0 || y < 0)
        return false;
    auto number = [&](const char *name) -> std::optional<double> {
        const int c = state.numberColumn(QLatin1String(name));
        if (c < 0)
            return std::nullopt;
        const double value = state.number(row, c);
        return std::isfinite(value) ? std::optional<double>(value) : std::nullopt;
    };
    auto text = [&](const char *name) {
        const int c = state.textColumn(QLatin1String(name));
        return c < 0 ? QString() : state.text(row, c);
    };
    v.x = state.number(row, x);
    v.y = state.number(row, y);
    if (!std::isfinite(*v.x) || !std::isfinite(*v.y))
        return false;
    v.headingDeg = number("heading_deg");
    const QString kind = text("kind");
    v.kind = VehicleKinds::fromId(kind) ? kind : layerKind;
    const QString tripId = text("trip_id"), routeId = text("route_id");
    v.id = text("vehicle_id");
    if (v.id.isEmpty())
        v.id = !tripId.isEmpty() ? tripId : QStringLiteral("%1#%2").arg(state.layer).arg(state.fids[row]);
    v.label = text("label");
    if (v.label.isEmpty())
        v.label = !routeId.isEmpty() && !tripId.isEmpty() ? QStringLiteral("%1 (%2)").arg(tripId, routeId) : v.id;
    v.state = text("state");
    if (v.state.isEmpty()) {
        if (auto atStop = number("at_stop"))
            v.state = *atStop > 0.5 ? QStringLiteral("stopped_at") : QStringLiteral("in_transit_to");
        else
            v.state = QStringLiteral("en_route");
    }
    v.occupancy = int(std::lround(number("onboard").value_or(0.0)));
    v.capacity = int(std::lround(number("capacity").value_or(0.0)));
    for (const char *name : {"energy_level", "charge", "battery"})
        if (auto level = number(name); level && *level >= 0.0 && *level <= 1.0) {
            v.energyLevel = level;
            break;
        }
    return true;
}

/// The vehicles of one `sim_feature_state` row (columns layer, fids, numbers, description from
/// `first`); none for a layer without vehicles or a row not written by RunRecorder.
std::vector<VehicleRecord> decode(sqlite3_stmt *statement, int first)
{
    std::vector<VehicleRecord> out;
    const QString layer = QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(statement, first)));
    const QString layerKind = RecordedVehicleReader::kindOfLayer(layer);
    if (layerKind.isEmpty())
        return out;
    const QByteArray description(reinterpret_cast<const char *>(sqlite3_column_text(statement, first + 3)),
                                 sqlite3_column_bytes(statement, first + 3));
    const sim::FeatureState state = sim::FeatureState::restore(layer, QJsonDocument::fromJson(description).object(),
                                                               blob<qint64>(statement, first + 1), blob<double>(statement, first + 2));
    if (state.numbers.size() != state.size() * std::size_t(state.numberNames.size())
        || state.texts.size() != qsizetype(state.size()) * state.textNames.size())
        return out;   // not written by RunRecorder: nothing to show rather than garbage
    for (std::size_t row = 0; row < state.size(); ++row) {
        VehicleRecord v;
        if (toRecord(state, row, layerKind, v))
            out.push_back(std::move(v));
    }
    return out;
}

} // namespace

QString RecordedVehicleReader::kindOfLayer(const QString &layer)
{
    if (layer == QLatin1String("ondemand_vehicles"))
        return VehicleKinds::id(VehicleKind::OnDemandBus);
    if (layer == QLatin1String("gtfs_vehicles"))
        return VehicleKinds::id(VehicleKind::CommunityBus);
    // The logistics model's layers (logistics_robots, logistics_drones).
    if (layer.contains(QLatin1String("robot")))
        return VehicleKinds::id(VehicleKind::DeliveryRobot);
    if (layer.contains(QLatin1String("drone")))
        return VehicleKinds::id(VehicleKind::Drone);
    return {};
}

Result<std::vector<RecordedVehicleReader::Run>> RecordedVehicleReader::runs() const
{
    std::vector<Run> out;
    if (!hasFeatureStates(m_twin))
        return out;
    QMap<qint64, QStringList> layersOf;
    {
        SqlStatement q(m_twin.handle(), "SELECT DISTINCT run_id, layer FROM sim_feature_state ORDER BY run_id, layer");
        if (!q.isValid())
            return q.failure(tr("cannot read the recorded runs"));
        while (q.next())
            if (!kindOfLayer(q.text(1)).isEmpty())
                layersOf[q.int64(0)].append(q.text(1));
        if (!q.status())
            return q.failure(tr("cannot read the recorded runs"));
    }
    if (layersOf.isEmpty())
        return out;
    auto infos = sim::RunRecorder::runs(m_twin);
    if (!infos)
        return infos.error();
    for (const sim::RunInfo &info : *infos) {
        auto it = layersOf.constFind(info.id);
        if (it == layersOf.constEnd())
            continue;
        Run run;
        run.id = info.id;
        run.name = info.name;
        const QDateTime start = QDateTime::fromString(info.scenario.value(QStringLiteral("start")).toString(), Qt::ISODate);
        run.start = start.isValid() ? start.toUTC() : QDateTime();
        run.endSeconds = double(info.simulated) / 1000.0;
        run.layers = it.value();
        out.push_back(std::move(run));
    }
    return out;
}

Result<RecordedVehicleReader::Run> RecordedVehicleReader::run(qint64 runId) const
{
    auto all = runs();
    if (!all)
        return all.error();
    for (const Run &r : *all)
        if (r.id == runId)
            return r;
    return Error::notFound(tr("there is no recorded run %1 with vehicles").arg(runId));
}

Result<RecordedVehicleReader::Picture> RecordedVehicleReader::vehicles(qint64 runId, double seconds) const
{
    auto info = run(runId);
    if (!info)
        return info.error();
    // The sample at or before the time, else the first (negative: the last), and the next one.
    qint64 sampleMs = -1;
    std::optional<qint64> nextMs;
    {
        const char *sql = seconds < 0.0 ? "SELECT max(t_ms) FROM sim_sample WHERE run_id = ?1"
                                        : "SELECT coalesce((SELECT max(t_ms) FROM sim_sample WHERE run_id = ?1 AND t_ms <= ?2), "
                                          "(SELECT min(t_ms) FROM sim_sample WHERE run_id = ?1))";
        SqlStatement q(m_twin.handle(), sql);
        if (!q.isValid())
            return q.failure(tr("cannot read the recorded vehicles"));
        q.bind(1, runId);
        if (seconds >= 0.0)
            q.bind(2, qint64(std::floor(seconds * 1000.0 + 1e-6)));
        if (!q.next() || q.isNull(0))
            return Error::notFound(tr("recorded run %1 has no samples").arg(runId));
        sampleMs = q.int64(0);
    }
    const double askedMs = seconds * 1000.0;
    if (seconds >= 0.0 && askedMs > double(sampleMs) + 1e-3) {
        SqlStatement q(m_twin.handle(), "SELECT min(t_ms) FROM sim_sample WHERE run_id = ?1 AND t_ms > ?2");
        if (!q.isValid())
            return q.failure(tr("cannot read the recorded vehicles"));
        q.bind(1, runId);
        q.bind(2, sampleMs);
        if (q.next() && !q.isNull(0))
            nextMs = q.int64(0);
    }
    // Between two samples: the share of the way from the earlier to the later one.
    const double share = nextMs ? std::clamp((askedMs - double(sampleMs)) / double(*nextMs - sampleMs), 0.0, 1.0) : 0.0;
    const qint64 shownMs = nextMs ? sampleMs + qint64(std::llround(share * double(*nextMs - sampleMs))) : sampleMs;
    Picture picture;
    picture.seconds = nextMs ? askedMs / 1000.0 : double(sampleMs) / 1000.0;
    picture.at = info->start.isValid() ? info->start.addMSecs(shownMs) : QDateTime();
    auto earlier = sampleVehicles(runId, sampleMs);
    if (!earlier)
        return earlier.error();
    picture.vehicles = std::move(*earlier);
    if (nextMs && share > 0.0) {
        auto later = sampleVehicles(runId, *nextMs);
        if (!later)
            return later.error();
        QHash<QString, const VehicleRecord *> laterById;
        for (const VehicleRecord &v : *later)
            laterById.insert(v.kind + QLatin1Char('\n') + v.id, &v);
        for (VehicleRecord &v : picture.vehicles) {
            const VehicleRecord *w = laterById.value(v.kind + QLatin1Char('\n') + v.id);
            if (!w)
                continue;   // gone by the next sample: stays where it was last recorded
            const double dx = *w->x - *v.x, dy = *w->y - *v.y;
            v.x = *v.x + share * dx;
            v.y = *v.y + share * dy;
            if (std::hypot(dx, dy) > 1e-6)
                v.headingDeg = std::fmod(std::atan2(dx, dy) * 180.0 / M_PI + 360.0, 360.0);
        }
    }
    for (VehicleRecord &v : picture.vehicles)
        v.updatedAt = picture.at;
    return picture;
}

Result<std::vector<VehicleRecord>> RecordedVehicleReader::sampleVehicles(qint64 runId, qint64 sampleMs) const
{
    std::vector<VehicleRecord> vehicles;
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v2(m_twin.handle(), "SELECT layer, fids, numbers, description FROM sim_feature_state "
                                            "WHERE run_id = ? AND t_ms = ? ORDER BY layer", -1, &statement, nullptr) != SQLITE_OK) {
        sqlite3_finalize(statement);
        return Error::io(tr("cannot read the recorded vehicles: %1").arg(QString::fromUtf8(sqlite3_errmsg(m_twin.handle()))));
    }
    sqlite3_bind_int64(statement, 1, runId);
    sqlite3_bind_int64(statement, 2, sampleMs);
    int rc = SQLITE_ROW;
    while ((rc = sqlite3_step(statement)) == SQLITE_ROW)
        for (VehicleRecord &v : decode(statement, 0))
            vehicles.push_back(std::move(v));
    sqlite3_finalize(statement);
    if (rc != SQLITE_DONE)
        return Error::io(tr("cannot read the recorded vehicles: %1").arg(QString::fromUtf8(sqlite3_errmsg(m_twin.handle()))));
    std::stable_sort(vehicles.begin(), vehicles.end(), [](const VehicleRecord &a, const VehicleRecord &b) {
        return a.kind != b.kind ? a.kind < b.kind : a.id < b.id;
    });
    return vehicles;
}

Result<std::vector<TrackPoint>> RecordedVehicleReader::track(qint64 runId, const QString &vehicleId, double seconds, int limit) const
{
    auto info = run(runId);
    if (!info)
        return info.error();
    std::vector<TrackPoint> points;
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v2(m_twin.handle(), "SELECT t_ms, layer, fids, numbers, description FROM sim_feature_state "
                                            "WHERE run_id = ? AND t_ms <= ? ORDER BY t_ms, layer", -1, &statement, nullptr) != SQLITE_OK) {
        sqlite3_finalize(statement);
        return Error::io(tr("cannot read the recorded vehicles: %1").arg(QString::fromUtf8(sqlite3_errmsg(m_twin.handle()))));
    }
    sqlite3_bind_int64(statement, 1, runId);
    sqlite3_bind_int64(statement, 2, seconds < 0.0 ? std::numeric_limits<qint64>::max() : qint64(std::floor(seconds * 1000.0 + 1e-6)));
    int rc = SQLITE_ROW;
    while ((rc = sqlite3_step(statement)) == SQLITE_ROW) {
        const qint64 ms = sqlite3_column_int64(statement, 0);
        for (const VehicleRecord &v : decode(statement, 1))
            if (v.id == vehicleId)
                points.push_back({info->start.isValid() ? info->start.addMSecs(ms) : QDateTime(), *v.x, *v.y, v.headingDeg.value_or(0.0)});
    }
    sqlite3_finalize(statement);
    if (rc != SQLITE_DONE)
        return Error::io(tr("cannot read the recorded vehicles: %1").arg(QString::fromUtf8(sqlite3_errmsg(m_twin.handle()))));
    if (limit > 0 && int(points.size()) > limit)
        points.erase(points.begin(), points.end() - limit);
    return points;
}

} // namespace ct::fleets
