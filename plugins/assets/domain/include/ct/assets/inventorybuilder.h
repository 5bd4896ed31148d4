// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include "ct/assets/asset.h"
#include "ct/assets/deteriorationmodel.h"
#include "ct/core/result.h"

#include <vector>

namespace ct::store {
class TwinStore;
}

namespace ct::assets {

/// \brief Derives an inventory from the twin's layers, with seeded synthetic attributes.
///
/// - **Bridges**: road links flagged `bridge`, and road links that cross a river centre line
///   (`rivers`) or a water surface (`water`): the span is the part of the road inside the water
///   polygon, or within half the river's width + 5 m of its centre line (GDAL/GEOS
///   intersection); deck width = lanes × 3.5 m + 3 m.
/// - **Pavement**: every road link but `service` roads; area = length × lanes × 3.25 m.
/// - **Water pipes**: along every such link (drawn 2 m to its left); **sewer pipes** along
///   residential and tertiary links (2 m to the right).
/// - **Importance**: vehicles/day estimated from the road class (trunk 25,000, primary 15,000,
///   secondary 8,000, tertiary 4,000, residential 800; ×1.5 with four lanes or more) for bridges
///   and pavement; for pipes the residents of the `buildings` whose nearest road link (within
///   150 m) is the pipe's link.
/// - **Synthetic attributes** (deterministic in the seed and the road's fid): install years of
///   bridges and pipes clustered in Tsukuba's build-out (normal, mean 1978, sd 6, 1963–2022; 15 %
///   uniform 1985–2020), pavement's last resurfacing 1985–2023 (normal, mean 2003, sd 9); the
///   grade drawn by running the Markov chain from I over the asset's age (so older assets are
///   worse, as the model says), with the urgent measures a city takes: an asset that reached IV
///   more than two years before the reference year was renewed then (back to I, its install year
///   becomes that year); the last inspection within the type's cycle (bridges 5 years, pavement
///   7, pipes 10) before the reference year; materials by era.
class InventoryBuilder
{
public:
    struct Options
    {
        quint64 seed = 1;
        int referenceYear = 2025; //!< "today" of the synthetic ages and inspections
        DeteriorationModel model = DeteriorationModel::defaults();
    };

    //! The inventory of the twin's `roads` (empty when there is no road layer).
    static core::Result<std::vector<Asset>> build(const store::TwinStore &twin, const Options &options);
};

} // namespace ct::assets
