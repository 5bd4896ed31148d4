// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
//
// bench_store_io: the twin store against GDAL on the same building footprints.
//   (a) import GPKG → GPKG: GDALVectorTranslate (what `ogr2ogr -f GPKG out.gpkg src.gpkg` runs) vs
//       reading the source with GDAL and writing it into a new twin with FeatureWriter, audit row
//       included;
//   (b) reading the whole layer: GDAL's Arrow stream (OGR_L_GetArrowStream, all batches) vs
//       TwinStore::read() into a FeatureTable, and TwinStore::readColumns() into flat arrays (the
//       view loader's path), all on the twin written in (a).
// Usage: bench_store_io [--count N] [--runs R] [--dir DIR]   (defaults 100000, 3, a temporary folder)
#include "ct/geo/gpkgblob.h"
#include "ct/store/twinstore.h"

#include <gdal_priv.h>
#include <gdal_utils.h>
#include <ogr_recordbatch.h>
#include <ogrsf_frmts.h>

#include "../common/ogr2ogrpeer.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <limits>

using ct::store::TwinStore;

namespace {

constexpr const char *kLayer = "buildings";

void removeGpkg(const QString &path)
{
    for (const char *suffix : {"", "-wal", "-shm", "-journal"})
        QFile::remove(path + QLatin1String(suffix));
}

/// N rectangles of 8–20 m on a 25 m grid around Tsukuba centre (JGD2011 zone IX metres).
bool writeSource(const QString &path, int count)
{
    GDALDriver *driver = GetGDALDriverManager()->GetDriverByName("GPKG");
    GDALDataset *ds = driver->Create(path.toUtf8().constData(), 0, 0, 0, GDT_Unknown, nullptr);
    if (!ds)
        return false;
    OGRSpatialReference srs;
    srs.importFromEPSG(6677);
    OGRLayer *layer = ds->CreateLayer(kLayer, &srs, wkbPolygon, nullptr);
    OGRFieldDefn sourceId("source_id", OFTString);
    OGRFieldDefn height("height", OFTReal);
    OGRFieldDefn floors("floors", OFTInteger);
    OGRFieldDefn usage("usage", OFTString);
    for (OGRFieldDefn *f : {&sourceId, &height, &floors, &usage})
        layer->CreateField(f);
    ds->StartTransaction();
    const int side = int(std::ceil(std::sqrt(double(count))));
    const char *usages[] = {"residential", "commercial", "school", "office"};
    for (int i = 0; i < count; ++i) {
        const double x0 = 10000.0 + (i % side) * 25.0;
        const double y0 = 5000.0 + (i / side) * 25.0;
        const double w = 8.0 + (i % 7) * 2.0;
        const double h = 8.0 + (i % 5) * 3.0;
        OGRLinearRing ring;
        ring.addPoint(x0, y0);
        ring.addPoint(x0 + w, y0);
        ring.addPoint(x0 + w, y0 + h);
        ring.addPoint(x0, y0 + h);
        ring.addPoint(x0, y0);
        OGRPolygon polygon;
        polygon.addRing(&ring);
        OGRFeature feature(layer->GetLayerDefn());
        feature.SetGeometry(&polygon);
        feature.SetField(0, QStringLiteral("bldg-%1").arg(i).toUtf8().constData());
        feature.SetField(1, 3.0 + (i % 40) * 0.75);
        feature.SetField(2, 1 + i % 12);
        feature.SetField(3, usages[i % 4]);
        if (layer->CreateFeature(&feature) != OGRERR_NONE)
            return false;
    }
    ds->CommitTransaction();
    GDALClose(ds);
    return true;
}

/// GDAL's own copy: the library call behind `ogr2ogr -f GPKG out src`.
qint64 gdalImport(const QString &source, const QString &target)
{
    return ct::bench::ogr2ogrCopy(source, target, kLayer);
}

/// Our import: the source read through GDAL, written into a new twin in one perform().
qint64 twinImport(const QString &source, const QString &target)
{
    GDALDataset *src = GDALDataset::Open(source.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY);
    if (!src)
        return -1;
    OGRLayer *layer = src->GetLayerByName(kLayer);
    auto created = TwinStore::create(target);
    if (!created.ok()) {
        std::fprintf(stderr, "%s\n", qPrintable(created.error().toString()));
        GDALClose(src);
        return -1;
    }
    TwinStore &twin = *created.value();
    qint64 written = 0;
    const auto status = twin.perform(
        ct::core::Actor::system(QStringLiteral("bench")), QStringLiteral("layer.import"), source,
        [&](TwinStore &store, QJsonObject &, QJsonObject &after) -> ct::core::Status {
            ct::store::LayerDefinition def;
            def.name = QString::fromLatin1(kLayer);
            def.geometryType = ct::geo::GeometryType::Polygon;
            def.fields = {{QStringLiteral("source_id"), ct::store::FieldDefinition::Type::Text, false},
                          {QStringLiteral("height"), ct::store::FieldDefinition::Type::Real, false},
                          {QStringLiteral("floors"), ct::store::FieldDefinition::Type::Integer, false},
                          {QStringLiteral("usage"), ct::store::FieldDefinition::Type::Text, false}};
            def.stableIdField = QStringLiteral("source_id");
            if (auto s = store.createLayer(def); !s)
                return s;
            auto writer = store.writer(def.name, {QStringLiteral("source_id"), QStringLiteral("height"),
                                                  QStringLiteral("floors"), QStringLiteral("usage")});
            if (!writer.ok())
                return writer.error();
            std::vector<QVariant> values(4);
            std::vector<unsigned char> wkb;
            for (auto &feature : *layer) {
                const OGRGeometry *g = feature->GetGeometryRef();
                wkb.resize(std::size_t(g->WkbSize()));
                g->exportToWkb(wkbNDR, wkb.data(), wkbVariantIso);
                auto geometry = ct::geo::GpkgBlob::decodeWkb(wkb.data(), wkb.size());
                if (!geometry.ok())
                    return geometry.error();
                values[0] = QString::fromUtf8(feature->GetFieldAsString(0));
                values[1] = feature->GetFieldAsDouble(1);
                values[2] = feature->GetFieldAsInteger(2);
                values[3] = QString::fromUtf8(feature->GetFieldAsString(3));
                auto fid = writer->insert(geometry.value(), values);
                if (!fid.ok())
                    return fid.error();
                ++written;
            }
            after[QStringLiteral("features")] = written;
            return writer->finish();
        });
    GDALClose(src);
    if (!status) {
        std::fprintf(stderr, "%s\n", qPrintable(status.error().toString()));
        return -1;
    }
    return written;
}

/// GDAL's fastest read: the Arrow C stream of the layer, every batch.
qint64 gdalArrowRead(GDALDatasetH ds)
{
    OGRLayerH layer = GDALDatasetGetLayerByName(ds, kLayer);
    OGR_L_ResetReading(layer);
    ArrowArrayStream stream;
    if (!OGR_L_GetArrowStream(layer, &stream, nullptr))
        return -1;
    qint64 rows = 0;
    while (true) {
        ArrowArray array;
        if (stream.get_next(&stream, &array) != 0)
            break;
        if (!array.release)
            break;
        rows += array.length;
        array.release(&array);
    }
    stream.release(&stream);
    return rows;
}

qint64 twinRead(TwinStore &twin)
{
    auto table = twin.read(QString::fromLatin1(kLayer));
    return table.ok() ? qint64(table->size()) : -1;
}

qint64 twinReadColumns(TwinStore &twin)
{
    auto columns = twin.readColumns(QString::fromLatin1(kLayer));
    return columns.ok() ? qint64(columns->size()) : -1;
}

/// Best of `runs` timings, in seconds; every run must return `expected`.
double best(int runs, qint64 expected, const std::function<qint64()> &setup, const std::function<qint64()> &run, bool *ok)
{
    double bestSeconds = std::numeric_limits<double>::infinity();
    for (int r = 0; r < runs; ++r) {
        if (setup)
            setup();
        QElapsedTimer timer;
        timer.start();
        const qint64 n = run();
        const double seconds = double(timer.nsecsElapsed()) / 1e9;
        if (n != expected) {
            std::fprintf(stderr, "run returned %lld features, expected %lld\n", static_cast<long long>(n),
                         static_cast<long long>(expected));
            *ok = false;
        }
        bestSeconds = std::min(bestSeconds, seconds);
    }
    return bestSeconds;
}

void row(const char *task, const char *peer, double peerSeconds, double ourSeconds, qint64 count)
{
    const double peerRate = double(count) / peerSeconds;
    const double ourRate = double(count) / ourSeconds;
    std::printf("%-22s %-28s %12.0f %12.0f %8.2f\n", task, peer, peerRate, ourRate, ourRate / peerRate);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    int count = 100000;
    int runs = 3;
    QString dirPath;
    const QStringList args = app.arguments();
    for (int i = 1; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--count") && i + 1 < args.size())
            count = args[++i].toInt();
        else if (args[i] == QLatin1String("--runs") && i + 1 < args.size())
            runs = std::max(1, args[++i].toInt());
        else if (args[i] == QLatin1String("--dir") && i + 1 < args.size())
            dirPath = args[++i];
        else {
            std::fprintf(stderr, "usage: bench_store_io [--count N] [--runs R] [--dir DIR]\n");
            return 2;
        }
    }
    if (count <= 0)
        return 2;
    GDALAllRegister();
    QTemporaryDir temporary;
    const QString dir = dirPath.isEmpty() ? temporary.path() : dirPath;
    QDir().mkpath(dir);
    const QString source = QDir(dir).filePath(QStringLiteral("bench_source.gpkg"));
    const QString gdalOut = QDir(dir).filePath(QStringLiteral("bench_ogr2ogr.gpkg"));
    const QString twinOut = QDir(dir).filePath(QStringLiteral("bench_twin.gpkg"));
    removeGpkg(source);
    if (!writeSource(source, count)) {
        std::fprintf(stderr, "cannot write the source GeoPackage %s\n", qPrintable(source));
        return 1;
    }

    bool ok = true;
    const double gdalImportSeconds = best(runs, count, [&] { removeGpkg(gdalOut); return 0; },
                                          [&] { return gdalImport(source, gdalOut); }, &ok);
    const double twinImportSeconds = best(runs, count, [&] { removeGpkg(twinOut); return 0; },
                                          [&] { return twinImport(source, twinOut); }, &ok);

    GDALDatasetH twinByGdal = GDALOpenEx(twinOut.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY, nullptr,
                                         nullptr, nullptr);
    if (!twinByGdal) {
        std::fprintf(stderr, "GDAL cannot open the twin %s\n", qPrintable(twinOut));
        return 1;
    }
    const double arrowSeconds = best(runs, count, {}, [&] { return gdalArrowRead(twinByGdal); }, &ok);
    GDALClose(twinByGdal);
    auto twin = TwinStore::open(twinOut, TwinStore::OpenMode::ReadOnly);
    if (!twin.ok()) {
        std::fprintf(stderr, "%s\n", qPrintable(twin.error().toString()));
        return 1;
    }
    const double readSeconds = best(runs, count, {}, [&] { return twinRead(*twin.value()); }, &ok);
    const double columnsSeconds = best(runs, count, {}, [&] { return twinReadColumns(*twin.value()); }, &ok);

    std::printf("bench_store_io: %d rectangular building footprints, 4 attributes, best of %d run(s), GDAL %s\n",
                count, runs, GDALVersionInfo("RELEASE_NAME"));
    std::printf("%-22s %-28s %12s %12s %8s\n", "task", "peer", "peer feat/s", "ours feat/s", "ours/peer");
    row("import GPKG->GPKG", "ogr2ogr (GDALVectorTranslate)", gdalImportSeconds, twinImportSeconds, count);
    row("read whole layer", "OGR_L_GetArrowStream", arrowSeconds, readSeconds, count);
    row("read columns", "OGR_L_GetArrowStream", arrowSeconds, columnsSeconds, count);
    std::printf("target: ours/peer >= 0.80 on the import row and on the view's read row (read columns) at 100000 "
                "features\n");
    return ok ? 0 : 1;
}
