// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "sensorkind.h"

#include <array>
#include <utility>

namespace ct::sensors {

namespace {
constexpr std::array<std::pair<SensorKind, const char *>, 8> kNames{{
    {SensorKind::RiverGauge, "river_gauge"},
    {SensorKind::Weather, "weather"},
    {SensorKind::BridgeStrain, "bridge_strain"},
    {SensorKind::Streetlight, "streetlight"},
    {SensorKind::EnergyMeter, "energy_meter"},
    {SensorKind::AirQuality, "air_quality"},
    {SensorKind::PeopleFlow, "people_flow"},
    {SensorKind::TrafficCounter, "traffic_counter"},
}};
} // namespace

QString kindName(SensorKind kind)
{
    for (const auto &[k, name] : kNames)
        if (k == kind)
            return QString::fromLatin1(name);
    return {};
}

std::optional<SensorKind> kindFromName(const QString &name)
{
    for (const auto &[k, text] : kNames)
        if (name == QLatin1String(text))
            return k;
    return std::nullopt;
}

} // namespace ct::sensors
