// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

// A small twin for the shelters tests: a shelters layer with the contract's columns (names,
// capacities, hazard flags) and the shelters plugin's schema applied, plus operators of every role.

#include "shelterschema.h"
#include "timestamp.h"

#include "ct/core/actor.h"
#include "ct/store/twinstore.h"

#include <QFile>
#include <QString>
#include <QTest>

#include <memory>
#include <vector>

#include <sqlite3.h>

namespace ct::shelters::test {

struct TestShelter
{
    QString name;
    int capacity = 100;
    bool flood = true;
    bool landslide = true;
    bool earthquake = true;
    bool fire = true;
    bool inlandFlood = true;
    QString nameEn;
    double x = 0.0;   //!< EPSG:6677 metres
    double y = 0.0;
};

inline void require(const core::Status &status, const char *what)
{
    if (!status)
        qFatal("%s: %s", what, qPrintable(status.error().toString()));
}

//! Writes the shelters layer (fids 1…n in the given order) and, when `migrate`, the plugin's schema.
inline std::unique_ptr<store::TwinStore> makeTwin(const QString &path, const std::vector<TestShelter> &shelters,
                                                  bool migrate = true)
{
    using Type = store::FieldDefinition::Type;
    auto created = store::TwinStore::create(path);
    if (!created)
        qFatal("cannot create %s: %s", qPrintable(path), qPrintable(created.error().toString()));
    auto twin = std::move(created.value());
    {
        store::Transaction tx(*twin);
        store::LayerDefinition layer;
        layer.name = QStringLiteral("shelters");
        layer.geometryType = geo::GeometryType::Point;
        const QStringList names{QStringLiteral("source_id"), QStringLiteral("name"), QStringLiteral("name_en"),
                                QStringLiteral("kind"), QStringLiteral("capacity"), QStringLiteral("address"),
                                QStringLiteral("flood"), QStringLiteral("landslide"), QStringLiteral("earthquake"),
                                QStringLiteral("fire"), QStringLiteral("inland_flood")};
        layer.fields = {{names[0], Type::Text}, {names[1], Type::Text}, {names[2], Type::Text}, {names[3], Type::Text},
                        {names[4], Type::Integer}, {names[5], Type::Text}, {names[6], Type::Boolean},
                        {names[7], Type::Boolean}, {names[8], Type::Boolean}, {names[9], Type::Boolean},
                        {names[10], Type::Boolean}};
        require(twin->createLayer(layer), "shelters layer");
        auto writer = twin->writer(QStringLiteral("shelters"), names);
        if (!writer)
            qFatal("writer: %s", qPrintable(writer.error().toString()));
        for (std::size_t i = 0; i < shelters.size(); ++i) {
            const TestShelter &s = shelters[i];
            auto inserted = writer->insert(geo::Geometry::point({s.x + double(i) * 100.0, s.y}),
                                           {QStringLiteral("S%1").arg(i + 1), s.name, s.nameEn, QStringLiteral("school"),
                                            s.capacity, QStringLiteral("Tsukuba %1").arg(i + 1), s.flood, s.landslide,
                                            s.earthquake, s.fire, s.inlandFlood});
            if (!inserted)
                qFatal("shelter: %s", qPrintable(inserted.error().toString()));
        }
        require(writer->finish(), "shelters");
        require(tx.commit(), "commit");
    }
    if (migrate)
        require(twin->migrate(ShelterSchema::component(), ShelterSchema::migrations()), "shelters schema");
    return twin;
}

inline core::Actor hq(const QString &name = QStringLiteral("hq-sato"))
{
    return {name, core::Role::HqCommander, {}};
}

inline core::Actor staff(qint64 fid, const QString &name = QStringLiteral("staff-suzuki"))
{
    return {name, core::Role::ShelterStaff, {QStringLiteral("shelter:%1").arg(fid)}};
}

inline core::Actor planner()
{
    return {QStringLiteral("planner-ito"), core::Role::Planner, {}};
}

inline core::Actor system()
{
    return core::Actor::system(QStringLiteral("shelters-test"));
}

//! One integer from a query.
inline qint64 scalar(const store::TwinStore &twin, const char *sql)
{
    sqlite3_stmt *st = nullptr;
    if (sqlite3_prepare_v2(twin.handle(), sql, -1, &st, nullptr) != SQLITE_OK)
        qFatal("%s: %s", sql, sqlite3_errmsg(twin.handle()));
    qint64 value = -1;
    if (sqlite3_step(st) == SQLITE_ROW)
        value = sqlite3_column_int64(st, 0);
    sqlite3_finalize(st);
    return value;
}

//! Every row of the plugin's writable tables and of the audit log, as text: equal before and
//! after a refused action means nothing was written.
inline QString contents(const store::TwinStore &twin)
{
    QString out;
    for (const char *table : {"shelter_status", "shelter_status_history", "shelter_headcount", "shelter_stock",
                              "shelter_medical", "shelter_message", "shelter_request", "shelter_request_event", "ct_audit"}) {
        const QByteArray sql = QByteArray("SELECT * FROM ") + table + " ORDER BY rowid";
        sqlite3_stmt *st = nullptr;
        if (sqlite3_prepare_v2(twin.handle(), sql.constData(), -1, &st, nullptr) != SQLITE_OK)
            qFatal("%s: %s", sql.constData(), sqlite3_errmsg(twin.handle()));
        out += QLatin1String(table) + QLatin1Char('\n');
        while (sqlite3_step(st) == SQLITE_ROW) {
            for (int c = 0; c < sqlite3_column_count(st); ++c)
                out += QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(st, c))) + QLatin1Char('|');
            out += QLatin1Char('\n');
        }
        sqlite3_finalize(st);
    }
    return out;
}

//! A clock that starts at `start` and moves `stepSeconds` on every reading.
inline Clock steppingClock(const QDateTime &start, int stepSeconds)
{
    auto now = std::make_shared<QDateTime>(start);
    return [now, stepSeconds] {
        const QDateTime at = *now;
        *now = now->addSecs(stepSeconds);
        return at;
    };
}

//! A clock the test sets.
struct ManualClock
{
    std::shared_ptr<QDateTime> now = std::make_shared<QDateTime>(QDateTime(QDate(2026, 9, 10), QTime(9, 0), Qt::UTC));
    Clock clock() const
    {
        auto shared = now;
        return [shared] { return *shared; };
    }
    void advance(int seconds) { *now = now->addSecs(seconds); }
};

} // namespace ct::shelters::test
