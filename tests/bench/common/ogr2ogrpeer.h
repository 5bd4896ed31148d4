// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include <QByteArrayList>
#include <QString>

#include <gdal_utils.h>
#include <ogr_api.h>

#include <vector>

namespace ct::bench {

/// The peer of the import benchmarks: GDALVectorTranslate, the library call behind
/// `ogr2ogr -f GPKG target source [extra]`, GDAL's fastest copy. Returns the feature count of
/// `layer` in the copy, or -1 when the copy failed.
inline qint64 ogr2ogrCopy(const QString &source, const QString &target, const char *layer,
                          const QByteArrayList &extraArguments = {})
{
    GDALDatasetH src = GDALOpenEx(source.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY, nullptr, nullptr, nullptr);
    QByteArrayList args{"-f", "GPKG"};
    args += extraArguments;
    std::vector<char *> argv;
    for (QByteArray &a : args)
        argv.push_back(a.data());
    argv.push_back(nullptr);
    GDALVectorTranslateOptions *options = GDALVectorTranslateOptionsNew(argv.data(), nullptr);
    int usageError = 0;
    GDALDatasetH out = GDALVectorTranslate(target.toUtf8().constData(), nullptr, 1, &src, options, &usageError);
    GDALVectorTranslateOptionsFree(options);
    qint64 count = -1;
    if (out) {
        OGRLayerH copied = GDALDatasetGetLayerByName(out, layer);
        count = copied ? OGR_L_GetFeatureCount(copied, TRUE) : -1;
        GDALClose(out);
    }
    GDALClose(src);
    return count;
}

} // namespace ct::bench
