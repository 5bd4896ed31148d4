// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "ct/sim/runrecorder.h"

#include "ct/sim/simulation.h"
#include "ct/store/twinstore.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>

#include <sqlite3.h>

#include <cstring>

namespace ct::sim {

using core::Error;

namespace {

/// A prepared statement that finalizes itself.
class Statement
{
public:
    Statement(sqlite3 *db, const char *sql) : m_db(db) { m_ok = sqlite3_prepare_v2(db, sql, -1, &m_st, nullptr) == SQLITE_OK; }
    ~Statement() { sqlite3_finalize(m_st); }
    bool ok() const { return m_ok; }
    sqlite3_stmt *get() const { return m_st; }
    QString error() const { return QString::fromUtf8(sqlite3_errmsg(m_db)); }
    void text(int i, const QString &s)
    {
        const QByteArray utf8 = s.toUtf8();
        sqlite3_bind_text(m_st, i, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
    }
    template<typename T> void blob(int i, const std::vector<T> &v)
    {
        sqlite3_bind_blob(m_st, i, v.data(), int(v.size() * sizeof(T)), SQLITE_TRANSIENT);
    }
    void integer(int i, qint64 v) { sqlite3_bind_int64(m_st, i, v); }
    QString columnText(int i) const
    {
        return QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(m_st, i)), sqlite3_column_bytes(m_st, i));
    }
    template<typename T> std::vector<T> columnBlob(int i) const
    {
        const int bytes = sqlite3_column_bytes(m_st, i);
        std::vector<T> v(std::size_t(bytes) / sizeof(T));
        if (bytes > 0)
            std::memcpy(v.data(), sqlite3_column_blob(m_st, i), v.size() * sizeof(T));
        return v;
    }

private:
    sqlite3 *m_db;
    sqlite3_stmt *m_st = nullptr;
    bool m_ok = false;
};

QString compact(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QJsonObject parseObject(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

//! Every member of `o` by dotted path, descending into objects.
void flatten(const QJsonObject &o, const QString &prefix, QHash<QString, QJsonValue> &out)
{
    for (auto it = o.begin(); it != o.end(); ++it) {
        const QString key = prefix.isEmpty() ? it.key() : prefix + QLatin1Char('.') + it.key();
        if (it.value().isObject())
            flatten(it.value().toObject(), key, out);
        else
            out.insert(key, it.value());
    }
}

bool hasRunTables(const store::TwinStore &twin)
{
    return twin.schemaVersion(RunRecorder::component()) > 0;
}

} // namespace

store::MigrationList RunRecorder::migrations()
{
    return {{1, QStringLiteral("simulation runs: sim_run, sim_event, sim_sample"), QStringLiteral(R"SQL(
CREATE TABLE sim_run (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    scenario_json TEXT NOT NULL,
    seed TEXT NOT NULL,
    initial_state TEXT NOT NULL CHECK (initial_state IN ('scenario', 'live')),
    started_at TEXT NOT NULL,
    finished_at TEXT NOT NULL,
    simulated_ms INTEGER NOT NULL,
    kpis_json TEXT NOT NULL
);
CREATE TABLE sim_event (
    run_id INTEGER NOT NULL REFERENCES sim_run(id) ON DELETE CASCADE,
    seq INTEGER NOT NULL,
    t_ms INTEGER NOT NULL,
    source TEXT NOT NULL,
    kind TEXT NOT NULL,
    payload TEXT NOT NULL,
    PRIMARY KEY (run_id, seq)
);
CREATE TABLE sim_sample (
    run_id INTEGER NOT NULL REFERENCES sim_run(id) ON DELETE CASCADE,
    t_ms INTEGER NOT NULL,
    end_ms INTEGER NOT NULL,
    events_processed INTEGER NOT NULL,
    population INTEGER NOT NULL,
    waiting INTEGER NOT NULL,
    moving INTEGER NOT NULL,
    sheltered INTEGER NOT NULL,
    unreachable INTEGER NOT NULL,
    stranded INTEGER NOT NULL,
    shelter_occupancy BLOB,
    shelter_open BLOB,
    occupied_links BLOB,
    link_load BLOB,
    positions BLOB,
    modes BLOB,
    sizes BLOB,
    extra TEXT NOT NULL DEFAULT '{}',
    PRIMARY KEY (run_id, t_ms)
);
)SQL")},
            {2, QStringLiteral("simulation runs: per-feature layer state of each sample (sim_feature_state)"), QStringLiteral(R"SQL(
CREATE TABLE sim_feature_state (
    run_id INTEGER NOT NULL REFERENCES sim_run(id) ON DELETE CASCADE,
    t_ms INTEGER NOT NULL,
    layer TEXT NOT NULL,
    fids BLOB,
    numbers BLOB,
    description TEXT NOT NULL,
    PRIMARY KEY (run_id, t_ms, layer)
);
)SQL")}};
}

core::Status RunRecorder::ensureSchema(store::TwinStore &twin)
{
    if (twin.isReadOnly())
        return Error::refused(QStringLiteral("the twin is open read-only; recording a run needs write access"), twin.path());
    return twin.migrate(component(), migrations());
}

core::Result<qint64> RunRecorder::record(store::TwinStore &twin, const core::Actor &actor, const Simulation &simulation,
                                         const QDateTime &startedAt, const QDateTime &finishedAt)
{
    if (auto status = ensureSchema(twin); !status)
        return status.error();
    qint64 runId = 0;
    const Scenario &scenario = simulation.scenario();
    const auto status = twin.perform(actor, QStringLiteral("simulation.record"), scenario.name,
                                     [&](store::TwinStore &store, QJsonObject &, QJsonObject &after) -> core::Status {
        sqlite3 *db = store.handle();
        Statement run(db, "INSERT INTO sim_run (name, scenario_json, seed, initial_state, started_at, finished_at, "
                          "simulated_ms, kpis_json) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
        if (!run.ok())
            return Error::io(run.error(), store.path());
        run.text(1, scenario.name);
        run.text(2, compact(scenario.document));
        run.text(3, QString::number(simulation.seed()));
        run.text(4, scenario.branchesFromLive() ? QStringLiteral("live") : QStringLiteral("scenario"));
        run.text(5, startedAt.toUTC().toString(Qt::ISODateWithMs));
        run.text(6, finishedAt.toUTC().toString(Qt::ISODateWithMs));
        run.integer(7, simulation.now());
        run.text(8, compact(simulation.kpis()));
        if (sqlite3_step(run.get()) != SQLITE_DONE)
            return Error::io(run.error(), store.path());
        runId = sqlite3_last_insert_rowid(db);

        Statement event(db, "INSERT INTO sim_event (run_id, seq, t_ms, source, kind, payload) VALUES (?, ?, ?, ?, ?, ?)");
        if (!event.ok())
            return Error::io(event.error(), store.path());
        qint64 seq = 0;
        for (const RecordedEvent &e : simulation.engine().recordedEvents()) {
            sqlite3_reset(event.get());
            event.integer(1, runId);
            event.integer(2, seq++);
            event.integer(3, e.time);
            event.text(4, e.source);
            event.text(5, e.kind);
            event.text(6, compact(e.payload));
            if (sqlite3_step(event.get()) != SQLITE_DONE)
                return Error::io(event.error(), store.path());
        }

        Statement sample(db, "INSERT INTO sim_sample (run_id, t_ms, end_ms, events_processed, population, waiting, moving, "
                             "sheltered, unreachable, stranded, shelter_occupancy, shelter_open, occupied_links, link_load, "
                             "positions, modes, sizes, extra) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        if (!sample.ok())
            return Error::io(sample.error(), store.path());
        Statement state(db, "INSERT INTO sim_feature_state (run_id, t_ms, layer, fids, numbers, description) VALUES (?, ?, ?, ?, ?, ?)");
        if (!state.ok())
            return Error::io(state.error(), store.path());
        for (const auto &s : simulation.samples()) {
            sqlite3_reset(sample.get());
            sample.integer(1, runId);
            sample.integer(2, s->time);
            sample.integer(3, s->endTime);
            sample.integer(4, s->eventsProcessed);
            sample.integer(5, s->population);
            sample.integer(6, s->waiting);
            sample.integer(7, s->moving);
            sample.integer(8, s->sheltered);
            sample.integer(9, s->unreachable);
            sample.integer(10, s->stranded);
            sample.blob(11, s->shelterOccupancy);
            sample.blob(12, s->shelterOpen);
            sample.blob(13, s->occupiedLinks);
            sample.blob(14, s->linkLoad);
            sample.blob(15, s->positions);
            sample.blob(16, s->modes);
            sample.blob(17, s->sizes);
            sample.text(18, compact(s->extra));
            if (sqlite3_step(sample.get()) != SQLITE_DONE)
                return Error::io(sample.error(), store.path());
            for (const FeatureState &f : s->featureStates) {
                sqlite3_reset(state.get());
                state.integer(1, runId);
                state.integer(2, s->time);
                state.text(3, f.layer);
                state.blob(4, f.fids);
                state.blob(5, f.numbers);
                state.text(6, compact(f.describe()));
                if (sqlite3_step(state.get()) != SQLITE_DONE)
                    return Error::io(state.error(), store.path());
            }
        }
        after.insert(QStringLiteral("run_id"), runId);
        after.insert(QStringLiteral("seed"), QString::number(simulation.seed()));
        after.insert(QStringLiteral("events"), qint64(seq));
        after.insert(QStringLiteral("samples"), qint64(simulation.samples().size()));
        return {};
    });
    if (!status)
        return status.error();
    return runId;
}

core::Result<std::vector<RunInfo>> RunRecorder::runs(const store::TwinStore &twin)
{
    std::vector<RunInfo> out;
    if (!hasRunTables(twin))
        return out;
    Statement st(twin.handle(),
                 "SELECT id, name, scenario_json, seed, initial_state, started_at, finished_at, simulated_ms, kpis_json, "
                 "(SELECT count(*) FROM sim_event e WHERE e.run_id = r.id), "
                 "(SELECT count(*) FROM sim_sample s WHERE s.run_id = r.id) FROM sim_run r ORDER BY id");
    if (!st.ok())
        return Error::io(st.error(), twin.path());
    while (sqlite3_step(st.get()) == SQLITE_ROW) {
        RunInfo info;
        info.id = sqlite3_column_int64(st.get(), 0);
        info.name = st.columnText(1);
        info.scenario = parseObject(st.columnText(2));
        info.seed = st.columnText(3).toULongLong();
        info.initialState = st.columnText(4);
        info.startedAt = QDateTime::fromString(st.columnText(5), Qt::ISODateWithMs);
        info.finishedAt = QDateTime::fromString(st.columnText(6), Qt::ISODateWithMs);
        info.simulated = sqlite3_column_int64(st.get(), 7);
        info.kpis = parseObject(st.columnText(8));
        info.eventCount = sqlite3_column_int(st.get(), 9);
        info.sampleCount = sqlite3_column_int(st.get(), 10);
        out.push_back(info);
    }
    return out;
}

core::Result<RunInfo> RunRecorder::run(const store::TwinStore &twin, qint64 runId)
{
    auto all = runs(twin);
    if (!all)
        return all.error();
    for (const RunInfo &info : all.value()) {
        if (info.id == runId)
            return info;
    }
    return Error::notFound(QStringLiteral("no recorded run %1 in this twin").arg(runId), twin.path());
}

core::Result<std::vector<RecordedEvent>> RunRecorder::events(const store::TwinStore &twin, qint64 runId)
{
    if (auto info = run(twin, runId); !info)
        return info.error();
    std::vector<RecordedEvent> out;
    Statement st(twin.handle(), "SELECT t_ms, source, kind, payload FROM sim_event WHERE run_id = ? ORDER BY seq");
    if (!st.ok())
        return Error::io(st.error(), twin.path());
    st.integer(1, runId);
    while (sqlite3_step(st.get()) == SQLITE_ROW)
        out.push_back({sqlite3_column_int64(st.get(), 0), st.columnText(1), st.columnText(2), parseObject(st.columnText(3))});
    return out;
}

core::Result<std::vector<std::shared_ptr<const Snapshot>>> RunRecorder::replay(const store::TwinStore &twin, qint64 runId)
{
    if (auto info = run(twin, runId); !info)
        return info.error();
    std::vector<std::shared_ptr<Snapshot>> out;
    Statement st(twin.handle(),
                 "SELECT t_ms, end_ms, events_processed, population, waiting, moving, sheltered, unreachable, stranded, "
                 "shelter_occupancy, shelter_open, occupied_links, link_load, positions, modes, sizes, extra "
                 "FROM sim_sample WHERE run_id = ? ORDER BY t_ms");
    if (!st.ok())
        return Error::io(st.error(), twin.path());
    st.integer(1, runId);
    while (sqlite3_step(st.get()) == SQLITE_ROW) {
        auto s = std::make_shared<Snapshot>();
        s->time = sqlite3_column_int64(st.get(), 0);
        s->endTime = sqlite3_column_int64(st.get(), 1);
        s->eventsProcessed = sqlite3_column_int64(st.get(), 2);
        s->population = sqlite3_column_int64(st.get(), 3);
        s->waiting = sqlite3_column_int64(st.get(), 4);
        s->moving = sqlite3_column_int64(st.get(), 5);
        s->sheltered = sqlite3_column_int64(st.get(), 6);
        s->unreachable = sqlite3_column_int64(st.get(), 7);
        s->stranded = sqlite3_column_int64(st.get(), 8);
        s->shelterOccupancy = st.columnBlob<std::int32_t>(9);
        s->shelterOpen = st.columnBlob<std::uint8_t>(10);
        s->occupiedLinks = st.columnBlob<std::int32_t>(11);
        s->linkLoad = st.columnBlob<std::int32_t>(12);
        s->positions = st.columnBlob<double>(13);
        s->modes = st.columnBlob<std::uint8_t>(14);
        s->sizes = st.columnBlob<std::uint16_t>(15);
        s->extra = parseObject(st.columnText(16));
        out.push_back(std::move(s));
    }
    // Layer states, when the twin's run tables have them (schema 2): attached to their sample.
    if (twin.schemaVersion(component()) >= 2) {
        Statement fs(twin.handle(), "SELECT t_ms, layer, fids, numbers, description FROM sim_feature_state "
                                    "WHERE run_id = ? ORDER BY t_ms, rowid");
        if (!fs.ok())
            return Error::io(fs.error(), twin.path());
        fs.integer(1, runId);
        std::size_t at = 0;
        while (sqlite3_step(fs.get()) == SQLITE_ROW) {
            const SimTime t = sqlite3_column_int64(fs.get(), 0);
            while (at < out.size() && out[at]->time < t)
                ++at;
            if (at == out.size() || out[at]->time != t)
                continue; // no sample at that time (cannot happen for a run written by record())
            out[at]->featureStates.push_back(FeatureState::restore(fs.columnText(1), parseObject(fs.columnText(4)),
                                                                  fs.columnBlob<qint64>(2), fs.columnBlob<double>(3)));
        }
    }
    return std::vector<std::shared_ptr<const Snapshot>>(out.begin(), out.end());
}

core::Result<QJsonObject> RunRecorder::compare(const store::TwinStore &twin, qint64 runA, qint64 runB)
{
    auto a = run(twin, runA);
    if (!a)
        return a.error();
    auto b = run(twin, runB);
    if (!b)
        return b.error();
    auto describe = [](const RunInfo &r) {
        return QJsonObject{{QStringLiteral("id"), r.id}, {QStringLiteral("name"), r.name},
                           {QStringLiteral("seed"), QString::number(r.seed)}, {QStringLiteral("initial_state"), r.initialState},
                           {QStringLiteral("simulated"), formatDuration(r.simulated)}, {QStringLiteral("kpis"), r.kpis}};
    };
    auto scalar = [](const QJsonValue &v) -> std::optional<double> {
        if (v.isDouble())
            return v.toDouble();
        if (v.isString()) {
            if (auto t = parseDuration(v.toString()))
                return toSeconds(*t);
        }
        return std::nullopt;
    };
    // Every model of either run (a domain model may run in one and not the other), every
    // numeric or time KPI of either.
    QStringList models = a->kpis.keys() + b->kpis.keys();
    models.removeDuplicates();
    QJsonObject differences;
    for (const QString &model : std::as_const(models)) {
        const QJsonObject ka = a->kpis.value(model).toObject();
        const QJsonObject kb = b->kpis.value(model).toObject();
        // Objects are walked (a model's per-shelter counts: "arrivals.per_shelter.12"); lists are
        // not compared.
        QHash<QString, QJsonValue> fa, fb;
        flatten(ka, QString(), fa);
        flatten(kb, QString(), fb);
        QStringList keys = fa.keys() + fb.keys();
        keys.removeDuplicates();
        keys.sort();
        for (const QString &key : std::as_const(keys)) {
            const auto x = scalar(fa.value(key));
            const auto y = scalar(fb.value(key));
            if (!x && !y)
                continue;
            QJsonObject d{{QStringLiteral("a"), x ? QJsonValue(*x) : QJsonValue()}, {QStringLiteral("b"), y ? QJsonValue(*y) : QJsonValue()}};
            if (x && y)
                d.insert(QStringLiteral("delta"), *y - *x);
            differences.insert(model + QLatin1Char('.') + key, d);
        }
    }
    return QJsonObject{{QStringLiteral("a"), describe(a.value())}, {QStringLiteral("b"), describe(b.value())},
                       {QStringLiteral("differences"), differences}};
}

} // namespace ct::sim
