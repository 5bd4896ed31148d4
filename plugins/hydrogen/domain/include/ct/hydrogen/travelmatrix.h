// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include <limits>
#include <vector>

namespace ct::hydrogen {

/// \brief Driving time and distance between every pair of sites of a dispatch problem (shelters,
/// stations, the buses' current positions), as dense row-major arrays.
///
/// Directed: one-way roads make seconds(a, b) and seconds(b, a) differ. An unreachable pair
/// (a closed bridge, another road component) is infinite in both arrays.
class TravelMatrix
{
public:
    static constexpr double kUnreachable = std::numeric_limits<double>::infinity();

    TravelMatrix() = default;
    /// `sites` × `sites`, every pair unreachable except a site to itself (0 s, 0 km).
    explicit TravelMatrix(int sites);

    int siteCount() const { return m_sites; }
    double seconds(int from, int to) const { return m_seconds[index(from, to)]; }
    double kilometres(int from, int to) const { return m_kilometres[index(from, to)]; }
    bool isReachable(int from, int to) const { return seconds(from, to) != kUnreachable; }
    void set(int from, int to, double seconds, double kilometres);

    //! Row-major raw arrays for the optimiser's inner loops.
    const double *secondsData() const { return m_seconds.data(); }
    const double *kilometresData() const { return m_kilometres.data(); }

private:
    std::size_t index(int from, int to) const { return std::size_t(from) * std::size_t(m_sites) + std::size_t(to); }
    int m_sites = 0;
    std::vector<double> m_seconds;
    std::vector<double> m_kilometres;
};

} // namespace ct::hydrogen
