// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "gaugesitereader.h"

#include "sensorschema.h"

#include "ct/store/sqlstatement.h"
#include "ct/store/twinstore.h"

#include <QHash>

namespace ct::sensors {

using store::SqlStatement;

core::Result<std::vector<GaugeSite>> GaugeSiteReader::read(const store::TwinStore &twin)
{
    std::vector<GaugeSite> out;
    const QString layer = QStringLiteral("sensor_sites");
    if (!twin.hasLayer(layer))
        return out;
    auto info = twin.layer(layer);
    if (!info)
        return info.error();
    QStringList columns{QStringLiteral("source_id"), QStringLiteral("name"), QStringLiteral("kind")};
    for (const auto &field : info->fields)
        if (field.name == QLatin1String("catchment_km2") || field.name == QLatin1String("river"))
            columns << field.name;
    auto table = twin.read(layer, columns);
    if (!table)
        return table.error();
    const int sourceColumn = table->columnIndex(QStringLiteral("source_id"));
    const int nameColumn = table->columnIndex(QStringLiteral("name"));
    const int kindColumn = table->columnIndex(QStringLiteral("kind"));
    const int areaColumn = table->columnIndex(QStringLiteral("catchment_km2"));
    const int riverColumn = table->columnIndex(QStringLiteral("river"));
    for (std::size_t row = 0; row < table->size(); ++row) {
        auto cell = [&](int c) { return c < 0 ? QVariant() : table->columns[std::size_t(c)][row]; };
        if (cell(kindColumn).toString() != QLatin1String("river_gauge"))
            continue;
        const auto points = table->geometries[row].points();
        if (points.empty())
            continue;
        GaugeSite g;
        g.fid = table->fids[row];
        g.sourceId = cell(sourceColumn).toString();
        g.name = cell(nameColumn).toString();
        g.river = cell(riverColumn).toString();
        g.position = points.front();
        bool ok = false;
        const double area = cell(areaColumn).toDouble(&ok);
        if (ok && !cell(areaColumn).isNull() && area > 0.0)
            g.catchmentKm2 = area;
        out.push_back(std::move(g));
    }
    if (out.empty() || twin.schemaVersion(SensorSchema::component()) < 2)
        return out;
    // Thresholds of the water-level sensors registered for these sites (falling ones are not
    // river levels and are left out; version 2 tables have rising thresholds only).
    const bool directed = twin.schemaVersion(SensorSchema::component()) >= 3;
    SqlStatement q(twin.handle(), directed ? "SELECT s.site_fid, t.level, t.name, t.value, t.hysteresis, t.direction FROM sensor s "
                                             "JOIN sensor_threshold t ON t.sensor_id = s.id WHERE s.kind = 'river_gauge' "
                                             "AND s.site_fid IS NOT NULL ORDER BY s.site_fid, s.id, t.level"
                                           : "SELECT s.site_fid, t.level, t.name, t.value, t.hysteresis, 'rising' FROM sensor s "
                                             "JOIN sensor_threshold t ON t.sensor_id = s.id WHERE s.kind = 'river_gauge' "
                                             "AND s.site_fid IS NOT NULL ORDER BY s.site_fid, s.id, t.level");
    if (!q.isValid())
        return q.status().error();
    QHash<qint64, std::size_t> byFid;
    for (std::size_t i = 0; i < out.size(); ++i)
        byFid.insert(out[i].fid, i);
    while (q.next()) {
        const auto it = byFid.constFind(q.int64(0));
        if (it == byFid.constEnd())
            continue;
        Threshold t{int(q.int64(1)), q.text(2), q.real(3), q.real(4), Threshold::directionFromName(q.text(5))};
        if (t.direction != Threshold::Direction::Rising)
            continue;
        auto &list = out[*it].thresholds;
        if (list.empty() || list.back().level < t.level)   // one sensor per site: the first one's levels
            list.push_back(std::move(t));
    }
    if (!q.status().ok())
        return q.status().error();
    return out;
}

} // namespace ct::sensors
