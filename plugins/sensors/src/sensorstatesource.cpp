// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "sensorstatesource.h"

#include "sensorschema.h"

#include "ct/store/sqlstatement.h"
#include "ct/store/twinstore.h"

#include <QCoreApplication>

namespace ct::sensors {

using store::SqlStatement;

QString SensorStateSource::levelColor(int level)
{
    switch (level) {
    case 1: return QStringLiteral("#f2c500"); // 水防団待機水位
    case 2: return QStringLiteral("#f39c12"); // 氾濫注意水位
    case 3: return QStringLiteral("#e0331f"); // 避難判断水位
    case 4: return QStringLiteral("#8e1dac"); // 氾濫危険水位
    default: return QStringLiteral("#2e86de");
    }
}

sim::FeatureStyle SensorStateSource::style()
{
    sim::FeatureStyle s;
    s.title = QStringLiteral(QT_TRANSLATE_NOOP("FeatureState", "Sensor alarm level"));
    s.colorBy = QStringLiteral("level");
    s.colorStops = {{0.0, levelColor(0), QStringLiteral(QT_TRANSLATE_NOOP("FeatureState", "normal"))},
                    {1.0, levelColor(1), QStringLiteral(QT_TRANSLATE_NOOP("FeatureState", "level 1 standby"))},
                    {2.0, levelColor(2), QStringLiteral(QT_TRANSLATE_NOOP("FeatureState", "level 2 caution"))},
                    {3.0, levelColor(3), QStringLiteral(QT_TRANSLATE_NOOP("FeatureState", "level 3 evacuation"))},
                    {4.0, levelColor(4), QStringLiteral(QT_TRANSLATE_NOOP("FeatureState", "level 4 danger"))}};
    s.categoryBy = QStringLiteral("alert");
    s.categories = {{QStringLiteral("stale"), QStringLiteral("#7f8c8d"), QStringLiteral(QT_TRANSLATE_NOOP("FeatureState", "no recent reading"))}};
    return s;
}

core::Result<sim::FeatureState> SensorStateSource::read(const store::TwinStore &twin) const
{
    sim::FeatureState state;
    state.layer = layer();
    state.numberNames = {QStringLiteral("level"), QStringLiteral("unacknowledged")};
    state.textNames = {QStringLiteral("alert")};
    state.style = style();
    // No sensor data yet (a twin never opened for writing with this plugin): no rows, so the sites
    // keep their plain style, instead of an error about the missing tables.
    if (twin.schemaVersion(SensorSchema::component()) == 0)
        return state;
    // One row per site: the highest level of its sensors, its unacknowledged active alarms and
    // whether any of its sensors has an active stale alarm.
    SqlStatement q(twin.handle(),
                   "SELECT s.site_fid, MAX(COALESCE(st.level, 0)), "
                   "  (SELECT COUNT(*) FROM sensor_alarm a JOIN sensor s2 ON s2.id = a.sensor_id "
                   "    WHERE s2.site_fid = s.site_fid AND a.cleared_ms IS NULL AND a.acknowledged_ms IS NULL), "
                   "  EXISTS (SELECT 1 FROM sensor_alarm a JOIN sensor s3 ON s3.id = a.sensor_id "
                   "    WHERE s3.site_fid = s.site_fid AND a.kind = 'stale' AND a.cleared_ms IS NULL) "
                   "FROM sensor s LEFT JOIN sensor_alarm_state st ON st.sensor_id = s.id "
                   "WHERE s.site_fid IS NOT NULL AND s.site_fid > 0 GROUP BY s.site_fid ORDER BY s.site_fid");
    if (!q.isValid())
        return q.status().error();
    while (q.next())
        state.append(q.int64(0), {double(q.int64(1)), double(q.int64(2))},
                     {q.int64(3) != 0 ? QStringLiteral("stale") : QString()});
    if (!q.status().ok())
        return q.status().error();
    return state;
}

} // namespace ct::sensors
