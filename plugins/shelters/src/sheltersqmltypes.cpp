// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "sheltersqmltypes.h"

#include "messagelistmodel.h"
#include "requestlistmodel.h"
#include "shelterdashboard.h"
#include "shelterlistmodel.h"

#include <QQmlEngine>

namespace ct::shelters {

void SheltersQmlTypes::registerTypes()
{
    static bool registered = false;
    if (registered)
        return;
    registered = true;
    const char *uri = "CityTwin.Shelters";
    qmlRegisterType<ShelterDashboard>(uri, 1, 0, "ShelterDashboard");
    const QString byDashboard = QStringLiteral("created by ShelterDashboard");
    qmlRegisterUncreatableType<ShelterListModel>(uri, 1, 0, "ShelterListModel", byDashboard);
    qmlRegisterUncreatableType<RequestListModel>(uri, 1, 0, "RequestListModel", byDashboard);
    qmlRegisterUncreatableType<MessageListModel>(uri, 1, 0, "MessageListModel", byDashboard);
}

} // namespace ct::shelters
