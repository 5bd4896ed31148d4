// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include "ct/assets/grade.h"

#include <QString>

namespace ct::assets {

/// \brief What can be done to an asset, by the grade it is in:
/// preventive repair at II (→ I: surface protection, crack sealing, pipe lining), repair at III
/// (→ II: section repair, overlay, partial renewal) or renewal at III (→ I), replacement at IV
/// (→ I: urgent measure, new deck / reconstruction / new pipe).
enum class Intervention { None, Preventive, Repair, Renewal, Replacement };

//! "none", "preventive", "repair", "renewal", "replacement".
QString interventionCode(Intervention intervention);
bool parseIntervention(const QString &code, Intervention *intervention);
//! Translated (context "Intervention").
QString interventionLabel(Intervention intervention);

/// \brief One choice for one asset: the intervention, the grade it leaves the asset in, its cost.
struct InterventionOption
{
    Intervention intervention = Intervention::None;
    Grade after = Grade::I;
    double cost = 0.0; //!< million yen
};

} // namespace ct::assets
