// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
//
// What one refresh of the main map's safety overlays costs the console's GUI thread, per role:
// HotspotOverlay::read (AlertReader, kernel density, the image) and AlertPointsOverlay::read
// (AlertReader, near-repeats, fading), beside the peer — the same AlertReader read and
// KernelDensity::compute alone, which the safety panel's analysis pays anyway — so the figure
// shows what drawing on the main map adds.
//   bench_safety_overlay [--alerts N] [--side-km S] [--runs R] [--seed N]
// Defaults: 10,000 published alerts of the last 90 days over a 16.9 km square (the city's
// ≈ 284 km²), 50 m cells, 400 m bandwidth (the panel's defaults).

#include "alertoverlaysettings.h"
#include "alertpointsoverlay.h"
#include "hotspotoverlay.h"

#include "ct/safety/alertstore.h"
#include "ct/safety/kerneldensity.h"
#include "ct/safety/safetyschema.h"
#include "ct/store/twinstore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QStringList>
#include <QTemporaryDir>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <random>
#include <vector>

using namespace ct;
using namespace ct::safety;

namespace {

double option(const QStringList &args, const QString &name, double fallback)
{
    const int i = int(args.indexOf(name));
    return i >= 0 && i + 1 < args.size() ? args[i + 1].toDouble() : fallback;
}

[[noreturn]] void fail(const QString &what)
{
    std::fprintf(stderr, "bench_safety_overlay: %s\n", qPrintable(what));
    std::exit(1);
}

template <typename F>
double bestMs(int runs, F &&f)
{
    double best = 1e300;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        f();
        best = std::min(best, t.nsecsElapsed() / 1e6);
    }
    return best;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int alerts = int(option(args, QStringLiteral("--alerts"), 10000));
    const double side = option(args, QStringLiteral("--side-km"), std::sqrt(284.0)) * 1000.0;
    const int runs = std::max(1, int(option(args, QStringLiteral("--runs"), 5)));
    const unsigned seed = unsigned(option(args, QStringLiteral("--seed"), 1));
    const double x0 = 10000.0, y0 = 0.0;
    const QDateTime now(QDate(2026, 4, 30), QTime(3, 0), Qt::UTC);

    QTemporaryDir dir;
    auto created = store::TwinStore::create(dir.filePath(QStringLiteral("bench.gpkg")));
    if (!created)
        fail(created.error().toString());
    auto twin = std::move(created.value());
    {
        store::Transaction tx(*twin);
        store::LayerDefinition boundary{QStringLiteral("boundary"), geo::GeometryType::MultiPolygon};
        if (!twin->createLayer(boundary))
            fail(QStringLiteral("boundary layer"));
        auto writer = twin->writer(QStringLiteral("boundary"), {});
        if (!writer || !writer->insert(geo::Geometry::multiPolygon({{{{x0, y0}, {x0 + side, y0}, {x0 + side, y0 + side}, {x0, y0 + side}, {x0, y0}}}}), {})
            || !writer->finish() || !tx.commit())
            fail(QStringLiteral("boundary"));
    }
    if (auto migrated = twin->migrate(SafetySchema::component(), SafetySchema::migrations()); !migrated)
        fail(migrated.error().toString());

    // Alerts as they come: most in clusters (schools, stations), a fifth anywhere; 90 days.
    std::mt19937 rng(seed);
    std::uniform_real_distribution<double> anywhere(0.0, side), day(0.0, 89.0);
    std::normal_distribution<double> spread(0.0, 350.0);
    std::vector<geo::Point> centres;
    for (int i = 0; i < 60; ++i)
        centres.push_back({x0 + anywhere(rng), y0 + anywhere(rng)});
    {
        const core::Actor recorder{QStringLiteral("bench"), core::Role::System, {}};
        store::Transaction tx(*twin);
        for (int i = 0; i < alerts; ++i) {
            geo::Point p{x0 + anywhere(rng), y0 + anywhere(rng)};
            if (i % 5 != 0) {
                const geo::Point &c = centres[std::size_t(i) % centres.size()];
                p = {std::clamp(c.x + spread(rng), x0, x0 + side), std::clamp(c.y + spread(rng), y0, y0 + side)};
            }
            ValidatedAlert a;
            a.occurredFrom = now.addSecs(-qint64(day(rng) * 86400.0));
            a.location = p;
            a.category = Category::SuspiciousPerson;
            a.sourceOrganisation = QStringLiteral("bench");
            if (!AlertStore::insert(*twin, a, AlertStatus::Published, QStringLiteral("simulation"), recorder, now))
                fail(QStringLiteral("alert insert"));
        }
        if (!tx.commit())
            fail(QStringLiteral("alerts commit"));
    }

    AlertOverlaySettings settings;
    settings.now = now;
    const QVariantMap map = settings.toVariantMap();
    std::printf("safety overlays: %d alerts over %.1f km square, 50 m cells, 400 m bandwidth, best of %d\n", alerts, side / 1000.0, runs);
    std::printf("%-16s %14s %14s %22s\n", "role", "hotspots ms", "alerts ms", "peer: read+KDE ms");
    for (const auto &[name, role] : {std::pair{"police-liaison", core::Role::PoliceLiaison}, std::pair{"hq-commander", core::Role::HqCommander}}) {
        const core::Actor actor{QStringLiteral("bench"), role, {}};
        std::size_t points = 0;
        int pixels = 0;
        const double hotspot = bestMs(runs, [&] {
            auto o = HotspotOverlay().read(*twin, actor, map);
            if (!o)
                fail(o.error().toString());
            pixels = o->raster.image.width() * o->raster.image.height();
        });
        const double symbols = bestMs(runs, [&] {
            auto o = AlertPointsOverlay().read(*twin, actor, map);
            if (!o)
                fail(o.error().toString());
            points = o->points.size();
        });
        const double peer = bestMs(runs, [&] {
            auto read = settings.readAlerts(*twin, actor);
            if (!read)
                fail(read.error().toString());
            std::vector<geo::Point> places;
            for (const Alert &a : *read)
                places.push_back(a.location);
            geo::Envelope extent;
            extent.expand(geo::Point{x0, y0});
            extent.expand(geo::Point{x0 + side, y0 + side});
            const DensityGrid grid = KernelDensity::compute(places, extent, 50.0, 400.0);
            if (grid.values.empty())
                fail(QStringLiteral("empty grid"));
        });
        std::printf("%-16s %14.1f %14.1f %22.1f   (%zu symbols, %d pixels)\n", name, hotspot, symbols, peer, points, pixels);
    }
    return 0;
}
