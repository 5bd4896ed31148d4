// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

// A `sensor_sites` layer with energy-meter sites as the city generator writes them (names
// "<facility> 電力量計", kWh, every 30 min) and a `shelters` layer naming the facilities' kinds.

#include "ct/store/twinstore.h"

#include <QTest>

namespace ct::sensors::test {

struct DemoFacility
{
    QString name;
    QString kind; //!< shelters.kind: school | community_centre | public | park
};

inline bool writeGeneratedSites(store::TwinStore &twin, const std::vector<DemoFacility> &facilities)
{
    using Type = store::FieldDefinition::Type;
    store::LayerDefinition sites;
    sites.name = QStringLiteral("sensor_sites");
    sites.srsId = 6677;
    sites.fields = {{QStringLiteral("source_id"), Type::Text}, {QStringLiteral("name"), Type::Text}, {QStringLiteral("kind"), Type::Text},
                    {QStringLiteral("unit"), Type::Text}, {QStringLiteral("interval_s"), Type::Integer}};
    store::LayerDefinition shelters;
    shelters.name = QStringLiteral("shelters");
    shelters.srsId = 6677;
    shelters.fields = {{QStringLiteral("name"), Type::Text}, {QStringLiteral("kind"), Type::Text}};
    if (!twin.createLayer(sites) || !twin.createLayer(shelters) || !twin.begin())
        return false;
    auto siteWriter = twin.writer(sites.name, {QStringLiteral("source_id"), QStringLiteral("name"), QStringLiteral("kind"),
                                               QStringLiteral("unit"), QStringLiteral("interval_s")});
    auto shelterWriter = twin.writer(shelters.name, {QStringLiteral("name"), QStringLiteral("kind")});
    if (!siteWriter || !shelterWriter)
        return false;
    int i = 0;
    for (const DemoFacility &f : facilities) {
        ++i;
        const auto at = geo::Geometry::point({1000.0 * i, 2000.0});
        if (!siteWriter->insert(at, {QStringLiteral("GEN-ENERGY-%1").arg(i, 4, 10, QLatin1Char('0')), f.name + QStringLiteral(" 電力量計"),
                                     QStringLiteral("energy_meter"), QStringLiteral("kWh"), 1800})
            || !shelterWriter->insert(at, {f.name, f.kind}))
            return false;
    }
    if (!siteWriter->insert(geo::Geometry::point({0.0, 0.0}), {QStringLiteral("GEN-GAUGE-0001"), QStringLiteral("花室川橋"),
                                                                QStringLiteral("river_gauge"), QStringLiteral("m"), 600}))
        return false;
    return siteWriter->finish() && shelterWriter->finish() && twin.commit();
}

} // namespace ct::sensors::test
