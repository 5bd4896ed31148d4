// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "ogrsupport.h"

#include "ct/dataio/formatdetector.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <cpl_string.h>
#include <cpl_vsi.h>

#include <atomic>
#include <cmath>
#include <mutex>

namespace ct::dataio::ogr {

using core::Error;

void ensureRegistered()
{
    static std::once_flag once;
    std::call_once(once, [] { GDALAllRegister(); });
}

ErrorCollector::ErrorCollector()
{
    CPLPushErrorHandlerEx(&ErrorCollector::handler, this);
}

ErrorCollector::~ErrorCollector()
{
    CPLPopErrorHandler();
}

void CPL_STDCALL ErrorCollector::handler(CPLErr level, CPLErrorNum, const char *message)
{
    auto *self = static_cast<ErrorCollector *>(CPLGetErrorHandlerUserData());
    if (!self || level == CE_Debug || level == CE_None)
        return;
    self->m_messages.append(QString::fromUtf8(message));
    if (level >= CE_Failure)
        ++self->m_errors;
}

QString ErrorCollector::last(const QString &fallback) const
{
    return m_messages.isEmpty() ? fallback : m_messages.last();
}

void ErrorCollector::clear()
{
    m_messages.clear();
    m_errors = 0;
}

MemoryFile::MemoryFile(const QByteArray &bytes, const QString &suffix)
{
    static std::atomic<int> counter{0};
    m_path = QStringLiteral("/vsimem/ct_dataio_%1_%2%3")
                 .arg(quintptr(this), 0, 16)
                 .arg(counter.fetch_add(1))
                 .arg(suffix)
                 .toUtf8();
    VSILFILE *file = VSIFOpenL(m_path.constData(), "wb");
    if (file) {
        VSIFWriteL(bytes.constData(), 1, size_t(bytes.size()), file);
        VSIFCloseL(file);
    }
}

MemoryFile::~MemoryFile()
{
    VSIUnlink(m_path.constData());
}

DatasetPtr openVector(const QString &path, const QStringList &drivers, const QStringList &openOptions)
{
    ensureRegistered();
    CPLStringList driverList;
    for (const QString &d : drivers)
        driverList.AddString(d.toUtf8().constData());
    CPLStringList options;
    for (const QString &o : openOptions)
        options.AddString(o.toUtf8().constData());
    const QByteArray utf8 = path.toUtf8();
    GDALDatasetH handle = GDALOpenEx(utf8.constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY,
                                     drivers.isEmpty() ? nullptr : driverList.List(),
                                     openOptions.isEmpty() ? nullptr : options.List(), nullptr);
    return DatasetPtr(GDALDataset::FromHandle(handle));
}

namespace {

void appendCurve(geo::Geometry &g, const OGRSimpleCurve *curve)
{
    g.beginRing();
    const int n = curve->getNumPoints();
    for (int i = 0; i < n; ++i)
        g.append({curve->getX(i), curve->getY(i)});
}

void appendPolygon(geo::Geometry &g, const OGRPolygon *polygon)
{
    g.beginPart();
    if (const OGRLinearRing *exterior = polygon->getExteriorRing())
        appendCurve(g, exterior);
    for (int i = 0; i < polygon->getNumInteriorRings(); ++i)
        appendCurve(g, polygon->getInteriorRing(i));
}

core::Result<geo::Geometry> convertLinear(const OGRGeometry *geometry)
{
    geo::Geometry g;
    switch (wkbFlatten(geometry->getGeometryType())) {
    case wkbPoint: {
        const auto *p = geometry->toPoint();
        g.setType(geo::GeometryType::Point);
        g.beginPart();
        g.beginRing();
        g.append({p->getX(), p->getY()});
        break;
    }
    case wkbLineString:
        g.setType(geo::GeometryType::LineString);
        g.beginPart();
        appendCurve(g, geometry->toLineString());
        break;
    case wkbPolygon:
        g.setType(geo::GeometryType::Polygon);
        appendPolygon(g, geometry->toPolygon());
        break;
    case wkbMultiPoint:
        g.setType(geo::GeometryType::MultiPoint);
        for (const OGRPoint *p : *geometry->toMultiPoint()) {
            g.beginPart();
            g.beginRing();
            g.append({p->getX(), p->getY()});
        }
        break;
    case wkbMultiLineString:
        g.setType(geo::GeometryType::MultiLineString);
        for (const OGRLineString *line : *geometry->toMultiLineString()) {
            g.beginPart();
            appendCurve(g, line);
        }
        break;
    case wkbMultiPolygon:
        g.setType(geo::GeometryType::MultiPolygon);
        for (const OGRPolygon *polygon : *geometry->toMultiPolygon())
            appendPolygon(g, polygon);
        break;
    default:
        return Error::unsupported(QCoreApplication::translate("DataIo", "unsupported geometry type %1")
                                      .arg(QString::fromUtf8(OGRGeometryTypeToName(geometry->getGeometryType()))));
    }
    if (g.isEmpty())
        return Error::invalidInput(QCoreApplication::translate("DataIo", "empty geometry"));
    for (const geo::Point &p : g.points()) {
        if (!std::isfinite(p.x) || !std::isfinite(p.y))
            return Error::invalidInput(QCoreApplication::translate("DataIo", "geometry with a non-finite coordinate"));
    }
    return g;
}

} // namespace

core::Result<geo::Geometry> toGeometry(const OGRGeometry *geometry)
{
    if (!geometry || geometry->IsEmpty())
        return Error::invalidInput(QCoreApplication::translate("DataIo", "missing or empty geometry"));
    const OGRwkbGeometryType flat = wkbFlatten(geometry->getGeometryType());
    switch (flat) {
    case wkbPoint:
    case wkbLineString:
    case wkbPolygon:
    case wkbMultiPoint:
    case wkbMultiLineString:
    case wkbMultiPolygon:
        return convertLinear(geometry);
    default:
        break;
    }
    // Curves, surfaces, collections: let OGR linearise and regroup, then convert.
    std::unique_ptr<OGRGeometry> linear(geometry->hasCurveGeometry() ? geometry->getLinearGeometry()
                                                                     : geometry->clone());
    if (!linear)
        return Error::invalidInput(QCoreApplication::translate("DataIo", "geometry cannot be linearised"));
    OGRwkbGeometryType kind = wkbFlatten(linear->getGeometryType());
    if (kind == wkbPolyhedralSurface || kind == wkbTIN) {
        linear.reset(OGRGeometryFactory::forceTo(linear.release(), wkbMultiPolygon));
    } else if (kind == wkbGeometryCollection) {
        const auto *collection = linear->toGeometryCollection();
        OGRwkbGeometryType family = wkbUnknown;
        for (const OGRGeometry *part : *collection) {
            OGRwkbGeometryType partKind = wkbFlatten(part->getGeometryType());
            partKind = partKind == wkbMultiPoint ? wkbPoint
                     : partKind == wkbMultiLineString ? wkbLineString
                     : partKind == wkbMultiPolygon ? wkbPolygon : partKind;
            if (family == wkbUnknown)
                family = partKind;
            else if (family != partKind)
                return Error::invalidInput(QCoreApplication::translate("DataIo", "geometry collection mixing %1 and %2")
                                               .arg(QString::fromUtf8(OGRGeometryTypeToName(family)),
                                                    QString::fromUtf8(OGRGeometryTypeToName(partKind))));
        }
        const OGRwkbGeometryType target = family == wkbPoint ? wkbMultiPoint
                                        : family == wkbLineString ? wkbMultiLineString : wkbMultiPolygon;
        linear.reset(OGRGeometryFactory::forceTo(linear.release(), target));
    }
    if (!linear)
        return Error::invalidInput(QCoreApplication::translate("DataIo", "unsupported geometry"));
    return convertLinear(linear.get());
}

QString crsString(const OGRSpatialReference *srs)
{
    if (!srs)
        return {};
    OGRSpatialReference copy(*srs);
    const char *authority = copy.GetAuthorityName(nullptr);
    const char *code = copy.GetAuthorityCode(nullptr);
    if (!authority || !code) {
        if (copy.AutoIdentifyEPSG() == OGRERR_NONE) {
            authority = copy.GetAuthorityName(nullptr);
            code = copy.GetAuthorityCode(nullptr);
        }
    }
    if (authority && code && QByteArray(authority).compare("EPSG", Qt::CaseInsensitive) == 0)
        return QStringLiteral("EPSG:%1").arg(QString::fromUtf8(code));
    char *wkt = nullptr;
    const char *options[] = {"FORMAT=WKT2_2019", nullptr};
    copy.exportToWkt(&wkt, options);
    const QString result = QString::fromUtf8(wkt);
    CPLFree(wkt);
    return result;
}

QVariant fieldValue(const OGRFeature *feature, int index)
{
    if (!feature->IsFieldSetAndNotNull(index))
        return {};
    const OGRFieldDefn *defn = feature->GetFieldDefnRef(index);
    switch (defn->GetType()) {
    case OFTInteger:
        if (defn->GetSubType() == OFSTBoolean)
            return feature->GetFieldAsInteger(index) != 0;
        return feature->GetFieldAsInteger(index);
    case OFTInteger64:
        return qlonglong(feature->GetFieldAsInteger64(index));
    case OFTReal:
        return feature->GetFieldAsDouble(index);
    case OFTBinary: {
        int size = 0;
        const GByte *data = const_cast<OGRFeature *>(feature)->GetFieldAsBinary(index, &size);
        return QByteArray(reinterpret_cast<const char *>(data), size);
    }
    case OFTIntegerList:
    case OFTInteger64List:
    case OFTRealList:
    case OFTStringList: {
        // "(2:0,23)" → "0,23"
        QString text = QString::fromUtf8(feature->GetFieldAsString(index));
        const int colon = text.indexOf(QLatin1Char(':'));
        if (text.startsWith(QLatin1Char('(')) && text.endsWith(QLatin1Char(')')) && colon > 0)
            text = text.mid(colon + 1, text.size() - colon - 2);
        return text;
    }
    default:
        return QString::fromUtf8(feature->GetFieldAsString(index));
    }
}

QString fieldText(const OGRFeature *feature, int index)
{
    if (index < 0 || !feature->IsFieldSetAndNotNull(index))
        return {};
    return QString::fromUtf8(feature->GetFieldAsString(index)).trimmed();
}

core::Result<QByteArray> readAll(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::io(QCoreApplication::translate("DataIo", "cannot read the file (%1)").arg(file.errorString()), QFileInfo(path).fileName());
    return file.readAll();
}

core::Result<QByteArray> toUtf8(const QByteArray &bytes, const QString &fileName, QString *encoding)
{
    int badLine = 0;
    const QString found = FormatDetector::textEncoding(bytes, &badLine);
    if (encoding)
        *encoding = found;
    if (found.isEmpty())
        return Error::invalidInput(QCoreApplication::translate("DataIo", "text is neither UTF-8 nor Shift_JIS (first undecodable byte on this line)"),
                                   QStringLiteral("%1:%2").arg(fileName).arg(badLine));
    if (found == QLatin1String("UTF-8 (BOM)"))
        return bytes.mid(3);
    if (found == QLatin1String("UTF-8"))
        return bytes;
    ErrorCollector errors;
    char *converted = CPLRecode(bytes.constData(), "CP932", CPL_ENC_UTF8);
    QByteArray out(converted);
    CPLFree(converted);
    return out;
}

bool parseNumber(const QString &text, double *value)
{
    QString t = text.normalized(QString::NormalizationForm_KC).trimmed();
    t.remove(QLatin1Char(','));
    if (t.isEmpty())
        return false;
    bool ok = false;
    const double v = t.toDouble(&ok);
    if (!ok || !std::isfinite(v))
        return false;
    *value = v;
    return true;
}

} // namespace ct::dataio::ogr

