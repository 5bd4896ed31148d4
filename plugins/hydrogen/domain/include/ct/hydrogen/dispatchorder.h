// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include "ct/hydrogen/orderstate.h"

#include <QDateTime>
#include <QString>

namespace ct::hydrogen {

/// \brief One row of `hydrogen_dispatch_order`: a bus sent to power a shelter, or to refuel.
struct DispatchOrder
{
    qint64 id = 0;
    qint64 planId = 0;
    int sequence = 0;            //!< 1, 2, … within the bus's part of the plan
    QString busId;
    bool refuel = false;
    qint64 shelterFid = 0;       //!< supply orders
    QString shelterName;
    qint64 stationFid = 0;       //!< refuelling orders
    QDateTime departAt;          //!< UTC
    QDateTime arriveAt;          //!< UTC
    QDateTime serviceUntil;      //!< UTC: power off, or tank full
    double supplyKw = 0.0;
    double coveredPersonHours = 0.0;
    OrderState state = OrderState::Pending;
    QDateTime updatedAt;
    QString updatedBy;

    double serviceHours() const { return double(arriveAt.msecsTo(serviceUntil)) / 3.6e6; }
};

} // namespace ct::hydrogen
