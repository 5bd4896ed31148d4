// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "ct/fleets/vehiclepositionupdater.h"

#include "ct/fleets/stoplifecycle.h"

#include "ct/geo/crs.h"
#include "ct/geo/crstransform.h"
#include "ct/store/twinstore.h"

#include <QCoreApplication>
#include <QDateTime>

#include <sqlite3.h>

#include <optional>

namespace ct::fleets {

using core::Error;

namespace {

QString stateName(VehiclePosition::Status s)
{
    switch (s) {
    case VehiclePosition::Status::IncomingAt: return QStringLiteral("incoming_at");
    case VehiclePosition::Status::StoppedAt: return QStringLiteral("stopped_at");
    case VehiclePosition::Status::InTransitTo: break;
    }
    return QStringLiteral("in_transit_to");
}

void bindText(sqlite3_stmt *s, int i, const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    sqlite3_bind_text(s, i, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
}

} // namespace

core::Result<VehiclePositionUpdater::Outcome> VehiclePositionUpdater::apply(store::TwinStore &store,
                                                                            const std::vector<VehiclePosition> &positions)
{
    auto transform = geo::CrsTransform::create(geo::crs::kWgs84, geo::crs::kJgd2011ZoneIX);
    if (!transform)
        return transform.error();
    std::optional<store::Transaction> own;
    if (!store.inTransaction()) {
        own.emplace(store);
        if (!own->status())
            return own->status().error();
    }
    sqlite3 *db = store.handle();
    sqlite3_stmt *select = nullptr, *update = nullptr, *insert = nullptr;
    struct Finalize { sqlite3_stmt **s[3]; ~Finalize() { for (auto p : s) sqlite3_finalize(*p); } } finalize{{&select, &update, &insert}};
    if (sqlite3_prepare_v2(db, "SELECT updated_at FROM fleet_vehicle WHERE vehicle_id = ?", -1, &select, nullptr) != SQLITE_OK
        || sqlite3_prepare_v2(db, "UPDATE fleet_vehicle SET x = ?, y = ?, heading_deg = ?, state = ?, updated_at = ? WHERE vehicle_id = ?",
                              -1, &update, nullptr) != SQLITE_OK
        || sqlite3_prepare_v2(db, "INSERT INTO fleet_vehicle (x, y, heading_deg, state, updated_at, vehicle_id, kind, capacity) "
                                  "VALUES (?, ?, ?, ?, ?, ?, 'community_bus', 0)", -1, &insert, nullptr) != SQLITE_OK)
        return Error::internal(QString::fromUtf8(sqlite3_errmsg(db)), QStringLiteral("fleet_vehicle"));
    // The reported trip goes beside the position (schema step 5; older twins have no table).
    sqlite3_stmt *trip = nullptr;
    struct FinalizeTrip { sqlite3_stmt **s; ~FinalizeTrip() { sqlite3_finalize(*s); } } finalizeTrip{&trip};
    if (sqlite3_prepare_v2(db, "INSERT OR REPLACE INTO fleet_vehicle_trip (vehicle_id, trip_id, route_id, stop_id, status, reported_at) "
                               "VALUES (?, ?, ?, ?, ?, ?)", -1, &trip, nullptr) != SQLITE_OK)
        trip = nullptr;
    auto bindOptional = [](sqlite3_stmt *st, int i, const QString &text) {
        if (text.isEmpty())
            sqlite3_bind_null(st, i);
        else
            bindText(st, i, text);
    };
    Outcome outcome;
    for (const VehiclePosition &p : positions) {
        if (p.vehicleId.isEmpty())
            return Error::invalidInput(QCoreApplication::translate("Fleets", "a vehicle position without a vehicle id"), QStringLiteral("fleet_vehicle"));
        geo::Point xy{p.longitude, p.latitude};
        if (!transform->forward(xy))
            return Error::invalidInput(QCoreApplication::translate("Fleets", "position of \"%1\" cannot be transformed to EPSG:6677").arg(p.vehicleId),
                                       QStringLiteral("fleet_vehicle"));
        const QString at = p.timestamp > 0 ? QDateTime::fromSecsSinceEpoch(p.timestamp, Qt::UTC).toString(Qt::ISODate)
                                           : QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
        bindText(select, 1, p.vehicleId);
        const int found = sqlite3_step(select);
        const QString previous = found == SQLITE_ROW && sqlite3_column_type(select, 0) != SQLITE_NULL
                                     ? QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(select, 0)))
                                     : QString();
        sqlite3_reset(select);
        if (found == SQLITE_ROW && !previous.isEmpty() && previous > at) {
            ++outcome.stale;
            continue;
        }
        sqlite3_stmt *s = found == SQLITE_ROW ? update : insert;
        sqlite3_bind_double(s, 1, xy.x);
        sqlite3_bind_double(s, 2, xy.y);
        if (p.bearing)
            sqlite3_bind_double(s, 3, *p.bearing);
        else
            sqlite3_bind_null(s, 3);
        bindText(s, 4, stateName(p.status));
        bindText(s, 5, at);
        bindText(s, 6, p.vehicleId);
        const int rc = sqlite3_step(s);
        sqlite3_reset(s);
        sqlite3_clear_bindings(s);
        if (rc != SQLITE_DONE)
            return Error::internal(QString::fromUtf8(sqlite3_errmsg(db)), p.vehicleId);
        if (trip) {
            bindText(trip, 1, p.vehicleId);
            bindOptional(trip, 2, p.tripId);
            bindOptional(trip, 3, p.routeId);
            bindOptional(trip, 4, p.stopId);
            bindText(trip, 5, stateName(p.status));
            bindText(trip, 6, at);
            const int tripRc = sqlite3_step(trip);
            sqlite3_reset(trip);
            sqlite3_clear_bindings(trip);
            if (tripRc != SQLITE_DONE)
                return Error::internal(QString::fromUtf8(sqlite3_errmsg(db)), p.vehicleId);
        }
        const bool standing = p.status == VehiclePosition::Status::StoppedAt || (p.speed && *p.speed == 0.0);
        auto started = StopLifecycle::startFromReport(store, p.vehicleId, xy, standing, QDateTime::fromString(at, Qt::ISODate));
        if (!started)
            return started.error();
        outcome.stopsStarted += *started ? 1 : 0;
        ++(found == SQLITE_ROW ? outcome.updated : outcome.inserted);
    }
    if (own)
        if (core::Status s = own->commit(); !s)
            return s.error();
    return outcome;
}

} // namespace ct::fleets
