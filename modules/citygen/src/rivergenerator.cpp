// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "rivergenerator.h"

#include "planar.h"
#include "random.h"

#include <algorithm>
#include <cmath>
#include <functional>

namespace ct::citygen {

namespace {

constexpr double kPi = 3.14159265358979323846;

/// Samples x = left + fraction(t)·(right − left) at heights from north (t = 0) to south (t = 1),
/// smooths it, and keeps the longest run inside the boundary.
Line traceRiver(const CityPlan &plan, double t0, double t1, const std::function<double(double)> &fraction,
                double meanderAmplitude, double meanderWaves, double meanderPhase)
{
    const auto &env = plan.boundary.envelope();
    const double height = env.height() * (t1 - t0);
    const int samples = std::clamp(int(height / 40.0), 40, 4000);
    Line raw;
    raw.reserve(samples + 1);
    for (int s = 0; s <= samples; ++s) {
        const double t = t0 + (t1 - t0) * s / samples;
        const double y = env.maxY - t * env.height();
        const auto xs = plan.boundary.crossings(y);
        if (xs.size() < 2)
            continue;
        const double left = xs.front(), right = xs.back();
        const double w = right - left;
        const double x = left + w * (fraction(t) + meanderAmplitude * std::sin(2.0 * kPi * meanderWaves * t + meanderPhase));
        raw.push_back({x, y});
    }
    // Moving average so that the wiggles of the outline do not show in the river.
    Line smooth(raw.size());
    const int window = 6;
    for (int i = 0; i < int(raw.size()); ++i) {
        double sx = 0.0, sy = 0.0;
        int n = 0;
        for (int k = std::max(0, i - window); k <= std::min(int(raw.size()) - 1, i + window); ++k) {
            sx += raw[k].x;
            sy += raw[k].y;
            ++n;
        }
        smooth[i] = {sx / n, sy / n};
    }
    // Longest run of points inside (and a little away from) the boundary.
    std::size_t bestStart = 0, bestLength = 0, start = 0;
    for (std::size_t i = 0; i <= smooth.size(); ++i) {
        const bool inside = i < smooth.size() && plan.boundary.contains(smooth[i])
            && plan.boundary.distanceToEdge(smooth[i], 15.0) >= 15.0;
        if (!inside) {
            if (i - start > bestLength) {
                bestLength = i - start;
                bestStart = start;
            }
            start = i + 1;
        }
    }
    return Line(smooth.begin() + bestStart, smooth.begin() + bestStart + bestLength);
}

} // namespace

void RiverGenerator::run(CityPlan &plan, CityModel &model)
{
    Random random(plan.options.seed, salt::kRivers);
    struct RiverSpec
    {
        QString name;
        double widthM;
        double crestM;
        Line line;
    };
    std::vector<RiverSpec> specs;
    {
        const double phase = random.uniform(0.0, 2.0 * kPi);
        const double waves = random.uniform(3.0, 5.0);
        Line kokai = traceRiver(plan, 0.02, 0.98, [](double) { return 0.08; }, 0.025, waves, phase);
        specs.push_back({QStringLiteral("小貝川"), 60.0, 5.5, std::move(kokai)});
    }
    {
        const double phase = random.uniform(0.0, 2.0 * kPi);
        const double waves = random.uniform(2.0, 3.0);
        Line sakura = traceRiver(plan, 0.0, 0.55,
                                 [](double t) { return 0.40 + 0.70 * std::pow(std::clamp(t / 0.5, 0.0, 1.2), 1.7); },
                                 0.03, waves, phase);
        specs.push_back({QStringLiteral("桜川"), 40.0, 4.0, std::move(sakura)});
    }

    geo::Envelope extent = plan.boundary.envelope();
    extent.expand(geo::Point{extent.minX - 500.0, extent.minY - 500.0});
    extent.expand(geo::Point{extent.maxX + 500.0, extent.maxY + 500.0});
    plan.rivers.reset(extent, 250.0);
    plan.riverHalfWidth.clear();
    for (auto &spec : specs) {
        if (spec.line.size() < 2)
            continue;
        const int tag = int(plan.riverHalfWidth.size());
        plan.riverHalfWidth.push_back(spec.widthM / 2.0);
        plan.maxRiverHalfWidth = std::max(plan.maxRiverHalfWidth, spec.widthM / 2.0);
        plan.rivers.addPolyline(spec.line, tag);
        model.water.push_back({spec.name, bufferPolyline(spec.line, spec.widthM / 2.0)});
        const double crest = spec.crestM + random.uniform(-0.3, 0.3);
        model.embankments.push_back({spec.name, QStringLiteral("left"), crest, offsetPolyline(spec.line, spec.widthM / 2.0 + 12.0)});
        model.embankments.push_back({spec.name, QStringLiteral("right"), crest + random.uniform(-0.3, 0.3),
                                     offsetPolyline(spec.line, -(spec.widthM / 2.0 + 12.0))});
        model.rivers.push_back({spec.name, spec.widthM, std::move(spec.line)});
    }
}

} // namespace ct::citygen
