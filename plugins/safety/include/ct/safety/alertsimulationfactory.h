// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include "ct/sim/modelfactory.h"

namespace ct::safety {

/// \brief Builds the "safety" model of a run from the scenario section `models.safety`:
///
///     "safety": { "alerts_per_day": 4, "school_share": 0.45, "station_share": 0.3,
///                 "spread_m": 350, "bandwidth_m": 400, "stations": [[140.1112, 36.0826], …] }
///
/// every key optional (defaults as shown; stations default to the Tsukuba Express stations).
/// The alerts are generated for the scenario's duration from its `start` (JST 00:00 of the run
/// when absent), around the twin's schools and the stations inside its boundary.
class AlertSimulationFactory : public sim::ModelFactory
{
public:
    QString id() const override { return QStringLiteral("safety"); }
    QList<core::Error> validate(const QJsonObject &section, const QString &path, const sim::SimulationWorld &world) const override;
    std::unique_ptr<sim::Model> create(const sim::ModelContext &context) const override;
};

} // namespace ct::safety
