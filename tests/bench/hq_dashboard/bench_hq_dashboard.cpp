// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
//
// bench_hq_dashboard: one refresh of the HQ dashboard of the shelters plugin, from the twin to the
// list models, with a filter and a sort applied. Target: ≤ 16 ms (one frame) at 125 shelters and
// 10,000 requests.
//   ours:  ShelterDashboard::refresh() — Dashboard::read (one query per table: shelters layer,
//          status, stock, medical, grouped request counts, the open requests of all shelters),
//          totals, the permission check per shelter, filter and sort, the three list models;
//          then a change of filter and sort (hazard "flood", by congestion) on the same data.
//   peer:  the straightforward way: one query per shelter and table (status, stock, medical,
//          open requests), rows into a QStandardItemModel, filter and sort by a
//          QSortFilterProxyModel, and the open-request list through a second proxy.
// The twin is filled by SQL in one transaction (set-up, not timed): statuses, occupancies, seven
// stock items and two medical counts per shelter, requests spread over the shelters with 70 %
// delivered, 10 % declined and the rest open (requested, acknowledged, dispatched).
// Usage: bench_hq_dashboard [--shelters N] [--requests M] [--runs R]   (defaults 125, 10000, 30)
#include "shelterdashboard.h"
#include "shelterreader.h"
#include "requestbook.h"
#include "shelterschema.h"

#include "ct/store/twinstore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QThread>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <functional>
#include <numeric>
#include <vector>

#include <sqlite3.h>

using namespace ct;

