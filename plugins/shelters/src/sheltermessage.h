// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include <QDateTime>
#include <QString>

namespace ct::shelters {

/// \brief One message of a shelter's thread (`shelter_message`).
struct ShelterMessage
{
    qint64 id = 0;
    qint64 shelterFid = 0;
    QDateTime at;
    QString author;   //!< operator name
    QString role;     //!< role name ("hq-commander", "shelter-staff", …)
    QString body;
};

} // namespace ct::shelters
