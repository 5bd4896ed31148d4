// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "ct/fleets/gtfsrealtimefeed.h"

#include "proto/gtfs-realtime.pb.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <cmath>

namespace ct::fleets {

using core::Error;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Fleets", text);
}

} // namespace

core::Result<std::vector<VehiclePosition>> GtfsRealtimeFeed::decode(const QByteArray &bytes, const QString &where)
{
    transit_realtime::FeedMessage message;
    if (bytes.isEmpty())
        return Error::invalidInput(tr("the file is empty, not a GTFS-Realtime feed"), where);
    if (!message.ParseFromArray(bytes.constData(), int(bytes.size())))
        return Error::invalidInput(tr("not a GTFS-Realtime FeedMessage: the protobuf data is corrupt or incomplete (%1)")
                                       .arg(QString::fromStdString(message.InitializationErrorString())),
                                   where);
    std::vector<VehiclePosition> positions;
    for (int i = 0; i < message.entity_size(); ++i) {
        const auto &entity = message.entity(i);
        if (entity.is_deleted() || !entity.has_vehicle())
            continue;
        const auto &v = entity.vehicle();
        const QString at = QStringLiteral("%1: entity[%2] (\"%3\")").arg(where).arg(i).arg(QString::fromStdString(entity.id()));
        if (!v.has_position())
            return Error::invalidInput(tr("the vehicle position has no position"), at);
        VehiclePosition p;
        p.vehicleId = QString::fromStdString(v.vehicle().id());
        if (p.vehicleId.isEmpty())
            p.vehicleId = QString::fromStdString(entity.id());
        p.label = QString::fromStdString(v.vehicle().label());
        p.tripId = QString::fromStdString(v.trip().trip_id());
        p.routeId = QString::fromStdString(v.trip().route_id());
        p.latitude = v.position().latitude();
        p.longitude = v.position().longitude();
        if (!std::isfinite(p.latitude) || std::abs(p.latitude) > 90)
            return Error::invalidInput(tr("position.latitude %1 is out of range").arg(p.latitude), at);
        if (!std::isfinite(p.longitude) || std::abs(p.longitude) > 180)
            return Error::invalidInput(tr("position.longitude %1 is out of range").arg(p.longitude), at);
        if (v.position().has_bearing())
            p.bearing = v.position().bearing();
        if (v.position().has_speed())
            p.speed = v.position().speed();
        p.stopId = QString::fromStdString(v.stop_id());
        switch (v.current_status()) {
        case transit_realtime::VehiclePosition::INCOMING_AT: p.status = VehiclePosition::Status::IncomingAt; break;
        case transit_realtime::VehiclePosition::STOPPED_AT: p.status = VehiclePosition::Status::StoppedAt; break;
        default: p.status = VehiclePosition::Status::InTransitTo; break;
        }
        p.timestamp = qint64(v.timestamp());
        positions.push_back(std::move(p));
    }
    return positions;
}

core::Result<std::vector<VehiclePosition>> GtfsRealtimeFeed::readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::io(file.errorString(), path);
    return decode(file.readAll(), QFileInfo(path).fileName());
}

QByteArray GtfsRealtimeFeed::encode(const std::vector<VehiclePosition> &positions, qint64 timestamp)
{
    transit_realtime::FeedMessage message;
    message.mutable_header()->set_gtfs_realtime_version("2.0");
    message.mutable_header()->set_incrementality(transit_realtime::FeedHeader::FULL_DATASET);
    message.mutable_header()->set_timestamp(quint64(timestamp));
    for (const VehiclePosition &p : positions) {
        auto *entity = message.add_entity();
        entity->set_id(p.vehicleId.toStdString());
        auto *v = entity->mutable_vehicle();
        v->mutable_vehicle()->set_id(p.vehicleId.toStdString());
        if (!p.label.isEmpty())
            v->mutable_vehicle()->set_label(p.label.toStdString());
        if (!p.tripId.isEmpty())
            v->mutable_trip()->set_trip_id(p.tripId.toStdString());
        if (!p.routeId.isEmpty())
            v->mutable_trip()->set_route_id(p.routeId.toStdString());
        v->mutable_position()->set_latitude(float(p.latitude));
        v->mutable_position()->set_longitude(float(p.longitude));
        if (p.bearing)
            v->mutable_position()->set_bearing(float(*p.bearing));
        if (p.speed)
            v->mutable_position()->set_speed(float(*p.speed));
        if (!p.stopId.isEmpty())
            v->set_stop_id(p.stopId.toStdString());
        v->set_current_status(p.status == VehiclePosition::Status::IncomingAt ? transit_realtime::VehiclePosition::INCOMING_AT
                              : p.status == VehiclePosition::Status::StoppedAt
                                  ? transit_realtime::VehiclePosition::STOPPED_AT
                                  : transit_realtime::VehiclePosition::IN_TRANSIT_TO);
        if (p.timestamp > 0)
            v->set_timestamp(quint64(p.timestamp));
    }
    const std::string bytes = message.SerializeAsString();
    return QByteArray(bytes.data(), qsizetype(bytes.size()));
}

} // namespace ct::fleets
