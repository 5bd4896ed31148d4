// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include "dashboardtotals.h"
#include "sheltercatalogue.h"
#include "shelterfilter.h"
#include "shelterordering.h"
#include "shelterrecord.h"
#include "shelterrequest.h"

#include "ct/core/result.h"

#include <vector>

namespace ct::store {
class TwinStore;
}

namespace ct::shelters {

/// \brief One refresh of the HQ dashboard: every shelter with its figures, the totals and the
/// open requests of all shelters in attention order, read from the twin in one go.
///
/// Immutable once read; the QML models show a Dashboard and read a new one after each change.
class Dashboard
{
public:
    static core::Result<Dashboard> read(const store::TwinStore &store);

    const std::vector<ShelterRecord> &shelters() const { return m_shelters; }
    const DashboardTotals &totals() const { return m_totals; }
    //! Open requests of every shelter, unacknowledged (oldest) first.
    const std::vector<ShelterRequest> &openRequests() const { return m_openRequests; }
    //! Stock items, medical needs and the load model the figures were computed with.
    const ShelterCatalogue &catalogue() const { return m_catalogue; }
    //! Index of the shelter with `fid`, or -1.
    int indexOf(qint64 fid) const;

    //! Indices of the shelters `filter` lets through, in `key` order.
    std::vector<int> view(const ShelterFilter &filter, ShelterOrdering::Key key, bool ascending,
                          bool englishNames = false) const;

private:
    std::vector<ShelterRecord> m_shelters;
    ShelterCatalogue m_catalogue;
    DashboardTotals m_totals;
    std::vector<ShelterRequest> m_openRequests;
};

} // namespace ct::shelters
