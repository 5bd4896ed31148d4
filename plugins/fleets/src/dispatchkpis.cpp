// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "ct/fleets/dispatchkpis.h"

#include "ct/store/sqlstatement.h"
#include "ct/store/twinstore.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <map>

namespace ct::fleets {

using store::SqlStatement;

core::Result<std::vector<KpiSample>> DispatchKpis::compute(const store::TwinStore &twin, const QDateTime &from, const QDateTime &to,
                                                            double bucketSeconds)
{
    if (!(bucketSeconds > 0) || !from.isValid() || !to.isValid() || to <= from)
        return core::Error::invalidInput(QCoreApplication::translate("DispatchKpis", "KPIs need a time range and an interval above zero"));
    const qint64 total = from.secsTo(to);
    const int count = int(std::ceil(double(total) / bucketSeconds));
    if (count > 10000)
        return core::Error::invalidInput(QCoreApplication::translate("DispatchKpis", "too many intervals (%1); choose a longer interval").arg(count));
    std::vector<KpiSample> samples(static_cast<std::size_t>(count));
    for (int i = 0; i < count; ++i) {
        samples[std::size_t(i)].start = from.addMSecs(qint64(std::llround(i * bucketSeconds * 1000.0)));
        samples[std::size_t(i)].seconds = bucketSeconds;
    }
    auto bucketOf = [&](const QDateTime &t) -> int {
        if (!t.isValid() || t < from || t >= to)
            return -1;
        return std::min(count - 1, int(double(from.msecsTo(t)) / 1000.0 / bucketSeconds));
    };
    sqlite3 *db = twin.handle();
    double seats = 0.0;
    {
        SqlStatement s(db, "SELECT coalesce(sum(capacity), 0) FROM fleet_vehicle WHERE kind = 'on_demand_bus'");
        if (!s.isValid() || !s.next())
            return s.failure(QStringLiteral("fleet_vehicle"));
        seats = s.real(0);
    }
    std::vector<double> waitSum(samples.size()), detourSum(samples.size()), riderSeconds(samples.size());
    std::vector<int> waitCount(samples.size()), detourCount(samples.size());
    {
        SqlStatement s(db, "SELECT status, earliest_pickup, coalesce(picked_up_at, pickup_eta), coalesce(dropped_off_at, dropoff_eta), "
                           "coalesce(direct_s, 0), passengers FROM fleet_request WHERE status <> 'cancelled'");
        if (!s.isValid())
            return s.failure(QStringLiteral("fleet_request"));
        while (s.next()) {
            const QString status = s.text(0);
            const QDateTime earliest = s.dateTime(1), pickup = s.dateTime(2), dropoff = s.dateTime(3);
            const double direct = s.real(4);
            const int passengers = int(s.int64(5));
            const int b = bucketOf(earliest);
            const bool served = status == QLatin1String("assigned") || status == QLatin1String("picked_up")
                                || status == QLatin1String("completed");
            if (b >= 0) {
                KpiSample &k = samples[std::size_t(b)];
                ++k.requests;
                if (status == QLatin1String("rejected"))
                    ++k.rejected;
                if (served) {
                    ++k.served;
                    if (pickup.isValid()) {
                        waitSum[std::size_t(b)] += std::max(0.0, double(earliest.msecsTo(pickup)) / 1000.0);
                        ++waitCount[std::size_t(b)];
                    }
                    if (pickup.isValid() && dropoff.isValid() && direct > 0) {
                        detourSum[std::size_t(b)] += double(pickup.msecsTo(dropoff)) / 1000.0 / direct;
                        ++detourCount[std::size_t(b)];
                    }
                }
            }
            // Riders on board during every interval their ride overlaps.
            if (served && pickup.isValid() && dropoff.isValid() && dropoff > pickup) {
                for (std::size_t i = 0; i < samples.size(); ++i) {
                    const QDateTime a = samples[i].start, e = samples[i].start.addMSecs(qint64(bucketSeconds * 1000.0));
                    const QDateTime lo = std::max(a, pickup), hi = std::min(e, dropoff);
                    if (hi > lo)
                        riderSeconds[i] += passengers * double(lo.msecsTo(hi)) / 1000.0;
                }
            }
        }
    }
    {
        SqlStatement s(db, "SELECT h.vehicle_id, h.at, h.x, h.y FROM fleet_position_history AS h JOIN fleet_vehicle AS v "
                           "ON v.vehicle_id = h.vehicle_id WHERE v.kind = 'on_demand_bus' ORDER BY h.vehicle_id, h.at");
        if (!s.isValid())
            return s.failure(QStringLiteral("fleet_position_history"));
        QString previousId;
        double px = 0, py = 0;
        while (s.next()) {
            const QString id = s.text(0);
            const double x = s.real(2), y = s.real(3);
            if (id == previousId) {
                const int b = bucketOf(s.dateTime(1));
                if (b >= 0)
                    samples[std::size_t(b)].vehicleKm += std::hypot(x - px, y - py) / 1000.0;
            }
            previousId = id;
            px = x;
            py = y;
        }
    }
    for (std::size_t i = 0; i < samples.size(); ++i) {
        if (waitCount[i] > 0)
            samples[i].meanWaitSeconds = waitSum[i] / waitCount[i];
        if (detourCount[i] > 0)
            samples[i].meanDetourFactor = detourSum[i] / detourCount[i];
        samples[i].occupancy = seats > 0 ? riderSeconds[i] / (seats * bucketSeconds) : 0.0;
    }
    return samples;
}

} // namespace ct::fleets
