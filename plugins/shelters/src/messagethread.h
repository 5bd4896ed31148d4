// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include "sheltermessage.h"
#include "timestamp.h"

#include "ct/core/actor.h"
#include "ct/core/result.h"

#include <vector>

namespace ct::store {
class TwinStore;
}

namespace ct::shelters {

/// \brief The message threads between HQ and the shelters: one per shelter.
///
/// Posting is `shelters.message` on "shelter:<fid>": HQ posts to any thread, shelter staff only
/// to their bound shelters' threads (the store refuses the others). One audited transaction per
/// message.
class MessageThread
{
public:
    explicit MessageThread(store::TwinStore &store, Clock clock = {});

    //! Posts `body` (trimmed, not blank, at most kMaxLength characters); returns the message id.
    core::Result<qint64> post(const core::Actor &actor, qint64 fid, const QString &body);
    //! The thread of a shelter, oldest first; the newest `limit` messages.
    core::Result<std::vector<ShelterMessage>> messages(qint64 fid, int limit = 500) const;

    static constexpr int kMaxLength = 2000;

private:
    store::TwinStore &m_store;
    Clock m_clock;
};

} // namespace ct::shelters
