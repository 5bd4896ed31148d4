// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include "ct/sim/modelfactory.h"

namespace ct::shelters {

/// \brief The shelters plugin's simulation model (ShelterOccupancyModel) under the scenario key
/// "shelters": `"models": {"shelters": {"twin_state": true}}`.
///
/// `twin_state` (default true) reads the stock, the medical counts and the load coefficients the
/// twin holds, so the run says which shelters would run short for the people it sends there;
/// false uses the default load model and assesses no stock.
class ShelterOccupancyFactory : public sim::ModelFactory
{
public:
    QString id() const override { return QStringLiteral("shelters"); }
    QList<core::Error> validate(const QJsonObject &section, const QString &path, const sim::SimulationWorld &world) const override;
    std::unique_ptr<sim::Model> create(const sim::ModelContext &context) const override;
};

} // namespace ct::shelters
