// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include "shelterlifecycle.h"

#include <QHash>
#include <QString>

namespace ct::shelters {

/// \brief Estimated electrical load of a shelter (kW), the figure the hydrogen plugin's power
/// dispatch plans with.
///
/// load = 0 for a closed shelter; otherwise base + per person × occupancy + Σ over medical needs
/// (kW per person of the need × persons with it). The base covers lights, communications and a
/// refrigerator of a school gymnasium (5 kW by default); the per-person share covers charging,
/// fans or heaters and more lights (0.1 kW); the needs' devices come from `shelter_medical_need`
/// (a home oxygen concentrator 0.35 kW, …). All coefficients live in the twin
/// (`shelter_load_model`, `shelter_medical_need`) so the view `shelter_power_need` and this class
/// compute the same number.
class PowerLoadModel
{
public:
    PowerLoadModel() = default;
    PowerLoadModel(double baseKw, double perPersonKw, QHash<QString, double> kwPerNeedPerson);

    double baseKw() const { return m_baseKw; }
    double perPersonKw() const { return m_perPersonKw; }
    double kwPerPerson(const QString &need) const { return m_kwPerNeed.value(need, 0.0); }

    //! `medical`: need → persons.
    double loadKw(ShelterStatus status, int occupancy, const QHash<QString, int> &medical) const;

private:
    double m_baseKw = 0.0;
    double m_perPersonKw = 0.0;
    QHash<QString, double> m_kwPerNeed;
};

} // namespace ct::shelters
