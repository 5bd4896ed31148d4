// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include "ct/geo/point.h"
#include "ct/safety/alertplace.h"
#include "ct/safety/alertstatus.h"
#include "ct/safety/category.h"
#include "ct/safety/personaldata.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace ct::safety {

/// \brief An alert as one reader may see it (AlertStore::alerts()).
///
/// With Detail::Full every field is filled. With Detail::Generalised the location is the centre
/// of its 100 m grid cell (LocationGeneraliser), and the fields that identify the place or the
/// people — address, school, place kind, personal data — were never read from the store: they
/// are empty here, not hidden by a view.
struct Alert
{
    enum class Detail { Generalised, Full };

    qint64 id = 0;
    Detail detail = Detail::Generalised;
    AlertStatus status = AlertStatus::Received;
    Category category = Category::Other;
    QDateTime occurredFrom;            //!< UTC
    QDateTime occurredTo;              //!< UTC; invalid when no range was given
    geo::Point location;               //!< EPSG:6677 metres; a grid-cell centre when generalised
    double locationPrecisionMetres = 0; //!< 0 exact; the grid cell size when generalised
    QString description;
    QString suspectDescription;
    QString sourceOrganisation;
    QString statusReason;              //!< why it was retracted (or closed), when given
    QString origin;                    //!< "intake", "police-open-data", "simulation"
    // --- only with Detail::Full ---------------------------------------------------------------
    std::optional<AlertPlace::Kind> placeKind;
    QString address;
    std::optional<qint64> schoolFid;
    std::optional<PersonalData> personal;
};

} // namespace ct::safety
