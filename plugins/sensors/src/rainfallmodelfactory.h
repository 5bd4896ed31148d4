// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include "ct/sim/modelfactory.h"

namespace ct::sensors {

/// \brief Builds the "rainfall" model (RainfallModel) of a run from the scenario section
/// `models.rainfall` (RainfallSettings; keys and defaults in plugins/sensors/README.md).
///
/// validate() refuses a bad section with every problem's JSON path, including per-gauge
/// overrides for gauges the twin does not have and rivers the world does not know.
class RainfallModelFactory : public sim::ModelFactory
{
public:
    QString id() const override { return QStringLiteral("rainfall"); }
    QList<core::Error> validate(const QJsonObject &section, const QString &path, const sim::SimulationWorld &world) const override;
    std::unique_ptr<sim::Model> create(const sim::ModelContext &context) const override;
};

} // namespace ct::sensors
