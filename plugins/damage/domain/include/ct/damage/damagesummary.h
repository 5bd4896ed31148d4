// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include "ct/core/result.h"
#include "ct/damage/damagecategory.h"
#include "ct/damage/triagestate.h"

#include <QDateTime>

#include <array>

namespace ct::store {
class TwinStore;
}

namespace ct::damage {

/// \brief How many reports there were at a moment, by category and triage state: the damage
/// section of the situation report.
///
/// Built from the triage steps, so a summary "at 09:00" counts the reports entered by then in
/// the state they had then, whatever happened after.
class DamageSummary
{
public:
    static constexpr int kCategories = 6;
    static constexpr int kStates = 5;

    static core::Result<DamageSummary> at(const store::TwinStore &store, const QDateTime &moment);

    int count(DamageCategory category, TriageState state) const
    {
        return m_counts[std::size_t(category)][std::size_t(state)];
    }
    int total(DamageCategory category) const;
    int total(TriageState state) const;
    int total() const;
    //! Reports still waiting for work: new, verified, assigned.
    int open() const;
    //! Roads closed by damage reports at the moment.
    int closedRoads() const { return m_closedRoads; }
    //! Reports of severity 4 or 5 still open.
    int severeOpen() const { return m_severeOpen; }

private:
    std::array<std::array<int, kStates>, kCategories> m_counts{};
    int m_closedRoads = 0;
    int m_severeOpen = 0;
};

} // namespace ct::damage
