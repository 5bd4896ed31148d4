// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "scenariovalues.h"

#include "ct/sim/simtime.h"

#include <QJsonArray>

namespace ct::fleets::scenariovalues {

bool isPointList(const QJsonValue &value, int minimum)
{
    if (!value.isArray() || value.toArray().size() < minimum)
        return false;
    for (const QJsonValue &p : value.toArray()) {
        const QJsonArray xy = p.toArray();
        if (xy.size() != 2 || !xy[0].isDouble() || !xy[1].isDouble())
            return false;
    }
    return true;
}

std::vector<geo::Point> points(const QJsonValue &value)
{
    std::vector<geo::Point> list;
    for (const QJsonValue &p : value.toArray())
        list.push_back({p.toArray().at(0).toDouble(), p.toArray().at(1).toDouble()});
    return list;
}

double seconds(const QJsonObject &section, const char *key, double fallback)
{
    const QJsonValue v = section.value(QLatin1String(key));
    if (!v.isString())
        return fallback;
    return sim::toSeconds(sim::parseDuration(v.toString()).value_or(sim::fromSeconds(fallback)));
}

} // namespace ct::fleets::scenariovalues
