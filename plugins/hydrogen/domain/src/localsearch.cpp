// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "localsearch.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace ct::hydrogen::detail {

namespace {

std::uint64_t splitmix64(std::uint64_t &state)
{
    std::uint64_t z = (state += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

int below(std::uint64_t &random, int n) { return n <= 1 ? 0 : int(splitmix64(random) % std::uint64_t(n)); }

} // namespace

LocalSearch::LocalSearch(const PlanEvaluator &evaluator, SearchState &state, int maxStops)
    : m_evaluator(evaluator), m_state(state), m_maxStops(maxStops), m_dirty(std::size_t(state.busCount()), 0)
{
    const DispatchProblem &problem = evaluator.problem();
    if (!problem.stations.empty())
        m_tokens.push_back(kRefuelStop);
    std::vector<int> needy;
    for (int s = 0; s < evaluator.shelterCount(); ++s)
        if (evaluator.isNeedy(s))
            needy.push_back(s);
    m_tokens.insert(m_tokens.end(), needy.begin(), needy.end());
    m_fullShelters = int(needy.size()) <= kFullNeighbourhoodShelters;
    m_fullBuses = state.busCount() <= kFullNeighbourhoodBuses;
    m_candidateMark.assign(std::size_t(evaluator.shelterCount()), 0);

    const TravelMatrix &travel = problem.travel;
    if (!m_fullShelters) {
        m_nearShelters.resize(std::size_t(problem.siteCount()));
        for (int site = 0; site < problem.siteCount(); ++site) {
            std::vector<int> order = needy;
            const int keep = std::min<int>(kNearShelters, int(order.size()));
            std::partial_sort(order.begin(), order.begin() + keep, order.end(), [&](int x, int y) {
                const double tx = travel.seconds(site, problem.shelterSite(x)), ty = travel.seconds(site, problem.shelterSite(y));
                return tx != ty ? tx < ty : x < y;
            });
            order.resize(std::size_t(keep));
            m_nearShelters[std::size_t(site)] = std::move(order);
        }
    }
    m_partners.resize(std::size_t(state.busCount()));
    for (int a = 0; a < state.busCount(); ++a) {
        std::vector<int> others;
        for (int b = 0; b < state.busCount(); ++b)
            if (b != a && problem.buses[std::size_t(b)].isAvailable())
                others.push_back(b);
        if (!m_fullBuses) {
            auto apart = [&](int b) {
                return std::min(travel.seconds(problem.busSite(a), problem.busSite(b)),
                                travel.seconds(problem.busSite(b), problem.busSite(a)));
            };
            const int keep = std::min<int>(kPartnerBuses, int(others.size()));
            std::partial_sort(others.begin(), others.begin() + keep, others.end(), [&](int x, int y) {
                const double dx = apart(x), dy = apart(y);
                return dx != dy ? dx < dy : x < y;
            });
            others.resize(std::size_t(keep));
            std::sort(others.begin(), others.end());
        }
        m_partners[std::size_t(a)] = std::move(others);
    }
}

void LocalSearch::prepareCandidates(int bus)
{
    const DispatchProblem &problem = m_evaluator.problem();
    const StopSequence &current = m_state.sequence(bus);
    m_sites.clear();
    m_sites.push_back(problem.busSite(bus));
    for (const int stop : current)
        m_sites.push_back(stop >= 0 ? problem.shelterSite(stop) : std::max(m_evaluator.nearestStationSite(m_sites.back()), 0));
    if (m_fullShelters)
        return;
    // The shelters with the most need nobody covers yet (upper bound of what a visit can add).
    std::vector<std::pair<double, int>> open;
    for (int k = int(problem.stations.empty() ? 0 : 1); k < int(m_tokens.size()); ++k) {
        const int s = m_tokens[std::size_t(k)];
        const double ceiling = m_evaluator.shelterWeight(s) * m_evaluator.needEndSeconds(s) / 3600.0;
        open.push_back({-(ceiling - m_state.coverage(s)), s});
    }
    const int keep = std::min<int>(kUncoveredShelters, int(open.size()));
    std::partial_sort(open.begin(), open.begin() + keep, open.end());
    m_uncovered.clear();
    for (int k = 0; k < keep; ++k)
        m_uncovered.push_back(open[std::size_t(k)].second);
}

const std::vector<int> &LocalSearch::candidatesBetween(int before, int after)
{
    if (m_fullShelters)
        return m_tokens;
    if (++m_candidateStamp == 0) {
        std::fill(m_candidateMark.begin(), m_candidateMark.end(), 0u);
        m_candidateStamp = 1;
    }
    m_candidates.clear();
    if (!m_evaluator.problem().stations.empty())
        m_candidates.push_back(kRefuelStop);
    auto add = [&](int s) {
        if (m_candidateMark[std::size_t(s)] != m_candidateStamp) {
            m_candidateMark[std::size_t(s)] = m_candidateStamp;
            m_candidates.push_back(s);
        }
    };
    for (const int s : m_nearShelters[std::size_t(before)])
        add(s);
    if (after >= 0)
        for (const int s : m_nearShelters[std::size_t(after)])
            add(s);
    for (const int s : m_uncovered)
        add(s);
    return m_candidates;
}

void LocalSearch::mark(int bus)
{
    if (bus >= 0)
        m_dirty[std::size_t(bus)] = 1;
}

bool LocalSearch::tryChange(int a, const StopSequence &sa, int changedA, int b, const StopSequence *sb, int changedB)
{
    const double delta = m_state.trial(a, sa, b, sb, changedA, changedB);
    if (!(delta > m_epsilon))
        return false;
    // The buses sharing a shelter with a changed bus see other marginal values now.
    for (const int bus : {a, b}) {
        if (bus < 0)
            continue;
        m_state.busesSharingShelters(bus, m_sharing);
        for (const int other : m_sharing)
            mark(other);
    }
    m_state.commit();
    for (const int bus : {a, b}) {
        if (bus < 0)
            continue;
        mark(bus);
        m_state.busesSharingShelters(bus, m_sharing);
        for (const int other : m_sharing)
            mark(other);
    }
    m_epsilon = 1e-9 * std::max(1.0, std::abs(m_state.total()));
    return true;
}

bool LocalSearch::improve(int a)
{
    const StopSequence &current = m_state.sequence(a);
    const int n = int(current.size());
    prepareCandidates(a);

    // --- one bus: remove, insert, replace, swap, move -------------------------------------------
    for (int p = 0; p < n; ++p) {
        m_a = current;
        m_a.erase(m_a.begin() + p);
        if (tryChange(a, m_a, p))
            return true;
    }
    if (n < m_maxStops) {
        for (int p = 0; p <= n; ++p) {
            for (const int token : candidatesBetween(m_sites[std::size_t(p)], p < n ? m_sites[std::size_t(p + 1)] : -1)) {
                if ((p > 0 && current[std::size_t(p - 1)] == token) || (p < n && current[std::size_t(p)] == token))
                    continue;
                m_a = current;
                m_a.insert(m_a.begin() + p, token);
                if (tryChange(a, m_a, p))
                    return true;
            }
        }
    }
    for (int p = 0; p < n; ++p) {
        for (const int token : candidatesBetween(m_sites[std::size_t(p)], p + 1 < n ? m_sites[std::size_t(p + 2)] : -1)) {
            if (token == current[std::size_t(p)])
                continue;
            m_a = current;
            m_a[std::size_t(p)] = token;
            if (tryChange(a, m_a, p))
                return true;
        }
    }
    for (int p = 0; p < n; ++p) {
        for (int q = 0; q < n; ++q) {
            if (q == p)
                continue;
            if (q > p && current[std::size_t(p)] != current[std::size_t(q)]) {
                m_a = current;
                std::swap(m_a[std::size_t(p)], m_a[std::size_t(q)]);
                if (tryChange(a, m_a, p))
                    return true;
            }
            if (q != p + 1 && q != p - 1) {
                m_a = current;
                const int token = m_a[std::size_t(p)];
                m_a.erase(m_a.begin() + p);
                m_a.insert(m_a.begin() + (q > p ? q - 1 : q), token);
                if (tryChange(a, m_a, std::min(p, q)))
                    return true;
            }
        }
    }

    // --- two buses: move a stop either way, swap stops, exchange tails --------------------------
    // Partners: the nearest buses, and every bus that shares a shelter with this one.
    m_busOrder = m_partners[std::size_t(a)];
    if (!m_fullBuses) {
        m_state.busesSharingShelters(a, m_sharing);
        for (const int b : m_sharing)
            if (std::find(m_busOrder.begin(), m_busOrder.end(), b) == m_busOrder.end())
                m_busOrder.push_back(b);
    }
    // In large problems a stop moves only to about the same time of day in the other bus: the
    // positions around where the other bus is at that moment.
    const bool aligned = !(m_fullShelters && m_fullBuses);
    const std::vector<PlanEvaluator::Checkpoint> arrivalsA = m_state.checkpoints(a);
    auto around = [&](const std::vector<PlanEvaluator::Checkpoint> &arrivals, int size, double time, int *low, int *high) {
        if (!aligned) {
            *low = 0;
            *high = size;
            return;
        }
        const int q = int(std::partition_point(arrivals.begin(), arrivals.end(),
                                               [time](const PlanEvaluator::Checkpoint &c) { return c.seconds < time; })
                          - arrivals.begin());
        *low = std::max(0, q - 1);
        *high = std::min(size, q + 1);
    };
    for (const int b : m_busOrder) {
        const StopSequence &other = m_state.sequence(b);
        const std::vector<PlanEvaluator::Checkpoint> &arrivalsB = m_state.checkpoints(b);
        const int m = int(other.size());
        int low = 0, high = 0;
        if (m < m_maxStops) {
            for (int p = 0; p < n; ++p) {
                around(arrivalsB, m, arrivalsA[std::size_t(p)].seconds, &low, &high);
                for (int q = low; q <= high; ++q) {
                    m_a = current;
                    m_a.erase(m_a.begin() + p);
                    m_b = other;
                    m_b.insert(m_b.begin() + q, current[std::size_t(p)]);
                    if (tryChange(a, m_a, p, b, &m_b, q))
                        return true;
                }
            }
        }
        if (n < m_maxStops) {
            for (int q = 0; q < m; ++q) {
                around(arrivalsA, n, arrivalsB[std::size_t(q)].seconds, &low, &high);
                for (int p = low; p <= high; ++p) {
                    m_b = other;
                    m_b.erase(m_b.begin() + q);
                    m_a = current;
                    m_a.insert(m_a.begin() + p, other[std::size_t(q)]);
                    if (tryChange(a, m_a, p, b, &m_b, q))
                        return true;
                }
            }
        }
        for (int p = 0; p < n; ++p) {
            around(arrivalsB, m, arrivalsA[std::size_t(p)].seconds, &low, &high);
            for (int q = low; q < std::min(high + 1, m); ++q) {
                if (current[std::size_t(p)] == other[std::size_t(q)])
                    continue;
                m_a = current;
                m_b = other;
                std::swap(m_a[std::size_t(p)], m_b[std::size_t(q)]);
                if (tryChange(a, m_a, p, b, &m_b, q))
                    return true;
            }
        }
        for (int p = 0; p <= n; ++p) {
            around(arrivalsB, m, p < n ? arrivalsA[std::size_t(p)].seconds : std::numeric_limits<double>::infinity(), &low, &high);
            if (p == 0 && aligned)
                low = 0; // exchanging whole plans is always tried
            for (int q = low; q <= high; ++q) {
                if (p == n && q == m)
                    continue; // nothing exchanged (p = q = 0 swaps the whole plans: buses differ)
                const int sizeA = p + (m - q), sizeB = q + (n - p);
                if (sizeA > m_maxStops || sizeB > m_maxStops)
                    continue;
                m_a.assign(current.begin(), current.begin() + p);
                m_a.insert(m_a.end(), other.begin() + q, other.end());
                m_b.assign(other.begin(), other.begin() + q);
                m_b.insert(m_b.end(), current.begin() + p, current.end());
                if (tryChange(a, m_a, p, b, &m_b, q))
                    return true;
            }
        }
    }
    return false;
}

int LocalSearch::descend(bool markAll, const std::function<bool()> &keepGoing)
{
    if (markAll)
        std::fill(m_dirty.begin(), m_dirty.end(), 1);
    for (std::size_t b = 0; b < m_dirty.size(); ++b)
        if (!m_evaluator.problem().buses[b].isAvailable())
            m_dirty[b] = 0;
    m_epsilon = 1e-9 * std::max(1.0, std::abs(m_state.total()));
    int moves = 0;
    for (;;) {
        const auto next = std::find(m_dirty.begin(), m_dirty.end(), 1);
        if (next == m_dirty.end())
            return moves;
        if (keepGoing && !keepGoing())
            return -1;
        const int bus = int(next - m_dirty.begin());
        *next = 0;
        if (improve(bus))
            ++moves;
    }
}

int LocalSearch::tidy()
{
    int removed = 0;
    for (bool again = true; again;) {
        again = false;
        for (int bus = 0; bus < m_state.busCount(); ++bus) {
            for (int p = int(m_state.sequence(bus).size()) - 1; p >= 0; --p) {
                m_a = m_state.sequence(bus);
                m_a.erase(m_a.begin() + p);
                const double delta = m_state.trial(bus, m_a, -1, nullptr, p);
                if (std::isfinite(delta) && delta >= -1e-12 * std::max(1.0, std::abs(m_state.total()))) {
                    m_state.commit();
                    ++removed;
                    again = true;
                }
            }
        }
    }
    return removed;
}

bool LocalSearch::perturb(std::uint64_t &random)
{
    std::vector<int> available;
    bool anyStop = false;
    for (int b = 0; b < m_state.busCount(); ++b) {
        if (!m_evaluator.problem().buses[std::size_t(b)].isAvailable())
            continue;
        available.push_back(b);
        anyStop = anyStop || !m_state.sequence(b).empty();
    }
    if (available.empty() || (!anyStop && m_tokens.empty()))
        return false;
    // One to three random elementary changes; an infeasible draw (energy, closed roads) is
    // skipped, so a kick may change less than drawn.
    const int changes = 1 + below(random, 3);
    bool changed = false;
    for (int attempt = 0, done = 0; attempt < 12 && done < changes; ++attempt) {
        const int a = available[std::size_t(below(random, int(available.size())))];
        const StopSequence &current = m_state.sequence(a);
        const int n = int(current.size());
        const int kind = below(random, 5);
        m_a = current;
        int b = -1;
        if (kind == 0 && n > 0) {                       // remove a stretch of one to three stops
            const int length = 1 + below(random, std::min(3, n));
            const int start = below(random, n - length + 1);
            m_a.erase(m_a.begin() + start, m_a.begin() + start + length);
        } else if (kind == 1 && n < m_maxStops && !m_tokens.empty()) { // insert a random stop
            m_a.insert(m_a.begin() + below(random, n + 1), m_tokens[std::size_t(below(random, int(m_tokens.size())))]);
        } else if (kind == 2 && n > 0 && !m_tokens.empty()) {           // replace a stop at random
            m_a[std::size_t(below(random, n))] = m_tokens[std::size_t(below(random, int(m_tokens.size())))];
        } else if (kind >= 3 && n > 0 && available.size() > 1) {        // move or swap with another bus
            b = available[std::size_t(below(random, int(available.size()) - 1))];
            if (b == a)
                b = available.back();
            m_b = m_state.sequence(b);
            const int m = int(m_b.size());
            const int p = below(random, n);
            if (kind == 3) {
                if (m >= m_maxStops)
                    continue;
                m_b.insert(m_b.begin() + below(random, m + 1), m_a[std::size_t(p)]);
                m_a.erase(m_a.begin() + p);
            } else {
                if (m == 0)
                    continue;
                std::swap(m_a[std::size_t(p)], m_b[std::size_t(below(random, m))]);
            }
        } else {
            continue;
        }
        if (!std::isfinite(m_state.trial(a, m_a, b, b >= 0 ? &m_b : nullptr)))
            continue;
        m_state.commit();
        mark(a);
        mark(b);
        ++done;
        changed = true;
    }
    return changed || anyStop;
}

} // namespace ct::hydrogen::detail
