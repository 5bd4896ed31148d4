// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "csvsource.h"

#include "ct/dataio/importsession.h"

#include <QCoreApplication>

namespace ct::dataio {

using core::Error;

core::Result<std::unique_ptr<CsvSource>> CsvSource::open(ImportSession &session, bool detectTypes)
{
    auto bytes = ogr::readAll(session.path());
    if (!bytes)
        return bytes.error();
    QString encoding;
    auto utf8 = ogr::toUtf8(bytes.value(), session.fileName(), &encoding);
    if (!utf8)
        return utf8.error();
    session.report().encoding = encoding;
    const QByteArray &text = utf8.value();
    if (text.trimmed().isEmpty())
        return Error::invalidInput(QCoreApplication::translate("DataIo", "empty file"), session.fileName());
    std::unique_ptr<CsvSource> source(new CsvSource);
    source->m_memory = std::make_unique<ogr::MemoryFile>(text, QStringLiteral(".csv"));
    ogr::ErrorCollector errors;
    QStringList options{QStringLiteral("EMPTY_STRING_AS_NULL=YES")};
    if (detectTypes)
        options << QStringLiteral("AUTODETECT_TYPE=YES") << QStringLiteral("AUTODETECT_SIZE_LIMIT=0");
    source->m_dataset = ogr::openVector(QString::fromUtf8(source->m_memory->path()), {QStringLiteral("CSV")}, options);
    if (!source->m_dataset || source->m_dataset->GetLayerCount() < 1)
        return Error::invalidInput(QCoreApplication::translate("DataIo", "not a readable CSV table (%1)").arg(errors.last(QCoreApplication::translate("DataIo", "GDAL gave no reason"))),
                                   session.fileName());
    source->m_layer = source->m_dataset->GetLayer(0);
    if (source->m_layer->GetLayerDefn()->GetFieldCount() < 2)
        return Error::invalidInput(QCoreApplication::translate("DataIo", "the header line has fewer than two columns"), session.where(1));
    return source;
}

int CsvSource::fieldIndex(const QStringList &names) const
{
    const OGRFeatureDefn *defn = m_layer->GetLayerDefn();
    for (const QString &wanted : names) {
        for (int i = 0; i < defn->GetFieldCount(); ++i) {
            if (QString::fromUtf8(defn->GetFieldDefn(i)->GetNameRef()).trimmed().compare(wanted, Qt::CaseInsensitive) == 0)
                return i;
        }
    }
    return -1;
}

core::Result<geo::Geometry> pointFromLonLat(ImportSession &session, const QString &lonText, const QString &latText,
                                            const QString &sourceCrs)
{
    if (lonText.trimmed().isEmpty() || latText.trimmed().isEmpty())
        return Error::invalidInput(QCoreApplication::translate("DataIo", "missing coordinates (longitude \"%1\", latitude \"%2\")").arg(lonText, latText));
    double lon = 0.0;
    double lat = 0.0;
    if (!ogr::parseNumber(lonText, &lon) || !ogr::parseNumber(latText, &lat))
        return Error::invalidInput(QCoreApplication::translate("DataIo", "coordinates are not numbers (longitude \"%1\", latitude \"%2\")").arg(lonText, latText));
    geo::Point p{lon, lat};
    const bool geographic = sourceCrs == QLatin1String("EPSG:4326") || sourceCrs == QLatin1String("EPSG:6668")
        || sourceCrs == QLatin1String("EPSG:4612") || sourceCrs == QLatin1String("EPSG:6697");
    auto transform = session.transformFrom(sourceCrs);
    if (!transform)
        return transform.error();
    if (geographic && !ImportSession::insideJapan(lon, lat))
        return Error::invalidInput(QCoreApplication::translate("DataIo", "position outside Japan (longitude %1, latitude %2)").arg(lon).arg(lat));
    if (!transform.value()->forward(p))
        return Error::invalidInput(QCoreApplication::translate("DataIo", "position cannot be transformed (%1, %2)").arg(lon).arg(lat));
    if (!geographic) {
        auto back = session.transform(QStringLiteral("EPSG:%1").arg(session.targetSrsId()), QStringLiteral("EPSG:4326"));
        geo::Point check = p;
        if (back && back.value()->forward(check) && !ImportSession::insideJapan(check.x, check.y))
            return Error::invalidInput(QCoreApplication::translate("DataIo", "position outside Japan (x %1, y %2 in %3)").arg(lon).arg(lat).arg(sourceCrs));
    }
    return geo::Geometry::point(p);
}

} // namespace ct::dataio
