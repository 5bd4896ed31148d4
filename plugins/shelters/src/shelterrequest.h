// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include "requestlifecycle.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace ct::shelters {

/// \brief One row of `shelter_request`.
struct ShelterRequest
{
    qint64 id = 0;
    qint64 shelterFid = 0;
    QString shelterName;            //!< filled by RequestBook::requests() for lists across shelters
    RequestKind kind = RequestKind::Supplies;
    QString item;                   //!< stock item of a supplies request, may be empty
    std::optional<double> quantity; //!< in the item's unit, when given
    QString detail;
    RequestStatus status = RequestStatus::Requested;
    QDateTime requestedAt;
    QString requestedBy;
    QString requestedRole;
    QDateTime acknowledgedAt;
    QDateTime dispatchedAt;
    QDateTime closedAt;             //!< delivered or declined
    QDateTime updatedAt;
    QString updatedBy;
    QString declineReason;

    bool isOpen() const { return RequestLifecycle::isOpen(status); }
    //! Seconds since the request was made (as of `now`).
    qint64 ageSeconds(const QDateTime &now) const { return requestedAt.secsTo(now); }
};

} // namespace ct::shelters
