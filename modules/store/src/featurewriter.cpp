// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "ct/store/featurewriter.h"

#include "featurewriterstate.h"
#include "gpkgschema.h"
#include "sqlitestatement.h"
#include "storestate.h"

#include "ct/geo/gpkgblob.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <functional>
#include <limits>

namespace ct::store {

using core::Error;
using core::Result;
using core::Status;
namespace gpkg = detail::gpkg;

namespace {

void putBigEndian16(unsigned char *out, std::uint16_t v)
{
    out[0] = std::uint8_t(v >> 8);
    out[1] = std::uint8_t(v);
}

void putBigEndian32(unsigned char *out, std::uint32_t v)
{
    for (int i = 0; i < 4; ++i)
        out[i] = std::uint8_t(v >> (24 - 8 * i));
}

void putBigEndian64(unsigned char *out, std::uint64_t v)
{
    for (int i = 0; i < 8; ++i)
        out[i] = std::uint8_t(v >> (56 - 8 * i));
}

/// A double rounded to a float that does not cut the box: down for minima, up for maxima, as
/// SQLite's R-tree does on insert.
float roundedFloat(double value, bool up)
{
    float f = float(value);
    if (up && double(f) < value)
        f = std::nextafter(f, std::numeric_limits<float>::infinity());
    else if (!up && double(f) > value)
        f = std::nextafter(f, -std::numeric_limits<float>::infinity());
    return f;
}

struct RtreeEntry
{
    qint64 id;
    geo::Envelope box;
};

/// Bulk-loads an empty SQLite R-tree by writing its shadow tables (_node, _parent, _rowid)
/// directly, packing `entries` (already in spatial order) into full nodes level by level.
/// SQLite's own insert rewrites a node blob per row; this writes each node once.
Status bulkLoadRtree(sqlite3 *db, const QString &rtree, const std::vector<RtreeEntry> &leaves, const QString &where)
{
    auto run = [db, &where](const QString &sql, const std::function<bool(sqlite3_stmt *)> &body) -> Status {
        sqlite3_stmt *statement = nullptr;
        const QByteArray utf8 = sql.toUtf8();
        if (sqlite3_prepare_v2(db, utf8.constData(), int(utf8.size()), &statement, nullptr) != SQLITE_OK)
            return detail::sqliteError(db, QCoreApplication::translate("Store", "cannot bulk-load the spatial index"), where);
        const bool ok = body(statement);
        sqlite3_finalize(statement);
        if (!ok)
            return detail::sqliteError(db, QCoreApplication::translate("Store", "cannot bulk-load the spatial index"), where);
        return {};
    };
    const QString quotedNode = gpkg::quoted(rtree + QStringLiteral("_node"));
    int nodeSize = 0;
    Status status = run(QStringLiteral("SELECT length(data) FROM %1 WHERE nodeno = 1").arg(quotedNode),
                        [&](sqlite3_stmt *st) {
                            if (sqlite3_step(st) != SQLITE_ROW)
                                return false;
                            nodeSize = sqlite3_column_int(st, 0);
                            return true;
                        });
    if (!status)
        return status;
    constexpr int kCellBytes = 8 + 4 * 4;
    const int capacity = (nodeSize - 4) / kCellBytes;
    if (capacity < 4)
        return Error::internal(QStringLiteral("unexpected R-tree node size %1").arg(nodeSize), where);

    struct Node
    {
        qint64 number;
        geo::Envelope box;
        std::vector<RtreeEntry> cells;
    };
    // Level 0 holds the leaves; each level above groups `capacity` nodes of the one below.
    std::vector<std::vector<Node>> levels;
    std::vector<RtreeEntry> current = leaves;
    qint64 nextNumber = 2;
    while (true) {
        std::vector<Node> level;
        for (std::size_t i = 0; i < current.size(); i += std::size_t(capacity)) {
            Node node;
            node.cells.assign(current.begin() + std::ptrdiff_t(i),
                              current.begin() + std::ptrdiff_t(std::min(current.size(), i + std::size_t(capacity))));
            for (const auto &cell : node.cells)
                node.box.expand(cell.box);
            level.push_back(std::move(node));
        }
        const bool isRoot = level.size() == 1;
        for (auto &node : level)
            node.number = isRoot ? 1 : nextNumber++;
        levels.push_back(std::move(level));
        if (isRoot)
            break;
        current.clear();
        for (const auto &node : levels.back())
            current.push_back({node.number, node.box});
    }
    const int depth = int(levels.size()) - 1;

    QByteArray blob(nodeSize, '\0');
    auto encode = [&](const Node &node, bool root) {
        blob.fill('\0');
        auto *data = reinterpret_cast<unsigned char *>(blob.data());
        putBigEndian16(data, root ? std::uint16_t(depth) : 0);
        putBigEndian16(data + 2, std::uint16_t(node.cells.size()));
        unsigned char *cell = data + 4;
        for (const auto &entry : node.cells) {
            putBigEndian64(cell, std::uint64_t(entry.id));
            const float coords[4] = {roundedFloat(entry.box.minX, false), roundedFloat(entry.box.maxX, true),
                                     roundedFloat(entry.box.minY, false), roundedFloat(entry.box.maxY, true)};
            for (int c = 0; c < 4; ++c) {
                std::uint32_t bits;
                std::memcpy(&bits, &coords[c], 4);
                putBigEndian32(cell + 8 + 4 * c, bits);
            }
            cell += kCellBytes;
        }
    };
    status = run(QStringLiteral("INSERT OR REPLACE INTO %1 (nodeno, data) VALUES (?, ?)").arg(quotedNode),
                 [&](sqlite3_stmt *st) {
                     for (std::size_t l = 0; l < levels.size(); ++l) {
                         for (const Node &node : levels[l]) {
                             encode(node, node.number == 1);
                             sqlite3_bind_int64(st, 1, node.number);
                             sqlite3_bind_blob(st, 2, blob.constData(), int(blob.size()), SQLITE_STATIC);
                             if (sqlite3_step(st) != SQLITE_DONE)
                                 return false;
                             sqlite3_reset(st);
                         }
                     }
                     return true;
                 });
    if (status)
        status = run(QStringLiteral("INSERT INTO %1 (nodeno, parentnode) VALUES (?, ?)")
                         .arg(gpkg::quoted(rtree + QStringLiteral("_parent"))),
                     [&](sqlite3_stmt *st) {
                         for (std::size_t l = 1; l < levels.size(); ++l) {
                             for (const Node &parent : levels[l]) {
                                 for (const auto &child : parent.cells) {
                                     sqlite3_bind_int64(st, 1, child.id);
                                     sqlite3_bind_int64(st, 2, parent.number);
                                     if (sqlite3_step(st) != SQLITE_DONE)
                                         return false;
                                     sqlite3_reset(st);
                                 }
                             }
                         }
                         return true;
                     });
    if (status)
        status = run(QStringLiteral("INSERT INTO %1 (rowid, nodeno) VALUES (?, ?)")
                         .arg(gpkg::quoted(rtree + QStringLiteral("_rowid"))),
                     [&](sqlite3_stmt *st) {
                         for (const Node &leaf : levels[0]) {
                             for (const auto &entry : leaf.cells) {
                                 sqlite3_bind_int64(st, 1, entry.id);
                                 sqlite3_bind_int64(st, 2, leaf.number);
                                 if (sqlite3_step(st) != SQLITE_DONE)
                                     return false;
                                 sqlite3_reset(st);
                             }
                         }
                         return true;
                     });
    return status;
}

/// True when the R-tree holds no entry at all (a fresh layer), so it may be bulk-loaded.
bool rtreeIsEmpty(sqlite3 *db, const QString &rtree)
{
    sqlite3_stmt *statement = nullptr;
    const QByteArray sql = QStringLiteral("SELECT (SELECT count(*) FROM %1) = 0 AND (SELECT count(*) FROM %2) = 1")
                               .arg(gpkg::quoted(rtree + QStringLiteral("_rowid")),
                                    gpkg::quoted(rtree + QStringLiteral("_node")))
                               .toUtf8();
    bool empty = false;
    if (sqlite3_prepare_v2(db, sql.constData(), -1, &statement, nullptr) == SQLITE_OK
        && sqlite3_step(statement) == SQLITE_ROW)
        empty = sqlite3_column_int(statement, 0) == 1;
    sqlite3_finalize(statement);
    return empty;
}

} // namespace

FeatureWriter::State::~State()
{
    for (sqlite3_stmt *statement : {insertStatement, findStatement, updateStatement, rtreeStatement})
        sqlite3_finalize(statement);
}

FeatureWriter::FeatureWriter(std::unique_ptr<State> state) : m_state(std::move(state)) {}
FeatureWriter::FeatureWriter(FeatureWriter &&) noexcept = default;

FeatureWriter &FeatureWriter::operator=(FeatureWriter &&other) noexcept
{
    if (this != &other) {
        if (m_state)
            (void)finish();
        m_state = std::move(other.m_state);
    }
    return *this;
}

FeatureWriter::~FeatureWriter()
{
    if (m_state)
        (void)finish();
}

qint64 FeatureWriter::inserted() const { return m_state ? m_state->inserted : 0; }
qint64 FeatureWriter::updated() const { return m_state ? m_state->updated : 0; }

Result<qint64> FeatureWriter::insert(const geo::Geometry &geometry, const std::vector<QVariant> &values, Outcome *outcome)
{
    State &s = *m_state;
    if (s.finished)
        return Error::refused(QCoreApplication::translate("Store", "the writer of %1 is finished").arg(s.layer));
    if (int(values.size()) != s.fieldCount)
        return Error::invalidInput(QCoreApplication::translate("Store", "%1 values given for %2 fields").arg(values.size()).arg(s.fieldCount),
                                   s.layer);
    if (geometry.type() != s.geometryType)
        return Error::invalidInput(QCoreApplication::translate("Store", "layer %1 holds %2 geometries, not %3")
                                       .arg(s.layer, gpkg::geometryTypeName(s.geometryType),
                                            gpkg::geometryTypeName(geometry.type())),
                                   s.layer);

    s.blob.resize(0);
    geo::GpkgBlob::encodeTo(geometry, s.srsId, s.blob);

    auto bindAndStep = [&](sqlite3_stmt *statement, qint64 fidToUpdate) {
        sqlite3_bind_blob(statement, 1, s.blob.constData(), int(s.blob.size()), SQLITE_STATIC);
        for (int i = 0; i < s.fieldCount; ++i)
            detail::bindVariant(statement, i + 2, values[std::size_t(i)]);
        if (fidToUpdate)
            sqlite3_bind_int64(statement, s.fieldCount + 2, fidToUpdate);
        const int rc = sqlite3_step(statement);
        sqlite3_reset(statement);
        return rc;
    };

    // Insert first: a new stable id (the common case of an import) costs no lookup. Only when the
    // UNIQUE index on the stable id refuses the row is the existing fid looked up and the row
    // updated in place, so fids (and audit targets) stay valid across re-imports.
    qint64 existing = 0;
    int rc = bindAndStep(s.insertStatement, 0);
    if (rc == SQLITE_CONSTRAINT_UNIQUE && s.stableIdIndex >= 0 && !values[std::size_t(s.stableIdIndex)].isNull()) {
        sqlite3_stmt *find = s.findStatement;
        detail::bindVariant(find, 1, values[std::size_t(s.stableIdIndex)]);
        const int found = sqlite3_step(find);
        if (found == SQLITE_ROW)
            existing = sqlite3_column_int64(find, 0);
        sqlite3_reset(find);
        if (found != SQLITE_ROW && found != SQLITE_DONE)
            return detail::sqliteError(s.db, QCoreApplication::translate("Store", "cannot look up a stable id"), s.layer);
        if (existing)
            rc = bindAndStep(s.updateStatement, existing);
    }
    if (rc != SQLITE_DONE)
        return detail::sqliteError(s.db, QCoreApplication::translate("Store", "cannot write a feature"), s.layer);

    const qint64 fid = existing ? existing : sqlite3_last_insert_rowid(s.db);
    const geo::Envelope envelope = geometry.envelope();
    s.extent.expand(envelope);
    if (existing) {
        ++s.updated;
        // Rows of this batch are not in the R-tree yet: refresh the box finish() will insert. Older
        // rows were updated in the R-tree by the update trigger already.
        auto it = s.pendingIndex.find(fid);
        if (it != s.pendingIndex.end())
            s.pending[it->second].first = 0; // the update trigger indexed its new box already
    } else {
        ++s.inserted;
        if (s.hasSpatialIndex && !geometry.isEmpty()) {
            if (s.stableIdIndex >= 0)
                s.pendingIndex.emplace(fid, s.pending.size());
            s.pending.emplace_back(fid, envelope);
        }
    }
    if (outcome)
        *outcome = existing ? Outcome::Updated : Outcome::Inserted;
    return fid;
}

Status FeatureWriter::finish()
{
    State &s = *m_state;
    if (s.finished)
        return {};
    s.finished = true;
    if (sqlite3_get_autocommit(s.db)) {
        // The transaction the batch ran in was committed or rolled back under the writer: whatever
        // it wrote is either gone (and the dropped trigger with it) or committed without its index.
        return Error::refused(QCoreApplication::translate("Store", "the transaction of the writer of %1 ended before finish()").arg(s.layer),
                              s.layer);
    }
    Status status;
    // SQLite's R*-tree inserts are far cheaper in spatial order: neighbouring boxes land in the
    // nodes just touched, which are in cache, and choose-subtree meets little overlap. Sort by the
    // Morton (Z-order) code of each box centre within the batch's extent.
    geo::Envelope batch;
    for (const auto &[fid, e] : s.pending)
        batch.expand(e);
    if (s.pending.size() > 1 && !batch.isEmpty()) {
        const double sx = batch.width() > 0 ? 65535.0 / batch.width() : 0.0;
        const double sy = batch.height() > 0 ? 65535.0 / batch.height() : 0.0;
        auto spread = [](std::uint32_t v) {
            v &= 0xFFFF;
            v = (v | (v << 8)) & 0x00FF00FF;
            v = (v | (v << 4)) & 0x0F0F0F0F;
            v = (v | (v << 2)) & 0x33333333;
            v = (v | (v << 1)) & 0x55555555;
            return v;
        };
        std::vector<std::pair<std::uint32_t, std::uint32_t>> order(s.pending.size()); // (code, index)
        for (std::size_t i = 0; i < s.pending.size(); ++i) {
            const auto &e = s.pending[i].second;
            const auto cx = std::uint32_t(((e.minX + e.maxX) / 2 - batch.minX) * sx);
            const auto cy = std::uint32_t(((e.minY + e.maxY) / 2 - batch.minY) * sy);
            order[i] = {spread(cx) | (spread(cy) << 1), std::uint32_t(i)};
        }
        std::sort(order.begin(), order.end());
        std::vector<std::pair<qint64, geo::Envelope>> sorted;
        sorted.reserve(s.pending.size());
        for (const auto &[code, index] : order)
            sorted.push_back(s.pending[index]);
        s.pending.swap(sorted);
    }
    // A fresh layer's R-tree is packed in one pass; otherwise rows go in one by one.
    constexpr std::size_t kBulkLoadMinimum = 256;
    if (s.pending.size() >= kBulkLoadMinimum && rtreeIsEmpty(s.db, gpkg::rtreeName(s.layer))) {
        std::vector<RtreeEntry> entries;
        entries.reserve(s.pending.size());
        for (const auto &[fid, e] : s.pending) {
            if (fid != 0)
                entries.push_back({fid, e});
        }
        status = bulkLoadRtree(s.db, gpkg::rtreeName(s.layer), entries, s.layer);
        s.pending.clear();
    }
    for (const auto &[fid, e] : s.pending) {
        if (fid == 0)
            continue;
        sqlite3_stmt *statement = s.rtreeStatement;
        sqlite3_bind_int64(statement, 1, fid);
        sqlite3_bind_double(statement, 2, e.minX);
        sqlite3_bind_double(statement, 3, e.maxX);
        sqlite3_bind_double(statement, 4, e.minY);
        sqlite3_bind_double(statement, 5, e.maxY);
        const int rc = sqlite3_step(statement);
        sqlite3_reset(statement);
        if (rc != SQLITE_DONE) {
            status = detail::sqliteError(s.db, QCoreApplication::translate("Store", "cannot fill the spatial index"), s.layer);
            break;
        }
    }
    s.pending.clear();
    s.pendingIndex.clear();
    if (status && s.triggerDropped)
        status = detail::execSql(s.db, gpkg::insertTriggerSql(s.layer), s.layer);
    if (status && (s.inserted > 0 || s.updated > 0)) {
        sqlite3_stmt *statement = nullptr;
        const char *sql = "UPDATE gpkg_contents SET min_x = ?, min_y = ?, max_x = ?, max_y = ?, "
                          "last_change = strftime('%Y-%m-%dT%H:%M:%fZ','now') WHERE table_name = ?";
        if (sqlite3_prepare_v2(s.db, sql, -1, &statement, nullptr) != SQLITE_OK) {
            status = detail::sqliteError(s.db, QCoreApplication::translate("Store", "cannot update the layer extent"), s.layer);
        } else {
            if (s.extent.isEmpty()) {
                for (int i = 1; i <= 4; ++i)
                    sqlite3_bind_null(statement, i);
            } else {
                sqlite3_bind_double(statement, 1, s.extent.minX);
                sqlite3_bind_double(statement, 2, s.extent.minY);
                sqlite3_bind_double(statement, 3, s.extent.maxX);
                sqlite3_bind_double(statement, 4, s.extent.maxY);
            }
            const QByteArray layer = s.layer.toUtf8();
            sqlite3_bind_text(statement, 5, layer.constData(), int(layer.size()), SQLITE_TRANSIENT);
            if (sqlite3_step(statement) != SQLITE_DONE)
                status = detail::sqliteError(s.db, QCoreApplication::translate("Store", "cannot update the layer extent"), s.layer);
            sqlite3_finalize(statement);
        }
    }
    if (s.ownsTransaction) {
        if (status)
            status = detail::execSql(s.db, QStringLiteral("COMMIT"), s.layer);
        if (!status && !sqlite3_get_autocommit(s.db))
            (void)detail::execSql(s.db, QStringLiteral("ROLLBACK"), s.layer);
    }
    return status;
}

} // namespace ct::store
