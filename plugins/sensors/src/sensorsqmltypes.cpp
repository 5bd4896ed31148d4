// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "sensorsqmltypes.h"

#include "alarmlistmodel.h"
#include "energydashboard.h"
#include "sensorlistmodel.h"
#include "sensorpanel.h"

#include <QQmlEngine>

namespace ct::sensors {

void SensorsQmlTypes::registerTypes()
{
    static bool registered = false;
    if (registered)
        return;
    registered = true;
    const char *uri = "CityTwin.Sensors";
    qmlRegisterType<SensorPanel>(uri, 1, 0, "SensorPanel");
    qmlRegisterType<EnergyDashboard>(uri, 1, 0, "EnergyDashboard");
    const QString byPanel = QStringLiteral("created by SensorPanel");
    qmlRegisterUncreatableType<SensorListModel>(uri, 1, 0, "SensorListModel", byPanel);
    qmlRegisterUncreatableType<AlarmListModel>(uri, 1, 0, "AlarmListModel", byPanel);
}

} // namespace ct::sensors
