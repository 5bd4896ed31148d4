// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include "sheltercatalogue.h"
#include "shelterrecord.h"

#include "ct/core/result.h"

#include <optional>
#include <vector>

struct sqlite3;

namespace ct::store {
class TwinStore;
}

namespace ct::shelters {

/// \brief Reads shelters with everything HQ needs about them, in a handful of queries (one per
/// table, not one per shelter): the dashboard rebuilds from this on every change.
///
/// The shelters layer may lack optional columns (an imported layer without `name_en`); those are
/// left empty. A twin without the layer has no shelters.
class ShelterReader
{
public:
    explicit ShelterReader(const store::TwinStore &store);

    //! Every shelter, by fid, as it is now.
    core::Result<std::vector<ShelterRecord>> readAll() const { return load(std::nullopt, std::nullopt); }
    /// Every shelter as it was at `at` (UTC), for reports of a past moment: the status from the
    /// lifecycle history, the occupancy from the head-count log and the open requests from their
    /// events are exact; stock, power and medical counts keep no history of their own and are
    /// the current values (changedSince() tells whether they changed after `at`).
    core::Result<std::vector<ShelterRecord>> readAt(const QDateTime &at) const { return load(std::nullopt, at); }
    //! Whether stock, power, outage or medical counts were changed after `at` (from the audit log).
    static core::Result<bool> changedSince(const store::TwinStore &store, const QDateTime &at);
    //! One shelter; NotFound when the layer has no such fid.
    core::Result<ShelterRecord> read(qint64 fid) const;
    //! The catalogue the last read used (stock items, medical needs, load model).
    const ShelterCatalogue &catalogue() const { return m_catalogue; }

    //! NotFound, naming the fid, unless the shelters layer has the feature.
    static core::Status checkExists(sqlite3 *db, qint64 fid);

private:
    core::Result<std::vector<ShelterRecord>> load(std::optional<qint64> fid, std::optional<QDateTime> at) const;
    const store::TwinStore &m_store;
    mutable ShelterCatalogue m_catalogue;
};

} // namespace ct::shelters
