// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include "ct/sim/modelfactory.h"

namespace ct::hydrogen {

/// \brief Builds the "hydrogen" simulation model (PowerDispatchModel) from the scenario section
/// `models.hydrogen`:
///
///     "hydrogen": {
///       "plan": "accepted",          // the newest accepted plan's orders (not cancelled), or
///                                    // "optimise": plan now with PowerDispatchOptimizer
///       "horizon_hours": 72,         // "optimise" only
///       "load_factor": 1.0,          // > 0: shelters draw this much more (or less) than recorded
///       "consumption_factor": 1.0    // > 0: driving costs this much more (or less)
///     }
///
/// The twin must have the shelters plugin's view `shelter_power_need` and, for "accepted", an
/// accepted plan; validate() says so, naming the key. The model reads the twin on its own
/// read-only connection (runs are on a worker thread).
class PowerDispatchModelFactory : public sim::ModelFactory
{
public:
    QString id() const override { return QStringLiteral("hydrogen"); }
    QList<core::Error> validate(const QJsonObject &section, const QString &path, const sim::SimulationWorld &world) const override;
    std::unique_ptr<sim::Model> create(const sim::ModelContext &context) const override;
};

} // namespace ct::hydrogen
