// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include <QString>

#include <array>

namespace ct::assets {

/// \brief The kinds of infrastructure in the inventory. Costs of pavement are per square metre,
/// of bridges per square metre of deck, of pipes per metre (see InterventionCatalog).
enum class AssetType { Bridge, Pavement, WaterPipe, SewerPipe };

inline constexpr int kAssetTypeCount = 4;
inline constexpr std::array<AssetType, kAssetTypeCount> allAssetTypes()
{
    return {AssetType::Bridge, AssetType::Pavement, AssetType::WaterPipe, AssetType::SewerPipe};
}

//! "bridge", "pavement", "water_pipe", "sewer_pipe" (written in the twin and CSV files).
QString assetTypeCode(AssetType type);
//! Parses a code; false for anything else.
bool parseAssetType(const QString &code, AssetType *type);
//! Translated name (context "AssetType").
QString assetTypeLabel(AssetType type);
//! Whether the type's size is an area (bridge deck, pavement) rather than a length (pipes).
bool isPricedByArea(AssetType type);

} // namespace ct::assets
