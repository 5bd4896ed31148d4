// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "shelterreader.h"

#include "hazards.h"
#include "requestlifecycle.h"
#include "ct/store/sqlstatement.h"
#include "stocklevel.h"
#include "timestamp.h"

#include "ct/store/twinstore.h"

#include <QCoreApplication>

#include <algorithm>
#include <functional>

namespace ct::shelters {

using core::Error;
using core::Status;
using store::SqlStatement;

namespace {

const QString kLayer = QStringLiteral("shelters");

} // namespace

ShelterReader::ShelterReader(const store::TwinStore &store)
    : m_store(store)
{
}

Status ShelterReader::checkExists(sqlite3 *db, qint64 fid)
{
    if (!SqlStatement::hasRelation(db, kLayer))
        return Error::notFound(QCoreApplication::translate("Shelters", "the twin has no shelters layer"));
    SqlStatement query(db, "SELECT 1 FROM shelters WHERE fid = ?");
    query.bind(1, fid);
    if (query.next())
        return {};
    if (!query.status())
        return query.status();
    return Error::notFound(QCoreApplication::translate("Shelters", "no shelter with fid %1").arg(fid),
                           QStringLiteral("shelters/%1").arg(fid));
}

core::Result<ShelterRecord> ShelterReader::read(qint64 fid) const
{
    if (Status exists = checkExists(m_store.handle(), fid); !exists)
        return exists.error();
    auto records = load(fid, std::nullopt);
    if (!records)
        return records.error();
    if (records->empty())
        return Error::notFound(QCoreApplication::translate("Shelters", "no shelter with fid %1").arg(fid));
    return std::move(records->front());
}

core::Result<bool> ShelterReader::changedSince(const store::TwinStore &store, const QDateTime &at)
{
    SqlStatement query(store.handle(), "SELECT count(*) FROM ct_audit WHERE at > ? AND action IN ('shelters.stock',"
                                   " 'shelters.power', 'shelters.outage', 'shelters.medical', 'shelters.confirm-delivery')");
    if (!query.isValid())
        return query.status().error();
    query.bind(1, Timestamp::format(at));
    if (!query.next())
        return query.status().ok() ? core::Result<bool>(false) : core::Result<bool>(query.status().error());
    return query.int64(0) > 0;
}

core::Result<std::vector<ShelterRecord>> ShelterReader::load(std::optional<qint64> fid, std::optional<QDateTime> at) const
{
    sqlite3 *db = m_store.handle();
    auto catalogue = ShelterCatalogue::load(db);
    if (!catalogue)
        return catalogue.error();
    m_catalogue = std::move(catalogue.value());

    std::vector<ShelterRecord> records;
    const QStringList present = SqlStatement::columnNames(db, kLayer);
    if (present.isEmpty())
        return records;

    // The registry's attributes: the columns the layer has, in a fixed order.
    const QStringList wanted{QStringLiteral("source_id"), QStringLiteral("name"), QStringLiteral("name_en"),
                             QStringLiteral("kind"), QStringLiteral("address"), QStringLiteral("capacity")};
    QStringList select{QStringLiteral("fid")};
    for (const QString &column : wanted)
        select.append(present.contains(column) ? QStringLiteral("\"%1\"").arg(column) : QStringLiteral("NULL"));
    for (const char *hazard : Hazards::kKeys) {
        const QString column = QString::fromLatin1(hazard);
        select.append(present.contains(column) ? QStringLiteral("\"%1\"").arg(column) : QStringLiteral("0"));
    }
    const QByteArray where = fid ? QByteArrayLiteral(" WHERE fid = ?") : QByteArray();
    const QByteArray sql = "SELECT " + select.join(QLatin1Char(',')).toUtf8() + " FROM shelters" + where + " ORDER BY fid";
    QHash<qint64, std::size_t> index;
    {
        SqlStatement query(db, sql.constData());
        if (!query.isValid())
            return query.status().error();
        if (fid)
            query.bind(1, *fid);
        while (query.next()) {
            ShelterRecord r;
            r.fid = query.int64(0);
            r.sourceId = query.text(1);
            r.name = query.text(2);
            r.nameEn = query.text(3);
            r.kind = query.text(4);
            r.address = query.text(5);
            r.capacity = int(std::max<qint64>(0, query.int64(6)));
            for (std::size_t h = 0; h < Hazards::kKeys.size(); ++h) {
                if (query.int64(7 + int(h)) != 0)
                    r.suitableFor.append(QString::fromLatin1(Hazards::kKeys[h]));
            }
            index.insert(r.fid, records.size());
            records.push_back(std::move(r));
        }
        if (!query.status())
            return query.status().error();
    }

    // Runs `all`, or `one` with the fid as ?1, and hands each row to the shelter of its first
    // column; `when` (if any) is bound as ?2.
    auto each = [&](const char *all, const char *one, const std::function<void(SqlStatement &, ShelterRecord &)> &take,
                    const QString &when = {}) -> Status {
        SqlStatement query(db, fid ? one : all);
        if (!query.isValid())
            return query.status();
        if (fid)
            query.bind(1, *fid);
        if (!when.isEmpty())
            query.bind(2, when);
        while (query.next()) {
            const auto it = index.constFind(query.int64(0));
            if (it != index.constEnd())
                take(query, records[*it]);
        }
        return query.status();
    };

    Status read = each("SELECT shelter_fid, status, occupancy, power, expected_outage_hours, updated_at, updated_by FROM shelter_status",
                       "SELECT shelter_fid, status, occupancy, power, expected_outage_hours, updated_at, updated_by FROM shelter_status WHERE shelter_fid = ?1",
                       [](SqlStatement &q, ShelterRecord &r) {
                           r.status = ShelterLifecycle::fromName(q.text(1)).value_or(ShelterStatus::Closed);
                           r.occupancy = int(std::max<qint64>(0, q.int64(2)));
                           r.power = PowerSources::fromName(q.text(3)).value_or(PowerSource::Grid);
                           r.expectedOutageHours = q.real(4);
                           r.updatedAt = q.isNull(5) ? QDateTime() : Timestamp::parse(q.text(5));
                           r.updatedBy = q.text(6);
                       });
    if (!read)
        return read.error();
    read = each("SELECT shelter_fid, item, quantity FROM shelter_stock",
                "SELECT shelter_fid, item, quantity FROM shelter_stock WHERE shelter_fid = ?1",
                [](SqlStatement &q, ShelterRecord &r) { r.stock.insert(q.text(1), q.real(2)); });
    if (!read)
        return read.error();
    read = each("SELECT shelter_fid, need, count FROM shelter_medical",
                "SELECT shelter_fid, need, count FROM shelter_medical WHERE shelter_fid = ?1",
                [](SqlStatement &q, ShelterRecord &r) { r.medical.insert(q.text(1), int(q.int64(2))); });
    if (!read)
        return read.error();
    if (at) {
        // The state at `at`: a shelter whose status or occupancy changed afterwards was in the
        // state its first later change started from.
        const QString when = Timestamp::format(*at);
        Status past = each("SELECT shelter_fid, from_status FROM shelter_status_history WHERE id IN"
                           " (SELECT min(id) FROM shelter_status_history WHERE at > ?2 GROUP BY shelter_fid)",
                           "SELECT shelter_fid, from_status FROM shelter_status_history WHERE id IN"
                           " (SELECT min(id) FROM shelter_status_history WHERE at > ?2 AND shelter_fid = ?1)",
                           [](SqlStatement &q, ShelterRecord &r) {
                               r.status = ShelterLifecycle::fromName(q.text(1)).value_or(ShelterStatus::Closed);
                           },
                           when);
        if (!past)
            return past.error();
        past = each("SELECT shelter_fid, occupancy - delta FROM shelter_headcount WHERE id IN"
                    " (SELECT min(id) FROM shelter_headcount WHERE at > ?2 GROUP BY shelter_fid)",
                    "SELECT shelter_fid, occupancy - delta FROM shelter_headcount WHERE id IN"
                    " (SELECT min(id) FROM shelter_headcount WHERE at > ?2 AND shelter_fid = ?1)",
                    [](SqlStatement &q, ShelterRecord &r) { r.occupancy = int(std::max<qint64>(0, q.int64(1))); }, when);
        if (!past)
            return past.error();
        // Requests raised by then, in the status they had then.
        past = each("SELECT r.shelter_fid, coalesce((SELECT e.from_status FROM shelter_request_event AS e"
                    " WHERE e.request_id = r.id AND e.at > ?2 ORDER BY e.id LIMIT 1), r.status), r.requested_at"
                    " FROM shelter_request AS r WHERE r.requested_at <= ?2",
                    "SELECT r.shelter_fid, coalesce((SELECT e.from_status FROM shelter_request_event AS e"
                    " WHERE e.request_id = r.id AND e.at > ?2 ORDER BY e.id LIMIT 1), r.status), r.requested_at"
                    " FROM shelter_request AS r WHERE r.requested_at <= ?2 AND r.shelter_fid = ?1",
                    [](SqlStatement &q, ShelterRecord &r) {
                        const auto status = RequestLifecycle::statusFromName(q.text(1));
                        if (!status || !RequestLifecycle::isOpen(*status))
                            return;
                        ++r.openRequests;
                        if (*status == RequestStatus::Requested) {
                            const QDateTime requested = Timestamp::parse(q.text(2));
                            ++r.unacknowledgedRequests;
                            if (!r.oldestUnacknowledgedAt.isValid() || requested < r.oldestUnacknowledgedAt)
                                r.oldestUnacknowledgedAt = requested;
                        }
                    },
                    when);
        if (!past)
            return past.error();
    } else {
        read = each("SELECT shelter_fid, status, count(*), min(requested_at) FROM shelter_request"
                    " WHERE status IN ('requested', 'acknowledged', 'dispatched') GROUP BY shelter_fid, status",
                    "SELECT shelter_fid, status, count(*), min(requested_at) FROM shelter_request"
                    " WHERE shelter_fid = ?1 AND status IN ('requested', 'acknowledged', 'dispatched') GROUP BY shelter_fid, status",
                    [](SqlStatement &q, ShelterRecord &r) {
                        const int count = int(q.int64(2));
                        r.openRequests += count;
                        if (q.text(1) == QLatin1String("requested")) {
                            r.unacknowledgedRequests = count;
                            r.oldestUnacknowledgedAt = Timestamp::parse(q.text(3));
                        }
                    });
        if (!read)
            return read.error();
    }

    const PowerLoadModel &load = m_catalogue.loadModel();
    for (ShelterRecord &r : records) {
        r.congestion = Congestion::of(r.occupancy, r.capacity);
        r.loadKw = load.loadKw(r.status, r.occupancy, r.medical);
        r.medicalCount = 0;
        for (int persons : std::as_const(r.medical))
            r.medicalCount += persons;
        for (const StockItem &item : m_catalogue.stockItems()) {
            const StockLevel level = StockLevel::assess(item, r.stock.value(item.key, 0.0), r.occupancy);
            if (level.state() == StockLevel::State::Shortage)
                r.shortageItems.append(item.key);
            else if (level.state() == StockLevel::State::Low)
                r.lowItems.append(item.key);
        }
    }
    return records;
}

} // namespace ct::shelters
