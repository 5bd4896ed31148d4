// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include "ct/sim/modelfactory.h"

namespace ct::fleets {

/// \brief Builds the "fixedroute" model from `models.fixedroute`:
///
///     "fixedroute": { "feed": "tsukuba_bus", "date": "20260610" }
///
/// both optional: every imported feed; the service day of the scenario's `start` (its own UTC
/// offset), which is then also run time 0's time of day. Without `start`, `date` is needed and
/// the run starts at 00:00 of it.
class FixedRouteModelFactory : public sim::ModelFactory
{
public:
    QString id() const override { return QStringLiteral("fixedroute"); }
    QList<core::Error> validate(const QJsonObject &section, const QString &path, const sim::SimulationWorld &world) const override;
    std::unique_ptr<sim::Model> create(const sim::ModelContext &context) const override;
};

} // namespace ct::fleets
