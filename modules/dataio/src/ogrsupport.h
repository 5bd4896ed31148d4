// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

// Internal helpers around GDAL/OGR shared by the importers and exporters.

#include "ct/core/result.h"
#include "ct/geo/geometry.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <memory>

namespace ct::dataio::ogr {

struct DatasetCloser
{
    void operator()(GDALDataset *dataset) const { GDALClose(GDALDataset::ToHandle(dataset)); }
};
using DatasetPtr = std::unique_ptr<GDALDataset, DatasetCloser>;

struct FeatureDeleter
{
    void operator()(OGRFeature *feature) const { OGRFeature::DestroyFeature(feature); }
};
using FeaturePtr = std::unique_ptr<OGRFeature, FeatureDeleter>;

/// Registers GDAL's drivers once per process.
void ensureRegistered();

/// \brief Captures GDAL's error and warning messages while alive instead of letting GDAL print them,
/// so they can be reported with the file name.
class ErrorCollector
{
public:
    ErrorCollector();
    ~ErrorCollector();
    ErrorCollector(const ErrorCollector &) = delete;
    ErrorCollector &operator=(const ErrorCollector &) = delete;

    const QStringList &messages() const { return m_messages; }
    bool hasErrors() const { return m_errors > 0; }
    /// The last message, or `fallback` when GDAL said nothing.
    QString last(const QString &fallback = {}) const;
    void clear();

private:
    static void CPL_STDCALL handler(CPLErr level, CPLErrorNum number, const char *message);
    QStringList m_messages;
    int m_errors = 0;
};

/// \brief A file in GDAL's in-memory file system, removed on destruction.
class MemoryFile
{
public:
    MemoryFile(const QByteArray &bytes, const QString &suffix);
    ~MemoryFile();
    MemoryFile(const MemoryFile &) = delete;
    MemoryFile &operator=(const MemoryFile &) = delete;
    const QByteArray &path() const { return m_path; }

private:
    QByteArray m_path;
};

/// Opens a vector dataset read-only; `drivers` limits the drivers tried (empty = all).
DatasetPtr openVector(const QString &path, const QStringList &drivers = {}, const QStringList &openOptions = {});

/// Converts an OGR geometry to the console's flat geometry: curves are linearised, Z and M dropped,
/// polyhedral surfaces and collections of one family become multi geometries.
core::Result<geo::Geometry> toGeometry(const OGRGeometry *geometry);

/// "EPSG:n" when the SRS has an EPSG code, else its WKT; empty for no SRS.
QString crsString(const OGRSpatialReference *srs);

/// The value of a field as a QVariant (null for unset or null; booleans for OFSTBoolean; lists joined by ",").
QVariant fieldValue(const OGRFeature *feature, int index);
/// The field as text, trimmed ("" for null).
QString fieldText(const OGRFeature *feature, int index);

/// Reads the whole file; used by the CSV importers to detect and convert encodings.
core::Result<QByteArray> readAll(const QString &path);
/// The bytes as UTF-8 without BOM: UTF-8 is kept, Shift_JIS (CP932) converted. `encoding` receives
/// the name of what was found. Fails naming the line of the first byte that neither decodes.
core::Result<QByteArray> toUtf8(const QByteArray &bytes, const QString &fileName, QString *encoding);

/// Parses a number the way people write them in Japanese open data: "1,200", "１２００", " 35.5 ".
bool parseNumber(const QString &text, double *value);

} // namespace ct::dataio::ogr

namespace ct::dataio::ogr {

/// Opens a source file for an importer. On failure the error names the file and, for JSON and XML,
/// the line where parsing stopped. JSON must be UTF-8 (RFC 8259): other encodings are refused here.
core::Result<DatasetPtr> openSource(const QString &path, const QString &fileName, const QString &driver,
                                    const QStringList &openOptions = {});

} // namespace ct::dataio::ogr
