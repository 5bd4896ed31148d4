// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include <QString>

#include <vector>

namespace ct::safety {

/// \brief The user's choices for the safety analysis, each with the range it is accepted in.
///
/// The ranges keep one analysis run within a few seconds on the whole city: the kernel density
/// costs about (2 × bandwidth / cell)² cell updates per alert, so the cell is at least 25 m and
/// the bandwidth at most 3 km; the near-repeat window is the literature's "days to weeks"
/// (at most a year); a patrol shift is at most 8 h.
struct AnalysisParameters
{
    double bandwidthMetres = 400.0;   //!< kernel radius of the hotspot surface
    double cellMetres = 50.0;         //!< side of a density grid cell
    int windowDays = 90;              //!< alerts older than this are left out; recency fades over it
    double nearRepeatMetres = 200.0;  //!< a near-repeat is another alert within this distance …
    int nearRepeatDays = 14;          //!< … and this many days before
    int patrolMinutes = 60;           //!< time budget of a suggested patrol loop

    struct Range
    {
        QString key;   //!< the property (and QSettings key) name
        double from;
        double to;
        double step;
    };
    /// Every parameter's accepted range, in the order above.
    static const std::vector<Range> &ranges();
    static const Range &range(const QString &key);

    /// A copy with every value moved into its range (NaN becomes the default).
    AnalysisParameters clamped() const;
    /// Whether `value` lies in the range of `key` (unknown keys: false).
    static bool accepts(const QString &key, double value);

    bool operator==(const AnalysisParameters &) const = default;
};

} // namespace ct::safety
