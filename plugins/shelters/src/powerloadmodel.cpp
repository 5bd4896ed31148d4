// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "powerloadmodel.h"

#include <algorithm>

namespace ct::shelters {

PowerLoadModel::PowerLoadModel(double baseKw, double perPersonKw, QHash<QString, double> kwPerNeedPerson)
    : m_baseKw(baseKw), m_perPersonKw(perPersonKw), m_kwPerNeed(std::move(kwPerNeedPerson))
{
}

double PowerLoadModel::loadKw(ShelterStatus status, int occupancy, const QHash<QString, int> &medical) const
{
    if (status == ShelterStatus::Closed)
        return 0.0;
    double kw = m_baseKw + m_perPersonKw * std::max(0, occupancy);
    for (auto it = medical.cbegin(); it != medical.cend(); ++it)
        kw += kwPerPerson(it.key()) * std::max(0, it.value());
    return kw;
}

} // namespace ct::shelters
