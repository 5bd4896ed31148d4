// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
//
// bench_load_extrude: loading a twin's buildings for the view, against the targets
// ("load 100k buildings at >= 0.8x the feature rate of GDAL's own Arrow-stream read of the same
// table; load + 3D extrusion <= 1 s").
//   (a) open + read the `buildings` layer: TwinStore::open + readColumns() (all columns, and only
//       height_m as the view asks) vs GDALOpenEx + OGR_L_GetArrowStream, every batch (all columns,
//       and height_m only through OGR_L_SetIgnoredFields) — the same table, the same file;
//   (b) open + readColumns(height_m) + BuildingExtruder::extrude 3D and roofs-only, in milliseconds,
//       and the whole view loader (MapSceneBuilder::load of the buildings layer: GPU buffers and
//       picker included) for reference.
// The twin is the real demo city (CityGenerator, scale 1 ≈ 100k buildings) written to a temporary
// folder, or the file given with --twin (generated there first when it does not exist).
//   bench_load_extrude [--scale S] [--twin FILE] [--runs R]
#include "mapscenebuilder.h"

#include "ct/citygen/citygenerator.h"
#include "ct/scene/extrusion.h"
#include "ct/store/twinstore.h"

#include <gdal_priv.h>
#include <ogr_recordbatch.h>
#include <ogrsf_frmts.h>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <functional>
#include <limits>
#include <utility>

