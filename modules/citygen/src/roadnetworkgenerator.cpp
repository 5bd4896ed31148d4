// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "roadnetworkgenerator.h"

#include "boundarygenerator.h"
#include "planar.h"
#include "random.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace ct::citygen {

namespace {

struct Edge
{
    int a;
    int b;
    int rank;
    bool oneway;
    bool bridge;
    int line;        //!< grid line index (x line for vertical edges, y line for horizontal), -1 otherwise
    bool vertical;
    bool hasSpur;
};

class UnionFind
{
public:
    explicit UnionFind(int n) : m_parent(n) { std::iota(m_parent.begin(), m_parent.end(), 0); }
    int find(int x)
    {
        while (m_parent[x] != x) {
            m_parent[x] = m_parent[m_parent[x]];
            x = m_parent[x];
        }
        return x;
    }
    void unite(int a, int b)
    {
        a = find(a);
        b = find(b);
        if (a != b)
            m_parent[std::max(a, b)] = std::min(a, b);  // smallest index is the root: deterministic
    }

private:
    std::vector<int> m_parent;
};

int rankOfLine(int offset)
{
    const int k = std::abs(offset);
    if (k == 0)
        return roadrank::kTrunk;
    if (k % 16 == 0)
        return roadrank::kPrimary;
    if (k % 8 == 0)
        return roadrank::kSecondary;
    if (k % 4 == 0)
        return roadrank::kTertiary;
    return roadrank::kResidential;
}

std::vector<double> gridLines(Random &random, double from, double to, double spacing)
{
    std::vector<double> lines;
    for (double v = from - spacing; v <= to + spacing; v += spacing * random.uniform(0.8, 1.2))
        lines.push_back(v);
    return lines;
}

} // namespace

