// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

// A twin with the sensors plugin's schema and a few registered sensors, for the sensors tests.

#include "sensorregistry.h"
#include "sensorschema.h"

#include "ct/store/twinstore.h"

#include <QTest>

#include <memory>

namespace ct::sensors::test {

inline void require(const core::Status &status, const char *what)
{
    if (!status)
        qFatal("%s: %s", what, qPrintable(status.error().toString()));
}

inline std::unique_ptr<store::TwinStore> makeTwin(const QString &path)
{
    auto created = store::TwinStore::create(path);
    if (!created)
        qFatal("cannot create %s: %s", qPrintable(path), qPrintable(created.error().toString()));
    auto twin = std::move(created.value());
    require(twin->migrate(SensorSchema::component(), SensorSchema::migrations()), "sensors schema");
    return twin;
}

//! Registers a gauge with the four demo levels around `base` (m): 1 at base+1.0, 2 at +1.5, 3 at +2.2, 4 at +2.8.
inline qint64 addGauge(store::TwinStore &twin, const QString &source, double base = 1.0, int intervalS = 600)
{
    SensorRegistry registry(twin);
    Sensor s;
    s.sourceId = source;
    s.name = source;
    s.kind = SensorKind::RiverGauge;
    s.quantity = QStringLiteral("water_level");
    s.unit = QStringLiteral("m");
    s.intervalS = intervalS;
    s.thresholds = SensorRegistry::demoGaugeThresholds(base);
    auto id = registry.add(s);
    if (!id)
        qFatal("gauge: %s", qPrintable(id.error().toString()));
    return id.value();
}

} // namespace ct::sensors::test
