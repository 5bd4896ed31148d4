// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include "observation.h"

#include <QByteArray>
#include <QString>

namespace ct::sensors {

/// \brief Picks the parser for an MQTT message by its topic: "v1.x/Datastreams(id)/Observations"
/// → SensorThings; "ngsi-ld/…" → NGSI-LD; "amedas/<yyyyMMddHHmmss>" (JST, as JMA names its
/// files) → AMeDAS; anything else → a bare reading keyed "mqtt:<topic>".
class PayloadRouter
{
public:
    static ParsedPayload parse(const QString &topic, const QByteArray &payload, qint64 receivedMs);
};

} // namespace ct::sensors
