// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "ct/store/twinstore.h"

#include "featurewriterstate.h"
#include "gpkgschema.h"
#include "sqlitestatement.h"
#include "storestate.h"

#include "ct/geo/crs.h"
#include "ct/geo/crsdefinition.h"
#include "ct/geo/gpkgblob.h"

#include <QCoreApplication>
#include <QDir>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>

#include <algorithm>

namespace ct::store {

using core::Error;
using core::Result;
using core::Status;
using detail::SqliteStatement;
namespace gpkg = detail::gpkg;

namespace {

constexpr int kCoreSchemaVersion = 2;
constexpr int kBusyTimeoutMs = 5000;
const QStringList kCoreTables{QStringLiteral("ct_meta"), QStringLiteral("ct_schema"), QStringLiteral("ct_audit"),
                              QStringLiteral("ct_event_log"), QStringLiteral("ct_permission")};

/// The core schema, step by step; applied through the same migrate() as the plugins' schemas.
MigrationList coreMigrations()
{
    return {
        {1, QStringLiteral("core tables: metadata, audit log, event log"), QStringLiteral(R"sql(
CREATE TABLE ct_meta (key TEXT PRIMARY KEY NOT NULL, value TEXT);
CREATE TABLE ct_audit (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  at TEXT NOT NULL,
  operator TEXT NOT NULL,
  role TEXT NOT NULL,
  action TEXT NOT NULL,
  target TEXT NOT NULL DEFAULT '',
  before_json TEXT,
  after_json TEXT);
CREATE INDEX ct_audit_at ON ct_audit(at);
CREATE TABLE ct_event_log (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  at TEXT NOT NULL,
  source TEXT NOT NULL,
  kind TEXT NOT NULL,
  payload_json TEXT);
CREATE INDEX ct_event_log_at ON ct_event_log(at);
)sql")},
        // Who may do what: perform() refuses an action unless a row grants it to the actor's role.
        // 'any' holds for every target, 'bound' only for targets inside the operator's bindings.
        // Each component grants its own actions in its own migration; these are the core's.
        {2, QStringLiteral("permissions: which role may perform which action"), QStringLiteral(R"sql(
CREATE TABLE ct_permission (
  action TEXT NOT NULL,
  role TEXT NOT NULL,
  scope TEXT NOT NULL CHECK (scope IN ('any', 'bound')),
  PRIMARY KEY (action, role));
INSERT INTO ct_permission (action, role, scope) VALUES
  ('layer.import', 'administrator', 'any'),
  ('layer.import', 'planner', 'any'),
  ('layer.import', 'hq-commander', 'any'),
  ('simulation.record', 'administrator', 'any'),
  ('simulation.record', 'planner', 'any'),
  ('simulation.record', 'hq-commander', 'any');
)sql")},
    };
}

QString nowUtc()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

QString jsonText(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QJsonObject jsonObject(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

/// A read-only look at a file before it is opened for real: decides whether it is a twin without
/// writing a byte to it.
Status inspectFile(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return Error::notFound(QCoreApplication::translate("Store", "%1 does not exist").arg(path));
    if (info.isDir())
        return Error::invalidInput(QCoreApplication::translate("Store", "%1 is a directory, not a twin file").arg(path));
    if (info.size() == 0)
        return Error::invalidInput(QCoreApplication::translate("Store", "%1 is an empty file, not a twin").arg(path));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::io(QCoreApplication::translate("Store", "%1 cannot be read: %2").arg(path, file.errorString()));
    static const QByteArray kMagic("SQLite format 3\0", 16);
    if (file.read(16) != kMagic || info.size() < 100)
        return Error::invalidInput(QCoreApplication::translate("Store", "%1 is not a SQLite database").arg(path));
    file.close();

    sqlite3 *db = nullptr;
    const QByteArray utf8 = path.toUtf8();
    if (sqlite3_open_v2(utf8.constData(), &db, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK) {
        const QString message = db ? QString::fromUtf8(sqlite3_errmsg(db)) : QString();
        sqlite3_close_v2(db);
        return Error::io(QCoreApplication::translate("Store", "%1 cannot be opened: %2").arg(path, message));
    }
    sqlite3_busy_timeout(db, kBusyTimeoutMs);
    struct Closer { sqlite3 *db; ~Closer() { sqlite3_close_v2(db); } } closer{db};

    auto queryInt = [db](const char *sql, bool *ok) -> qint64 {
        sqlite3_stmt *statement = nullptr;
        *ok = false;
        if (sqlite3_prepare_v2(db, sql, -1, &statement, nullptr) != SQLITE_OK)
            return 0;
        qint64 value = 0;
        const int rc = sqlite3_step(statement);
        if (rc == SQLITE_ROW) {
            value = sqlite3_column_int64(statement, 0);
            *ok = true;
        } else if (rc == SQLITE_DONE) {
            *ok = true;
            value = -1; // no row
        }
        sqlite3_finalize(statement);
        return value;
    };

    bool ok = false;
    const qint64 applicationId = queryInt("PRAGMA application_id", &ok);
    if (!ok) {
        const int code = sqlite3_errcode(db);
        if (code == SQLITE_NOTADB || code == SQLITE_CORRUPT)
            return Error::invalidInput(QCoreApplication::translate("Store", "%1 is not a SQLite database").arg(path));
        return Error::io(QCoreApplication::translate("Store", "%1 cannot be read: %2").arg(path, QString::fromUtf8(sqlite3_errmsg(db))));
    }
    if (applicationId != gpkg::kApplicationId)
        return Error::invalidInput(
            QCoreApplication::translate("Store", "%1 is a SQLite database but not a GeoPackage, so not a CityTwin twin").arg(path));
    const qint64 hasSchema =
        queryInt("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'ct_schema'", &ok);
    const qint64 coreVersion = ok && hasSchema > 0
        ? queryInt("SELECT version FROM ct_schema WHERE component = 'core'", &ok)
        : -1;
    if (!ok || coreVersion <= 0)
        return Error::invalidInput(
            QCoreApplication::translate("Store", "%1 is a GeoPackage but not a CityTwin twin; import it with citytwin-cli import").arg(path));
    if (coreVersion > kCoreSchemaVersion)
        return Error::unsupported(QCoreApplication::translate("Store", "%1 was written by a newer CityTwin (core schema %2; this build reads up to %3)")
                                      .arg(path)
                                      .arg(coreVersion)
                                      .arg(kCoreSchemaVersion));
    return {};
}

/// Bytes of the file a read-only connection maps (SQLite caps it at its compile-time maximum).
constexpr qint64 kReadMmapBytes = qint64(1) << 30;

/// Pragmas and SQL functions every connection of the store gets.
Status configureConnection(sqlite3 *db, bool readOnly, const QString &path)
{
    sqlite3_extended_result_codes(db, 1);
    sqlite3_busy_timeout(db, kBusyTimeoutMs);
    if (!gpkg::registerSpatialFunctions(db))
        return detail::sqliteError(db, QCoreApplication::translate("Store", "cannot register the GeoPackage SQL functions"), path);
    // 32 MiB page cache (SQLite's default is 2 MiB): a bulk import touches index pages all over
    // the file, and in WAL mode every page spilled from the cache mid-transaction is written to
    // the log again each time it changes.
    QString pragmas = QStringLiteral("PRAGMA foreign_keys = ON; PRAGMA synchronous = FULL; PRAGMA cache_size = -32768;");
    if (!readOnly)
        pragmas = QStringLiteral("PRAGMA journal_mode = WAL; ") + pragmas;
    // Read-only connections (the view loader, exporters) read pages straight from a memory map
    // of the file: no pread() copy into the page cache and no cache to allocate, which measured
    // about a third off a whole-layer read of 100k buildings. Writers keep plain I/O.
    if (readOnly)
        pragmas += QStringLiteral(" PRAGMA mmap_size = %1;").arg(kReadMmapBytes);
    return detail::execSql(db, pragmas, path);
}

} // namespace

// --- helpers of the state ---------------------------------------------------------------------

namespace detail {

core::Error sqliteError(sqlite3 *db, const QString &what, const QString &where)
{
    return Error::io(QStringLiteral("%1: %2").arg(what, QString::fromUtf8(sqlite3_errmsg(db))), where);
}

core::Status execSql(sqlite3 *db, const QString &sql, const QString &where)
{
    char *message = nullptr;
    const QByteArray utf8 = sql.toUtf8();
    if (sqlite3_exec(db, utf8.constData(), nullptr, nullptr, &message) != SQLITE_OK) {
        const QString text = QString::fromUtf8(message ? message : sqlite3_errmsg(db));
        sqlite3_free(message);
        return Error::io(text, where);
    }
    return {};
}

} // namespace detail

TwinStore::State::~State()
{
    for (sqlite3_stmt *statement : std::as_const(statements))
        sqlite3_finalize(statement);
    if (db)
        sqlite3_close_v2(db);
}

sqlite3_stmt *TwinStore::State::prepare(const QString &sql)
{
    auto it = statements.constFind(sql);
    if (it != statements.constEnd())
        return it.value();
    sqlite3_stmt *statement = nullptr;
    const QByteArray utf8 = sql.toUtf8();
    if (sqlite3_prepare_v3(db, utf8.constData(), int(utf8.size()), SQLITE_PREPARE_PERSISTENT, &statement, nullptr)
        != SQLITE_OK)
        return nullptr;
    statements.insert(sql, statement);
    return statement;
}

core::Status TwinStore::State::exec(const QString &sql)
{
    return detail::execSql(db, sql, path);
}

core::Error TwinStore::State::lastError(const QString &what) const
{
    return detail::sqliteError(db, what, path);
}

// --- lifecycle --------------------------------------------------------------------------------

TwinStore::TwinStore(std::unique_ptr<State> state) : m_state(std::move(state)) {}
TwinStore::~TwinStore() = default;

int TwinStore::coreSchemaVersion()
{
    return kCoreSchemaVersion;
}

Result<std::unique_ptr<TwinStore>> TwinStore::create(const QString &path)
{
    const QFileInfo info(path);
    if (info.exists() || info.isSymLink())
        return Error::refused(QCoreApplication::translate("Store", "%1 already exists; a new twin is never written over a file").arg(path));
    if (!info.absoluteDir().exists())
        return Error::notFound(QCoreApplication::translate("Store", "the folder of %1 does not exist").arg(path));

    auto removeFiles = [path] {
        for (const char *suffix : {"", "-wal", "-shm", "-journal"})
            QFile::remove(path + QLatin1String(suffix));
    };

    auto state = std::make_unique<State>();
    state->path = path;
    const QByteArray utf8 = path.toUtf8();
    if (sqlite3_open_v2(utf8.constData(), &state->db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_EXCLUSIVE | SQLITE_OPEN_NOMUTEX,
                        nullptr)
        != SQLITE_OK) {
        const Error error = Error::io(QCoreApplication::translate("Store", "%1 cannot be created: %2")
                                          .arg(path, QString::fromUtf8(sqlite3_errmsg(state->db))));
        state.reset();
        removeFiles();
        return error;
    }

    auto fail = [&](const Error &error) -> Result<std::unique_ptr<TwinStore>> {
        state.reset();
        removeFiles();
        return error;
    };

    Status status = detail::execSql(state->db,
                                    QStringLiteral("PRAGMA application_id = %1; PRAGMA user_version = %2;")
                                        .arg(gpkg::kApplicationId)
                                        .arg(gpkg::kUserVersion),
                                    path);
    if (status)
        status = configureConnection(state->db, false, path);
    if (!status)
        return fail(status.error());

    std::unique_ptr<TwinStore> store(new TwinStore(std::move(state)));
    State &s = *store->m_state;
    auto failStore = [&](const Error &error) -> Result<std::unique_ptr<TwinStore>> {
        store.reset();
        removeFiles();
        return error;
    };

    if (Status begun = s.exec(QStringLiteral("BEGIN IMMEDIATE")); !begun)
        return failStore(begun.error());
    status = s.exec(gpkg::systemTablesSql());
    if (status)
        status = s.exec(QStringLiteral("CREATE TABLE ct_schema (component TEXT PRIMARY KEY NOT NULL, "
                                       "version INTEGER NOT NULL, applied_at TEXT NOT NULL)"));
    // Mandatory SRS rows of the specification, then the console's own CRSs.
    struct SrsRow { QString name; int id; QString organization; int code; QString definition; QString description; };
    std::vector<SrsRow> rows{
        {QStringLiteral("Undefined cartesian SRS"), -1, QStringLiteral("NONE"), -1, QStringLiteral("undefined"),
         QStringLiteral("undefined cartesian coordinate reference system")},
        {QStringLiteral("Undefined geographic SRS"), 0, QStringLiteral("NONE"), 0, QStringLiteral("undefined"),
         QStringLiteral("undefined geographic coordinate reference system")},
    };
    for (int epsg : {geo::crs::kWgs84, geo::crs::kJgd2011ZoneIX, geo::crs::kJgd2011Geographic3D}) {
        auto wkt = geo::crsWkt(epsg);
        auto name = geo::crsName(epsg);
        if (!wkt.ok() || !name.ok()) {
            status = wkt.ok() ? name.error() : wkt.error();
            break;
        }
        rows.push_back({name.value(), epsg, QStringLiteral("EPSG"), epsg, wkt.value(), QString()});
    }
    for (const SrsRow &row : rows) {
        if (!status)
            break;
        SqliteStatement insert(s.prepare(QStringLiteral(
            "INSERT INTO gpkg_spatial_ref_sys (srs_name, srs_id, organization, organization_coordsys_id, definition, "
            "description) VALUES (?, ?, ?, ?, ?, ?)")));
        if (!insert.isValid()) {
            status = s.lastError(QCoreApplication::translate("Store", "cannot prepare the SRS rows"));
            break;
        }
        insert.bind(1, row.name);
        insert.bind(2, row.id);
        insert.bind(3, row.organization);
        insert.bind(4, row.code);
        insert.bind(5, row.definition);
        if (row.description.isEmpty())
            insert.bindNull(6);
        else
            insert.bind(6, row.description);
        if (insert.step() != SQLITE_DONE)
            status = s.lastError(QCoreApplication::translate("Store", "cannot write the SRS rows"));
    }
    if (!status) {
        (void)s.exec(QStringLiteral("ROLLBACK"));
        return failStore(status.error());
    }
    if (Status committed = s.exec(QStringLiteral("COMMIT")); !committed)
        return failStore(committed.error());

    if (Status migrated = store->migrate(coreComponent(), coreMigrations()); !migrated)
        return failStore(migrated.error());

    const QString version = QCoreApplication::applicationVersion();
    const std::pair<const char *, QString> meta[] = {
        {"twin.name", info.completeBaseName()},
        {"twin.crs", QStringLiteral("EPSG:%1").arg(geo::crs::kJgd2011ZoneIX)},
        {"created_at", nowUtc()},
        {"generator", version.isEmpty() ? QStringLiteral("CityTwin Console") : QStringLiteral("CityTwin Console ") + version},
    };
    for (const auto &[key, value] : meta) {
        if (Status set = store->setMetadata(QString::fromLatin1(key), value); !set)
            return failStore(set.error());
    }
    return store;
}

Result<std::unique_ptr<TwinStore>> TwinStore::open(const QString &path, OpenMode mode)
{
    if (Status inspected = inspectFile(path); !inspected)
        return inspected.error();

    auto state = std::make_unique<State>();
    state->path = path;
    state->readOnly = mode == OpenMode::ReadOnly;
    const QByteArray utf8 = path.toUtf8();
    // One TwinStore per thread (see the class comment): SQLite's per-call connection mutex buys
    // nothing and costs a lock/unlock on every sqlite3_column_*() of a bulk read.
    const int flags = (state->readOnly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE) | SQLITE_OPEN_NOMUTEX;
    if (sqlite3_open_v2(utf8.constData(), &state->db, flags, nullptr) != SQLITE_OK)
        return Error::io(QCoreApplication::translate("Store", "%1 cannot be opened: %2").arg(path, QString::fromUtf8(sqlite3_errmsg(state->db))));
    if (Status configured = configureConnection(state->db, state->readOnly, path); !configured)
        return configured.error();

    std::unique_ptr<TwinStore> store(new TwinStore(std::move(state)));
    if (!store->isReadOnly()) {
        if (Status migrated = store->migrate(coreComponent(), coreMigrations()); !migrated)
            return migrated.error();
    }
    return store;
}

QString TwinStore::path() const { return m_state->path; }
bool TwinStore::isReadOnly() const { return m_state->readOnly; }
sqlite3 *TwinStore::handle() const { return m_state->db; }

// --- schema -----------------------------------------------------------------------------------

Status TwinStore::migrate(const QString &component, const MigrationList &steps)
{
    State &s = *m_state;
    // A step may grant or revoke permissions: the next check reads them again.
    s.invalidateGrants();
    if (component.isEmpty())
        return Error::invalidInput(QCoreApplication::translate("Store", "a schema component needs a name"));
    for (std::size_t i = 0; i < steps.size(); ++i) {
        if (steps[i].version != int(i) + 1)
            return Error::invalidInput(QCoreApplication::translate("Store", "the schema steps of %1 must be numbered 1, 2, 3 … without gaps; "
                                                      "step %2 has version %3")
                                           .arg(component)
                                           .arg(i + 1)
                                           .arg(steps[i].version),
                                       s.path);
    }
    const int recorded = schemaVersion(component);
    const int newest = int(steps.size());
    if (recorded > newest) {
        const QString what = component == coreComponent() ? QCoreApplication::translate("Store", "core schema")
                                                          : QCoreApplication::translate("Store", "%1 schema").arg(component);
        return Error::unsupported(QCoreApplication::translate("Store", "%1 was written by a newer CityTwin (%2 %3; this build reads up to %4)")
                                      .arg(s.path, what)
                                      .arg(recorded)
                                      .arg(newest));
    }
    if (recorded == newest)
        return {};
    if (s.readOnly)
        return Error::refused(QCoreApplication::translate("Store", "%1 is open read-only; the %2 schema cannot be migrated to version %3")
                                  .arg(s.path, component)
                                  .arg(newest));

    for (int v = recorded + 1; v <= newest; ++v) {
        const Migration &step = steps[std::size_t(v - 1)];
        const bool outer = s.inTransaction();
        Status status = s.exec(outer ? QStringLiteral("SAVEPOINT ct_migrate") : QStringLiteral("BEGIN IMMEDIATE"));
        if (!status)
            return status;
        if (step.apply)
            status = step.apply(*this);
        if (status)
            status = s.exec(step.sql);
        if (status) {
            SqliteStatement record(s.prepare(QStringLiteral(
                "INSERT OR REPLACE INTO ct_schema (component, version, applied_at) VALUES (?, ?, ?)")));
            if (!record.isValid()) {
                status = s.lastError(QCoreApplication::translate("Store", "cannot record the schema version"));
            } else {
                record.bind(1, component);
                record.bind(2, v);
                record.bind(3, nowUtc());
                if (record.step() != SQLITE_DONE)
                    status = s.lastError(QCoreApplication::translate("Store", "cannot record the schema version"));
            }
        }
        if (status)
            status = s.exec(outer ? QStringLiteral("RELEASE ct_migrate") : QStringLiteral("COMMIT"));
        if (!status) {
            if (outer)
                (void)s.exec(QStringLiteral("ROLLBACK TO ct_migrate; RELEASE ct_migrate"));
            else if (s.inTransaction())
                (void)s.exec(QStringLiteral("ROLLBACK"));
            return Error::io(QCoreApplication::translate("Store", "schema step %1 of %2 (%3) failed and was rolled back: %4")
                                 .arg(v)
                                 .arg(component, step.description, status.error().message),
                             s.path);
        }
    }
    return {};
}

int TwinStore::schemaVersion(const QString &component) const
{
    SqliteStatement query(m_state->prepare(QStringLiteral("SELECT version FROM ct_schema WHERE component = ?")));
    if (!query.isValid())
        return 0;
    query.bind(1, component);
    return query.step() == SQLITE_ROW ? int(query.int64(0)) : 0;
}

std::vector<std::pair<QString, int>> TwinStore::components() const
{
    std::vector<std::pair<QString, int>> result;
    SqliteStatement query(m_state->prepare(QStringLiteral("SELECT component, version FROM ct_schema ORDER BY component")));
    if (!query.isValid())
        return result;
    while (query.step() == SQLITE_ROW)
        result.emplace_back(query.text(0), int(query.int64(1)));
    return result;
}

QStringList TwinStore::operationalTables() const
{
    QStringList result;
    SqliteStatement query(m_state->prepare(QStringLiteral(
        "SELECT name FROM sqlite_master WHERE type = 'table' "
        "AND name NOT LIKE 'gpkg\\_%' ESCAPE '\\' AND name NOT LIKE 'rtree\\_%' ESCAPE '\\' "
        "AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' "
        "AND name NOT IN (SELECT table_name FROM gpkg_contents) ORDER BY name")));
    if (!query.isValid())
        return result;
    while (query.step() == SQLITE_ROW) {
        const QString name = query.text(0);
        if (!kCoreTables.contains(name))
            result << name;
    }
    return result;
}

// --- metadata ---------------------------------------------------------------------------------

QString TwinStore::metadata(const QString &key) const
{
    SqliteStatement query(m_state->prepare(QStringLiteral("SELECT value FROM ct_meta WHERE key = ?")));
    if (!query.isValid())
        return {};
    query.bind(1, key);
    return query.step() == SQLITE_ROW ? query.text(0) : QString();
}

Status TwinStore::setMetadata(const QString &key, const QString &value)
{
    if (m_state->readOnly)
        return Error::refused(QCoreApplication::translate("Store", "%1 is open read-only").arg(m_state->path));
    SqliteStatement query(m_state->prepare(QStringLiteral("INSERT OR REPLACE INTO ct_meta (key, value) VALUES (?, ?)")));
    if (!query.isValid())
        return m_state->lastError(QCoreApplication::translate("Store", "cannot write metadata"));
    query.bind(1, key);
    query.bind(2, value);
    if (query.step() != SQLITE_DONE)
        return m_state->lastError(QCoreApplication::translate("Store", "cannot write metadata '%1'").arg(key));
    return {};
}

// --- transactions and audit -------------------------------------------------------------------

Status TwinStore::begin()
{
    if (m_state->readOnly)
        return Error::refused(QCoreApplication::translate("Store", "%1 is open read-only").arg(m_state->path));
    if (m_state->inTransaction())
        return Error::refused(QCoreApplication::translate("Store", "a transaction is already open on %1").arg(m_state->path));
    return m_state->exec(QStringLiteral("BEGIN IMMEDIATE"));
}

Status TwinStore::commit()
{
    if (!m_state->inTransaction())
        return Error::refused(QCoreApplication::translate("Store", "no transaction is open on %1").arg(m_state->path));
    return m_state->exec(QStringLiteral("COMMIT"));
}

void TwinStore::rollback()
{
    if (m_state->inTransaction())
        (void)m_state->exec(QStringLiteral("ROLLBACK"));
}

bool TwinStore::inTransaction() const
{
    return m_state->inTransaction();
}

Status TwinStore::perform(const core::Actor &actor, const QString &action, const QString &target,
                          const std::function<Status(TwinStore &, QJsonObject &, QJsonObject &)> &change)
{
    // Refused before anything is written or even begun: a refused action leaves no trace.
    if (Status allowed = mayPerform(actor, action, target); !allowed)
        return allowed;
    if (m_state->inTransaction())
        return Error::refused(QCoreApplication::translate("Store", "perform(\"%1\") cannot run inside another transaction").arg(action),
                              m_state->path);
    if (Status begun = begin(); !begun)
        return begun;
    QJsonObject before;
    QJsonObject after;
    Status status;
    try {
        status = change(*this, before, after);
    } catch (...) {
        rollback();
        throw;
    }
    if (status && !m_state->inTransaction())
        status = Error::internal(QStringLiteral("the change of \"%1\" ended the transaction itself").arg(action),
                                 m_state->path);
    if (status)
        status = appendAudit(actor, action, target, before, after);
    if (status)
        status = commit();
    if (!status)
        rollback();
    return status;
}

Status TwinStore::appendAudit(const core::Actor &actor, const QString &action, const QString &target,
                              const QJsonObject &before, const QJsonObject &after)
{
    if (!m_state->inTransaction())
        return Error::refused(QCoreApplication::translate("Store", "an audit row is written only inside the transaction of its change"),
                              m_state->path);
    SqliteStatement insert(m_state->prepare(QStringLiteral(
        "INSERT INTO ct_audit (at, operator, role, action, target, before_json, after_json) VALUES (?, ?, ?, ?, ?, ?, ?)")));
    if (!insert.isValid())
        return m_state->lastError(QCoreApplication::translate("Store", "cannot write the audit log"));
    insert.bind(1, nowUtc());
    insert.bind(2, actor.operatorName);
    insert.bind(3, core::roleName(actor.role));
    insert.bind(4, action);
    insert.bind(5, target);
    insert.bind(6, jsonText(before));
    insert.bind(7, jsonText(after));
    if (insert.step() != SQLITE_DONE)
        return m_state->lastError(QCoreApplication::translate("Store", "cannot write the audit row of \"%1\"").arg(action));
    return {};
}

std::vector<AuditEntry> TwinStore::auditLog(int limit) const
{
    std::vector<AuditEntry> result;
    SqliteStatement query(m_state->prepare(QStringLiteral(
        "SELECT id, at, operator, role, action, target, before_json, after_json FROM ct_audit ORDER BY id DESC LIMIT ?")));
    if (!query.isValid())
        return result;
    query.bind(1, limit);
    while (query.step() == SQLITE_ROW) {
        AuditEntry entry;
        entry.id = query.int64(0);
        entry.at = QDateTime::fromString(query.text(1), Qt::ISODateWithMs);
        entry.operatorName = query.text(2);
        if (!core::roleFromName(query.text(3), &entry.role))
            entry.role = core::Role::System;
        entry.action = query.text(4);
        entry.target = query.text(5);
        entry.before = jsonObject(query.text(6));
        entry.after = jsonObject(query.text(7));
        result.push_back(std::move(entry));
    }
    return result;
}

Status TwinStore::appendEvent(const QString &source, const QString &kind, const QJsonObject &payload, const QDateTime &at)
{
    if (m_state->readOnly)
        return Error::refused(QCoreApplication::translate("Store", "%1 is open read-only").arg(m_state->path));
    SqliteStatement insert(m_state->prepare(
        QStringLiteral("INSERT INTO ct_event_log (at, source, kind, payload_json) VALUES (?, ?, ?, ?)")));
    if (!insert.isValid())
        return m_state->lastError(QCoreApplication::translate("Store", "cannot write the event log"));
    insert.bind(1, at.isValid() ? at.toUTC().toString(Qt::ISODateWithMs) : nowUtc());
    insert.bind(2, source);
    insert.bind(3, kind);
    insert.bind(4, jsonText(payload));
    if (insert.step() != SQLITE_DONE)
        return m_state->lastError(QCoreApplication::translate("Store", "cannot write the event log"));
    return {};
}

// --- Transaction ------------------------------------------------------------------------------

Transaction::Transaction(TwinStore &store) : m_store(store), m_begin(store.begin()) {}

Transaction::~Transaction()
{
    if (m_begin.ok() && !m_done)
        m_store.rollback();
}

Status Transaction::commit()
{
    if (!m_begin.ok())
        return m_begin;
    if (m_done)
        return Error::refused(QCoreApplication::translate("Store", "the transaction was already committed"));
    m_done = true;
    Status status = m_store.commit();
    if (!status)
        m_store.rollback();
    return status;
}

} // namespace ct::store
