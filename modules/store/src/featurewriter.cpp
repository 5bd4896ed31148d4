// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "ct/store/featurewriter.h"

#include "featurewriterstate.h"
#include "gpkgschema.h"
#include "sqlitestatement.h"
#include "storestate.h"

#include "ct/geo/gpkgblob.h"

namespace ct::store {

using core::Error;
using core::Result;
using core::Status;
namespace gpkg = detail::gpkg;

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
        return Error::refused(QStringLiteral("the writer of %1 is finished").arg(s.layer));
    if (int(values.size()) != s.fieldCount)
        return Error::invalidInput(QStringLiteral("%1 values given for %2 fields").arg(values.size()).arg(s.fieldCount),
                                   s.layer);
    if (geometry.type() != s.geometryType)
        return Error::invalidInput(QStringLiteral("layer %1 holds %2 geometries, not %3")
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
            return detail::sqliteError(s.db, QStringLiteral("cannot look up a stable id"), s.layer);
        if (existing)
            rc = bindAndStep(s.updateStatement, existing);
    }
    if (rc != SQLITE_DONE)
        return detail::sqliteError(s.db, QStringLiteral("cannot write a feature"), s.layer);

    const qint64 fid = existing ? existing : sqlite3_last_insert_rowid(s.db);
    const geo::Envelope envelope = geometry.envelope();
    s.extent.expand(envelope);
    if (existing) {
        ++s.updated;
        // Rows of this batch are not in the R-tree yet: refresh the box finish() will insert. Older
        // rows were updated in the R-tree by the update trigger already.
        auto it = s.pendingIndex.find(fid);
        if (it != s.pendingIndex.end())
            s.pending[it->second].second = envelope;
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
        return Error::refused(QStringLiteral("the transaction of the writer of %1 ended before finish()").arg(s.layer),
                              s.layer);
    }
    Status status;
    for (const auto &[fid, e] : s.pending) {
        sqlite3_stmt *statement = s.rtreeStatement;
        sqlite3_bind_int64(statement, 1, fid);
        sqlite3_bind_double(statement, 2, e.minX);
        sqlite3_bind_double(statement, 3, e.maxX);
        sqlite3_bind_double(statement, 4, e.minY);
        sqlite3_bind_double(statement, 5, e.maxY);
        const int rc = sqlite3_step(statement);
        sqlite3_reset(statement);
        if (rc != SQLITE_DONE) {
            status = detail::sqliteError(s.db, QStringLiteral("cannot fill the spatial index"), s.layer);
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
            status = detail::sqliteError(s.db, QStringLiteral("cannot update the layer extent"), s.layer);
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
                status = detail::sqliteError(s.db, QStringLiteral("cannot update the layer extent"), s.layer);
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
