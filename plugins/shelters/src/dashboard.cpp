// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "dashboard.h"

#include "requestbook.h"
#include "shelterreader.h"

#include "ct/store/twinstore.h"

namespace ct::shelters {

core::Result<Dashboard> Dashboard::read(const store::TwinStore &store)
{
    Dashboard d;
    ShelterReader reader(store);
    auto shelters = reader.readAll();
    if (!shelters)
        return shelters.error();
    d.m_shelters = std::move(shelters.value());
    d.m_catalogue = reader.catalogue();
    d.m_totals = DashboardTotals::of(d.m_shelters);
    RequestBook::Query open;
    open.openOnly = true;
    open.limit = -1;
    open.shelterNames = false;
    auto requests = RequestBook::list(store, open);
    if (!requests)
        return requests.error();
    d.m_openRequests = std::move(requests.value());
    QHash<qint64, QString> names;
    for (const ShelterRecord &r : d.m_shelters)
        names.insert(r.fid, r.name);
    for (ShelterRequest &r : d.m_openRequests)
        r.shelterName = names.value(r.shelterFid);
    return d;
}

int Dashboard::indexOf(qint64 fid) const
{
    for (std::size_t i = 0; i < m_shelters.size(); ++i) {
        if (m_shelters[i].fid == fid)
            return int(i);
    }
    return -1;
}

std::vector<int> Dashboard::view(const ShelterFilter &filter, ShelterOrdering::Key key, bool ascending,
                                 bool englishNames) const
{
    std::vector<int> rows;
    rows.reserve(m_shelters.size());
    for (std::size_t i = 0; i < m_shelters.size(); ++i) {
        if (filter.matches(m_shelters[i]))
            rows.push_back(int(i));
    }
    ShelterOrdering::sort(rows, m_shelters, key, ascending, englishNames);
    return rows;
}

} // namespace ct::shelters
