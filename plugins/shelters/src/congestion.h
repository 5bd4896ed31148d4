// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include <QString>

namespace ct::shelters {

/// \brief How crowded a shelter is, on the four-level scale of the disaster headquarters.
///
/// Levels by occupancy / capacity: Low below 30 %, Moderate from 30 % up to (not including) 60 %,
/// High from 60 % up to (not including) 80 %, Critical from 80 % (so exactly 30 %, 60 % and 80 %
/// belong to the higher level). The comparison is done in whole numbers (occupancy × 100 against
/// capacity × 30, × 60, × 80), so no rounding decides a boundary: 3 of 10 is Moderate, 299 of
/// 1000 is Low. Above 100 % the shelter is over capacity (allowed, flagged). A shelter without a
/// known capacity (0) is Low while empty and Critical and over capacity as soon as anyone is in.
class Congestion
{
public:
    enum class Level { Low = 0, Moderate = 1, High = 2, Critical = 3 };

    static Congestion of(int occupancy, int capacity);

    Level level() const { return m_level; }
    //! occupancy / capacity; 0 for an empty shelter, infinity for people in one of capacity 0.
    double ratio() const { return m_ratio; }
    bool isOverCapacity() const { return m_overCapacity; }

    //! Stable key ("low", "moderate", "high", "critical").
    static QString name(Level level);
    //! Translated title with the range, e.g. "moderate (30–60 %)".
    static QString title(Level level);
    //! The map and list colour of a level (#rrggbb), green → yellow → orange → red.
    static QString color(Level level);

private:
    Level m_level = Level::Low;
    double m_ratio = 0.0;
    bool m_overCapacity = false;
};

} // namespace ct::shelters