namespace {

int option(const QStringList &args, const QString &name, int fallback)
{
    const int i = int(args.indexOf(name));
    return i >= 0 && i + 1 < args.size() ? args.at(i + 1).toInt() : fallback;
}

void check(const core::Status &s, const char *what)
{
    if (!s) {
        std::fprintf(stderr, "%s: %s\n", what, qPrintable(s.error().toString()));
        std::exit(1);
    }
}

void exec(sqlite3 *db, const QString &sql)
{
    char *error = nullptr;
    if (sqlite3_exec(db, sql.toUtf8().constData(), nullptr, nullptr, &error) != SQLITE_OK) {
        std::fprintf(stderr, "%s: %s\n", qPrintable(sql.left(80)), error);
        std::exit(1);
    }
}

std::unique_ptr<store::TwinStore> makeTwin(const QString &path, int shelters, int requests)
{
    using Type = store::FieldDefinition::Type;
    auto created = store::TwinStore::create(path);
    if (!created) {
        std::fprintf(stderr, "%s\n", qPrintable(created.error().toString()));
        std::exit(1);
    }
    auto twin = std::move(created.value());
    store::LayerDefinition layer;
    layer.name = QStringLiteral("shelters");
    layer.geometryType = geo::GeometryType::Point;
    const QStringList names{QStringLiteral("source_id"), QStringLiteral("name"), QStringLiteral("name_en"), QStringLiteral("kind"),
                            QStringLiteral("capacity"), QStringLiteral("address"), QStringLiteral("flood"), QStringLiteral("landslide"),
                            QStringLiteral("earthquake"), QStringLiteral("fire"), QStringLiteral("inland_flood")};
    layer.fields = {{names[0], Type::Text}, {names[1], Type::Text}, {names[2], Type::Text}, {names[3], Type::Text},
                    {names[4], Type::Integer}, {names[5], Type::Text}, {names[6], Type::Boolean}, {names[7], Type::Boolean},
                    {names[8], Type::Boolean}, {names[9], Type::Boolean}, {names[10], Type::Boolean}};
    {
        store::Transaction tx(*twin);
        check(twin->createLayer(layer), "layer");
        auto writer = twin->writer(QStringLiteral("shelters"), names);
        for (int i = 0; i < shelters; ++i) {
            (void)writer->insert(geo::Geometry::point({-5000.0 + 80.0 * i, 10000.0 + 37.0 * (i % 11)}),
                                 {QStringLiteral("E%1").arg(8220000 + i), QStringLiteral("避難所%1").arg(i + 1),
                                  QStringLiteral("Shelter %1").arg(i + 1), QStringLiteral("school"), 100 + (i * 37) % 700,
                                  QStringLiteral("つくば市%1").arg(i), i % 4 != 0, i % 3 != 0, true, i % 5 != 0, i % 4 != 1});
        }
        check(writer->finish(), "shelters");
        check(tx.commit(), "commit");
    }
    check(twin->migrate(shelters::ShelterSchema::component(), shelters::ShelterSchema::migrations()), "schema");
    sqlite3 *db = twin->handle();
    exec(db, QStringLiteral("BEGIN"));
    const char *statuses[] = {"closed", "opening", "open", "open", "full", "closing", "open"};
    const char *powers[] = {"grid", "grid", "none", "fuel_cell_bus", "generator", "grid"};
    const char *items[] = {"water", "food", "toilet_bags", "diapers", "baby_formula", "blankets", "medical_kits"};
    for (int i = 1; i <= shelters; ++i) {
        const char *status = statuses[i % 7];
        const int capacity = 100 + ((i - 1) * 37) % 700;
        const int occupancy = QByteArray(status) == "closed" ? 0 : (capacity * ((i * 13) % 110)) / 100;
        exec(db, QStringLiteral("INSERT INTO shelter_status (shelter_fid, status, occupancy, power, updated_at, updated_by)"
                                " VALUES (%1, '%2', %3, '%4', '2026-09-10T09:00:00.000Z', 'bench')")
                     .arg(i).arg(QLatin1String(status)).arg(occupancy).arg(QLatin1String(powers[i % 6])));
        for (int k = 0; k < 7; ++k)
            exec(db, QStringLiteral("INSERT INTO shelter_stock VALUES (%1, '%2', %3, '2026-09-10T09:00:00.000Z', 'bench')")
                         .arg(i).arg(QLatin1String(items[k])).arg((i * 97 + k * 31) % 2000));
        exec(db, QStringLiteral("INSERT INTO shelter_medical VALUES (%1, 'oxygen', %2, '2026-09-10T09:00:00.000Z', 'bench'),"
                                " (%1, 'dialysis', %3, '2026-09-10T09:00:00.000Z', 'bench')")
                     .arg(i).arg(i % 4).arg(i % 3));
    }
    const char *kinds[] = {"supplies", "power", "medical", "staff"};
    for (int r = 0; r < requests; ++r) {
        const int bucket = r % 10;
        const char *status = bucket < 7 ? "delivered" : bucket == 7 ? "declined" : (r % 3 == 0 ? "requested" : r % 3 == 1 ? "acknowledged" : "dispatched");
        const QString at = QDateTime(QDate(2026, 9, 10), QTime(0, 0), Qt::UTC).addSecs(r * 5).toString(Qt::ISODateWithMs);
        exec(db, QStringLiteral("INSERT INTO shelter_request (shelter_fid, kind, detail, status, requested_at, requested_by, requested_role,"
                                " updated_at, updated_by, decline_reason) VALUES (%1, '%2', 'request %3', '%4', '%5', 'staff', 'shelter-staff',"
                                " '%5', 'staff', %6)")
                     .arg(1 + (r * 7) % shelters).arg(QLatin1String(kinds[r % 4])).arg(r).arg(QLatin1String(status)).arg(at)
                     .arg(QByteArray(status) == "declined" ? QStringLiteral("'no capacity'") : QStringLiteral("NULL")));
    }
    exec(db, QStringLiteral("COMMIT"));
    return twin;
}

/// The peer: per-shelter queries into a QStandardItemModel, filtered and sorted by proxies.
struct NaiveDashboard
{
    QStandardItemModel shelters;
    QSortFilterProxyModel shelterView;
    QStandardItemModel requests;
    QSortFilterProxyModel requestView;

    NaiveDashboard()
    {
        shelterView.setSourceModel(&shelters);
        requestView.setSourceModel(&requests);
    }

