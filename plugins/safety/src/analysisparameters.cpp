// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "ct/safety/analysisparameters.h"

#include <algorithm>
#include <cmath>

namespace ct::safety {

const std::vector<AnalysisParameters::Range> &AnalysisParameters::ranges()
{
    static const std::vector<Range> kRanges{
        {QStringLiteral("bandwidthMetres"), 100.0, 3000.0, 50.0},
        {QStringLiteral("cellMetres"), 25.0, 500.0, 25.0},
        {QStringLiteral("windowDays"), 1.0, 3650.0, 1.0},
        {QStringLiteral("nearRepeatMetres"), 10.0, 5000.0, 10.0},
        {QStringLiteral("nearRepeatDays"), 1.0, 365.0, 1.0},
        {QStringLiteral("patrolMinutes"), 10.0, 480.0, 10.0},
    };
    return kRanges;
}

const AnalysisParameters::Range &AnalysisParameters::range(const QString &key)
{
    for (const Range &r : ranges())
        if (r.key == key)
            return r;
    static const Range kNone{QString(), 0.0, -1.0, 0.0};
    return kNone;
}

bool AnalysisParameters::accepts(const QString &key, double value)
{
    const Range &r = range(key);
    return std::isfinite(value) && value >= r.from && value <= r.to;
}

AnalysisParameters AnalysisParameters::clamped() const
{
    const AnalysisParameters defaults;
    auto fit = [](const QString &key, double value, double fallback) {
        const Range &r = range(key);
        return std::isfinite(value) ? std::clamp(value, r.from, r.to) : fallback;
    };
    AnalysisParameters p;
    p.bandwidthMetres = fit(QStringLiteral("bandwidthMetres"), bandwidthMetres, defaults.bandwidthMetres);
    p.cellMetres = fit(QStringLiteral("cellMetres"), cellMetres, defaults.cellMetres);
    p.windowDays = int(fit(QStringLiteral("windowDays"), windowDays, defaults.windowDays));
    p.nearRepeatMetres = fit(QStringLiteral("nearRepeatMetres"), nearRepeatMetres, defaults.nearRepeatMetres);
    p.nearRepeatDays = int(fit(QStringLiteral("nearRepeatDays"), nearRepeatDays, defaults.nearRepeatDays));
    p.patrolMinutes = int(fit(QStringLiteral("patrolMinutes"), patrolMinutes, defaults.patrolMinutes));
    return p;
}

} // namespace ct::safety
