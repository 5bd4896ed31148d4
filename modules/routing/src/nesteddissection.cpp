// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "nesteddissection.h"

#include <algorithm>
#include <cstdint>
#include <limits>
#include <numeric>

namespace ct::routing::detail {

namespace {

class Dissector
{
public:
    Dissector(const std::vector<geo::Point> &positions, const std::vector<int> &first, const std::vector<int> &adjacency)
        : m_positions(positions), m_first(first), m_adjacency(adjacency),
          m_rank(positions.size(), -1), m_mark(positions.size(), 0), m_side(positions.size(), 0),
          m_local(positions.size(), 0)
    {
    }

    std::vector<int> run()
    {
        std::vector<int> all(m_positions.size());
        std::iota(all.begin(), all.end(), 0);
        m_nextRank = int(all.size()) - 1;
        std::vector<std::vector<int>> stack;
        stack.push_back(std::move(all));
        // Depth-first with an explicit stack; each piece takes the highest free ranks for its
        // separator and hands the ranks below to its halves.
        while (!stack.empty()) {
            std::vector<int> piece = std::move(stack.back());
            stack.pop_back();
            dissect(std::move(piece), stack);
        }
        return m_rank;
    }

private:
    static constexpr int kLeafSize = 4;
    static constexpr int kFlowMinSize = 32;

    void dissect(std::vector<int> nodes, std::vector<std::vector<int>> &stack)
    {
        if (int(nodes.size()) <= kLeafSize) {
            // a tiny piece: any order is as good (its fill-in is at most a clique of kLeafSize)
            for (int v : nodes)
                m_rank[std::size_t(v)] = m_nextRank--;
            return;
        }
        // connected components inside the piece
        const int stamp = ++m_stamp;
        for (int v : nodes)
            m_mark[std::size_t(v)] = stamp;
        const int visited = ++m_stamp;
        std::vector<std::vector<int>> components;
        for (int start : nodes) {
            if (m_mark[std::size_t(start)] != stamp)
                continue;
            std::vector<int> component{start};
            m_mark[std::size_t(start)] = visited;
            for (std::size_t i = 0; i < component.size(); ++i) {
                const int u = component[i];
                for (int k = m_first[std::size_t(u)]; k < m_first[std::size_t(u) + 1]; ++k) {
                    const int w = m_adjacency[std::size_t(k)];
                    if (m_mark[std::size_t(w)] == stamp) {
                        m_mark[std::size_t(w)] = visited;
                        component.push_back(w);
                    }
                }
            }
            components.push_back(std::move(component));
        }
        if (components.size() > 1) {
            for (auto &component : components)
                stack.push_back(std::move(component));
            return;
        }
        bisect(std::move(components.front()), stack);
    }

