// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include "shelterrecord.h"

#include "ct/pluginapi/featurestatesource.h"

#include <vector>

namespace ct::shelters {

/// \brief The live state of the shelters layer for the map: symbols coloured by the HQ
/// congestion scale, sized by the persons inside, and flagged when closed, without power or short
/// of supplies.
///
/// Attributes: numbers "occupancy", "capacity", "load" (occupancy ÷ capacity, as the evacuation
/// model's state has them) and "congestion" (the level 0–3); texts "status" (the lifecycle state)
/// and "alert". The colour follows "congestion" (four stops, one per level, so no blend); an
/// "alert" of "closed", "no_power" or "shortage" overrides it (in that priority), so a shelter
/// without power shows as such whatever its congestion. Operating shelters without an alert
/// have an empty "alert".
class ShelterStateSource : public plugin::FeatureStateSource
{
public:
    QString layer() const override { return QStringLiteral("shelters"); }
    core::Result<sim::FeatureState> read(const store::TwinStore &twin) const override;

    //! The state of `records` (what read() does after reading the twin).
    static sim::FeatureState stateOf(const std::vector<ShelterRecord> &records);
    //! The style: congestion colours, alert categories, size by persons up to `largest`.
    static sim::FeatureStyle style(double largest);
    //! "closed", "no_power", "shortage" or empty.
    static QString alertOf(const ShelterRecord &record);
};

} // namespace ct::shelters
