// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "ct/safety/nearrepeat.h"

#include <QHash>

#include <algorithm>
#include <cmath>

namespace ct::safety {

std::vector<NearRepeat::Pair> NearRepeat::pairs(const std::vector<Event> &events, double metres, double days)
{
    std::vector<Pair> result;
    if (events.empty() || metres < 0 || days < 0)
        return result;
    const double cell = std::max(metres, 1.0);
    auto key = [cell](geo::Point p) {
        return std::pair<qint64, qint64>(qint64(std::floor(p.x / cell)), qint64(std::floor(p.y / cell)));
    };
    QHash<std::pair<qint64, qint64>, std::vector<int>> buckets;
    for (int i = 0; i < int(events.size()); ++i)
        buckets[key(events[i].location)].push_back(i);
    const double limitMs = days * 86400.0 * 1000.0;
    for (int i = 0; i < int(events.size()); ++i) {
        const Event &later = events[i];
        const auto [cx, cy] = key(later.location);
        for (qint64 dx = -1; dx <= 1; ++dx)
            for (qint64 dy = -1; dy <= 1; ++dy) {
                const auto it = buckets.constFind({cx + dx, cy + dy});
                if (it == buckets.constEnd())
                    continue;
                for (int j : *it) {
                    if (j == i)
                        continue;
                    const Event &earlier = events[j];
                    const qint64 dt = earlier.at.msecsTo(later.at);
                    if (dt < 0 || double(dt) > limitMs || (dt == 0 && earlier.id > later.id))
                        continue;
                    const double d = std::hypot(later.location.x - earlier.location.x, later.location.y - earlier.location.y);
                    if (d <= metres)
                        result.push_back({earlier.id, later.id, d, double(dt) / 86400000.0});
                }
            }
    }
    std::sort(result.begin(), result.end(), [](const Pair &a, const Pair &b) {
        return a.later != b.later ? a.later < b.later : a.earlier < b.earlier;
    });
    return result;
}

std::vector<qint64> NearRepeat::flagged(const std::vector<Pair> &pairs)
{
    std::vector<qint64> ids;
    for (const Pair &p : pairs)
        ids.push_back(p.later);
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    return ids;
}

} // namespace ct::safety
