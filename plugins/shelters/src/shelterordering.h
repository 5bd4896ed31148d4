// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include "shelterrecord.h"

#include <QString>

#include <optional>
#include <vector>

namespace ct::shelters {

/// \brief Sort orders of the shelter list.
///
/// Attention (the default): shelters with unacknowledged requests first, the longest-waiting
/// request first; then those with a shortage, no power or too many people; then by congestion,
/// most crowded first; then by name. Every other key breaks ties by name, then fid (ascending also
/// when the key is descending), so the order is total and stable across refreshes.
class ShelterOrdering
{
public:
    enum class Key { Attention, Name, Status, Occupancy, Congestion, Capacity, FreePlaces, OpenRequests, Load };

    static std::optional<Key> fromName(const QString &name);
    static QString name(Key key);

    //! Sorts `rows` (indices into `records`).
    static void sort(std::vector<int> &rows, const std::vector<ShelterRecord> &records, Key key, bool ascending,
                     bool englishNames = false);
};

} // namespace ct::shelters