#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QRegularExpression>

namespace ct::dataio::ogr {

core::Result<DatasetPtr> openSource(const QString &path, const QString &fileName, const QString &driver,
                                    const QStringList &openOptions)
{
    const bool json = driver == QLatin1String("GeoJSON");
    if (json) {
        auto bytes = readAll(path);
        if (!bytes)
            return bytes.error();
        int badLine = 0;
        const QString encoding = FormatDetector::textEncoding(bytes.value(), &badLine);
        if (encoding.isEmpty())
            return Error::invalidInput(QCoreApplication::translate("DataIo", "GeoJSON must be UTF-8; undecodable bytes on this line"),
                                       QStringLiteral("%1:%2").arg(fileName).arg(badLine));
        if (encoding == QLatin1String("Shift_JIS"))
            return Error::invalidInput(QCoreApplication::translate("DataIo", "GeoJSON must be UTF-8, this file is Shift_JIS; convert it first"),
                                       fileName);
        QJsonParseError parseError;
        QByteArray content = bytes.value();
        if (content.startsWith("\xEF\xBB\xBF"))
            content.remove(0, 3);
        const QJsonDocument doc = QJsonDocument::fromJson(content, &parseError);
        if (parseError.error != QJsonParseError::NoError) {
            const int line = int(content.left(parseError.offset).count('\n')) + 1;
            return Error::invalidInput(QCoreApplication::translate("DataIo", "malformed JSON: %1 (truncated file?)").arg(parseError.errorString()),
                                       QStringLiteral("%1:%2").arg(fileName).arg(line));
        }
        if (!doc.isObject() || !doc.object().contains(QLatin1String("type")))
            return Error::invalidInput(QCoreApplication::translate("DataIo", "JSON but not GeoJSON: the top level has no \"type\""), fileName);
    }
    ErrorCollector errors;
    DatasetPtr dataset = openVector(path, driver.isEmpty() ? QStringList() : QStringList{driver}, openOptions);
    if (!dataset || errors.hasErrors()) {
        QString message = errors.last(QCoreApplication::translate("DataIo", "GDAL cannot read it"));
        QString where = fileName;
        if (message.contains(QLatin1String("PROJ")) || message.contains(QLatin1String("crs not found")))
            message = QCoreApplication::translate("DataIo", "unknown or unusable CRS (%1)").arg(message);
        static const QRegularExpression lineRe(QStringLiteral("line (\\d+)"));
        if (auto m = lineRe.match(message); m.hasMatch())
            where = QStringLiteral("%1:%2").arg(fileName, m.captured(1));
        return Error::invalidInput(QCoreApplication::translate("DataIo", "cannot be read as %1: %2").arg(driver.isEmpty() ? QCoreApplication::translate("DataIo", "a vector source") : driver, message),
                                   where);
    }
    return dataset;
}

} // namespace ct::dataio::ogr
