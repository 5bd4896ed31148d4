// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include <QString>

namespace ct::shelters {

/// \brief A kind of continued medical care evacuees need (`shelter_medical_need`): only counts
/// of people are kept per shelter, never names.
struct MedicalNeed
{
    QString key;              //!< "dialysis", "oxygen", "insulin", …
    double kwPerPerson = 0.0; //!< electrical load of the care's devices per person (kW)

    //! Translated name of a known need, else the key.
    QString title() const;
};

} // namespace ct::shelters
