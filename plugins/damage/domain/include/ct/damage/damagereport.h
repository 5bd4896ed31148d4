// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include "ct/damage/damagecategory.h"
#include "ct/damage/reporterkind.h"
#include "ct/damage/triagestate.h"
#include "ct/geo/point.h"

#include <QDateTime>
#include <QString>

namespace ct::damage {

/// \brief A damage report as stored: one feature of the `damage_report` layer.
struct DamageReport
{
    qint64 fid = 0;
    geo::Point position;            //!< EPSG:6677 metres
    DamageCategory category = DamageCategory::Collapse;
    int severity = 1;               //!< 1 (minor) … 5 (severe)
    QString description;
    ReporterKind reporterKind = ReporterKind::Staff;
    QString reporterName;           //!< optional: who reported (a resident's name, a staff member)
    QDateTime reportedAt;           //!< UTC: when the damage was reported by its reporter
    QDateTime enteredAt;            //!< UTC: when an operator entered the report
    QString enteredBy;              //!< operator who entered it
    TriageState state = TriageState::New;
    QDateTime stateSince;           //!< UTC: when it reached `state`
    QString assignedTo;             //!< empty unless assigned/resolved
    qint64 duplicateOf = 0;         //!< fid of the original when state is Duplicate, else 0
    QString photoMimeType;          //!< empty without a photo
    qint64 photoBytes = 0;
    bool hasPhoto() const { return photoBytes > 0; }
};

} // namespace ct::damage
