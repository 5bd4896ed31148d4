// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "ct/geo/crsdefinition.h"

#include <proj.h>

namespace ct::geo {

using core::Error;

namespace {

/// Owns a PROJ context and one CRS object for the lifetime of a lookup.
struct CrsLookup
{
    PJ_CONTEXT *context = proj_context_create();
    PJ *crs = nullptr;

    explicit CrsLookup(int epsg)
    {
        proj_log_level(context, PJ_LOG_NONE);
        crs = proj_create(context, QStringLiteral("EPSG:%1").arg(epsg).toUtf8().constData());
    }
    ~CrsLookup()
    {
        if (crs)
            proj_destroy(crs);
        proj_context_destroy(context);
    }
};

Error unknown(int epsg)
{
    return Error::notFound(QStringLiteral("PROJ does not know the CRS EPSG:%1").arg(epsg), QStringLiteral("CRS"));
}

} // namespace

core::Result<QString> crsWkt(int epsg)
{
    CrsLookup lookup(epsg);
    if (!lookup.crs)
        return unknown(epsg);
    const char *wkt = proj_as_wkt(lookup.context, lookup.crs, PJ_WKT1_GDAL, nullptr);
    if (!wkt)
        return Error::unsupported(QStringLiteral("PROJ cannot write EPSG:%1 as WKT 1").arg(epsg), QStringLiteral("CRS"));
    return QString::fromUtf8(wkt);
}

core::Result<QString> crsName(int epsg)
{
    CrsLookup lookup(epsg);
    if (!lookup.crs)
        return unknown(epsg);
    return QString::fromUtf8(proj_get_name(lookup.crs));
}

} // namespace ct::geo