    static QVariant scalar(sqlite3 *db, const QString &sql, qint64 fid)
    {
        sqlite3_stmt *st = nullptr;
        sqlite3_prepare_v2(db, sql.toUtf8().constData(), -1, &st, nullptr);
        sqlite3_bind_int64(st, 1, fid);
        QVariant v;
        if (sqlite3_step(st) == SQLITE_ROW)
            v = sqlite3_column_type(st, 0) == SQLITE_TEXT
                ? QVariant(QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(st, 0))))
                : QVariant(sqlite3_column_double(st, 0));
        sqlite3_finalize(st);
        return v;
    }

    void refresh(sqlite3 *db)
    {
        shelters.clear();
        requests.clear();
        sqlite3_stmt *st = nullptr;
        sqlite3_prepare_v2(db, "SELECT fid, name, capacity, flood FROM shelters ORDER BY fid", -1, &st, nullptr);
        while (sqlite3_step(st) == SQLITE_ROW) {
            const qint64 fid = sqlite3_column_int64(st, 0);
            const int capacity = sqlite3_column_int(st, 2);
            const QString status = scalar(db, QStringLiteral("SELECT status FROM shelter_status WHERE shelter_fid = ?"), fid).toString();
            const int occupancy = scalar(db, QStringLiteral("SELECT occupancy FROM shelter_status WHERE shelter_fid = ?"), fid).toInt();
            const QString power = scalar(db, QStringLiteral("SELECT power FROM shelter_status WHERE shelter_fid = ?"), fid).toString();
            double water = scalar(db, QStringLiteral("SELECT quantity FROM shelter_stock WHERE shelter_fid = ? AND item = 'water'"), fid).toDouble();
            double food = scalar(db, QStringLiteral("SELECT quantity FROM shelter_stock WHERE shelter_fid = ? AND item = 'food'"), fid).toDouble();
            const int medical = scalar(db, QStringLiteral("SELECT sum(count) FROM shelter_medical WHERE shelter_fid = ?"), fid).toInt();
            const int open = scalar(db, QStringLiteral("SELECT count(*) FROM shelter_request WHERE shelter_fid = ? AND status IN"
                                                       " ('requested', 'acknowledged', 'dispatched')"), fid).toInt();
            QList<QStandardItem *> row;
            for (const QVariant &v : {QVariant(fid), QVariant(QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(st, 1)))),
                                      QVariant(status), QVariant(occupancy), QVariant(capacity),
                                      QVariant(capacity > 0 ? double(occupancy) / capacity : 0.0), QVariant(power),
                                      QVariant(water), QVariant(food), QVariant(medical), QVariant(open),
                                      QVariant(sqlite3_column_int(st, 3))}) {
                auto *item = new QStandardItem;
                item->setData(v, Qt::DisplayRole);
                row << item;
            }
            shelters.appendRow(row);
        }
        sqlite3_finalize(st);
        sqlite3_prepare_v2(db, "SELECT r.id, s.name, r.kind, r.detail, r.status, r.requested_at FROM shelter_request r"
                               " JOIN shelters s ON s.fid = r.shelter_fid WHERE r.status IN ('requested', 'acknowledged', 'dispatched')",
                           -1, &st, nullptr);
        while (sqlite3_step(st) == SQLITE_ROW) {
            QList<QStandardItem *> row;
            for (int c = 0; c < 6; ++c)
                row << new QStandardItem(QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(st, c))));
            requests.appendRow(row);
        }
        sqlite3_finalize(st);
        shelterView.setFilterKeyColumn(11);
        shelterView.setFilterFixedString(QStringLiteral("1"));   // flood-suitable
        shelterView.sort(5, Qt::DescendingOrder);                 // by congestion
        requestView.sort(5, Qt::AscendingOrder);                  // oldest first
    }
};

struct Figures
{
    double median = 0;   //!< wall clock, ms
    double worst = 0;    //!< wall clock, ms
    double cpu = 0;      //!< median CPU time of the thread, ms (robust against a busy machine)
};

double threadCpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