    void bisect(std::vector<int> nodes, std::vector<std::vector<int>> &stack)
    {
        const int n = int(nodes.size());
        const int inPiece = ++m_stamp;
        for (int v : nodes)
            m_mark[std::size_t(v)] = inPiece;
        static constexpr double kDirections[4][2] = {{1.0, 0.0}, {0.0, 1.0}, {0.70710678, 0.70710678}, {0.70710678, -0.70710678}};
        static constexpr double kFractions[] = {0.5, 0.45, 0.55, 0.4, 0.6, 0.35, 0.65};
        std::vector<int> bestSeparator;
        std::vector<int> bestOrder;
        int bestSplit = -1;
        bool haveBest = false;
        std::vector<int> order(nodes.begin(), nodes.end());
        std::vector<double> key(m_positions.size());
        for (const auto &dir : kDirections) {
            for (int v : nodes)
                key[std::size_t(v)] = m_positions[std::size_t(v)].x * dir[0] + m_positions[std::size_t(v)].y * dir[1];
            std::sort(order.begin(), order.end(), [&key](int a, int b) { return key[std::size_t(a)] < key[std::size_t(b)] || (key[std::size_t(a)] == key[std::size_t(b)] && a < b); });
            for (double fraction : kFractions) {
                const int split = std::clamp(int(n * fraction), 1, n - 1);
                if (haveBest && int(bestSeparator.size()) <= 1)
                    break;
                // side 1: order[0..split), side 2: the rest
                for (int i = 0; i < n; ++i)
                    m_side[std::size_t(order[std::size_t(i)])] = i < split ? 1 : 2;
                std::vector<int> separator = coverCut(nodes, inPiece);
                if (!haveBest || separator.size() < bestSeparator.size()) {
                    haveBest = true;
                    bestSeparator = std::move(separator);
                    bestOrder = order;
                    bestSplit = split;
                }
            }
        }
        for (int i = 0; i < n; ++i)
            m_side[std::size_t(bestOrder[std::size_t(i)])] = i < bestSplit ? 1 : 2;
        // Inertial flow, FlowCutter-like: along each direction, terminal sets growing from both
        // ends give minimum vertex cuts of increasing balance. A cut is kept when its expansion
        // (separator size over the smaller side) beats the best so far: a tiny cut that splits
        // off a small piece can be better than a balanced but wide one, and vice versa.
        if (n >= kFlowMinSize) {
            int sideA = 0, sideB = 0;
            for (int v : nodes) {
                sideA += m_side[std::size_t(v)] == 1 ? 1 : 0;
                sideB += m_side[std::size_t(v)] == 2 ? 1 : 0;
            }
            double bestExpansion = expansion(int(bestSeparator.size()), sideA, sideB);
            // a cut of size f leaves at most (n - f) / 2 nodes on its smaller side: once f / that
            // reaches the best expansion, no larger flow can beat it
            auto worthwhile = [&](int flow) { return double(flow) < bestExpansion * double(n - flow) / 2.0; };
            for (const auto &dir : kDirections) {
                for (int v : nodes)
                    key[std::size_t(v)] = m_positions[std::size_t(v)].x * dir[0] + m_positions[std::size_t(v)].y * dir[1];
                std::sort(order.begin(), order.end(), [&key](int a, int b) { return key[std::size_t(a)] < key[std::size_t(b)] || (key[std::size_t(a)] == key[std::size_t(b)] && a < b); });
                flowCuts(order, worthwhile, [&](const std::vector<int> &separator, const std::vector<int> &sourceSide) {
                    const int a = int(sourceSide.size()), b = n - a - int(separator.size());
                    const double candidate = expansion(int(separator.size()), a, b);
                    if (candidate < bestExpansion) {
                        bestExpansion = candidate;
                        for (int v : nodes)
                            m_side[std::size_t(v)] = 2;
                        for (int v : sourceSide)
                            m_side[std::size_t(v)] = 1;
                        bestSeparator = separator;
                    }
                });
            }
        }
        for (int s : bestSeparator) {
            m_rank[std::size_t(s)] = m_nextRank--;
            m_side[std::size_t(s)] = 0;
        }
        std::vector<int> a, b;
        for (int v : nodes) {
            if (m_side[std::size_t(v)] == 1)
                a.push_back(v);
            else if (m_side[std::size_t(v)] == 2)
                b.push_back(v);
        }
        if (!a.empty())
            stack.push_back(std::move(a));
        if (!b.empty())
            stack.push_back(std::move(b));
    }

    //! Separator size over the smaller side (lower is better); infinite when a side is empty.
    static double expansion(int separator, int a, int b)
    {
        const int smaller = std::min(a, b);
        return smaller > 0 ? double(separator) / double(smaller) : std::numeric_limits<double>::infinity();
    }

