// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include "ct/store/twinstore.h"

#include <QDir>
#include <QFile>
#include <QMap>
#include <QString>
#include <QTemporaryDir>

#include <cpl_vsi.h>
#include <sqlite3.h>

#include <cstdint>
#include <cstring>
#include <memory>

namespace ct::fleets::test {

/// Writes a zip at `zipPath` (through GDAL's /vsizip/ writer) holding the files of the written
/// feed in tests/plugins/fleets/data/<feed>, with `replace` (member → content; an empty
/// QByteArray() null value removes the member) applied.
inline bool writeFeed(const QString &feed, const QString &zipPath, const QMap<QString, QByteArray> &replace = {})
{
    QMap<QString, QByteArray> members;
    const QDir dir(QStringLiteral(CITYTWIN_SOURCE_DIR "/tests/plugins/fleets/data/") + feed);
    for (const QString &name : dir.entryList(QDir::Files)) {
        QFile f(dir.filePath(name));
        if (!f.open(QIODevice::ReadOnly))
            return false;
        members.insert(name, f.readAll());
    }
    for (auto it = replace.begin(); it != replace.end(); ++it) {
        if (it.value().isNull())
            members.remove(it.key());
        else
            members.insert(it.key(), it.value());
    }
    QFile::remove(zipPath);
    for (auto it = members.begin(); it != members.end(); ++it) {
        const QByteArray path = (QStringLiteral("/vsizip/") + zipPath + QLatin1Char('/') + it.key()).toUtf8();
        VSILFILE *f = VSIFOpenL(path.constData(), "wb");
        if (!f)
            return false;
        const bool ok = VSIFWriteL(it.value().constData(), 1, size_t(it.value().size()), f) == size_t(it.value().size());
        VSIFCloseL(f);
        if (!ok)
            return false;
    }
    return true;
}

/// GTFS-Realtime bytes written by hand from the public reference's field numbers and wire types
/// (no generated code): what a real producer sends, to check the plugin decodes the official
/// layout. One entity with a vehicle position.
struct OfficialVehicle
{
    QByteArray entityId, vehicleId, label, tripId, routeId, stopId;
    float latitude = 0, longitude = 0, bearing = -1; // bearing < 0: not sent
    std::uint64_t timestamp = 0;
    int status = 2; // IN_TRANSIT_TO
};

inline void putVarint(QByteArray &out, std::uint64_t v)
{
    do {
        char byte = char(v & 0x7f);
        v >>= 7;
        if (v)
            byte = char(byte | 0x80);
        out.append(byte);
    } while (v);
}
inline void putTag(QByteArray &out, int field, int wireType) { putVarint(out, std::uint64_t(field) << 3 | std::uint64_t(wireType)); }
inline void putBytes(QByteArray &out, int field, const QByteArray &bytes)
{
    putTag(out, field, 2);
    putVarint(out, std::uint64_t(bytes.size()));
    out.append(bytes);
}
inline void putFloat(QByteArray &out, int field, float value)
{
    putTag(out, field, 5);
    char raw[4];
    std::memcpy(raw, &value, 4); // little-endian host, as protobuf's fixed32
    out.append(raw, 4);
}

inline QByteArray officialFeed(const std::vector<OfficialVehicle> &vehicles, std::uint64_t headerTime)
{
    QByteArray header;
    putBytes(header, 1, "2.0");            // gtfs_realtime_version
    putTag(header, 3, 0);                  // timestamp
    putVarint(header, headerTime);
    QByteArray feed;
    putBytes(feed, 1, header);             // FeedMessage.header
    for (const OfficialVehicle &v : vehicles) {
        QByteArray trip, position, descriptor, vehicle, entity;
        if (!v.tripId.isEmpty())
            putBytes(trip, 1, v.tripId);   // TripDescriptor.trip_id
        if (!v.routeId.isEmpty())
            putBytes(trip, 5, v.routeId);  // TripDescriptor.route_id
        putFloat(position, 1, v.latitude); // Position.latitude
        putFloat(position, 2, v.longitude);
        if (v.bearing >= 0)
            putFloat(position, 3, v.bearing);
        putBytes(descriptor, 1, v.vehicleId); // VehicleDescriptor.id
        if (!v.label.isEmpty())
            putBytes(descriptor, 2, v.label);
        if (!trip.isEmpty())
            putBytes(vehicle, 1, trip);        // VehiclePosition.trip
        putBytes(vehicle, 2, position);        // .position
        putTag(vehicle, 4, 0);                 // .current_status
        putVarint(vehicle, std::uint64_t(v.status));
        if (v.timestamp) {
            putTag(vehicle, 5, 0);             // .timestamp
            putVarint(vehicle, v.timestamp);
        }
        if (!v.stopId.isEmpty())
            putBytes(vehicle, 7, v.stopId);    // .stop_id
        putBytes(vehicle, 8, descriptor);      // .vehicle
        putBytes(entity, 1, v.entityId);       // FeedEntity.id
        putBytes(entity, 4, vehicle);          // FeedEntity.vehicle
        putBytes(feed, 2, entity);             // FeedMessage.entity
    }
    return feed;
}

/// The first column of the first row of `sql` as text.
inline QString scalar(store::TwinStore &twin, const char *sql)
{
    sqlite3_stmt *s = nullptr;
    QString value;
    if (sqlite3_prepare_v2(twin.handle(), sql, -1, &s, nullptr) == SQLITE_OK && sqlite3_step(s) == SQLITE_ROW
        && sqlite3_column_type(s, 0) != SQLITE_NULL)
        value = QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(s, 0)));
    sqlite3_finalize(s);
    return value;
}

} // namespace ct::fleets::test
