// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include <QString>

#include <optional>

namespace ct::sensors {

/// \brief What a sensor measures; the text form is stored in `sensor.kind`.
enum class SensorKind {
    RiverGauge,      //!< water level, m
    Weather,         //!< precipitation (mm / 10 min) or temperature (°C)
    BridgeStrain,    //!< µε
    Streetlight,     //!< lamp power, W
    EnergyMeter,     //!< kWh
    AirQuality,      //!< PM2.5, µg/m³
    PeopleFlow,      //!< persons/h
    TrafficCounter   //!< vehicles/h
};

QString kindName(SensorKind kind);
std::optional<SensorKind> kindFromName(const QString &name);

} // namespace ct::sensors
