// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
//
// bench_dataio_import: the whole `citytwin-cli import` path for a GeoPackage of building footprints
// (content detection, GDAL read, Japan check, reprojection, stable ids, one audited transaction)
// against GDAL's own copy of the same file (GDALVectorTranslate, what `ogr2ogr -f GPKG` runs).
//   bench_dataio_import [--count N] [--runs R] [--dir DIR]
// Target: ours/peer >= 0.80 at 100000 features.

#include "ct/dataio/dataimporter.h"
#include "ct/store/twinstore.h"

#include "../common/ogr2ogrpeer.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>

#include <gdal_priv.h>
#include <gdal_utils.h>
#include <ogrsf_frmts.h>

#include <algorithm>
#include <cstdio>
#include <limits>

namespace {

constexpr const char *kLayer = "footprints";

//! Rectangular footprints on a grid (12 m × 9 m, 20 m pitch) in `epsg`, with height, floors, use.
bool writeSource(const QString &path, int count, int epsg)
{
    GDALDriver *driver = GetGDALDriverManager()->GetDriverByName("GPKG");
    GDALDataset *ds = driver->Create(path.toUtf8().constData(), 0, 0, 0, GDT_Unknown, nullptr);
    if (!ds)
        return false;
    OGRSpatialReference srs;
    srs.importFromEPSG(epsg);
    srs.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    OGRSpatialReference zone;
    zone.importFromEPSG(6677);
    zone.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    std::unique_ptr<OGRCoordinateTransformation> toSource(OGRCreateCoordinateTransformation(&zone, &srs));
    OGRLayer *layer = ds->CreateLayer(kLayer, &srs, wkbPolygon, nullptr);
    OGRFieldDefn id("building_id", OFTString);
    OGRFieldDefn height("height", OFTReal);
    OGRFieldDefn floors("floors", OFTInteger);
    OGRFieldDefn use("usage", OFTString);
    for (OGRFieldDefn *f : {&id, &height, &floors, &use})
        layer->CreateField(f);
    ds->StartTransaction();
    const int side = int(std::ceil(std::sqrt(double(count))));
    for (int i = 0; i < count; ++i) {
        OGRFeature feature(layer->GetLayerDefn());
        feature.SetField(0, QStringLiteral("B%1").arg(i, 6, 10, QLatin1Char('0')).toUtf8().constData());
        feature.SetField(1, 6.0 + (i % 10) * 3.0);
        feature.SetField(2, 2 + i % 10);
        feature.SetField(3, i % 3 == 0 ? "residential" : "commercial");
        const double x = 25000.0 + (i % side) * 20.0;
        const double y = 5000.0 + (i / side) * 20.0;
        auto *ring = new OGRLinearRing;
        ring->addPoint(x, y);
        ring->addPoint(x + 12, y);
        ring->addPoint(x + 12, y + 9);
        ring->addPoint(x, y + 9);
        ring->addPoint(x, y);
        if (epsg != 6677)
            ring->transform(toSource.get());
        OGRPolygon polygon;
        polygon.addRingDirectly(ring);
        feature.SetGeometry(&polygon);
        if (layer->CreateFeature(&feature) != OGRERR_NONE)
            return false;
    }
    ds->CommitTransaction();
    GDALClose(ds);
    return true;
}

qint64 gdalCopy(const QString &source, const QString &target, int epsg)
{
    // Like ours, the peer reprojects to zone IX when the source is in another CRS.
    return ct::bench::ogr2ogrCopy(source, target, kLayer,
                                  epsg != 6677 ? QByteArrayList{"-t_srs", "EPSG:6677"} : QByteArrayList{});
}

qint64 ourImport(const QString &source, const QString &target)
{
    auto twin = ct::store::TwinStore::create(target);
    if (!twin.ok()) {
        std::fprintf(stderr, "%s\n", qPrintable(twin.error().toString()));
        return -1;
    }
    ct::dataio::ImportOptions options;
    options.idField = QStringLiteral("building_id");
    const ct::dataio::ImportReport report = ct::dataio::DataImporter(*twin.value()).importFile(source, options);
    if (!report.error.isEmpty()) {
        std::fprintf(stderr, "%s\n", qPrintable(report.error));
        return -1;
    }
    return report.imported();
}

template<typename F>
double bestSeconds(int runs, qint64 expected, const QString &target, F &&run)
{
    double best = std::numeric_limits<double>::infinity();
    for (int r = 0; r < runs; ++r) {
        QFile::remove(target);
        QFile::remove(target + QStringLiteral("-wal"));
        QFile::remove(target + QStringLiteral("-shm"));
        QElapsedTimer timer;
        timer.start();
        const qint64 n = run();
        const double s = timer.nsecsElapsed() / 1e9;
        if (n != expected) {
            std::fprintf(stderr, "run wrote %lld features, expected %lld\n", static_cast<long long>(n), static_cast<long long>(expected));
            return -1;
        }
        best = std::min(best, s);
    }
    return best;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    int count = 100000;
    int runs = 3;
    QString dir;
    const QStringList args = app.arguments();
    for (int i = 1; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--count") && i + 1 < args.size())
            count = args[++i].toInt();
        else if (args[i] == QLatin1String("--runs") && i + 1 < args.size())
            runs = args[++i].toInt();
        else if (args[i] == QLatin1String("--dir") && i + 1 < args.size())
            dir = args[++i];
        else {
            std::fprintf(stderr, "usage: bench_dataio_import [--count N] [--runs R] [--dir DIR]\n");
            return 2;
        }
    }
    GDALAllRegister();
    QTemporaryDir temporary;
    if (dir.isEmpty())
        dir = temporary.path();
    std::printf("bench_dataio_import: %d building footprints, 4 attributes, best of %d run(s), GDAL %s\n", count, runs,
                GDALVersionInfo("RELEASE_NAME"));
    std::printf("%-34s %-30s %12s %12s %8s\n", "task", "peer", "peer feat/s", "ours feat/s", "ours/peer");
    bool ok = true;
    for (int epsg : {6677, 4326}) {
        const QString source = QDir(dir).filePath(QStringLiteral("source_%1.gpkg").arg(epsg));
        QFile::remove(source);
        if (!writeSource(source, count, epsg)) {
            std::fprintf(stderr, "cannot write %s\n", qPrintable(source));
            return 1;
        }
        const QString peerOut = QDir(dir).filePath(QStringLiteral("peer_%1.gpkg").arg(epsg));
        const QString ourOut = QDir(dir).filePath(QStringLiteral("twin_%1.gpkg").arg(epsg));
        const double peer = bestSeconds(runs, count, peerOut, [&] { return gdalCopy(source, peerOut, epsg); });
        const double ours = bestSeconds(runs, count, ourOut, [&] { return ourImport(source, ourOut); });
        if (peer <= 0 || ours <= 0) {
            ok = false;
            continue;
        }
        const QByteArray task = epsg == 6677 ? "import GPKG (EPSG:6677) -> twin" : "import GPKG (EPSG:4326) -> twin";
        const QByteArray peerName = epsg == 6677 ? "ogr2ogr -f GPKG" : "ogr2ogr -f GPKG -t_srs 6677";
        std::printf("%-34s %-30s %12.0f %12.0f %8.2f\n", task.constData(), peerName.constData(), count / peer, count / ours,
                    peer / ours);
    }
    std::printf("target: ours/peer >= 0.80 at 100000 features\n");
    return ok ? 0 : 1;
}
