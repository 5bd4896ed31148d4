// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include "ct/core/actor.h"
#include "ct/core/result.h"
#include "ct/store/auditentry.h"
#include "ct/store/featuretable.h"
#include "ct/store/featurewriter.h"
#include "ct/store/layercolumns.h"
#include "ct/store/layerdefinition.h"
#include "ct/store/migration.h"

#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <vector>

struct sqlite3;

namespace ct::store {

class Transaction;

/// \brief A twin: one GeoPackage file holding the city's feature layers (standard GeoPackage
/// tables with R-tree indexes, readable by GDAL and QGIS) and the console's operational tables
/// (`ct_meta`, `ct_schema`, `ct_audit`, `ct_event_log`, `ct_permission`, and the plugins' own tables).
///
/// Opened in WAL mode with `synchronous=FULL`: a committed change survives a crash of the console.
/// Every user action goes through perform(): a permission check (`ct_permission`), one
/// transaction and one audit-log row.
/// Not thread-safe: one TwinStore per thread (open the file again for another thread).
class TwinStore
{
public:
    /// Version of the core schema this build writes; older twins are migrated forward on open.
    static int coreSchemaVersion();
    /// The component name under which the core schema is recorded in `ct_schema`.
    static QString coreComponent() { return QStringLiteral("core"); }

    enum class OpenMode { ReadOnly, ReadWrite };

    /// Creates a new, empty twin at `path`. Refuses to overwrite an existing file.
    static core::Result<std::unique_ptr<TwinStore>> create(const QString &path);
    /// Opens an existing twin. ReadWrite migrates an older core schema forward. Refuses, with a
    /// message naming the file, anything that is not a twin: a missing file, a directory, a file
    /// that is not SQLite, a GeoPackage without the twin tables, a twin of a newer schema.
    static core::Result<std::unique_ptr<TwinStore>> open(const QString &path, OpenMode mode = OpenMode::ReadWrite);

    ~TwinStore();
    TwinStore(const TwinStore &) = delete;
    TwinStore &operator=(const TwinStore &) = delete;

    QString path() const;
    bool isReadOnly() const;
    /// Raw handle for modules and plugins with tables of their own. Do not close it.
    sqlite3 *handle() const;

    // --- schema -------------------------------------------------------------------------------
    /// Applies the steps of `component` newer than its recorded version, each in a transaction.
    /// Refuses when the twin records a version newer than the last step given.
    core::Status migrate(const QString &component, const MigrationList &steps);
    /// Recorded schema version of `component`; 0 when it has none.
    int schemaVersion(const QString &component) const;
    /// Every component with its version, as recorded in `ct_schema`.
    std::vector<std::pair<QString, int>> components() const;
    /// Tables that are not GeoPackage system tables, feature layers or core tables (plugins' tables).
    QStringList operationalTables() const;

    // --- metadata -----------------------------------------------------------------------------
    QString metadata(const QString &key) const;
    core::Status setMetadata(const QString &key, const QString &value);

    // --- transactions and audit ----------------------------------------------------------------
    /// Whether `actor` may perform `action` on `target`: `ct_permission` must grant the action to
    /// the actor's role, with scope 'any', or scope 'bound' and a target inside one of the actor's
    /// bindings (core::Actor::isBoundTo()). Role::System (command-line tools, migrations, the
    /// generator) may do everything. Refused otherwise, with a message naming role, action and
    /// target. Grants are read once and cached per store; migrate() makes the next check re-read
    /// them. For the UI to enable or disable an action; perform() checks the same itself.
    core::Status mayPerform(const core::Actor &actor, const QString &action, const QString &target) const;
    /// Runs `change` in one transaction and appends one audit row (operator, role, UTC time,
    /// action, target, before/after). Rolls back everything, audit row included, if `change`
    /// fails or the commit fails. Refused before anything is written (no transaction, no audit
    /// row) unless mayPerform() allows it.
    core::Status perform(const core::Actor &actor, const QString &action, const QString &target,
                         const std::function<core::Status(TwinStore &, QJsonObject &before, QJsonObject &after)> &change);
    /// Appends an audit row inside the transaction that is already open.
    core::Status appendAudit(const core::Actor &actor, const QString &action, const QString &target,
                             const QJsonObject &before, const QJsonObject &after);
    /// Newest first; `limit` rows at most.
    std::vector<AuditEntry> auditLog(int limit = 100) const;

    /// Appends a row to the event log (domain events: alarms, status changes, simulation marks).
    core::Status appendEvent(const QString &source, const QString &kind, const QJsonObject &payload,
                             const QDateTime &at = {});

    core::Status begin();
    core::Status commit();
    void rollback();
    bool inTransaction() const;

    // --- feature layers -----------------------------------------------------------------------
    /// Creates a GeoPackage feature table with its R-tree index and registers it in
    /// gpkg_contents / gpkg_geometry_columns. Refuses an existing name.
    core::Status createLayer(const LayerDefinition &definition);
    core::Status dropLayer(const QString &name);
    bool hasLayer(const QString &name) const;
    std::vector<LayerInfo> layers() const;
    core::Result<LayerInfo> layer(const QString &name) const;

    /// A bulk writer for `layer`, writing the given fields in this order. Use inside begin()/commit()
    /// (or perform()) so a batch is one transaction.
    core::Result<FeatureWriter> writer(const QString &layer, const QStringList &fields);

    /// Reads the whole layer, or the features whose envelope meets `filter`, with the given
    /// attribute columns (all when empty).
    core::Result<FeatureTable> read(const QString &layer, const QStringList &columns = {},
                                    const geo::Envelope &filter = {}) const;
    /// The same rows as read(), column-wise: fids, flat geometry arrays and typed attribute
    /// columns (see LayerColumns). The view loader's fast path: no allocation per feature or per
    /// cell, GeoPackage blobs decoded straight into the flat arrays.
    core::Result<LayerColumns> readColumns(const QString &layer, const QStringList &columns = {},
                                           const geo::Envelope &filter = {}) const;
    /// One feature's attributes by fid, for the inspector: column name → value.
    core::Result<std::vector<std::pair<QString, QVariant>>> attributes(const QString &layer, qint64 fid) const;

private:
    struct State;
    explicit TwinStore(std::unique_ptr<State> state);
    std::unique_ptr<State> m_state;
};

/// \brief RAII transaction: rolls back unless commit() was called.
class Transaction
{
public:
    explicit Transaction(TwinStore &store);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    core::Status status() const { return m_begin; }
    core::Status commit();

private:
    TwinStore &m_store;
    core::Status m_begin;
    bool m_done = false;
};

} // namespace ct::store
