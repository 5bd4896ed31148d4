// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "staregistrar.h"

#include "sensorregistry.h"
#include "writescope.h"

#include "ct/geo/crs.h"
#include "ct/geo/crstransform.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>
#include <map>
#include <optional>

namespace ct::sensors {

using core::Error;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Sensors", text);
}

//! The entries of a collection document: {"value": [...]} or a bare array.
core::Result<QJsonArray> readCollection(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::io(tr("cannot read %1: %2").arg(path, file.errorString()), path);
    const QByteArray bytes = file.readAll();
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const int line = int(bytes.left(parseError.offset).count('\n')) + 1;
        return Error::invalidInput(tr("%1:%2: not JSON: %3").arg(QFileInfo(path).fileName()).arg(line).arg(parseError.errorString()), path);
    }
    if (doc.isArray())
        return doc.array();
    if (doc.isObject() && doc.object().value(QLatin1String("value")).isArray())
        return doc.object().value(QLatin1String("value")).toArray();
    return Error::invalidInput(tr("%1: expected a SensorThings collection {\"value\": [...]}").arg(QFileInfo(path).fileName()), path);
}

//! "@iot.id" as text (services use numbers or strings); empty when missing.
QString idOf(const QJsonValue &v)
{
    const QJsonValue id = v.toObject().value(QLatin1String("@iot.id"));
    if (id.isDouble())
        return QString::number(qint64(id.toDouble()));
    return id.toString();
}

struct Kind
{
    SensorKind kind;
    QString quantity;
};

std::optional<Kind> kindFromText(const QString &text)
{
    const QString t = text.toLower();
    if (t.contains(QLatin1String("water level")) || t.contains(QLatin1String("waterlevel")) || t.contains(QStringLiteral("水位"))
        || t.contains(QLatin1String("river stage")))
        return Kind{SensorKind::RiverGauge, QStringLiteral("water_level")};
    if (t.contains(QLatin1String("precipitation")) || t.contains(QLatin1String("rainfall")) || t.contains(QStringLiteral("雨量"))
        || t.contains(QStringLiteral("降水")))
        return Kind{SensorKind::Weather, QStringLiteral("precipitation")};
    if (t.contains(QLatin1String("air temperature")) || t.contains(QStringLiteral("気温")) || t == QLatin1String("temperature"))
        return Kind{SensorKind::Weather, QStringLiteral("temperature")};
    if (t.contains(QLatin1String("pm2.5")) || t.contains(QLatin1String("pm25")))
        return Kind{SensorKind::AirQuality, QStringLiteral("pm25")};
    if (t.contains(QLatin1String("strain")) || t.contains(QStringLiteral("ひずみ")))
        return Kind{SensorKind::BridgeStrain, QStringLiteral("strain")};
    return std::nullopt;
}

//! A WGS84 lon/lat point from a Location's "location" (GeoJSON Point or a Feature of one).
std::optional<std::pair<double, double>> pointOf(const QJsonObject &location)
{
    QJsonObject g = location.value(QLatin1String("location")).toObject();
    if (g.value(QLatin1String("type")).toString() == QLatin1String("Feature"))
        g = g.value(QLatin1String("geometry")).toObject();
    if (g.value(QLatin1String("type")).toString() != QLatin1String("Point"))
        return std::nullopt;
    const QJsonArray c = g.value(QLatin1String("coordinates")).toArray();
    if (c.size() < 2 || !c[0].isDouble() || !c[1].isDouble())
        return std::nullopt;
    const double lon = c[0].toDouble(), lat = c[1].toDouble();
    if (lon < -180 || lon > 180 || lat < -90 || lat > 90)
        return std::nullopt;
    return std::make_pair(lon, lat);
}

} // namespace

StaRegistrar::StaRegistrar(store::TwinStore &twin) : m_twin(twin) {}

