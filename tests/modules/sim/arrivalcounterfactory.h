// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include "ct/sim/modelfactory.h"

namespace ct::sim::test {

/// \brief Makes ArrivalCounterModel under `id` (default "arrivals"); its section takes
/// {"min_persons": N} (a whole number ≥ 1).
class ArrivalCounterFactory : public ModelFactory
{
public:
    explicit ArrivalCounterFactory(QString id = QStringLiteral("arrivals"), bool runsWithoutSection = false)
        : m_id(std::move(id)), m_always(runsWithoutSection)
    {
    }
    QString id() const override { return m_id; }
    bool runsWithoutSection() const override { return m_always; }
    QList<core::Error> validate(const QJsonObject &section, const QString &path, const SimulationWorld &world) const override;
    std::unique_ptr<Model> create(const ModelContext &context) const override;

private:
    QString m_id;
    bool m_always;
};

} // namespace ct::sim::test
