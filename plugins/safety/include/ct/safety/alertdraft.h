// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include "ct/safety/alertplace.h"
#include "ct/safety/personaldata.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace ct::safety {

/// \brief An alert as school or police liaison staff enter it, before it is checked and stored.
struct AlertDraft
{
    QDateTime occurredFrom;            //!< required; any time zone (stored in UTC)
    QDateTime occurredTo;              //!< optional end of a time range (≥ occurredFrom)
    AlertPlace place;
    QString category;                  //!< key, Japanese or English label (see categoryFromText())
    QString description;
    QString suspectDescription;
    QString sourceOrganisation;        //!< "竹園東小学校", "つくば中央警察署", …
    /// The school the alert concerns (its liaison staff see it in full). A School place sets it
    /// when empty. Required for school liaison staff, who may record only for their schools.
    std::optional<qint64> schoolFid;
    PersonalData personal;
};

} // namespace ct::safety
