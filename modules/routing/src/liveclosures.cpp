// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "ct/routing/liveclosures.h"

#include "ct/routing/closures.h"
#include "ct/store/twinstore.h"

#include <QCoreApplication>

#include <sqlite3.h>

#include <algorithm>
#include <cmath>
#include <functional>
#include <limits>
#include <map>
#include <memory>
#include <set>

namespace ct::routing {

using core::Error;
using core::Result;
using core::Status;

namespace {

const QString kRoads = QStringLiteral("roads");

/// UTC, milliseconds, "Z": the one text form of times in the table, so that comparing the text in
/// SQL compares the times.
QString timeText(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime timeOf(sqlite3_stmt *statement, int column)
{
    if (sqlite3_column_type(statement, column) == SQLITE_NULL)
        return {};
    const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(statement, column));
    QDateTime t = QDateTime::fromString(QString::fromUtf8(text, sqlite3_column_bytes(statement, column)), Qt::ISODateWithMs);
    return t.toUTC();
}

QString textOf(sqlite3_stmt *statement, int column)
{
    const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(statement, column));
    return text ? QString::fromUtf8(text, sqlite3_column_bytes(statement, column)) : QString();
}

Error sqlError(sqlite3 *db, const QString &what, const QString &where)
{
    return Error::io(QStringLiteral("%1: %2").arg(what, QString::fromUtf8(sqlite3_errmsg(db))), where);
}

/// A prepared statement finalized on scope exit.
struct Statement
{
    sqlite3_stmt *handle = nullptr;
    Statement(sqlite3 *db, const char *sql) { sqlite3_prepare_v2(db, sql, -1, &handle, nullptr); }
    ~Statement() { sqlite3_finalize(handle); }
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;
    explicit operator bool() const { return handle != nullptr; }
};

/// Runs `work` in the caller's transaction when one is open, else in a transaction of its own
/// that is rolled back when `work` fails.
template<typename T, typename Work>
Result<T> inTransaction(store::TwinStore &store, Work work)
{
    if (store.inTransaction())
        return work();
    store::Transaction transaction(store);
    if (!transaction.status())
        return transaction.status().error();
    Result<T> result = work();
    if (!result)
        return result;
    if (Status committed = transaction.commit(); !committed)
        return committed.error();
    return result;
}

/// The road id RoadGraph::fromTwin() gives a road: the same rule as its idOf() (integers as
/// they are, numeric text as its number, other text as a 63-bit FNV-1a hash, the fid for NULL).
qint64 roadIdOf(sqlite3_stmt *statement, int column, qint64 fid)
{
    switch (sqlite3_column_type(statement, column)) {
    case SQLITE_NULL: return fid;
    case SQLITE_INTEGER: return sqlite3_column_int64(statement, column);
    case SQLITE_FLOAT: return qint64(sqlite3_column_double(statement, column));
    default: break;
    }
    const QByteArray text(reinterpret_cast<const char *>(sqlite3_column_text(statement, column)),
                          sqlite3_column_bytes(statement, column));
    if (text.isEmpty())
        return fid;
    bool numeric = false;
    const qint64 number = text.toLongLong(&numeric);
    if (numeric)
        return number;
    std::uint64_t hash = 1469598103934665603ull;
    for (const char c : text) {
        hash ^= std::uint8_t(c);
        hash *= 1099511628211ull;
    }
    return qint64(hash >> 1);
}

double distanceToSegment(geo::Point p, geo::Point a, geo::Point b)
{
    const double dx = b.x - a.x, dy = b.y - a.y;
    const double length2 = dx * dx + dy * dy;
    double t = length2 > 0.0 ? ((p.x - a.x) * dx + (p.y - a.y) * dy) / length2 : 0.0;
    t = std::clamp(t, 0.0, 1.0);
    return std::hypot(a.x + t * dx - p.x, a.y + t * dy - p.y);
}

} // namespace

