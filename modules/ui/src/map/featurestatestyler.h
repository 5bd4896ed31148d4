// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include "ct/sim/featurestate.h"

#include <QColor>
#include <QVariantMap>

#include <vector>

namespace ct::ui {

/// \brief Turns a feature state (sim::FeatureState, from a snapshot or a live source) into what
/// the map draws: a colour and a size per symbol of the layer, and the legend that explains them.
///
/// Pure functions of immutable data, so the same state always looks the same (live, simulated,
/// replayed).
class FeatureStateStyler
{
public:
    struct Appearance
    {
        std::vector<QColor> colors;  //!< one per layer row
        std::vector<float> sizes;    //!< pixels, one per layer row (empty: the layer's size)
        int styled = 0;              //!< rows the state had a value for
    };

    /// The symbols of a layer whose rows have the feature ids `fids`: rows the state does not
    /// list keep `baseColor` and the layer's size.
    static Appearance appearance(const sim::FeatureState &state, const std::vector<qint64> &fids, const QColor &baseColor);
    //! The colour of one feature of the state (row), or an invalid colour when the style sets none.
    static QColor colorOf(const sim::FeatureState &state, std::size_t row);
    //! The colour for `value` on the style's stops (clamped, linear in RGB between stops).
    static QColor colorAt(const sim::FeatureStyle &style, double value);
    //! Symbol size in pixels for `value` (clamped), or 0 when the style sets none.
    static float sizeAt(const sim::FeatureStyle &style, double value);
    /// The legend of a state for the map view: {layer, title, entries: [{color, label}], sizeLabel},
    /// texts translated (context "FeatureState").
    static QVariantMap legend(const sim::FeatureState &state);
};

} // namespace ct::ui
