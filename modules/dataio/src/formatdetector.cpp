// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "ct/dataio/formatdetector.h"

#include "ogrsupport.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QXmlStreamReader>

#include <algorithm>

namespace ct::dataio {

using core::Error;

namespace {

constexpr qint64 kHeadBytes = 64 * 1024;

//! Offset of the first byte that is not part of a valid UTF-8 sequence; -1 when all are valid.
//! A sequence cut off by the end of `bytes` counts as valid only when `truncatedOk`.
qsizetype firstInvalidUtf8(const QByteArray &bytes, bool truncatedOk)
{
    const auto *b = reinterpret_cast<const unsigned char *>(bytes.constData());
    const qsizetype n = bytes.size();
    for (qsizetype i = 0; i < n;) {
        const unsigned char c = b[i];
        int extra = 0;
        if (c < 0x80) {
            ++i;
            continue;
        } else if (c >= 0xC2 && c <= 0xDF) {
            extra = 1;
        } else if (c >= 0xE0 && c <= 0xEF) {
            extra = 2;
        } else if (c >= 0xF0 && c <= 0xF4) {
            extra = 3;
        } else {
            return i;
        }
        for (int k = 1; k <= extra; ++k) {
            if (i + k >= n)
                return truncatedOk ? -1 : i;
            if ((b[i + k] & 0xC0) != 0x80)
                return i;
        }
        i += extra + 1;
    }
    return -1;
}

//! Offset of the first byte that breaks Shift_JIS (CP932) structure; -1 when none.
qsizetype firstInvalidShiftJis(const QByteArray &bytes)
{
    const auto *b = reinterpret_cast<const unsigned char *>(bytes.constData());
    const qsizetype n = bytes.size();
    for (qsizetype i = 0; i < n;) {
        const unsigned char c = b[i];
        if (c < 0x80 || (c >= 0xA1 && c <= 0xDF)) {
            ++i;
            continue;
        }
        if ((c >= 0x81 && c <= 0x9F) || (c >= 0xE0 && c <= 0xFC)) {
            if (i + 1 >= n)
                return i;
            const unsigned char t = b[i + 1];
            if (!((t >= 0x40 && t <= 0x7E) || (t >= 0x80 && t <= 0xFC)))
                return i;
            i += 2;
            continue;
        }
        return i;
    }
    return -1;
}

int lineOf(const QByteArray &bytes, qsizetype offset)
{
    return int(bytes.left(offset).count('\n')) + 1;
}

QString firstLine(const QByteArray &utf8)
{
    qsizetype end = utf8.indexOf('\n');
    QString line = QString::fromUtf8(end < 0 ? utf8 : utf8.left(end));
    if (line.endsWith(QLatin1Char('\r')))
        line.chop(1);
    return line;
}

QStringList headerFields(const QString &line)
{
    QStringList fields = line.split(QLatin1Char(','));
    for (QString &f : fields) {
        f = f.trimmed();
        if (f.size() >= 2 && f.startsWith(QLatin1Char('"')) && f.endsWith(QLatin1Char('"')))
            f = f.mid(1, f.size() - 2);
    }
    return fields;
}

FormatDetection detectXml(const QByteArray &head, QString *rootName)
{
    QXmlStreamReader reader(head);
    while (!reader.atEnd()) {
        if (reader.readNext() == QXmlStreamReader::StartElement)
            break;
    }
    if (!reader.isStartElement())
        return {};
    const QString root = reader.name().toString();
    const QString ns = reader.namespaceUri().toString();
    *rootName = root;
    if (root == QLatin1String("osm"))
        return {SourceFormat::OpenStreetMap, QStringLiteral("OSM"), {}};
    if (root == QLatin1String("CityModel") || ns.contains(QLatin1String("citygml")))
        return {SourceFormat::PlateauCityGml, QStringLiteral("GML"), {}};
    if (root == QLatin1String("kml"))
        return {SourceFormat::GenericVector, QStringLiteral("KML"), {}};
    if (root == QLatin1String("FeatureCollection") || ns.contains(QLatin1String("opengis.net/gml"))
        || ns.contains(QLatin1String("opengis.net/wfs")))
        return {SourceFormat::GenericVector, QStringLiteral("GML"), {}};
    if (root == QLatin1String("gpx"))
        return {SourceFormat::GenericVector, QStringLiteral("GPX"), {}};
    return {};
}

} // namespace

QString FormatDetector::textEncoding(const QByteArray &bytes, int *badLine)
{
    if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF")) {
        if (badLine)
            *badLine = 1;
        return {};
    }
    const qsizetype nul = bytes.indexOf('\0');
    if (nul >= 0) {
        if (badLine)
            *badLine = lineOf(bytes, nul);
        return {};
    }
    const bool bom = bytes.startsWith("\xEF\xBB\xBF");
    const qsizetype bad = firstInvalidUtf8(bytes, false);
    if (bad < 0)
        return bom ? QStringLiteral("UTF-8 (BOM)") : QStringLiteral("UTF-8");
    const qsizetype badShiftJis = bom ? bad : firstInvalidShiftJis(bytes);
    if (badShiftJis < 0)
        return QStringLiteral("Shift_JIS");
    // Neither: the encoding that reads further is the one the file was meant to be in.
    if (badLine)
        *badLine = lineOf(bytes, std::max(bad, badShiftJis));
    return {};
}