    //! Minimum vertex cuts (unit node capacities) between the first and last f of `order` for f
    //! growing from 5 % to 45 %, by BFS augmenting paths on the node-split graph, reusing the flow
    //! as the terminal sets grow (a flow stays valid when terminals are added). Calls
    //! cut(separator, sourceSide) for each; stops as soon as worthwhile(flow) is false.
    template<class Worthwhile, class Cut>
    void flowCuts(const std::vector<int> &order, const Worthwhile &worthwhile, const Cut &cut)
    {
        const int n = int(order.size());
        const int stamp = ++m_stamp;
        for (int i = 0; i < n; ++i) {
            m_mark[std::size_t(order[std::size_t(i)])] = stamp;
            m_local[std::size_t(order[std::size_t(i)])] = i;
        }
        std::vector<int> first(std::size_t(n) + 1, 0), adj, reverse;
        for (int i = 0; i < n; ++i) {
            const int v = order[std::size_t(i)];
            for (int k = m_first[std::size_t(v)]; k < m_first[std::size_t(v) + 1]; ++k) {
                const int w = m_adjacency[std::size_t(k)];
                if (m_mark[std::size_t(w)] == stamp)
                    adj.push_back(m_local[std::size_t(w)]);
            }
            first[std::size_t(i) + 1] = int(adj.size());
        }
        reverse.assign(adj.size(), -1);
        for (int i = 0; i < n; ++i)
            for (int k = first[std::size_t(i)]; k < first[std::size_t(i) + 1]; ++k) {
                const int j = adj[std::size_t(k)];
                for (int l = first[std::size_t(j)]; l < first[std::size_t(j) + 1]; ++l)
                    if (adj[std::size_t(l)] == i) {
                        reverse[std::size_t(k)] = l; // the same edge from j's side
                        break;
                    }
            }
        std::vector<std::uint8_t> kind(std::size_t(n), 0);
        std::vector<int> edgeFlow(adj.size(), 0);
        std::vector<std::uint8_t> nodeFlow(std::size_t(n), 0);
        // BFS states 2i (in) and 2i+1 (out). Source nodes count as reached without being queued;
        // only the boundary sources (with a neighbour outside the source set) start the search,
        // and `seen` stamps make a search cost what it explores, not the whole piece.
        std::vector<int> parent(std::size_t(2 * n)), parentSlot(std::size_t(2 * n)), seen(std::size_t(2 * n), 0);
        std::vector<int> queue, boundarySources;
        int search = 0;
        auto reached = [&](int state) { return kind[std::size_t(state / 2)] == 1 || seen[std::size_t(state)] == search; };
        auto bfs = [&]() {
            ++search;
            queue.clear();
            for (int i : boundarySources) {
                seen[std::size_t(2 * i + 1)] = search;
                parent[std::size_t(2 * i + 1)] = -1;
                queue.push_back(2 * i + 1);
            }
            for (std::size_t h = 0; h < queue.size(); ++h) {
                const int state = queue[h];
                const int i = state / 2;
                auto visit = [&](int next, int slot) {
                    if (reached(next))
                        return false;
                    seen[std::size_t(next)] = search;
                    parent[std::size_t(next)] = state;
                    parentSlot[std::size_t(next)] = slot;
                    queue.push_back(next);
                    return kind[std::size_t(next / 2)] == 2;
                };
                if (state % 2 == 0) {
                    if ((kind[std::size_t(i)] != 0 || !nodeFlow[std::size_t(i)]) && visit(state + 1, -1))
                        return state + 1;
                    for (int k = first[std::size_t(i)]; k < first[std::size_t(i) + 1]; ++k) {
                        const int j = adj[std::size_t(k)];
                        const int back = reverse[std::size_t(k)];
                        if (edgeFlow[std::size_t(back)] > 0 && visit(2 * j + 1, back))
                            return 2 * j + 1;
                    }
                } else {
                    for (int k = first[std::size_t(i)]; k < first[std::size_t(i) + 1]; ++k)
                        if (visit(2 * adj[std::size_t(k)], k))
                            return 2 * adj[std::size_t(k)];
                    if (kind[std::size_t(i)] == 0 && nodeFlow[std::size_t(i)] && visit(state - 1, -1))
                        return state - 1;
                }
            }
            return -1;
        };
        int flow = 0;
        std::vector<int> separator, sideA;
        static constexpr int kPercents[] = {5, 10, 15, 20, 25, 30, 35, 40, 45};
        for (const int percent : kPercents) {
            const int count = std::max(1, n * percent / 100);
            for (int i = 0; i < count; ++i) {
                kind[std::size_t(i)] = 1;
                kind[std::size_t(n - 1 - i)] = 2;
                nodeFlow[std::size_t(i)] = nodeFlow[std::size_t(n - 1 - i)] = 0;
            }
            boundarySources.clear();
            for (int i = 0; i < count; ++i)
                for (int k = first[std::size_t(i)]; k < first[std::size_t(i) + 1]; ++k)
                    if (kind[std::size_t(adj[std::size_t(k)])] != 1) {
                        boundarySources.push_back(i);
                        break;
                    }
            for (;;) {
                const int sink = bfs();
                if (sink < 0)
                    break;
                if (!worthwhile(++flow))
                    return;
                for (int state = sink; parent[std::size_t(state)] >= 0; state = parent[std::size_t(state)]) {
                    const int prev = parent[std::size_t(state)];
                    const int i = prev / 2, j = state / 2;
                    if (i == j) {
                        if (kind[std::size_t(i)] == 0)
                            nodeFlow[std::size_t(i)] = prev % 2 == 0 ? 1 : 0;
                    } else if (prev % 2 == 1) {
                        ++edgeFlow[std::size_t(parentSlot[std::size_t(state)])];
                    } else {
                        --edgeFlow[std::size_t(parentSlot[std::size_t(state)])];
                    }
                }
            }
            // the last search failed: what it reached is the source side, and nodes reached only
            // at their in-state (their capacity used up) are the cut
            separator.clear();
            sideA.clear();
            for (int i = 0; i < n; ++i) {
                const bool inReached = reached(2 * i), outReached = reached(2 * i + 1);
                if (inReached && !outReached)
                    separator.push_back(order[std::size_t(i)]);
                else if (inReached || outReached)
                    sideA.push_back(order[std::size_t(i)]);
            }
            cut(separator, sideA);
        }
    }

