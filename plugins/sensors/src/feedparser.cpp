// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "feedparser.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <cmath>

namespace ct::sensors {

namespace {

std::optional<QJsonDocument> parseJson(const QByteArray &payload, const QString &where, ParsedPayload &out)
{
    QJsonParseError error;
    QJsonDocument doc = QJsonDocument::fromJson(payload, &error);
    if (error.error != QJsonParseError::NoError) {
        out.rejections.push_back({RejectReason::Malformed, where,
                                  QStringLiteral("%1 at offset %2").arg(error.errorString()).arg(error.offset)});
        return std::nullopt;
    }
    return doc;
}

//! A JSON number → value; NaN/Infinity are not JSON, but strings "NaN" do arrive.
bool readNumber(const QJsonValue &v, double *out)
{
    if (v.isDouble()) {
        *out = v.toDouble();
        return true;
    }
    if (v.isString()) {
        bool ok = false;
        *out = v.toString().toDouble(&ok);
        if (!ok && v.toString().compare(QLatin1String("nan"), Qt::CaseInsensitive) == 0) {
            *out = std::nan("");
            ok = true;
        }
        return ok;
    }
    return false;
}

void addObservation(ParsedPayload &out, const QString &key, const QJsonValue &value, const QString &time,
                    const QString &unit, int quality, const QString &where)
{
    double v = 0.0;
    if (value.isNull() || value.isUndefined()) {
        out.rejections.push_back({RejectReason::MissingValue, where, QStringLiteral("no value")});
        return;
    }
    if (!readNumber(value, &v)) {
        out.rejections.push_back({RejectReason::Malformed, where, QStringLiteral("the value is not a number")});
        return;
    }
    const auto t = FeedParser::parseTime(time);
    if (!t) {
        out.rejections.push_back({RejectReason::BadTimestamp, where, QStringLiteral("unreadable time \"%1\"").arg(time)});
        return;
    }
    out.observations.push_back({key, *t, v, unit, quality, where});
}

void staObservation(const QJsonObject &o, const QString &datastream, const QString &where, ParsedPayload &out)
{
    QString id = datastream;
    const QJsonValue ds = o.value(QLatin1String("Datastream"));
    if (ds.isObject()) {
        const QJsonValue iot = ds.toObject().value(QLatin1String("@iot.id"));
        id = iot.isDouble() ? QString::number(qint64(iot.toDouble())) : iot.toString();
    }
    if (id.isEmpty()) {
        out.rejections.push_back({RejectReason::Malformed, where, QStringLiteral("no Datastream")});
        return;
    }
    if (!o.contains(QLatin1String("result"))) {
        out.rejections.push_back({RejectReason::Malformed, where, QStringLiteral("no result")});
        return;
    }
    QString time = o.value(QLatin1String("phenomenonTime")).toString();
    if (time.isEmpty())
        time = o.value(QLatin1String("resultTime")).toString();
    addObservation(out, QStringLiteral("sta:") + id, o.value(QLatin1String("result")), time, {}, 0, where);
}

} // namespace

std::optional<qint64> FeedParser::parseTime(const QString &input)
{
    QString text = input.trimmed();
    if (text.isEmpty())
        return std::nullopt;
    if (const int slash = text.indexOf(QLatin1Char('/')); slash >= 0)
        text = text.mid(slash + 1);
    bool ok = false;
    const qint64 ms = text.toLongLong(&ok);
    if (ok)
        return ms;
    QDateTime dt = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!dt.isValid())
        dt = QDateTime::fromString(text, Qt::ISODate);
    // A time without a zone is ambiguous: refuse rather than guess local time.
    if (!dt.isValid() || dt.timeSpec() == Qt::LocalTime)
        return std::nullopt;
    return dt.toMSecsSinceEpoch();
}

QString FeedParser::canonicalUnit(const QString &unit)
{
    const QString u = unit.trimmed();
    static const std::pair<const char *, const char *> kSame[] = {
        {"MTR", "m"}, {"metre", "m"}, {"meter", "m"}, {"MMT", "mm"}, {"CEL", "°C"}, {"Cel", "°C"}, {"degC", "°C"},
        {"℃", "°C"}, {"P1", "%"}, {"MTS", "m/s"}, {"KWH", "kWh"}, {"WTT", "W"}, {"GQ", "µg/m³"}, {"ug/m3", "µg/m³"},
    };
    for (const auto &[from, to] : kSame)
        if (u == QString::fromUtf8(from))
            return QString::fromUtf8(to);
    return u;
}

ParsedPayload FeedParser::sensorThings(const QByteArray &payload, const QString &topic)
{
    ParsedPayload out;
    const QString where = topic.isEmpty() ? QStringLiteral("SensorThings") : topic;
    QString datastream;
    if (!topic.isEmpty()) {
        static const QRegularExpression form(QStringLiteral("^v1\\.[01]/Datastreams\\(([^)]+)\\)/Observations$"));
        const auto m = form.match(topic);
        if (!m.hasMatch()) {
            out.rejections.push_back({RejectReason::Malformed, where, QStringLiteral("not a SensorThings Observations topic")});
            return out;
        }
        datastream = m.captured(1);
        if (datastream.startsWith(QLatin1Char('\'')) && datastream.endsWith(QLatin1Char('\'')))
            datastream = datastream.mid(1, datastream.size() - 2);
    }
    const auto doc = parseJson(payload, where, out);
    if (!doc)
        return out;
    if (!doc->isObject()) {
        out.rejections.push_back({RejectReason::Malformed, where, QStringLiteral("expected an object")});
        return out;
    }
    const QJsonObject root = doc->object();
    if (root.value(QLatin1String("value")).isArray()) {
        const QJsonArray list = root.value(QLatin1String("value")).toArray();
        for (int i = 0; i < list.size(); ++i) {
            const QString at = QStringLiteral("%1 value[%2]").arg(where).arg(i);
            if (!list[i].isObject())
                out.rejections.push_back({RejectReason::Malformed, at, QStringLiteral("expected an Observation")});
            else
                staObservation(list[i].toObject(), datastream, at, out);
        }
    } else {
        staObservation(root, datastream, where, out);
    }
    return out;
}

