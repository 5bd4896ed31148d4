// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "ct/safety/alertplace.h"

namespace ct::safety {

QString placeKindKey(AlertPlace::Kind kind)
{
    switch (kind) {
    case AlertPlace::Kind::MapPoint: return QStringLiteral("map");
    case AlertPlace::Kind::Address: return QStringLiteral("address");
    case AlertPlace::Kind::School: return QStringLiteral("school");
    }
    return QStringLiteral("map");
}

bool placeKindFromKey(const QString &key, AlertPlace::Kind *kind)
{
    for (auto k : {AlertPlace::Kind::MapPoint, AlertPlace::Kind::Address, AlertPlace::Kind::School}) {
        if (key == placeKindKey(k)) {
            *kind = k;
            return true;
        }
    }
    return false;
}

} // namespace ct::safety
