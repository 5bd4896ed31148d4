// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

// Alerts for the main-map overlay tests, in the safety test twin (safetytestsupport.h): a dense
// cluster of recent published alerts north-east of the centre (the hotspot), one older published
// alert alone in the west, one alert received but not yet published, one published long before
// the recency window, and one retracted — all relative to `now`.

#include "safetytestsupport.h"

#include "ct/safety/alertgenerator.h"
#include "ct/safety/alertstore.h"
#include "ct/safety/alertvalidator.h"

#include <QDateTime>

namespace ct::safety::test {

//! The hotspot: off the 100 m grid and off the twin's centre, so a mirrored image would show.
inline geo::Point clusterCentre() { return {kMinX + 4230.0, kMinY + 4470.0}; }
inline geo::Point lonePlace() { return {kMinX + 1234.0, kMinY + 2345.0}; }
inline geo::Point unpublishedPlace() { return {kMinX + 5010.0, kMinY + 1020.0}; }
inline constexpr int kClusterAlerts = 12;
inline constexpr int kLoneAgeDays = 60;

struct OverlayAlerts
{
    std::vector<qint64> cluster;
    qint64 lone = 0;
    qint64 unpublished = 0;
    qint64 old = 0;
    qint64 retracted = 0;
};

inline OverlayAlerts writeOverlayAlerts(store::TwinStore &twin, const QDateTime &now)
{
    const core::Actor police{QStringLiteral("police"), core::Role::PoliceLiaison, {}};
    AlertStore alerts(twin, [now] { return now; });
    auto add = [&](geo::Point p, double daysAgo, AlertStatus status) {
        AlertDraft d;
        d.occurredFrom = now.addSecs(-qint64(daysAgo * 86400.0));
        d.place = AlertPlace::mapPoint(p);
        d.category = QStringLiteral("suspicious-person");
        d.description = QStringLiteral("test");
        d.sourceOrganisation = QStringLiteral("つくば中央警察署");
        auto id = alerts.record(police, d);
        if (!id)
            qFatal("overlay alert: %s", qPrintable(id.error().toString()));
        const std::vector<AlertStatus> steps = status == AlertStatus::Received ? std::vector<AlertStatus>{}
            : status == AlertStatus::Retracted ? std::vector<AlertStatus>{AlertStatus::Retracted}
                                               : std::vector<AlertStatus>{AlertStatus::Verified, AlertStatus::Published};
        for (AlertStatus step : steps)
            check(alerts.transition(police, *id, step, QStringLiteral("test")), "overlay alert step");
        return *id;
    };
    OverlayAlerts out;
    for (int i = 0; i < kClusterAlerts; ++i) {
        // Within 40 m of the centre, over the last three weeks: near-repeats of each other.
        const geo::Point p{clusterCentre().x + 40.0 * std::cos(i * 0.9) * (i % 3) / 2.0,
                           clusterCentre().y + 40.0 * std::sin(i * 0.9) * (i % 3) / 2.0};
        out.cluster.push_back(add(p, 1.0 + i * 1.5, AlertStatus::Published));
    }
    out.lone = add(lonePlace(), kLoneAgeDays, AlertStatus::Published);
    out.unpublished = add(unpublishedPlace(), 2.0, AlertStatus::Received);
    out.old = add({kMinX + 2500.0, kMinY + 5000.0}, 200.0, AlertStatus::Published);
    out.retracted = add({kMinX + 3500.0, kMinY + 1500.0}, 3.0, AlertStatus::Retracted);
    return out;
}

/// `days` days of alerts ending at `now` from the plugin's AlertGenerator (seeded; around the
/// twin's schools), stored as published in one transaction, the way a simulation run's recorder
/// or an importer writes them. Returns how many.
inline int writeGeneratedAlerts(store::TwinStore &twin, const QDateTime &now, double days, std::uint64_t seed)
{
    auto boundary = CityBoundary::fromTwin(twin);
    auto anchors = AlertGenerator::anchorsFromTwin(twin, {});
    auto validator = AlertValidator::fromTwin(twin);
    if (!boundary || !anchors || !validator)
        qFatal("generated alerts: the twin lacks a boundary or schools");
    AlertGenerator::Options options;
    options.alertsPerDay = 4.0;
    options.schoolShare = 0.7;
    options.stationShare = 0.0;
    const AlertGenerator generator(std::move(boundary.value()), std::move(anchors.value()), options);
    sim::RandomStream random(seed);
    const auto generated = generator.generate(random, now.addSecs(-qint64(days * 86400.0)), days);
    const core::Actor recorder{QStringLiteral("generator"), core::Role::System, {}};
    store::Transaction tx(twin);
    int written = 0;
    for (const AlertGenerator::Generated &g : generated) {
        if (g.at > now)
            continue;
        AlertDraft d;
        d.occurredFrom = g.at;
        d.place = AlertPlace::mapPoint(g.location);
        d.category = categoryKey(g.category);
        d.sourceOrganisation = QStringLiteral("generator");
        d.schoolFid = g.schoolFid;
        auto valid = validator->validate(d, now);
        if (!valid)
            qFatal("generated alert refused: %s", qPrintable(valid.error().toString()));
        if (!AlertStore::insert(twin, *valid, AlertStatus::Published, QStringLiteral("simulation"), recorder, now))
            qFatal("generated alert not stored");
        ++written;
    }
    check(tx.commit(), "generated alerts");
    return written;
}

} // namespace ct::safety::test