ParsedPayload FeedParser::ngsiLd(const QByteArray &payload, const QString &where)
{
    ParsedPayload out;
    const QString origin = where.isEmpty() ? QStringLiteral("NGSI-LD") : where;
    const auto doc = parseJson(payload, origin, out);
    if (!doc)
        return out;
    QJsonArray entities;
    if (doc->isArray())
        entities = doc->array();
    else if (doc->isObject())
        entities.append(doc->object());
    for (int i = 0; i < entities.size(); ++i) {
        const QString at = doc->isArray() ? QStringLiteral("%1 [%2]").arg(origin).arg(i) : origin;
        const QJsonObject e = entities[i].toObject();
        const QString id = e.value(QLatin1String("id")).toString();
        const QString type = e.value(QLatin1String("type")).toString();
        if (id.isEmpty() || (type != QLatin1String("WaterObserved") && type != QLatin1String("WeatherObserved"))) {
            out.rejections.push_back({RejectReason::Malformed, at,
                                      QStringLiteral("expected a WaterObserved or WeatherObserved entity with an id")});
            continue;
        }
        QString entityTime;
        const QJsonValue dateObserved = e.value(QLatin1String("dateObserved"));
        if (dateObserved.isObject()) {
            const QJsonValue v = dateObserved.toObject().value(QLatin1String("value"));
            entityTime = v.isObject() ? v.toObject().value(QLatin1String("@value")).toString() : v.toString();
        } else {
            entityTime = dateObserved.toString();
        }
        for (auto it = e.begin(); it != e.end(); ++it) {
            if (!it->isObject())
                continue;
            const QJsonObject p = it->toObject();
            if (p.value(QLatin1String("type")).toString() != QLatin1String("Property") || it.key() == QLatin1String("dateObserved"))
                continue;
            const QJsonValue value = p.value(QLatin1String("value"));
            if (value.isString() && value.toString().compare(QLatin1String("nan"), Qt::CaseInsensitive) != 0)
                continue; // descriptive text properties (name, address, …) are not readings
            if (value.isObject() || value.isArray() || value.isBool())
                continue;
            const QString time = p.contains(QLatin1String("observedAt")) ? p.value(QLatin1String("observedAt")).toString() : entityTime;
            addObservation(out, QStringLiteral("ngsi:%1#%2").arg(id, it.key()), value, time,
                           p.value(QLatin1String("unitCode")).toString(), 0, QStringLiteral("%1 %2").arg(at, it.key()));
        }
    }
    if (!doc->isArray() && !doc->isObject())
        out.rejections.push_back({RejectReason::Malformed, origin, QStringLiteral("expected an entity or an array")});
    return out;
}

ParsedPayload FeedParser::amedas(const QByteArray &payload, qint64 tMs, const QString &where)
{
    ParsedPayload out;
    const QString origin = where.isEmpty() ? QStringLiteral("AMeDAS") : where;
    const auto doc = parseJson(payload, origin, out);
    if (!doc)
        return out;
    if (!doc->isObject()) {
        out.rejections.push_back({RejectReason::Malformed, origin, QStringLiteral("expected an object of stations")});
        return out;
    }
    const QJsonObject stations = doc->object();
    for (auto s = stations.begin(); s != stations.end(); ++s) {
        if (!s->isObject()) {
            out.rejections.push_back({RejectReason::Malformed, QStringLiteral("%1 %2").arg(origin, s.key()), QStringLiteral("expected an object of elements")});
            continue;
        }
        const QJsonObject elements = s->toObject();
        for (auto e = elements.begin(); e != elements.end(); ++e) {
            const QString at = QStringLiteral("%1 %2.%3").arg(origin, s.key(), e.key());
            const QJsonArray pair = e->toArray();
            if (!e->isArray() || pair.size() != 2 || !pair[1].isDouble()) {
                out.rejections.push_back({RejectReason::Malformed, at, QStringLiteral("expected [value, quality flag]")});
                continue;
            }
            addObservation(out, QStringLiteral("amedas:%1/%2").arg(s.key(), e.key()), pair[0], QString::number(tMs), {},
                           pair[1].toInt(), at);
        }
    }
    return out;
}

ParsedPayload FeedParser::plain(const QByteArray &payload, const QString &topic, qint64 receivedMs)
{
    ParsedPayload out;
    const QString key = QStringLiteral("mqtt:") + topic;
    bool ok = false;
    const double number = QString::fromUtf8(payload).trimmed().toDouble(&ok);
    if (ok) {
        out.observations.push_back({key, receivedMs, number, {}, 0, topic});
        return out;
    }
    const auto doc = parseJson(payload, topic, out);
    if (!doc)
        return out;
    if (!doc->isObject()) {
        out.rejections.push_back({RejectReason::Malformed, topic, QStringLiteral("expected a number or an object")});
        return out;
    }
    const QJsonObject o = doc->object();
    const QJsonValue time = o.value(QLatin1String("time"));
    const QString timeText = time.isUndefined() ? QString::number(receivedMs)
                             : time.isDouble()  ? QString::number(qint64(time.toDouble()))
                                                : time.toString();
    addObservation(out, key, o.value(QLatin1String("value")), timeText, o.value(QLatin1String("unit")).toString(),
                   o.value(QLatin1String("quality")).toInt(), topic);
    return out;
}

} // namespace ct::sensors
