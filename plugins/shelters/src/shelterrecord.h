// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include "congestion.h"
#include "powersource.h"
#include "shelterlifecycle.h"

#include <QDateTime>
#include <QHash>
#include <QString>
#include <QStringList>

namespace ct::shelters {

/// \brief One shelter as HQ sees it: the registry's attributes (shelters layer), its operating
/// state (shelter_status), stock, medical counts, open requests, and the figures derived from
/// them (congestion, load, shortages).
struct ShelterRecord
{
    // registry (the twin's shelters layer)
    qint64 fid = 0;
    QString sourceId;
    QString name;
    QString nameEn;
    QString kind;
    QString address;
    int capacity = 0;
    QStringList suitableFor;          //!< hazard keys whose flag is set

    // operating state
    ShelterStatus status = ShelterStatus::Closed;
    int occupancy = 0;
    PowerSource power = PowerSource::Grid;
    double expectedOutageHours = 72.0;
    QDateTime updatedAt;
    QString updatedBy;
    QHash<QString, double> stock;     //!< item → quantity
    QHash<QString, int> medical;      //!< need → persons

    // derived
    Congestion congestion;
    double loadKw = 0.0;
    int medicalCount = 0;
    QStringList shortageItems;        //!< items below one day (or below the per-person need)
    QStringList lowItems;             //!< items below three days
    int openRequests = 0;             //!< requested, acknowledged or dispatched
    int unacknowledgedRequests = 0;
    QDateTime oldestUnacknowledgedAt; //!< invalid when none waits

    bool isSuitableFor(const QString &hazard) const { return hazard.isEmpty() || suitableFor.contains(hazard); }
    //! An operating shelter without electricity.
    bool hasNoPower() const { return ShelterLifecycle::isActive(status) && power == PowerSource::None; }
    bool hasShortage() const { return !shortageItems.isEmpty(); }
    //! Display name: the Japanese name, or the English one when `english` and there is one.
    QString displayName(bool english) const { return english && !nameEn.isEmpty() ? nameEn : name; }
};

} // namespace ct::shelters