void RoadNetworkGenerator::run(CityPlan &plan, CityModel &model)
{
    Random random(plan.options.seed, salt::kRoads);
    const auto env = plan.boundary.envelope();
    // Keep ≈ 105 m blocks in a generated city; with the real outline the area does not shrink
    // with the scale, so the blocks grow to keep the node count proportional to the scale.
    const double nominalArea = BoundaryGenerator::kTsukubaAreaKm2 * 1e6 * plan.options.scale;
    plan.spacing = kBlockSize * std::sqrt(std::max(1.0, plan.boundary.area() / nominalArea));
    const double s = plan.spacing;

    const auto xs = gridLines(random, env.minX, env.maxX, s);
    const auto ys = gridLines(random, env.minY, env.maxY, s);
    plan.nx = int(xs.size());
    plan.ny = int(ys.size());
    const int nx = plan.nx, ny = plan.ny;
    auto nearestLine = [](const std::vector<double> &lines, double v) {
        int best = 0;
        for (int i = 1; i < int(lines.size()); ++i)
            if (std::abs(lines[i] - v) < std::abs(lines[best] - v))
                best = i;
        return best;
    };
    const int ix0 = nearestLine(xs, plan.centre.x), iy0 = nearestLine(ys, plan.centre.y);
    plan.lineClassX.resize(nx);
    plan.lineClassY.resize(ny);
    for (int i = 0; i < nx; ++i)
        plan.lineClassX[i] = rankOfLine(i - ix0);
    for (int j = 0; j < ny; ++j)
        plan.lineClassY[j] = rankOfLine(j - iy0);

    // Names of the arterial lines, from the district nearest to where they pass the centre.
    std::vector<QString> nameX(nx), nameY(ny);
    for (int i = 0; i < nx; ++i) {
        const int r = plan.lineClassX[i];
        if (r == roadrank::kTrunk)
            nameX[i] = QStringLiteral("国道408号");
        else if (r >= roadrank::kSecondary)
            nameX[i] = plan.nearestPlace({xs[i], plan.centre.y}).name + QStringLiteral("大通り");
        else if (r == roadrank::kTertiary)
            nameX[i] = plan.nearestPlace({xs[i], plan.centre.y}).name + QStringLiteral("通り");
    }
    for (int j = 0; j < ny; ++j) {
        const int r = plan.lineClassY[j];
        if (r == roadrank::kTrunk)
            nameY[j] = QStringLiteral("国道354号");
        else if (r >= roadrank::kSecondary)
            nameY[j] = plan.nearestPlace({plan.centre.x, ys[j]}).name + QStringLiteral("中央通り");
        else if (r == roadrank::kTertiary)
            nameY[j] = plan.nearestPlace({plan.centre.x, ys[j]}).name + QStringLiteral("線");
    }

    // --- grid nodes ------------------------------------------------------------------------
    plan.gridPoint.resize(std::size_t(nx) * ny);
    plan.gridNode.assign(std::size_t(nx) * ny, -1);
    std::vector<geo::Point> nodes;
    std::vector<int> nodeGridI, nodeGridJ;
    const double jitter = 0.08 * s;
    for (int j = 0; j < ny; ++j)
        for (int i = 0; i < nx; ++i) {
            const geo::Point p{xs[i] + random.uniform(-jitter, jitter), ys[j] + random.uniform(-jitter, jitter)};
            plan.gridPoint[plan.gridIndex(i, j)] = p;
            if (!plan.boundary.contains(p) || plan.boundary.distanceToEdge(p, 10.0) < 10.0)
                continue;
            const bool arterial = plan.lineClassX[i] >= roadrank::kTertiary || plan.lineClassY[j] >= roadrank::kTertiary;
            const double wet = plan.maxRiverHalfWidth + 10.0;
            if (!arterial && plan.rivers.distance(p, wet) < wet)
                continue;
            if (!arterial && !plan.siteObstacles.isEmpty() && plan.siteObstacles.distance(p, 30.0) < 30.0)
                continue;
            plan.gridNode[plan.gridIndex(i, j)] = int(nodes.size());
            nodes.push_back(p);
            nodeGridI.push_back(i);
            nodeGridJ.push_back(j);
        }

    // --- grid edges --------------------------------------------------------------------------
    std::vector<Edge> edges;
    std::vector<int> degree(nodes.size(), 0);
    std::vector<char> onewayX(nx), onewayY(ny);
    for (int i = 0; i < nx; ++i)
        onewayX[i] = plan.lineClassX[i] == roadrank::kResidential && random.chance(0.06);
    for (int j = 0; j < ny; ++j)
        onewayY[j] = plan.lineClassY[j] == roadrank::kResidential && random.chance(0.06);
    auto tryEdge = [&](int ga, int gb, int rank, int line, bool vertical, bool oneway) {
        const int a = plan.gridNode[ga], b = plan.gridNode[gb];
        if (a < 0 || b < 0)
            return;
        const geo::Point pa = nodes[a], pb = nodes[b];
        const geo::Point mid{(pa.x + pb.x) / 2.0, (pa.y + pb.y) / 2.0};
        if (!plan.boundary.contains(mid))
            return;
        bool bridge = plan.rivers.crosses(pa, pb);
        if (!bridge) {
            const double wet = plan.maxRiverHalfWidth + 2.0;
            bridge = plan.rivers.distance(mid, wet) < wet;
        }
        if (bridge && rank < roadrank::kTertiary)
            return;
        // Alternate the direction of one-way lines so that neighbours run opposite ways.
        const bool reverse = oneway && (line % 2 == 1);
        edges.push_back({reverse ? b : a, reverse ? a : b, rank, oneway, bridge, line, vertical, false});
        ++degree[a];
        ++degree[b];
    };
    for (int j = 0; j < ny; ++j)
        for (int i = 0; i + 1 < nx; ++i)
            tryEdge(plan.gridIndex(i, j), plan.gridIndex(i + 1, j), plan.lineClassY[j], j, false, onewayY[j]);
    for (int i = 0; i < nx; ++i)
        for (int j = 0; j + 1 < ny; ++j)
            tryEdge(plan.gridIndex(i, j), plan.gridIndex(i, j + 1), plan.lineClassX[i], i, true, onewayX[i]);

    // Prune residential streets: farmland has few roads, town blocks lose a street here and there.
    std::vector<Edge> kept;
    kept.reserve(edges.size());
    for (const auto &e : edges) {
        if (e.rank == roadrank::kResidential && !e.bridge) {
            const geo::Point mid{(nodes[e.a].x + nodes[e.b].x) / 2.0, (nodes[e.a].y + nodes[e.b].y) / 2.0};
            const double d = plan.density(mid);
            const double p = d < 0.15 ? 0.45 : 0.04;
            if (degree[e.a] > 2 && degree[e.b] > 2 && random.chance(p)) {
                --degree[e.a];
                --degree[e.b];
                continue;
            }
        }
        kept.push_back(e);
    }
    edges.swap(kept);

    // Diagonal streets across a few town blocks.
    plan.blockState.assign(std::size_t(nx - 1) * (ny - 1), CityPlan::BlockFree);
    plan.blockObstacles.assign(std::size_t(nx - 1) * (ny - 1), {});
    for (int j = 0; j + 1 < ny; ++j)
        for (int i = 0; i + 1 < nx; ++i) {
            const int n00 = plan.gridNode[plan.gridIndex(i, j)], n11 = plan.gridNode[plan.gridIndex(i + 1, j + 1)];
            const int n10 = plan.gridNode[plan.gridIndex(i + 1, j)], n01 = plan.gridNode[plan.gridIndex(i, j + 1)];
            if (n00 < 0 || n11 < 0 || n10 < 0 || n01 < 0)
                continue;
            const geo::Point c{(nodes[n00].x + nodes[n11].x) / 2.0, (nodes[n00].y + nodes[n11].y) / 2.0};
            const double d = plan.density(c);
            if (d < 0.15 || d > 0.6 || !random.chance(0.02))
                continue;
            const bool rising = random.chance(0.5);
            const int a = rising ? n00 : n10, b = rising ? n11 : n01;
            if (plan.rivers.crosses(nodes[a], nodes[b]))
                continue;
            edges.push_back({a, b, roadrank::kResidential, false, false, -1, false, true});
            ++degree[a];
            ++degree[b];
            plan.blockObstacles[plan.blockIndex(i, j)].push_back({nodes[a], nodes[b]});
        }

    // --- connectivity: join every component to its nearest neighbour until one remains ------
    auto connect = [&]() {
        for (int pass = 0; pass < 64; ++pass) {
            UnionFind uf(int(nodes.size()));
            for (const auto &e : edges)
                uf.unite(e.a, e.b);
            std::vector<int> size(nodes.size(), 0);
            for (int n = 0; n < int(nodes.size()); ++n)
                ++size[uf.find(n)];
            std::vector<int> roots;
            for (int n = 0; n < int(nodes.size()); ++n)
                if (uf.find(n) == n)
                    roots.push_back(n);
            if (roots.size() <= 1)
                return;
            // Members of each component, in node order.
            std::vector<std::vector<int>> members(nodes.size());
            for (int n = 0; n < int(nodes.size()); ++n)
                if (size[uf.find(n)] > 0)
                    members[uf.find(n)].push_back(n);
            const int largest = *std::max_element(roots.begin(), roots.end(), [&](int a, int b) {
                return size[a] < size[b] || (size[a] == size[b] && a > b);
            });
            for (const int root : roots) {
                if (root == largest)
                    continue;
                int bestA = -1, bestB = -1;
                double bestD = std::numeric_limits<double>::infinity();
                for (int radius = 1; radius <= 12 && bestA < 0; radius *= 2)
                    for (const int n : members[root]) {
                        const int gi = nodeGridI[n], gj = nodeGridJ[n];
                        for (int dj = -radius; dj <= radius; ++dj)
                            for (int di = -radius; di <= radius; ++di) {
                                const int ii = gi + di, jj = gj + dj;
                                if (ii < 0 || jj < 0 || ii >= nx || jj >= ny)
                                    continue;
                                const int m = plan.gridNode[plan.gridIndex(ii, jj)];
                                if (m < 0 || uf.find(m) == root)
                                    continue;
                                const double d = distance(nodes[n], nodes[m]);
                                if (d < bestD) {
                                    bestD = d;
                                    bestA = n;
                                    bestB = m;
                                }
                            }
                    }
                if (bestA < 0)
                    continue;  // nothing within reach: handled by removal below
                const bool bridge = plan.rivers.crosses(nodes[bestA], nodes[bestB]);
                edges.push_back({bestA, bestB, bridge ? roadrank::kTertiary : roadrank::kResidential, false, bridge, -1,
                                 false, true});
                ++degree[bestA];
                ++degree[bestB];
            }
        }
    };
    connect();
    {
        // Anything still apart (an island with no neighbour within 12 blocks) is dropped.
        UnionFind uf(int(nodes.size()));
        for (const auto &e : edges)
            uf.unite(e.a, e.b);
        std::vector<int> size(nodes.size(), 0);
        for (int n = 0; n < int(nodes.size()); ++n)
            ++size[uf.find(n)];
        const int main = int(std::max_element(size.begin(), size.end()) - size.begin());
        std::vector<int> remap(nodes.size(), -1);
        std::vector<geo::Point> keptNodes;
        std::vector<int> keptI, keptJ;
        for (int n = 0; n < int(nodes.size()); ++n)
            if (uf.find(n) == main) {
                remap[n] = int(keptNodes.size());
                keptNodes.push_back(nodes[n]);
                keptI.push_back(nodeGridI[n]);
                keptJ.push_back(nodeGridJ[n]);
            }
        if (keptNodes.size() != nodes.size()) {
            std::vector<Edge> keptEdges;
            for (auto e : edges)
                if (remap[e.a] >= 0 && remap[e.b] >= 0) {
                    e.a = remap[e.a];
                    e.b = remap[e.b];
                    keptEdges.push_back(e);
                }
            edges.swap(keptEdges);
            for (auto &g : plan.gridNode)
                if (g >= 0)
                    g = remap[g];
            nodes.swap(keptNodes);
            nodeGridI.swap(keptI);
            nodeGridJ.swap(keptJ);
        }
    }

    // --- dead-end service roads up to the wanted node count --------------------------------
    const int target = int(std::lround(kNodesAtScaleOne * plan.options.scale));
    int spursWanted = std::max(0, (target - int(nodes.size())) / 2);
    std::vector<int> candidates;
    for (int e = 0; e < int(edges.size()); ++e)
        if (edges[e].rank == roadrank::kResidential && edges[e].line >= 0 && !edges[e].bridge)
            candidates.push_back(e);
    for (int k = int(candidates.size()) - 1; k > 0; --k)  // Fisher–Yates with our own stream
        std::swap(candidates[k], candidates[random.uniformInt(0, k)]);
    std::vector<geo::Point> spurEnds;
    for (const int e : candidates) {
        if (spursWanted <= 0)
            break;
        Edge &edge = edges[e];
        const geo::Point pa = nodes[edge.a], pb = nodes[edge.b];
        const double t = random.uniform(0.35, 0.65);
        const geo::Point m{pa.x + t * (pb.x - pa.x), pa.y + t * (pb.y - pa.y)};
        const double len = distance(pa, pb);
        if (len < 40.0)
            continue;
        // Perpendicular into one of the two blocks along the edge.
        const bool positive = random.chance(0.5);
        double px = -(pb.y - pa.y) / len, py = (pb.x - pa.x) / len;
        if (!positive) {
            px = -px;
            py = -py;
        }
        const double depth = s * random.uniform(0.25, 0.38);
        const geo::Point end{m.x + px * depth, m.y + py * depth};
        if (!plan.boundary.contains(end) || plan.boundary.distanceToEdge(end, 10.0) < 10.0)
            continue;
        const double wet = plan.maxRiverHalfWidth + 10.0;
        if (plan.rivers.distance(end, wet) < wet || plan.rivers.crosses(m, end))
            continue;
        // Block on the side the spur goes: edge (i,j)-(i+1,j) is horizontal on line j.
        const int ga = nodeGridI[edge.a], gja = nodeGridJ[edge.a];
        const int gb = nodeGridI[edge.b], gjb = nodeGridJ[edge.b];
        int bi = std::min(ga, gb), bj = std::min(gja, gjb);
        if (edge.vertical) {
            // Vertical edge on x line i: the block to the east is (i, j), to the west (i−1, j).
            if (end.x < m.x)
                bi -= 1;
        } else if (end.y < m.y) {
            bj -= 1;
        }
        if (bi < 0 || bj < 0 || bi >= nx - 1 || bj >= ny - 1)
            continue;
        const int mid = int(nodes.size());
        nodes.push_back(m);
        nodeGridI.push_back(ga);
        nodeGridJ.push_back(gja);
        const int tip = int(nodes.size());
        nodes.push_back(end);
        nodeGridI.push_back(ga);
        nodeGridJ.push_back(gja);
        const int oldB = edge.b;
        edge.b = mid;
        edge.hasSpur = true;
        Edge second = edge;
        second.a = mid;
        second.b = oldB;
        edges.push_back(second);
        edges.push_back({mid, tip, roadrank::kService, false, false, -1, false, true});
        plan.blockObstacles[plan.blockIndex(bi, bj)].push_back({m, end});
        --spursWanted;
    }

    // --- model -------------------------------------------------------------------------------
    degree.assign(nodes.size(), 0);
    for (const auto &e : edges) {
        ++degree[e.a];
        ++degree[e.b];
    }
    model.roadNodes.reserve(nodes.size());
    for (int n = 0; n < int(nodes.size()); ++n)
        model.roadNodes.push_back({qint64(n) + 1, nodes[n], degree[n]});
    model.roads.reserve(edges.size());
    for (int e = 0; e < int(edges.size()); ++e) {
        const auto &edge = edges[e];
        RoadFeature road;
        road.id = e + 1;
        road.roadClass = roadrank::className(edge.rank);
        const geo::Point pa = nodes[edge.a], pb = nodes[edge.b];
        road.lanes = roadrank::lanes(edge.rank, plan.density(pa));
        road.speedKmh = roadrank::speedKmh(edge.rank);
        road.oneway = edge.oneway;
        road.fromNode = edge.a + 1;
        road.toNode = edge.b + 1;
        road.bridge = edge.bridge;
        if (edge.line >= 0 && edge.rank >= roadrank::kTertiary)
            road.name = edge.vertical ? nameX[edge.line] : nameY[edge.line];
        road.points = {pa, pb};
        road.lengthM = polylineLength(road.points);
        model.roads.push_back(std::move(road));
    }
}

} // namespace ct::citygen
