// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include "hyetograph.h"
#include "ratingcurve.h"

#include "ct/core/error.h"
#include "ct/sim/simtime.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <cmath>
#include <limits>
#include <optional>
#include <vector>

namespace ct::sensors {

/// \brief The scenario section `models.rainfall`, read and checked (see plugins/sensors/README.md
/// for every key and its default). parse() collects every problem with its JSON path
/// (`models.rainfall.rain_mm_h[3]`, `models.rainfall.gauges.MLIT-1853.rating.b`, …).
struct RainfallSettings
{
    static constexpr double kUnset = std::numeric_limits<double>::quiet_NaN();

    //! Overrides for one gauge, from `gauges.<source id>`.
    struct Gauge
    {
        QString sourceId;
        QString path;                      //!< "models.rainfall.gauges.<source id>"
        std::optional<Hyetograph> rain;    //!< its own rainfall instead of the uniform one
        double catchmentKm2 = kUnset;
        double runoffCoefficient = kUnset;
        double storageHours = kUnset;
        double baseFlow = kUnset;          //!< m³/s
        double normalLevelM = kUnset;
        double ratingExponent = kUnset;
        std::optional<RatingCurve> rating; //!< h0, a, b all given
        QString river;                     //!< instead of the site's `river` attribute
    };

    //! How flooding at a gauge closes roads (`flood`).
    struct Flood
    {
        bool closeRoads = true;
        double onsetM = 0.0;        //!< flooding starts this far above 氾濫危険水位
        double reachM = 1500.0;     //!< river length up- and downstream of the gauge that floods
        double minWidthM = 50.0;    //!< inundated width from the river at the onset
        double widthPerM = 150.0;   //!< more width per metre of water above the onset
        double maxWidthM = 300.0;   //!< never wider than this
        double hysteresisM = 0.2;   //!< a road reopens once the level is this far below its closing level
        double bandM = 25.0;        //!< distance resolution
        double snapM = 500.0;       //!< a gauge further than this from its river floods no road
    };

    sim::SimTime step = 10 * sim::kMinute;     //!< hyetograph time step
    sim::SimTime rainStart = 0;                //!< when the hyetograph starts (run time)
    sim::SimTime update = 5 * sim::kMinute;    //!< model time step (levels, alarms, closures)
    sim::SimTime sample = 10 * sim::kMinute;   //!< level series sampling in the KPIs
    Hyetograph rain;                           //!< uniform over every catchment
    double runoffCoefficient = 0.6;
    double storageHours = kUnset;              //!< unset: LinearReservoir::defaultStorageHours(A)
    double baseFlowPerKm2 = 0.02;              //!< m³/s per km²
    double defaultCatchmentKm2 = 50.0;         //!< for gauges without catchment_km2
    double designMmPerHour = 40.0;             //!< the design storm that just reaches 氾濫危険水位 …
    sim::SimTime designDuration = 3 * sim::kHour; //!< … when it lasts this long
    double ratingExponent = 0.5;
    double normalLevelM = 1.0;                 //!< normal level of gauges without registered thresholds
    Flood flood;
    std::vector<Gauge> gauges;

    static RainfallSettings parse(const QJsonObject &section, const QString &path, QList<core::Error> &errors);
    //! The per-gauge overrides of `sourceId`, or null.
    const Gauge *gauge(const QString &sourceId) const;
};

} // namespace ct::sensors
