// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include "observation.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace ct::sensors {

/// \brief Parsers of the feeds the twin takes. Each turns one payload into observations keyed
/// by the feed's own ids (see `sensor_alias`) and rejections; none throws or stops on bad input.
class FeedParser
{
public:
    /// OGC SensorThings API: one Observation ({"phenomenonTime", "result", optional
    /// "Datastream": {"@iot.id"}}) or a collection ({"value": [...]}). `topic` may be the MQTT
    /// form "v1.1/Datastreams(<id>)/Observations" (v1.0 too), which names the Datastream.
    /// Keys: "sta:<Datastream id>".
    static ParsedPayload sensorThings(const QByteArray &payload, const QString &topic = {});
    /// NGSI-LD entities (one object or an array) of type WaterObserved or WeatherObserved: every
    /// numeric Property becomes an observation keyed "ngsi:<entity id>#<attribute>", at its
    /// observedAt or the entity's dateObserved, with its unitCode (UN/CEFACT).
    static ParsedPayload ngsiLd(const QByteArray &payload, const QString &where = {});
    /// JMA AMeDAS map JSON: {"<station>": {"<element>": [value, quality flag], …}, …} at `tMs`.
    /// Keys: "amedas:<station>/<element>"; a null value is MissingValue.
    static ParsedPayload amedas(const QByteArray &payload, qint64 tMs, const QString &where = {});
    /// A bare reading on an MQTT topic: a number, or {"value": v, "time": ISO 8601 or ms, "unit": u}.
    /// Key "mqtt:<topic>"; without a time, `receivedMs`.
    static ParsedPayload plain(const QByteArray &payload, const QString &topic, qint64 receivedMs);

    /// ISO 8601 (with zone; a SensorThings interval "a/b" gives its end) or ms since the epoch.
    static std::optional<qint64> parseTime(const QString &text);
    /// Units that name the same thing ("m", "MTR", "metre"; "°C", "CEL", "Cel") map to one spelling.
    static QString canonicalUnit(const QString &unit);
};

} // namespace ct::sensors
