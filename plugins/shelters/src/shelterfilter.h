// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include "shelterrecord.h"

#include <QList>
#include <QStringList>

namespace ct::shelters {

/// \brief Which shelters a list shows. Empty criteria let everything through; the criteria
/// combine with AND, the values within one criterion with OR.
struct ShelterFilter
{
    QStringList statuses;        //!< status names ("open", "full", …)
    QList<int> congestionLevels; //!< Congestion::Level values
    QStringList powers;          //!< power source names ("none", …)
    QString hazard;              //!< only shelters suitable for this hazard key
    QString text;                //!< case-insensitive part of name, English name, address or source id
    bool attentionOnly = false;  //!< unacknowledged requests, shortages, no power or over capacity

    bool matches(const ShelterRecord &record) const;
    //! Whether a shelter needs HQ's attention (the attentionOnly criterion).
    static bool needsAttention(const ShelterRecord &record);
};

} // namespace ct::shelters
