// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "boundarygenerator.h"

#include "planar.h"
#include "random.h"

#include <cmath>

namespace ct::citygen {

void BoundaryGenerator::run(CityPlan &plan, CityModel &model, const std::vector<std::vector<Ring>> *realPolygons)
{
    constexpr double kPi = 3.14159265358979323846;
    plan.centre = {140.09, 36.09};
    plan.toLocal->forward(plan.centre);

    BoundaryFeature feature;
    if (realPolygons) {
        feature.name = QStringLiteral("つくば市");
        feature.polygons = *realPolygons;
        plan.realBoundary = true;
        plan.linearFactor = 1.0;
    } else {
        feature.name = QStringLiteral("つくば市（デモ）");
        plan.linearFactor = std::sqrt(plan.options.scale);
        Random random(plan.options.seed, salt::kBoundary);
        // Tsukuba spans ≈ 31 km north–south and ≈ 14.4 km east–west: an ellipse of that aspect
        // with a few random harmonics, then scaled to the wanted area.
        constexpr int kHarmonics = 6;
        double amplitude[kHarmonics], phase[kHarmonics];
        for (int k = 0; k < kHarmonics; ++k) {
            amplitude[k] = random.uniform(0.02, 0.07) / (1.0 + 0.5 * k);
            phase[k] = random.uniform(0.0, 2.0 * kPi);
        }
        constexpr int kVertices = 360;
        constexpr double kA = 1.0, kB = 2.15;  // semi-axes ratio east–west : north–south
        Ring ring;
        ring.reserve(kVertices + 1);
        for (int v = 0; v < kVertices; ++v) {
            const double theta = 2.0 * kPi * v / kVertices;
            const double c = std::cos(theta), s = std::sin(theta);
            double r = 1.0 / std::sqrt((c / kA) * (c / kA) + (s / kB) * (s / kB));
            double wobble = 1.0;
            for (int k = 0; k < kHarmonics; ++k)
                wobble += amplitude[k] * std::cos((k + 2) * theta + phase[k]);
            r *= wobble;
            ring.push_back({r * c, r * s});
        }
        double twiceArea = 0.0;
        for (int v = 0; v < kVertices; ++v) {
            const auto &a = ring[v];
            const auto &b = ring[(v + 1) % kVertices];
            twiceArea += a.x * b.y - b.x * a.y;
        }
        const double target = kTsukubaAreaKm2 * 1e6 * plan.options.scale;
        const double k = std::sqrt(target / (std::abs(twiceArea) / 2.0));
        for (auto &p : ring)
            p = {plan.centre.x + p.x * k, plan.centre.y + p.y * k};
        closeRing(ring);
        feature.polygons = {{ring}};
    }

    std::vector<std::vector<geo::Point>> rings;
    for (const auto &polygon : feature.polygons)
        for (const auto &ring : polygon)
            rings.push_back(ring);
    plan.boundary.build(rings, 50.0);
    plan.setUpGazetteer();
    model.areaKm2 = plan.boundary.area() / 1e6;
    model.realBoundary = plan.realBoundary;
    model.boundary.push_back(std::move(feature));
}

} // namespace ct::citygen