core::Result<StaRegistration> StaRegistrar::registerFiles(const QString &thingsPath, const QString &locationsPath,
                                                          const QString &datastreamsPath)
{
    auto things = readCollection(thingsPath);
    if (!things)
        return things.error();
    auto locations = readCollection(locationsPath);
    if (!locations)
        return locations.error();
    auto datastreams = readCollection(datastreamsPath);
    if (!datastreams)
        return datastreams.error();
    const QString thingsFile = QFileInfo(thingsPath).fileName();
    const QString locationsFile = QFileInfo(locationsPath).fileName();
    const QString datastreamsFile = QFileInfo(datastreamsPath).fileName();

    // Locations by id; Things they name.
    std::map<QString, QJsonObject> locationById;
    std::map<QString, QString> locationOfThing; // from Location.Things
    for (int i = 0; i < locations->size(); ++i) {
        const QJsonObject l = locations->at(i).toObject();
        const QString id = idOf(l);
        if (id.isEmpty())
            return Error::invalidInput(tr("%1: value[%2]: a Location without @iot.id").arg(locationsFile).arg(i), locationsPath);
        locationById[id] = l;
        for (const QJsonValue &t : l.value(QLatin1String("Things")).toArray())
            if (!idOf(t).isEmpty() && !locationOfThing.count(idOf(t)))
                locationOfThing[idOf(t)] = id;
    }

    // Things by id, with the Location each resolves to, and Things of expanded Datastreams.
    struct ThingInfo
    {
        QString name;
        std::optional<QJsonObject> location;
    };
    std::map<QString, ThingInfo> thingById;
    std::map<QString, QString> thingOfDatastream;
    for (int i = 0; i < things->size(); ++i) {
        const QJsonObject t = things->at(i).toObject();
        const QString id = idOf(t);
        if (id.isEmpty())
            return Error::invalidInput(tr("%1: value[%2]: a Thing without @iot.id").arg(thingsFile).arg(i), thingsPath);
        ThingInfo info;
        info.name = t.value(QLatin1String("name")).toString();
        if (info.name.isEmpty())
            return Error::invalidInput(tr("%1: value[%2] (Thing %3): no name").arg(thingsFile).arg(i).arg(id), thingsPath);
        const QJsonArray own = t.value(QLatin1String("Locations")).toArray();
        if (!own.isEmpty()) {
            const QJsonObject first = own.first().toObject();
            if (first.contains(QLatin1String("location")))
                info.location = first;
            else if (auto it = locationById.find(idOf(first)); it != locationById.end())
                info.location = it->second;
            else
                return Error::invalidInput(tr("%1: value[%2] (Thing %3): Location %4 is not in %5")
                                               .arg(thingsFile).arg(i).arg(id, idOf(first), locationsFile), thingsPath);
        } else if (auto it = locationOfThing.find(id); it != locationOfThing.end()) {
            info.location = locationById[it->second];
        }
        for (const QJsonValue &d : t.value(QLatin1String("Datastreams")).toArray())
            if (!idOf(d).isEmpty())
                thingOfDatastream[idOf(d)] = id;
        thingById[id] = std::move(info);
    }

    auto toLocal = geo::CrsTransform::create(geo::crs::kWgs84, geo::crs::kJgd2011ZoneIX);
    if (!toLocal)
        return toLocal.error();

    WriteScope tx(m_twin);
    if (!tx.status())
        return tx.status().error();
    SensorRegistry registry(m_twin);
    StaRegistration result;
    for (int i = 0; i < datastreams->size(); ++i) {
        const QJsonObject d = datastreams->at(i).toObject();
        const QString id = idOf(d);
        const QString where = tr("%1: value[%2]").arg(datastreamsFile).arg(i);
        if (id.isEmpty())
            return Error::invalidInput(tr("%1: a Datastream without @iot.id").arg(where), datastreamsPath);
        const QString entry = tr("%1 (Datastream %2)").arg(where, id);
        const QString alias = QStringLiteral("sta:") + id;
        auto known = registry.resolve(alias);
        if (!known)
            return known.error();
        if (known.value()) {
            ++result.existing;
            continue;
        }
        QString thingId = idOf(d.value(QLatin1String("Thing")));
        if (thingId.isEmpty() && thingOfDatastream.count(id))
            thingId = thingOfDatastream[id];
        if (thingId.isEmpty())
            return Error::invalidInput(tr("%1: no Thing (give \"Thing\": {\"@iot.id\": …} or expand Datastreams in %2)")
                                           .arg(entry, thingsFile), datastreamsPath);
        const auto thing = thingById.find(thingId);
        if (thing == thingById.end())
            return Error::invalidInput(tr("%1: Thing %2 is not in %3").arg(entry, thingId, thingsFile), datastreamsPath);
        const QString unit = d.value(QLatin1String("unitOfMeasurement")).toObject().value(QLatin1String("symbol")).toString();
        if (unit.isEmpty())
            return Error::invalidInput(tr("%1: no unitOfMeasurement.symbol").arg(entry), datastreamsPath);

        const QJsonObject props = d.value(QLatin1String("properties")).toObject();
        std::optional<Kind> kind;
        if (props.contains(QLatin1String("kind"))) {
            const auto k = kindFromName(props.value(QLatin1String("kind")).toString());
            if (!k)
                return Error::invalidInput(tr("%1: properties.kind \"%2\" is not a sensor kind")
                                               .arg(entry, props.value(QLatin1String("kind")).toString()), datastreamsPath);
            kind = Kind{*k, props.value(QLatin1String("quantity")).toString()};
        } else {
            const QJsonObject op = d.value(QLatin1String("ObservedProperty")).toObject();
            kind = kindFromText(op.value(QLatin1String("name")).toString());
            if (!kind)
                kind = kindFromText(op.value(QLatin1String("definition")).toString());
            if (!kind)
                kind = kindFromText(d.value(QLatin1String("name")).toString());
        }
        if (!kind || kind->quantity.isEmpty())
            return Error::invalidInput(tr("%1: cannot tell what it measures (give an ObservedProperty name such as "
                                          "\"water level\", or properties.kind and properties.quantity)").arg(entry),
                                       datastreamsPath);

        Sensor s;
        s.sourceId = QStringLiteral("sta/%1/%2").arg(thingId, id);
        const QString dsName = d.value(QLatin1String("name")).toString();
        s.name = dsName.isEmpty() ? thing->second.name : thing->second.name + QLatin1Char(' ') + dsName;
        s.kind = kind->kind;
        s.quantity = kind->quantity;
        s.unit = unit;
        if (props.contains(QLatin1String("interval_s"))) {
            s.intervalS = props.value(QLatin1String("interval_s")).toInt();
            if (s.intervalS <= 0)
                return Error::invalidInput(tr("%1: properties.interval_s must be a positive number of seconds").arg(entry), datastreamsPath);
        }
        if (thing->second.location) {
            const auto lonLat = pointOf(*thing->second.location);
            if (!lonLat)
                return Error::invalidInput(tr("%1: Location %2 of Thing %3 is not a GeoJSON point in longitude/latitude")
                                               .arg(locationsFile, idOf(*thing->second.location), thingId), locationsPath);
            geo::Point p{lonLat->first, lonLat->second};
            if (!toLocal->forward(p))
                return Error::invalidInput(tr("%1: Location %2 cannot be transformed to EPSG:6677")
                                               .arg(locationsFile, idOf(*thing->second.location)), locationsPath);
            s.x = p.x;
            s.y = p.y;
        } else {
            ++result.withoutLocation;
        }
        auto added = registry.add(s);
        if (!added)
            return Error::invalidInput(tr("%1: %2").arg(entry, added.error().message), datastreamsPath);
        if (auto st = registry.addAlias(alias, added.value()); !st)
            return st.error();
        ++result.added;
    }
    if (auto st = tx.commit(); !st)
        return st.error();
    return result;
}

} // namespace ct::sensors
