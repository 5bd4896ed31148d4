// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include "ct/core/result.h"
#include "ct/safety/areamatcher.h"
#include "ct/safety/capmessage.h"

#include <QDateTime>
#include <QJsonObject>

namespace ct::store {
class TwinStore;
}

namespace ct::safety {

struct Alert;

/// \brief What publishing an alert produces, inside the transaction of the publish step: the
/// bilingual notice, its CAP message, and one outbox entry per subscription area containing the
/// alert's place, with that area's subscriber count. Retracting a published alert cancels its
/// pending outbox entries and records a CAP Cancel message referring to the original.
class Publisher
{
public:
    /// CAP sender of this console's messages.
    static QString sender() { return QStringLiteral("safety@citytwin.invalid"); }
    /// How long a notice stays current (CAP expires).
    static constexpr int kValidDays = 7;

    /// Writes notice, CAP and outbox for alert `alertId` (which must exist). `summary` receives
    /// the counts for the audit row.
    static core::Status publish(store::TwinStore &twin, qint64 alertId, const QDateTime &now, QJsonObject &summary);
    /// Cancels the outbox and records the CAP Cancel; nothing to do for an alert never published.
    static core::Status retract(store::TwinStore &twin, qint64 alertId, const QDateTime &now, QJsonObject &summary);

    /// The message for an alert (exact location used only to pick the areas), without storing it.
    static core::Result<CapMessage> compose(const Alert &alert, const AreaMatcher &areas, const QDateTime &sent);
    /// The matched areas ordered for the notice's place name: neighbourhoods, school districts,
    /// drawn polygons, radii; smaller first within a kind.
    static std::vector<int> orderForNotice(const AreaMatcher &areas, std::vector<int> matched);
};

} // namespace ct::safety
