// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "liveprobemodel.h"

#include "ct/store/twinstore.h"

#include <QJsonObject>

#include <sqlite3.h>

namespace ct::sim::test {

LiveProbeModel::LiveProbeModel(const ModelContext &context, std::shared_ptr<LiveProbe> probe)
    : m_id(context.id)
    , m_branched(context.branchedFromLive)
    , m_openTwin(context.openTwin)
    , m_probe(std::move(probe))
{
    m_probe->created = true;
    m_probe->branched = m_branched;
    m_probe->createdOn = std::this_thread::get_id();
    m_probe->opener = context.openTwin;
}

void LiveProbeModel::start(Engine &)
{
    m_probe->startedOn = std::this_thread::get_id();
    if (!m_branched)
        return; // a scenario run starts from the scenario, not from the twin's tables
    auto twin = m_openTwin();
    if (!twin) {
        m_probe->problem = twin.error().toString();
        return;
    }
    m_probe->opened = true;
    m_probe->readOnly = twin.value()->isReadOnly();
    sqlite3 *db = twin.value()->handle();
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v2(db, "SELECT shelter_fid, occupancy FROM shelter_status ORDER BY shelter_fid", -1, &statement, nullptr)
        == SQLITE_OK) {
        while (sqlite3_step(statement) == SQLITE_ROW)
            m_probe->liveOccupancy.insert(sqlite3_column_int64(statement, 0), sqlite3_column_int(statement, 1));
    } else {
        m_probe->problem = QString::fromUtf8(sqlite3_errmsg(db));
    }
    sqlite3_finalize(statement);
    m_probe->writeRefused = sqlite3_exec(db, "UPDATE shelter_status SET occupancy = occupancy + 1", nullptr, nullptr, nullptr) != SQLITE_OK;
}

QJsonObject LiveProbeModel::kpis() const
{
    int total = 0;
    for (int persons : m_probe->liveOccupancy)
        total += persons;
    return {{QStringLiteral("branched"), m_branched}, {QStringLiteral("opened_twin"), m_probe->opened},
            {QStringLiteral("live_occupancy"), total}};
}

} // namespace ct::sim::test