namespace {

constexpr const char *kLayer = "buildings";
constexpr const char *kHeightField = "height_m";

/// GDAL's fastest read of the table: open, the Arrow C stream of every batch, close. With
/// `heightOnly`, every attribute but height_m is ignored (what the view needs).
qint64 gdalArrowRead(const QString &path, bool heightOnly)
{
    GDALDatasetH ds = GDALOpenEx(path.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY, nullptr, nullptr, nullptr);
    if (!ds)
        return -1;
    OGRLayerH layer = GDALDatasetGetLayerByName(ds, kLayer);
    qint64 rows = -1;
    if (layer) {
        std::vector<QByteArray> ignoredNames;
        std::vector<const char *> ignored;
        if (heightOnly) {
            OGRFeatureDefnH definition = OGR_L_GetLayerDefn(layer);
            for (int f = 0; f < OGR_FD_GetFieldCount(definition); ++f) {
                const char *name = OGR_Fld_GetNameRef(OGR_FD_GetFieldDefn(definition, f));
                if (std::strcmp(name, kHeightField) != 0)
                    ignoredNames.emplace_back(name);
            }
            for (const QByteArray &name : ignoredNames)
                ignored.push_back(name.constData());
        }
        ignored.push_back(nullptr);
        OGR_L_SetIgnoredFields(layer, ignored.data());
        ArrowArrayStream stream;
        if (OGR_L_GetArrowStream(layer, &stream, nullptr)) {
            rows = 0;
            while (true) {
                ArrowArray array;
                if (stream.get_next(&stream, &array) != 0 || !array.release)
                    break;
                rows += array.length;
                array.release(&array);
            }
            stream.release(&stream);
        }
    }
    GDALClose(ds);
    return rows;
}

/// Ours: open the twin read-only and read the layer column-wise.
qint64 twinRead(const QString &path, const QStringList &columns)
{
    auto twin = ct::store::TwinStore::open(path, ct::store::TwinStore::OpenMode::ReadOnly);
    if (!twin)
        return -1;
    auto read = (*twin)->readColumns(QString::fromLatin1(kLayer), columns);
    return read ? qint64(read->size()) : -1;
}

struct LoadTimes
{
    double readMs = 0;      //!< open + readColumns(height_m)
    double geometryMs = 0;  //!< heights and geo::Geometry values for the extruder
    double extrudeMs = 0;   //!< 3D
    double roofsMs = 0;     //!< roofs only
    std::size_t triangles = 0;
    double totalMs() const { return readMs + geometryMs + extrudeMs + roofsMs; }
};

/// Open + read + extrude, the way the view loader does it.
qint64 loadAndExtrude(const QString &path, LoadTimes *times)
{
    QElapsedTimer timer;
    timer.start();
    auto twin = ct::store::TwinStore::open(path, ct::store::TwinStore::OpenMode::ReadOnly);
    if (!twin)
        return -1;
    auto read = (*twin)->readColumns(QString::fromLatin1(kLayer), {QString::fromLatin1(kHeightField)});
    if (!read)
        return -1;
    times->readMs = double(timer.nsecsElapsed()) / 1e6;
    timer.restart();
    ct::scene::ExtrusionOptions options;
    const ct::store::AttributeColumn &height = read->columns.front();
    std::vector<float> heights(read->size());
    for (std::size_t i = 0; i < heights.size(); ++i)
        heights[i] = float(height.real(i, options.defaultHeight));
    const std::vector<ct::geo::Geometry> footprints = read->geometries.toGeometries();
    times->geometryMs = double(timer.nsecsElapsed()) / 1e6;
    options.origin = read->geometries.points().empty() ? ct::geo::Point{} : read->geometries.points().front();
    timer.restart();
    const ct::scene::BuildingMesh full = ct::scene::BuildingExtruder::extrude(footprints, heights, options);
    times->extrudeMs = double(timer.nsecsElapsed()) / 1e6;
    timer.restart();
    options.roofsOnly = true;
    const ct::scene::BuildingMesh roofs = ct::scene::BuildingExtruder::extrude(footprints, heights, options);
    times->roofsMs = double(timer.nsecsElapsed()) / 1e6;
    times->triangles = full.triangleCount;
    return roofs.buildingCount == full.buildingCount ? qint64(read->size()) : -1;
}

/// The whole view loader on the buildings layer alone.
qint64 viewLoad(const QString &path, const ct::plugin::LayerDescriptor &buildings)
{
    auto scene = ct::ui::MapSceneBuilder::load(path, {buildings});
    return scene && !scene->layers.empty() ? qint64(scene->layers.front().fids.size()) : -1;
}

/// Best of `runs` timings of `peer` and of `ours`, in seconds, runs alternating so that both see
/// the same machine load; every run must return `expected`.
std::pair<double, double> duel(int runs, qint64 expected, const std::function<qint64()> &peer,
                               const std::function<qint64()> &ours, bool *ok);

/// Best of `runs` timings in seconds; every run must return `expected`.
double best(int runs, qint64 expected, const std::function<qint64()> &run, bool *ok)
{
    double bestSeconds = std::numeric_limits<double>::infinity();
    for (int r = 0; r < runs; ++r) {
        QElapsedTimer timer;
        timer.start();
        const qint64 n = run();
        bestSeconds = std::min(bestSeconds, double(timer.nsecsElapsed()) / 1e9);
        if (n != expected) {
            std::fprintf(stderr, "a run returned %lld features, expected %lld\n", static_cast<long long>(n),
                         static_cast<long long>(expected));
            *ok = false;
        }
    }
    return bestSeconds;
}

std::pair<double, double> duel(int runs, qint64 expected, const std::function<qint64()> &peer,
                               const std::function<qint64()> &ours, bool *ok)
{
    double peerSeconds = std::numeric_limits<double>::infinity();
    double ourSeconds = std::numeric_limits<double>::infinity();
    for (int r = 0; r < runs; ++r) {
        peerSeconds = std::min(peerSeconds, best(1, expected, peer, ok));
        ourSeconds = std::min(ourSeconds, best(1, expected, ours, ok));
    }
    return {peerSeconds, ourSeconds};
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    ct::citygen::GeneratorOptions options;
    QString twinPath;
    int runs = 3;
    for (int i = 1; i < argc; ++i) {
        const bool hasValue = i + 1 < argc;
        if (!std::strcmp(argv[i], "--scale") && hasValue)
            options.scale = std::atof(argv[++i]);
        else if (!std::strcmp(argv[i], "--twin") && hasValue)
            twinPath = QString::fromLocal8Bit(argv[++i]);
        else if (!std::strcmp(argv[i], "--runs") && hasValue)
            runs = std::max(1, std::atoi(argv[++i]));
        else {
            std::fprintf(stderr, "usage: bench_load_extrude [--scale S] [--twin FILE] [--runs R]\n");
            return 2;
        }
    }
    if (!(options.scale > 0))
        return 2;
    QTemporaryDir dir;
    if (twinPath.isEmpty())
        twinPath = dir.filePath(QStringLiteral("bench_load.gpkg"));
    if (!QFileInfo::exists(twinPath)) {
        QElapsedTimer timer;
        timer.start();
        auto report = ct::citygen::CityGenerator::generate(twinPath, options);
        if (!report) {
            std::fprintf(stderr, "generation failed: %s\n", qPrintable(report.error().toString()));
            return 1;
        }
        std::printf("generated the demo twin at scale %g in %.1f s: %s\n", options.scale,
                    double(timer.elapsed()) / 1000.0, qPrintable(twinPath));
    } else {
        std::printf("reusing the twin %s\n", qPrintable(twinPath));
    }
    GDALAllRegister();

    qint64 count = 0;
    ct::plugin::LayerDescriptor buildings;
    {
        auto twin = ct::store::TwinStore::open(twinPath, ct::store::TwinStore::OpenMode::ReadOnly);
        if (!twin) {
            std::fprintf(stderr, "%s\n", qPrintable(twin.error().toString()));
            return 1;
        }
        auto info = (*twin)->layer(QString::fromLatin1(kLayer));
        if (!info) {
            std::fprintf(stderr, "%s\n", qPrintable(info.error().toString()));
            return 1;
        }
        count = info->featureCount;
        buildings = ct::ui::MapSceneBuilder::guessDescriptor(*info);
    }

    bool ok = true;
    // Warm the page cache once so neither side pays for the first read from disk.
    (void)gdalArrowRead(twinPath, false);
    const QStringList heightOnly{QString::fromLatin1(kHeightField)};
    const auto [arrowAll, oursAll] = duel(runs, count, [&] { return gdalArrowRead(twinPath, false); },
                                          [&] { return twinRead(twinPath, {}); }, &ok);
    const auto [arrowHeight, oursHeight] = duel(runs, count, [&] { return gdalArrowRead(twinPath, true); },
                                                [&] { return twinRead(twinPath, heightOnly); }, &ok);

    LoadTimes bestLoad;
    bestLoad.readMs = std::numeric_limits<double>::infinity();
    for (int r = 0; r < runs; ++r) {
        LoadTimes times;
        if (loadAndExtrude(twinPath, &times) != count)
            ok = false;
        if (times.totalMs() < bestLoad.totalMs())
            bestLoad = times;
    }
    const double viewSeconds = best(runs, count, [&] { return viewLoad(twinPath, buildings); }, &ok);

    std::printf("bench_load_extrude: %lld buildings (scale %g), best of %d run(s), GDAL %s\n",
                static_cast<long long>(count), options.scale, runs, GDALVersionInfo("RELEASE_NAME"));
    std::printf("%-34s %-34s %12s %12s %8s\n", "open + read buildings", "peer", "peer feat/s", "ours feat/s",
                "ours/peer");
    auto row = [count](const char *task, const char *peer, double peerSeconds, double ourSeconds) {
        const double peerRate = double(count) / peerSeconds;
        const double ourRate = double(count) / ourSeconds;
        std::printf("%-34s %-34s %12.0f %12.0f %8.2f\n", task, peer, peerRate, ourRate, ourRate / peerRate);
    };
    row("readColumns, all 5 columns", "OGR_L_GetArrowStream, all fields", arrowAll, oursAll);
    row("readColumns, height_m (the view)", "OGR_L_GetArrowStream, height_m", arrowHeight, oursHeight);
    std::printf("target: ours/peer >= 0.80\n\n");
    std::printf("%-44s %10s\n", "load + extrude (ours)", "ms");
    std::printf("%-44s %10.1f\n", "open + readColumns(height_m)", bestLoad.readMs);
    std::printf("%-44s %10.1f\n", "heights + geo::Geometry per footprint", bestLoad.geometryMs);
    std::printf("%-44s %10.1f   (%zu triangles)\n", "BuildingExtruder::extrude 3D", bestLoad.extrudeMs,
                bestLoad.triangles);
    std::printf("%-44s %10.1f\n", "BuildingExtruder::extrude roofs only", bestLoad.roofsMs);
    std::printf("%-44s %10.1f   (target: <= 1000 ms)\n", "total", bestLoad.totalMs());
    std::printf("%-44s %10.1f   (GPU buffers and picker included)\n", "view loader, MapSceneBuilder::load",
                viewSeconds * 1000.0);
    return ok ? 0 : 1;
}
