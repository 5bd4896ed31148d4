// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include "ct/scene/meshtile.h"

#include <memory>
#include <optional>
#include <span>

namespace ct::scene {

/// \brief Finds which feature a ray from the camera hits first, with OSG's line-segment
/// intersector over KD-trees built from the same tiles the view draws.
class FeaturePicker
{
public:
    struct Hit
    {
        std::uint32_t feature = 0;  //!< index into the builder's input (MeshTile::triangleFeature)
        float x = 0, y = 0, z = 0;  //!< hit position, scene coordinates
        float distance = 0;         //!< from the ray origin
    };

    explicit FeaturePicker(std::span<const MeshTile> tiles);
    ~FeaturePicker();
    FeaturePicker(FeaturePicker &&) noexcept;
    FeaturePicker &operator=(FeaturePicker &&) noexcept;

    /// Nearest hit along the segment from `from` to `to` (scene coordinates).
    std::optional<Hit> pick(const float from[3], const float to[3]) const;

private:
    struct State;
    std::unique_ptr<State> m_state;
};

} // namespace ct::scene
