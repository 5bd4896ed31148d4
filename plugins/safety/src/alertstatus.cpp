// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "ct/safety/alertstatus.h"

#include <QCoreApplication>

namespace ct::safety {

// The keys as the panel shows them, marked for translation.
[[maybe_unused]] const char *const kStatusNames[] = {
    QT_TRANSLATE_NOOP("SafetyStatus", "received"), QT_TRANSLATE_NOOP("SafetyStatus", "verified"),
    QT_TRANSLATE_NOOP("SafetyStatus", "published"), QT_TRANSLATE_NOOP("SafetyStatus", "closed"),
    QT_TRANSLATE_NOOP("SafetyStatus", "retracted")};

QString statusKey(AlertStatus status)
{
    switch (status) {
    case AlertStatus::Received: return QStringLiteral("received");
    case AlertStatus::Verified: return QStringLiteral("verified");
    case AlertStatus::Published: return QStringLiteral("published");
    case AlertStatus::Closed: return QStringLiteral("closed");
    case AlertStatus::Retracted: return QStringLiteral("retracted");
    }
    return QStringLiteral("received");
}

bool statusFromKey(const QString &key, AlertStatus *status)
{
    for (AlertStatus s : {AlertStatus::Received, AlertStatus::Verified, AlertStatus::Published, AlertStatus::Closed,
                          AlertStatus::Retracted}) {
        if (key == statusKey(s)) {
            *status = s;
            return true;
        }
    }
    return false;
}

bool canTransition(AlertStatus from, AlertStatus to)
{
    switch (to) {
    case AlertStatus::Received: return false;
    case AlertStatus::Verified: return from == AlertStatus::Received;
    case AlertStatus::Published: return from == AlertStatus::Verified;
    case AlertStatus::Closed: return from == AlertStatus::Verified || from == AlertStatus::Published;
    case AlertStatus::Retracted: return from != AlertStatus::Retracted;
    }
    return false;
}

QString transitionAction(AlertStatus to)
{
    switch (to) {
    case AlertStatus::Received: return QStringLiteral("safety.record");
    case AlertStatus::Verified: return QStringLiteral("safety.verify");
    case AlertStatus::Published: return QStringLiteral("safety.publish");
    case AlertStatus::Closed: return QStringLiteral("safety.close");
    case AlertStatus::Retracted: return QStringLiteral("safety.retract");
    }
    return {};
}

} // namespace ct::safety