store::MigrationList LiveClosures::migrations()
{
    // Times are ISO 8601 UTC text with milliseconds ("2026-06-01T09:30:00.000Z").
    return {{1, QStringLiteral("live road closures"), QStringLiteral(R"sql(
CREATE TABLE road_closure (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    road_fid INTEGER NOT NULL,
    source TEXT NOT NULL CHECK (length(source) > 0),
    reason TEXT,
    since TEXT NOT NULL,
    until TEXT,
    CHECK (until IS NULL OR until >= since)
);
CREATE INDEX road_closure_source ON road_closure(source, until);
CREATE INDEX road_closure_open ON road_closure(until, road_fid);
)sql")}};
}

Status LiveClosures::migrate(store::TwinStore &store)
{
    return store.migrate(component(), migrations());
}

bool LiveClosures::hasTable(const store::TwinStore &store)
{
    Statement query(store.handle(), "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'road_closure'");
    return query && sqlite3_step(query.handle) == SQLITE_ROW;
}

Result<std::vector<qint64>> LiveClosures::close(store::TwinStore &store, const std::vector<qint64> &roadFids,
                                                const QString &source, const QString &reason, const QDateTime &since)
{
    if (source.trimmed().isEmpty())
        return Error::invalidInput(QCoreApplication::translate("Routing", "a road closure needs a source"), QStringLiteral("road_closure.source"));
    if (!since.isValid())
        return Error::invalidInput(QCoreApplication::translate("Routing", "a road closure needs a valid start time"), QStringLiteral("road_closure.since"));
    if (!store.hasLayer(kRoads))
        return Error::notFound(QCoreApplication::translate("Routing", "the twin has no roads layer"), store.path());
    sqlite3 *db = store.handle();
    // Check every fid before writing anything.
    {
        Statement exists(db, "SELECT 1 FROM roads WHERE fid = ?");
        if (!exists)
            return sqlError(db, QStringLiteral("cannot read the roads layer"), store.path());
        for (qint64 fid : roadFids) {
            sqlite3_reset(exists.handle);
            sqlite3_bind_int64(exists.handle, 1, fid);
            if (sqlite3_step(exists.handle) != SQLITE_ROW)
                return Error::invalidInput(QCoreApplication::translate("Routing", "the roads layer has no feature %1").arg(fid),
                                           QStringLiteral("road_closure.road_fid"));
        }
    }
    return inTransaction<std::vector<qint64>>(store, [&]() -> Result<std::vector<qint64>> {
        if (Status migrated = migrate(store); !migrated)
            return migrated.error();
        Statement already(db, "SELECT 1 FROM road_closure WHERE road_fid = ? AND source = ? AND until IS NULL");
        Statement insert(db, "INSERT INTO road_closure (road_fid, source, reason, since) VALUES (?, ?, ?, ?)");
        if (!already || !insert)
            return sqlError(db, QStringLiteral("cannot write road_closure"), store.path());
        const QByteArray sourceUtf8 = source.toUtf8(), reasonUtf8 = reason.toUtf8(), sinceUtf8 = timeText(since).toUtf8();
        std::vector<qint64> ids;
        std::set<qint64> seen;
        for (qint64 fid : roadFids) {
            if (!seen.insert(fid).second)
                continue;
            sqlite3_reset(already.handle);
            sqlite3_bind_int64(already.handle, 1, fid);
            sqlite3_bind_text(already.handle, 2, sourceUtf8.constData(), int(sourceUtf8.size()), SQLITE_STATIC);
            if (sqlite3_step(already.handle) == SQLITE_ROW)
                continue;
            sqlite3_reset(insert.handle);
            sqlite3_bind_int64(insert.handle, 1, fid);
            sqlite3_bind_text(insert.handle, 2, sourceUtf8.constData(), int(sourceUtf8.size()), SQLITE_STATIC);
            if (reason.isEmpty())
                sqlite3_bind_null(insert.handle, 3);
            else
                sqlite3_bind_text(insert.handle, 3, reasonUtf8.constData(), int(reasonUtf8.size()), SQLITE_STATIC);
            sqlite3_bind_text(insert.handle, 4, sinceUtf8.constData(), int(sinceUtf8.size()), SQLITE_STATIC);
            if (sqlite3_step(insert.handle) != SQLITE_DONE)
                return sqlError(db, QStringLiteral("cannot close road %1").arg(fid), store.path());
            ids.push_back(sqlite3_last_insert_rowid(db));
        }
        return ids;
    });
}

Result<std::vector<qint64>> LiveClosures::reopen(store::TwinStore &store, const QString &source, const QDateTime &until)
{
    if (!until.isValid())
        return Error::invalidInput(QCoreApplication::translate("Routing", "reopening a road needs a valid time"), QStringLiteral("road_closure.until"));
    if (!hasTable(store))
        return std::vector<qint64>{};
    sqlite3 *db = store.handle();
    return inTransaction<std::vector<qint64>>(store, [&]() -> Result<std::vector<qint64>> {
        const QByteArray sourceUtf8 = source.toUtf8();
        // A closure that starts after `until` (a clock set back) ends where it starts.
        const QByteArray untilUtf8 = timeText(until).toUtf8();
        std::vector<qint64> fids;
        {
            Statement select(db, "SELECT DISTINCT road_fid FROM road_closure WHERE source = ? AND until IS NULL ORDER BY road_fid");
            if (!select)
                return sqlError(db, QStringLiteral("cannot read road_closure"), store.path());
            sqlite3_bind_text(select.handle, 1, sourceUtf8.constData(), int(sourceUtf8.size()), SQLITE_STATIC);
            while (sqlite3_step(select.handle) == SQLITE_ROW)
                fids.push_back(sqlite3_column_int64(select.handle, 0));
        }
        Statement update(db, "UPDATE road_closure SET until = max(since, ?) WHERE source = ? AND until IS NULL");
        if (!update)
            return sqlError(db, QStringLiteral("cannot write road_closure"), store.path());
        sqlite3_bind_text(update.handle, 1, untilUtf8.constData(), int(untilUtf8.size()), SQLITE_STATIC);
        sqlite3_bind_text(update.handle, 2, sourceUtf8.constData(), int(sourceUtf8.size()), SQLITE_STATIC);
        if (sqlite3_step(update.handle) != SQLITE_DONE)
            return sqlError(db, QStringLiteral("cannot reopen the roads of %1").arg(source), store.path());
        return fids;
    });
}

namespace {

Result<std::vector<RoadClosure>> readClosures(const store::TwinStore &store, const char *sql,
                                              const std::function<void(sqlite3_stmt *)> &bind)
{
    std::vector<RoadClosure> rows;
    if (!LiveClosures::hasTable(store))
        return rows;
    Statement query(store.handle(), sql);
    if (!query)
        return sqlError(store.handle(), QStringLiteral("cannot read road_closure"), store.path());
    bind(query.handle);
    int rc = SQLITE_ROW;
    while ((rc = sqlite3_step(query.handle)) == SQLITE_ROW) {
        RoadClosure c;
        c.id = sqlite3_column_int64(query.handle, 0);
        c.roadFid = sqlite3_column_int64(query.handle, 1);
        c.source = textOf(query.handle, 2);
        c.reason = textOf(query.handle, 3);
        c.since = timeOf(query.handle, 4);
        c.until = timeOf(query.handle, 5);
        rows.push_back(std::move(c));
    }
    if (rc != SQLITE_DONE)
        return sqlError(store.handle(), QStringLiteral("cannot read road_closure"), store.path());
    return rows;
}

} // namespace

Result<std::vector<RoadClosure>> LiveClosures::active(const store::TwinStore &store, const QDateTime &at)
{
    const QByteArray atUtf8 = timeText(at).toUtf8();
    return readClosures(store,
                        "SELECT id, road_fid, source, reason, since, until FROM road_closure "
                        "WHERE since <= ?1 AND (until IS NULL OR until > ?1) ORDER BY road_fid, id",
                        [&atUtf8](sqlite3_stmt *s) { sqlite3_bind_text(s, 1, atUtf8.constData(), int(atUtf8.size()), SQLITE_STATIC); });
}

Result<std::vector<RoadClosure>> LiveClosures::history(const store::TwinStore &store, const QString &source)
{
    const QByteArray sourceUtf8 = source.toUtf8();
    return readClosures(store,
                        "SELECT id, road_fid, source, reason, since, until FROM road_closure "
                        "WHERE ?1 = '' OR source = ?1 ORDER BY since, id",
                        [&sourceUtf8](sqlite3_stmt *s) {
                            sqlite3_bind_text(s, 1, sourceUtf8.constData(), int(sourceUtf8.size()), SQLITE_STATIC);
                        });
}

Result<std::vector<qint64>> LiveClosures::activeRoadIds(const store::TwinStore &store, const QDateTime &at)
{
    auto closures = active(store, at);
    if (!closures)
        return closures.error();
    std::vector<qint64> ids;
    if (closures->empty() || !store.hasLayer(kRoads))
        return ids;
    auto roads = store.layer(kRoads);
    if (!roads)
        return roads.error();
    const bool hasRoadId = std::any_of(roads->fields.begin(), roads->fields.end(),
                                       [](const store::FieldDefinition &f) { return f.name == QLatin1String("road_id"); });
    sqlite3 *db = store.handle();
    Statement query(db, hasRoadId ? "SELECT road_id FROM roads WHERE fid = ?" : "SELECT fid FROM roads WHERE fid = ?");
    if (!query)
        return sqlError(db, QStringLiteral("cannot read the roads layer"), store.path());
    for (const RoadClosure &c : closures.value()) {
        sqlite3_reset(query.handle);
        sqlite3_bind_int64(query.handle, 1, c.roadFid);
        if (sqlite3_step(query.handle) == SQLITE_ROW)
            ids.push_back(roadIdOf(query.handle, 0, c.roadFid));
        // A closure of a road deleted since (re-import) closes nothing.
    }
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    return ids;
}

Result<int> LiveClosures::apply(const store::TwinStore &store, Closures &closures, const QDateTime &at)
{
    auto ids = activeRoadIds(store, at);
    if (!ids)
        return ids.error();
    int closed = 0;
    for (qint64 id : ids.value())
        closed += closures.close(id) ? 1 : 0;
    return closed;
}

Result<std::vector<qint64>> LiveClosures::roadsWithin(const store::TwinStore &store, geo::Point p, double radiusM)
{
    if (!(radiusM >= 0.0) || !std::isfinite(p.x) || !std::isfinite(p.y))
        return Error::invalidInput(QStringLiteral("a search for roads needs a finite point and a radius of 0 m or more"));
    if (!store.hasLayer(kRoads))
        return std::vector<qint64>{};
    geo::Envelope box;
    box.expand(geo::Point{p.x - radiusM, p.y - radiusM});
    box.expand(geo::Point{p.x + radiusM, p.y + radiusM});
    auto roads = store.readColumns(kRoads, {}, box);
    if (!roads)
        return roads.error();
    std::vector<std::pair<double, qint64>> found;
    for (std::size_t i = 0; i < roads->size(); ++i) {
        // Line by line (a MultiLineString's parts are not joined).
        const auto &g = roads->geometries;
        double best = std::numeric_limits<double>::infinity();
        for (std::uint32_t part = g.partOffsets()[i]; part < g.partOffsets()[i + 1]; ++part) {
            for (std::uint32_t r = g.ringOffsets()[part]; r < g.ringOffsets()[part + 1]; ++r) {
                const auto points = g.ring(r);
                if (points.size() == 1)
                    best = std::min(best, std::hypot(points[0].x - p.x, points[0].y - p.y));
                for (std::size_t k = 1; k < points.size(); ++k)
                    best = std::min(best, distanceToSegment(p, points[k - 1], points[k]));
            }
        }
        if (best <= radiusM)
            found.emplace_back(best, roads->fids[i]);
    }
    std::sort(found.begin(), found.end());
    std::vector<qint64> fids;
    fids.reserve(found.size());
    for (const auto &f : found)
        fids.push_back(f.second);
    return fids;
}

} // namespace ct::routing
