// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include <QString>

namespace ct::safety {

/// \brief The personal part of an alert, stored in a table of its own (`safety_alert_personal`)
/// and read only for actors with the right to it (see AccessPolicy).
struct PersonalData
{
    QString victimAgeGroup;   //!< "小学生", "10代", …
    QString victimGrade;      //!< "小3", …
    QString reporterContact;  //!< phone or mail of the reporting person

    bool isEmpty() const { return victimAgeGroup.isEmpty() && victimGrade.isEmpty() && reporterContact.isEmpty(); }
    friend bool operator==(const PersonalData &, const PersonalData &) = default;
};

} // namespace ct::safety
