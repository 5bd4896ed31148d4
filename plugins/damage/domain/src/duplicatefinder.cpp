// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "ct/damage/duplicatefinder.h"

#include "ct/damage/damageschema.h"
#include "ct/store/twinstore.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace ct::damage {

core::Result<std::vector<DuplicateCandidate>> DuplicateFinder::find(const store::TwinStore &store, geo::Point position,
                                                                    DamageCategory category, const QDateTime &reportedAt,
                                                                    qint64 excludeFid, const Options &options)
{
    if (!(options.radiusM > 0.0) || !(options.windowHours > 0.0))
        return core::Error::invalidInput(QCoreApplication::translate("Damage", "duplicate search needs a radius and a time window above 0"));
    if (!reportedAt.isValid())
        return core::Error::invalidInput(QCoreApplication::translate("Damage", "duplicate search needs a report time"));
    std::vector<DuplicateCandidate> found;
    if (!store.hasLayer(DamageSchema::layerName()))
        return found;
    geo::Envelope box;
    box.expand(geo::Point{position.x - options.radiusM, position.y - options.radiusM});
    box.expand(geo::Point{position.x + options.radiusM, position.y + options.radiusM});
    auto columns = store.readColumns(DamageSchema::layerName(),
                                     {QStringLiteral("category"), QStringLiteral("state"), QStringLiteral("reported_at")}, box);
    if (!columns)
        return columns.error();
    const auto &category_ = columns->columns[std::size_t(columns->columnIndex(QStringLiteral("category")))];
    const auto &state = columns->columns[std::size_t(columns->columnIndex(QStringLiteral("state")))];
    const auto &time = columns->columns[std::size_t(columns->columnIndex(QStringLiteral("reported_at")))];
    const QByteArray wanted = categoryName(category).toLatin1();
    const QDateTime reference = reportedAt.toUTC();
    for (std::size_t i = 0; i < columns->size(); ++i) {
        if (columns->fids[i] == excludeFid)
            continue;
        const auto c = category_.bytes(i);
        if (std::string_view(wanted.constData(), std::size_t(wanted.size())) != c)
            continue;
        if (state.bytes(i) == std::string_view("duplicate"))
            continue;
        const auto points = columns->geometries.pointsOf(i);
        if (points.empty())
            continue;
        const double distance = std::hypot(points[0].x - position.x, points[0].y - position.y);
        if (distance > options.radiusM)
            continue;
        const QDateTime t = time.value(i).toDateTime();
        if (!t.isValid())
            continue;
        const double hours = std::abs(double(t.toMSecsSinceEpoch() - reference.toMSecsSinceEpoch())) / 3.6e6;
        if (hours > options.windowHours)
            continue;
        found.push_back({columns->fids[i], distance, hours, distance / options.radiusM + hours / options.windowHours});
    }
    std::sort(found.begin(), found.end(), [](const DuplicateCandidate &a, const DuplicateCandidate &b) {
        return a.score != b.score ? a.score < b.score : a.fid < b.fid;
    });
    if (options.maxResults >= 0 && found.size() > std::size_t(options.maxResults))
        found.resize(std::size_t(options.maxResults));
    return found;
}

} // namespace ct::damage
