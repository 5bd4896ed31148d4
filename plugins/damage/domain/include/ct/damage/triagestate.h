// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include <QString>

#include <vector>

namespace ct::damage {

/// \brief Where a report stands in the triage queue.
///
/// new → verified → assigned → resolved; new, verified or assigned → duplicate (of another
/// report). An assigned report may be assigned again (to someone else). resolved and duplicate
/// are final. Every other move is refused (isTransitionAllowed()).
enum class TriageState { New, Verified, Assigned, Resolved, Duplicate };

const std::vector<TriageState> &allTriageStates();
/// Stored name: new, verified, assigned, resolved, duplicate.
QString triageStateName(TriageState state);
bool triageStateFromName(const QString &name, TriageState *state);
/// Translated label (context "TriageState").
QString triageStateLabel(TriageState state);
/// Whether the queue allows moving a report from `from` to `to`.
bool isTransitionAllowed(TriageState from, TriageState to);
/// Whether no move leaves this state.
bool isFinal(TriageState state);
/// Queue order: work waiting first (new, verified, assigned), finished last.
int queueRank(TriageState state);

} // namespace ct::damage