Figures time(int runs, const std::function<void()> &work)
{
    std::vector<double> ms;
    std::vector<double> cpu;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        const double c0 = threadCpuMs();
        t.start();
        work();
        ms.push_back(double(t.nsecsElapsed()) / 1e6);
        cpu.push_back(threadCpuMs() - c0);
    }
    std::sort(ms.begin(), ms.end());
    std::sort(cpu.begin(), cpu.end());
    return {ms[ms.size() / 2], ms.back(), cpu[cpu.size() / 2]};
}

QString loadAverage()
{
    QFile file(QStringLiteral("/proc/loadavg"));
    return file.open(QIODevice::ReadOnly) ? QString::fromLatin1(file.readLine()).section(QLatin1Char(' '), 0, 0) : QStringLiteral("?");
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int shelterCount = std::max(1, option(args, QStringLiteral("--shelters"), 125));
    const int requestCount = std::max(0, option(args, QStringLiteral("--requests"), 10000));
    const int runs = std::max(1, option(args, QStringLiteral("--runs"), 30));

    QTemporaryDir dir;
    QElapsedTimer setup;
    setup.start();
    auto twin = makeTwin(dir.filePath(QStringLiteral("bench.gpkg")), shelterCount, requestCount);
    std::printf("hq_dashboard: %d shelters, %d requests (set-up %.0f ms), %d runs each\n", shelterCount, requestCount,
                double(setup.elapsed()), runs);

    shelters::ShelterDashboard dashboard;
    dashboard.setRefreshInterval(0);
    dashboard.setSource(twin.get(), core::Actor{QStringLiteral("hq"), core::Role::HqCommander, {}});
    dashboard.setSelectedFid(1);
    const Figures ours = time(runs, [&] { dashboard.refresh(); });
    const Figures reading = time(runs, [&] { (void)shelters::Dashboard::read(*twin); });
    const Figures shelterRows = time(runs, [&] { (void)shelters::ShelterReader(*twin).readAll(); });
    shelters::RequestBook::Query openQuery;
    openQuery.openOnly = true;
    openQuery.limit = -1;
    openQuery.shelterNames = false;
    const Figures requestRows = time(runs, [&] { (void)shelters::RequestBook::list(*twin, openQuery); });
    const int listed = dashboard.shelters()->count();
    const int open = dashboard.openRequests()->count();
    bool flood = false;
    const Figures refilter = time(runs, [&] {
        flood = !flood;
        dashboard.shelters()->setHazardFilter(flood ? QStringLiteral("flood") : QString());
        dashboard.shelters()->setSortKey(flood ? QStringLiteral("congestion") : QStringLiteral("attention"));
    });

    NaiveDashboard naive;
    const Figures peer = time(runs, [&] { naive.refresh(twin->handle()); });

    std::printf("%-58s %10s %10s %10s\n", "", "median ms", "worst ms", "CPU ms");
    auto line = [](const char *what, const Figures &f) { std::printf("%-58s %10.2f %10.2f %10.2f\n", what, f.median, f.worst, f.cpu); };
    line("ours: refresh from the twin (models, filter, sort)", ours);
    line("  of which Dashboard::read (shelters + open requests)", reading);
    line("  of which ShelterReader::readAll (shelters)", shelterRows);
    line("  of which RequestBook::list (open requests)", requestRows);
    line("ours: change filter and sort only", refilter);
    line("peer: per-shelter queries + QSortFilterProxyModel", peer);
    std::printf("shelters listed %d, open requests %d (peer: %d open)\n", listed, open, naive.requests.rowCount());
    // On a shared machine the wall clock also counts the time other processes hold the cores;
    // the thread's CPU time is what the refresh itself costs. Both are printed.
    std::printf("target: refresh <= 16 ms (125 shelters, 10,000 requests): wall median %.2f ms %s, CPU median %.2f ms %s"
                " (load average %s on %d cores)\n",
                ours.median, ours.median <= 16.0 ? "met" : "MISSED", ours.cpu, ours.cpu <= 16.0 ? "met" : "MISSED",
                qPrintable(loadAverage()), QThread::idealThreadCount());
    return open == naive.requests.rowCount() ? 0 : 1;
}
