// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include "ct/core/result.h"

#include <QString>

#include <array>
#include <optional>

namespace ct::shelters {

/// \brief Operating state of a shelter, as stored in `shelter_status.status`.
enum class ShelterStatus { Closed, Opening, Open, Full, Closing };

/// \brief The shelter status graph. Every other change, and a change to the same state, is refused.
///
/// \verbatim
///   closed ──▶ opening ──▶ open ◀──▶ full
///                 │          │         │
///                 └────────▶ closing ◀─┘
///                              │
///   closed ◀───────────────────┘   (only when nobody is inside)
/// \endverbatim
///
/// Eight edges: closed→opening, opening→open, opening→closing (opening called off), open→full,
/// full→open, open→closing, full→closing, closing→closed. A shelter reaches `closed` only
/// through `closing` and only with occupancy 0, so a closed shelter never houses anyone; a closing
/// shelter cannot be reopened (open it again through closed → opening, which the audit log then
/// shows as a new opening).
class ShelterLifecycle
{
public:
    static constexpr std::array<ShelterStatus, 5> kStatuses{ShelterStatus::Closed, ShelterStatus::Opening,
                                                            ShelterStatus::Open, ShelterStatus::Full,
                                                            ShelterStatus::Closing};

    //! Whether the graph has the edge `from` → `to`.
    static bool isAllowed(ShelterStatus from, ShelterStatus to);
    //! Checks the edge and the occupancy rule; the refusal names both states (translated).
    static core::Status check(ShelterStatus from, ShelterStatus to, int occupancy);

    //! Stable name stored in the twin: "closed", "opening", "open", "full", "closing".
    static QString name(ShelterStatus status);
    static std::optional<ShelterStatus> fromName(const QString &name);
    //! Translated name for the UI and messages.
    static QString title(ShelterStatus status);
    //! Whether people may check in (opening, open, full: a full shelter still admits, flagged).
    static bool admitsEvacuees(ShelterStatus status);
    //! Whether the shelter is operating (anything but closed).
    static bool isActive(ShelterStatus status) { return status != ShelterStatus::Closed; }
};

} // namespace ct::shelters