    //! Greedy vertex cover of the edges between side 1 and side 2 (nodes of the piece only).
    std::vector<int> coverCut(const std::vector<int> &nodes, int inPiece)
    {
        std::vector<int> boundary;
        for (int v : nodes) {
            int cut = 0;
            for (int k = m_first[std::size_t(v)]; k < m_first[std::size_t(v) + 1]; ++k) {
                const int w = m_adjacency[std::size_t(k)];
                if (m_mark[std::size_t(w)] == inPiece && m_side[std::size_t(w)] != m_side[std::size_t(v)])
                    ++cut;
            }
            if (cut > 0)
                boundary.push_back(v);
        }
        // Take the boundary node with most uncovered cut edges until none is left; the boundary is
        // small, so the quadratic loop is cheap.
        std::vector<int> cover;
        std::vector<int> covered; // nodes in the cover, marked side 3 temporarily
        for (;;) {
            int best = -1, bestCount = 0;
            for (int v : boundary) {
                if (m_side[std::size_t(v)] == 3)
                    continue;
                int count = 0;
                for (int k = m_first[std::size_t(v)]; k < m_first[std::size_t(v) + 1]; ++k) {
                    const int w = m_adjacency[std::size_t(k)];
                    if (m_mark[std::size_t(w)] == inPiece && m_side[std::size_t(w)] != 3 && m_side[std::size_t(w)] != m_side[std::size_t(v)])
                        ++count;
                }
                if (count > bestCount) {
                    bestCount = count;
                    best = v;
                }
            }
            if (best < 0)
                break;
            cover.push_back(best);
            covered.push_back(m_side[std::size_t(best)]);
            m_side[std::size_t(best)] = 3;
        }
        for (std::size_t i = 0; i < cover.size(); ++i)
            m_side[std::size_t(cover[i])] = covered[i];
        return cover;
    }

    const std::vector<geo::Point> &m_positions;
    const std::vector<int> &m_first;
    const std::vector<int> &m_adjacency;
    std::vector<int> m_rank;
    std::vector<int> m_mark;
    std::vector<int> m_side;
    std::vector<int> m_local;
    int m_stamp = 0;
    int m_nextRank = 0;
};

} // namespace

std::vector<int> nestedDissectionOrder(const std::vector<geo::Point> &positions, const std::vector<int> &first,
                                       const std::vector<int> &adjacency)
{
    return Dissector(positions, first, adjacency).run();
}

} // namespace ct::routing::detail
