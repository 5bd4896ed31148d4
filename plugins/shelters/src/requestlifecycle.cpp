// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "requestlifecycle.h"

#include <QCoreApplication>

namespace ct::shelters {

using core::Error;

bool RequestLifecycle::isAllowed(RequestStatus from, RequestStatus to)
{
    using S = RequestStatus;
    switch (from) {
    case S::Requested:
        return to == S::Acknowledged || to == S::Declined;
    case S::Acknowledged:
        return to == S::Dispatched || to == S::Declined;
    case S::Dispatched:
        return to == S::Delivered;
    case S::Delivered:
    case S::Declined:
        return false;
    }
    return false;
}

core::Status RequestLifecycle::check(RequestStatus from, RequestStatus to, const QString &reason)
{
    if (from == to)
        return Error::refused(QCoreApplication::translate("Shelters", "the request is already %1").arg(title(to)));
    if (!isAllowed(from, to)) {
        return Error::refused(QCoreApplication::translate("Shelters", "a request cannot go from %1 to %2")
                                  .arg(title(from), title(to)));
    }
    if (to == RequestStatus::Declined && reason.trimmed().isEmpty())
        return Error::invalidInput(QCoreApplication::translate("Shelters", "declining a request needs a reason"));
    return {};
}

QString RequestLifecycle::name(RequestStatus status)
{
    switch (status) {
    case RequestStatus::Requested:
        return QStringLiteral("requested");
    case RequestStatus::Acknowledged:
        return QStringLiteral("acknowledged");
    case RequestStatus::Dispatched:
        return QStringLiteral("dispatched");
    case RequestStatus::Delivered:
        return QStringLiteral("delivered");
    case RequestStatus::Declined:
        return QStringLiteral("declined");
    }
    return {};
}

std::optional<RequestStatus> RequestLifecycle::statusFromName(const QString &name)
{
    for (RequestStatus s : kStatuses) {
        if (RequestLifecycle::name(s) == name)
            return s;
    }
    return std::nullopt;
}

QString RequestLifecycle::title(RequestStatus status)
{
    switch (status) {
    case RequestStatus::Requested:
        return QCoreApplication::translate("Shelters", "requested");
    case RequestStatus::Acknowledged:
        return QCoreApplication::translate("Shelters", "acknowledged");
    case RequestStatus::Dispatched:
        return QCoreApplication::translate("Shelters", "dispatched");
    case RequestStatus::Delivered:
        return QCoreApplication::translate("Shelters", "delivered");
    case RequestStatus::Declined:
        return QCoreApplication::translate("Shelters", "declined");
    }
    return {};
}

QString RequestLifecycle::name(RequestKind kind)
{
    switch (kind) {
    case RequestKind::Supplies:
        return QStringLiteral("supplies");
    case RequestKind::Power:
        return QStringLiteral("power");
    case RequestKind::Medical:
        return QStringLiteral("medical");
    case RequestKind::Staff:
        return QStringLiteral("staff");
    }
    return {};
}

std::optional<RequestKind> RequestLifecycle::kindFromName(const QString &name)
{
    for (RequestKind k : kKinds) {
        if (RequestLifecycle::name(k) == name)
            return k;
    }
    return std::nullopt;
}

QString RequestLifecycle::title(RequestKind kind)
{
    switch (kind) {
    case RequestKind::Supplies:
        return QCoreApplication::translate("Shelters", "supplies");
    case RequestKind::Power:
        return QCoreApplication::translate("Shelters", "power");
    case RequestKind::Medical:
        return QCoreApplication::translate("Shelters", "medical");
    case RequestKind::Staff:
        return QCoreApplication::translate("Shelters", "staff");
    }
    return {};
}

} // namespace ct::shelters
