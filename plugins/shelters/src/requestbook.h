// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include "shelterrequest.h"
#include "timestamp.h"

#include "ct/core/actor.h"
#include "ct/core/result.h"

#include <optional>
#include <vector>

namespace ct::store {
class TwinStore;
}

namespace ct::shelters {

/// \brief Requests from shelters to HQ (supplies, power, medical, staff) and their lifecycle.
///
/// Raising a request is `shelters.request` on "shelter:<fid>" (shelter staff only for their
/// bound shelters); acknowledging, dispatching and declining are `shelters.handle-request` (HQ);
/// confirming the delivery is `shelters.confirm-delivery` (HQ, or the shelter's staff), all on
/// "shelter:<fid>/request:<id>". Each step is one audited transaction and a row in
/// `shelter_request_event`. Delivering a supplies request that names a stock item and a quantity
/// adds that quantity to the shelter's stock in the same transaction.
class RequestBook
{
public:
    explicit RequestBook(store::TwinStore &store, Clock clock = {});

    static QString target(qint64 fid, qint64 requestId) { return QStringLiteral("shelter:%1/request:%2").arg(fid).arg(requestId); }

    /// \brief What to list.
    struct Query
    {
        std::optional<qint64> shelterFid;   //!< one shelter, or all
        bool openOnly = false;              //!< requested, acknowledged, dispatched
        int limit = 1000;                   //!< after ordering
        /// As they were at this moment: raised by then, in the status they then had (times
        /// after it cleared). Unset: as they are now.
        std::optional<QDateTime> at;
        //! Fill ShelterRequest::shelterName from the shelters layer (a join); off when the
        //! caller has the names already.
        bool shelterNames = true;
    };

    //! Raises a request; returns its id. `item` and `quantity` are optional (a supplies request
    //! may name a stock item); a request needs an item or a description.
    core::Result<qint64> create(const core::Actor &actor, qint64 fid, RequestKind kind, const QString &detail,
                                const QString &item = {}, std::optional<double> quantity = std::nullopt);
    core::Status acknowledge(const core::Actor &actor, qint64 requestId, const QString &note = {});
    core::Status dispatch(const core::Actor &actor, qint64 requestId, const QString &note = {});
    core::Status deliver(const core::Actor &actor, qint64 requestId, const QString &note = {});
    core::Status decline(const core::Actor &actor, qint64 requestId, const QString &reason);

    core::Result<ShelterRequest> request(qint64 requestId) const;
    //! Requests in attention order (see attentionBefore()).
    core::Result<std::vector<ShelterRequest>> requests(const Query &query) const { return list(m_store, query); }
    //! The same from a store opened for reading (the dashboard, the report).
    static core::Result<std::vector<ShelterRequest>> list(const store::TwinStore &store, const Query &query);

    /// The order of every request list: unacknowledged requests first, oldest first (the longer
    /// one waits, the higher it rises); then acknowledged, then dispatched, each oldest first; then
    /// delivered and declined, most recently closed first. Ties by id.
    static bool attentionBefore(const ShelterRequest &a, const ShelterRequest &b);

    static constexpr int kMaxTextLength = 2000;

private:
    core::Status advance(const core::Actor &actor, qint64 requestId, RequestStatus to, const QString &note);

    store::TwinStore &m_store;
    Clock m_clock;
};

} // namespace ct::shelters
