// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "ct/assets/assettype.h"

#include <QCoreApplication>

namespace ct::assets {

QString assetTypeCode(AssetType type)
{
    switch (type) {
    case AssetType::Bridge: return QStringLiteral("bridge");
    case AssetType::Pavement: return QStringLiteral("pavement");
    case AssetType::WaterPipe: return QStringLiteral("water_pipe");
    case AssetType::SewerPipe: return QStringLiteral("sewer_pipe");
    }
    return {};
}

bool parseAssetType(const QString &code, AssetType *type)
{
    const QString c = code.trimmed().toLower();
    for (AssetType t : allAssetTypes()) {
        if (c == assetTypeCode(t)) {
            *type = t;
            return true;
        }
    }
    return false;
}

QString assetTypeLabel(AssetType type)
{
    switch (type) {
    case AssetType::Bridge: return QCoreApplication::translate("AssetType", "Bridge");
    case AssetType::Pavement: return QCoreApplication::translate("AssetType", "Pavement");
    case AssetType::WaterPipe: return QCoreApplication::translate("AssetType", "Water main");
    case AssetType::SewerPipe: return QCoreApplication::translate("AssetType", "Sewer");
    }
    return {};
}

bool isPricedByArea(AssetType type)
{
    return type == AssetType::Bridge || type == AssetType::Pavement;
}

} // namespace ct::assets
