// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "positionformatter.h"

#include "ct/geo/crstransform.h"

#include <cmath>

namespace ct::ui {

PositionFormatter::PositionFormatter(QObject *parent) : QObject(parent)
{
    setSourceCrs(QStringLiteral("EPSG:6677"));
}

PositionFormatter::~PositionFormatter() = default;

void PositionFormatter::setSourceCrs(const QString &crs)
{
    if (crs == m_sourceCrs && (m_toWgs84 || !m_error.isEmpty()))
        return;
    m_sourceCrs = crs;
    auto transform = geo::CrsTransform::create(crs, QStringLiteral("EPSG:4326"));
    if (transform) {
        m_toWgs84 = std::make_unique<geo::CrsTransform>(std::move(transform).value());
        m_error.clear();
    } else {
        m_toWgs84.reset();
        m_error = transform.error().toString();
    }
    emit sourceCrsChanged();
}

QVariantMap PositionFormatter::describe(double x, double y) const
{
    QVariantMap result{{QStringLiteral("valid"), false}};
    if (!m_toWgs84 || !std::isfinite(x) || !std::isfinite(y))
        return result;
    geo::Point p{x, y};
    if (!m_toWgs84->forward(p))
        return result;
    const QString ns = p.y >= 0 ? QStringLiteral("N") : QStringLiteral("S");
    const QString ew = p.x >= 0 ? QStringLiteral("E") : QStringLiteral("W");
    result[QStringLiteral("valid")] = true;
    result[QStringLiteral("lon")] = p.x;
    result[QStringLiteral("lat")] = p.y;
    result[QStringLiteral("wgs84")] = QStringLiteral("%1° %2, %3° %4")
                                          .arg(std::abs(p.y), 0, 'f', 5).arg(ns)
                                          .arg(std::abs(p.x), 0, 'f', 5).arg(ew);
    result[QStringLiteral("metric")] = QStringLiteral("E %1 m, N %2 m").arg(x, 0, 'f', 1).arg(y, 0, 'f', 1);
    return result;
}

QVariantMap PositionFormatter::fromWgs84(double lon, double lat) const
{
    geo::Point p{lon, lat};
    if (!m_toWgs84 || !m_toWgs84->inverse(p))
        return {{QStringLiteral("valid"), false}};
    return {{QStringLiteral("valid"), true}, {QStringLiteral("x"), p.x}, {QStringLiteral("y"), p.y}};
}

} // namespace ct::ui
