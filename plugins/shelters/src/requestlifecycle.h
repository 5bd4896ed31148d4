// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include "ct/core/result.h"

#include <QString>

#include <array>
#include <optional>

namespace ct::shelters {

enum class RequestKind { Supplies, Power, Medical, Staff };
enum class RequestStatus { Requested, Acknowledged, Dispatched, Delivered, Declined };

/// \brief The life of a shelter's request to HQ.
///
/// requested → acknowledged → dispatched → delivered; requested or acknowledged → declined, with
/// a reason the shelter sees. Nothing else: a request is acknowledged before it is dispatched (so
/// "nobody has looked at it yet" is always visible), and once dispatched it can only be delivered.
/// Delivered and declined are final.
class RequestLifecycle
{
public:
    static constexpr std::array<RequestStatus, 5> kStatuses{RequestStatus::Requested, RequestStatus::Acknowledged,
                                                            RequestStatus::Dispatched, RequestStatus::Delivered,
                                                            RequestStatus::Declined};
    static constexpr std::array<RequestKind, 4> kKinds{RequestKind::Supplies, RequestKind::Power, RequestKind::Medical,
                                                       RequestKind::Staff};

    static bool isAllowed(RequestStatus from, RequestStatus to);
    //! The edge, and for `declined` a non-blank reason.
    static core::Status check(RequestStatus from, RequestStatus to, const QString &reason);
    //! Requested, acknowledged or dispatched.
    static bool isOpen(RequestStatus status) { return status != RequestStatus::Delivered && status != RequestStatus::Declined; }

    static QString name(RequestStatus status);
    static std::optional<RequestStatus> statusFromName(const QString &name);
    static QString title(RequestStatus status);
    static QString name(RequestKind kind);
    static std::optional<RequestKind> kindFromName(const QString &name);
    static QString title(RequestKind kind);
};

} // namespace ct::shelters
