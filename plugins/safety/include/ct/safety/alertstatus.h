// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include <QString>

namespace ct::safety {

/// \brief Where an alert is in its lifecycle: received → verified → published → closed, and
/// retracted (with a reason) from any state but retracted itself.
///
/// Verified alerts may also be closed without being published (resolved before a notice was
/// needed). Closed alerts may still be retracted (found to be false later).
enum class AlertStatus { Received, Verified, Published, Closed, Retracted };

QString statusKey(AlertStatus status);     //!< "received", "verified", … as stored
bool statusFromKey(const QString &key, AlertStatus *status);
/// Whether the lifecycle allows `from` → `to`.
bool canTransition(AlertStatus from, AlertStatus to);
/// The permission action of a step into `to` ("safety.verify", "safety.publish", …).
QString transitionAction(AlertStatus to);
/// Published and closed alerts are the ones shown, de-personalised, beyond the police and the
/// alert's own school.
inline bool isPublic(AlertStatus status) { return status == AlertStatus::Published || status == AlertStatus::Closed; }

} // namespace ct::safety
