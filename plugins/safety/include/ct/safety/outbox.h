// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include "ct/core/actor.h"
#include "ct/core/result.h"
#include "ct/safety/outboxentry.h"

#include <QByteArray>
#include <QString>

#include <vector>

namespace ct::store {
class TwinStore;
}

namespace ct::safety {

/// \brief The hand-off point to whatever delivers the notices (mail, app push, CAP feed):
/// reading the pending entries, the CAP messages and mail texts, and marking entries handed over.
/// Delivery itself is not done here. Reading follows the alert's visibility (AccessPolicy).
class Outbox
{
public:
    struct CapFile
    {
        qint64 alertId = 0;
        QString fileName;     //!< "<identifier>.xml"
        QByteArray xml;
    };

    /// The entries of the alerts `actor` may see; of one alert when `alertId` > 0.
    static core::Result<std::vector<OutboxEntry>> entries(const store::TwinStore &twin, const core::Actor &actor, qint64 alertId = 0);
    /// The notices of the published alerts `actor` may see, by alert id.
    static core::Result<std::vector<std::pair<qint64, Notice>>> notices(const store::TwinStore &twin, const core::Actor &actor);
    /// The CAP messages (and Cancel messages of retracted ones) of the published alerts `actor` may see.
    static core::Result<std::vector<CapFile>> capMessages(const store::TwinStore &twin, const core::Actor &actor);
    /// Marks one pending entry as taken by the delivery system ("safety.outbox.hand-over").
    static core::Status markHandedOver(store::TwinStore &twin, const core::Actor &actor, qint64 entryId);
};

} // namespace ct::safety
