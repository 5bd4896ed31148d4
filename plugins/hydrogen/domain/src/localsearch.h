// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include "searchstate.h"

#include <cstdint>
#include <functional>
#include <vector>

namespace ct::hydrogen::detail {

/// \brief The improvement phase of the power dispatch optimiser: first-improvement descent over
/// stop moves with don't-look bits per bus, and the random kicks of the iterated local search.
class LocalSearch
{
public:
    LocalSearch(const PlanEvaluator &evaluator, SearchState &state, int maxStops);

    /// Descends until no move of a marked bus improves; `markAll` first marks every bus.
    /// Returns the number of improving moves applied, or −1 when `keepGoing` said stop.
    int descend(bool markAll, const std::function<bool()> &keepGoing);
    /// Removes stops that add nothing (a visit after the need ended, a repeated visit, a
    /// refuelling nothing later needs): every removal that does not lower the objective.
    /// Returns the number of stops removed.
    int tidy();
    /// A random kick of one or two buses (they are marked for the next descent); false when no
    /// kick was possible (an empty plan).
    bool perturb(std::uint64_t &random);

    /// Problems up to this many needy shelters (and buses) use every shelter (bus) in every
    /// move; larger ones use candidate lists: the shelters nearest to the stops around the
    /// change and those with the most uncovered need, and the nearest buses.
    static constexpr int kFullNeighbourhoodShelters = 24;
    static constexpr int kFullNeighbourhoodBuses = 8;
    static constexpr int kNearShelters = 6;
    static constexpr int kUncoveredShelters = 6;
    static constexpr int kPartnerBuses = 3;

private:
    bool improve(int bus);
    void prepareCandidates(int bus);
    const std::vector<int> &candidatesBetween(int before, int after);
    bool tryChange(int a, const StopSequence &sa, int changedA, int b = -1, const StopSequence *sb = nullptr, int changedB = 0);
    void mark(int bus);

    const PlanEvaluator &m_evaluator;
    SearchState &m_state;
    int m_maxStops;
    std::vector<int> m_tokens;           // refuelling and every needy shelter
    bool m_fullShelters = true, m_fullBuses = true;
    std::vector<std::vector<int>> m_nearShelters;   // per site: nearest needy shelters (by time)
    std::vector<std::vector<int>> m_partners;       // per bus: nearest other buses
    std::vector<int> m_uncovered;                   // per improve(): most uncovered shelters
    std::vector<int> m_sites;                       // per improve(): site of each stop, bus site first
    std::vector<int> m_candidates;
    std::vector<unsigned> m_candidateMark;
    unsigned m_candidateStamp = 0;
    std::vector<int> m_busOrder;
    std::vector<char> m_dirty;
    std::vector<int> m_sharing;
    double m_epsilon = 1e-7;
    StopSequence m_a, m_b;               // scratch sequences
};

} // namespace ct::hydrogen::detail