core::Result<FormatDetection> FormatDetector::detect(const QString &path)
{
    const QFileInfo info(path);
    const QString name = info.fileName().isEmpty() ? path : info.fileName();
    if (!info.exists())
        return Error::notFound(QCoreApplication::translate("DataIo", "no such file"), path);
    if (info.isDir())
        return Error::invalidInput(QCoreApplication::translate("DataIo", "is a directory, not a file"), path);
    if (info.size() == 0)
        return Error::invalidInput(QCoreApplication::translate("DataIo", "empty file"), name);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::io(QCoreApplication::translate("DataIo", "cannot read the file (%1)").arg(file.errorString()), name);
    const QByteArray head = file.read(kHeadBytes);
    const bool whole = info.size() <= kHeadBytes;

    if (head.startsWith("\xFF\xFE") || head.startsWith("\xFE\xFF"))
        return Error::invalidInput(QCoreApplication::translate("DataIo", "UTF-16 text is not supported; save the file as UTF-8 (or Shift_JIS)"),
                                   QStringLiteral("%1:1").arg(name));
    if (head.startsWith("SQLite format 3"))
        return FormatDetection{SourceFormat::GenericVector, QStringLiteral("GPKG"), {}};
    // OSM PBF: a 4-byte big-endian header length, then a BlobHeader whose type is "OSMHeader".
    if (head.size() > 16 && head.mid(4, 16).contains("OSMHeader"))
        return FormatDetection{SourceFormat::OpenStreetMap, QStringLiteral("OSM"), {}};

    QByteArray text = head.startsWith("\xEF\xBB\xBF") ? head.mid(3) : head;
    qsizetype start = 0;
    while (start < text.size() && QChar::isSpace(uchar(text.at(start))))
        ++start;
    if (start >= text.size())
        return Error::invalidInput(QCoreApplication::translate("DataIo", "file holds only white space"), name);
    const char first = text.at(start);

    if (first == '<') {
        QString root;
        FormatDetection d = detectXml(text, &root);
        if (d.format != SourceFormat::Unknown)
            return d;
        if (root.isEmpty())
            return Error::invalidInput(QCoreApplication::translate("DataIo", "looks like XML but has no root element (truncated or malformed)"),
                                       QStringLiteral("%1:1").arg(name));
        return Error::unsupported(QCoreApplication::translate("DataIo", "XML with root element <%1> is not a format the console imports").arg(root),
                                  name);
    }
    if (first == '{' || first == '[') {
        // The GSI property names appear in the first feature, well inside the first 64 KiB.
        if (text.contains("\xe6\x96\xbd\xe8\xa8\xad\xe3\x83\xbb\xe5\xa0\xb4\xe6\x89\x80\xe5\x90\x8d")) // 施設・場所名
            return FormatDetection{SourceFormat::GsiShelterGeoJson, QStringLiteral("GeoJSON"), {}};
        return FormatDetection{SourceFormat::GenericVector, QStringLiteral("GeoJSON"), {}};
    }

    // Text tables: decide from the header line.
    int badLine = 0;
    QByteArray probe = head;
    if (!whole) {
        // Do not judge the encoding on a character cut by the 64 KiB boundary.
        const qsizetype lastNewline = probe.lastIndexOf('\n');
        if (lastNewline > 0)
            probe.truncate(lastNewline + 1);
    }
    const QString encoding = textEncoding(probe, &badLine);
    if (!encoding.isEmpty()) {
        QByteArray utf8 = probe;
        if (encoding == QLatin1String("UTF-8 (BOM)"))
            utf8 = probe.mid(3);
        else if (encoding == QLatin1String("Shift_JIS")) {
            ogr::ensureRegistered();
            ogr::ErrorCollector quiet;
            char *converted = CPLRecode(probe.constData(), "CP932", CPL_ENC_UTF8);
            utf8 = QByteArray(converted);
            CPLFree(converted);
        }
        const QString header = firstLine(utf8);
        const QStringList fields = headerFields(header);
        auto has = [&](const char *f) { return fields.contains(QString::fromUtf8(f), Qt::CaseInsensitive); };
        if (fields.value(0) == QStringLiteral("全国地方公共団体コード") && has("名称"))
            return FormatDetection{SourceFormat::NationalShelterCsv, QStringLiteral("CSV"), encoding};
        if (has("ID") && has("lat_mod") && has("lon_mod"))
            return FormatDetection{SourceFormat::MlitGaugeCsv, QStringLiteral("CSV"), encoding};
        if (has("amedas_id") && has("lat") && has("lon"))
            return FormatDetection{SourceFormat::AmedasCsv, QStringLiteral("CSV"), encoding};
        if (header.contains(QLatin1Char(',')) || header.contains(QLatin1Char('\t')) || header.contains(QLatin1Char(';')))
            return FormatDetection{SourceFormat::GenericVector, QStringLiteral("CSV"), encoding};
    }

    // Binary formats: ask GDAL which driver claims the file.
    ogr::ensureRegistered();
    ogr::ErrorCollector quiet;
    const QByteArray utf8Path = path.toUtf8();
    if (GDALDriverH driver = GDALIdentifyDriverEx(utf8Path.constData(), GDAL_OF_VECTOR, nullptr, nullptr)) {
        const QString driverName = QString::fromUtf8(GDALGetDriverShortName(driver));
        if (driverName == QLatin1String("OSM"))
            return FormatDetection{SourceFormat::OpenStreetMap, driverName, {}};
        return FormatDetection{SourceFormat::GenericVector, driverName, {}};
    }
    if (encoding.isEmpty() && badLine > 0 && !head.contains('\0'))
        return Error::invalidInput(QCoreApplication::translate("DataIo", "text is neither UTF-8 nor Shift_JIS"),
                                   QStringLiteral("%1:%2").arg(name).arg(badLine));
    return Error::unsupported(QCoreApplication::translate("DataIo", "unrecognised content: not GeoJSON, CSV, CityGML, OSM or any vector format GDAL reads"),
                              name);
}

} // namespace ct::dataio
