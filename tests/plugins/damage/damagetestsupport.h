// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

// Shared set-up of the damage tests: a tiny generated city (citygen, scale 0.01) with the damage
// schema applied, copied afresh for every test function; actors of every role; photo bytes.

#include "ct/citygen/citygenerator.h"
#include "ct/damage/damageregistry.h"
#include "ct/damage/damageschema.h"
#include "ct/store/twinstore.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

#include <cmath>
#include <memory>

namespace ct::damage::test {

/// The generated city, written once per test program.
class CityTemplate
{
public:
    CityTemplate()
    {
        if (!m_dir.isValid())
            qFatal("no temporary directory");
        m_path = m_dir.filePath(QStringLiteral("template.gpkg"));
        citygen::GeneratorOptions options;
        options.scale = 0.01;
        auto report = citygen::CityGenerator::generate(m_path, options);
        if (!report)
            qFatal("cannot generate the test city: %s", qPrintable(report.error().toString()));
    }
    const QString &path() const { return m_path; }

    /// A fresh copy at `path` with the damage schema applied, opened read-write.
    std::unique_ptr<store::TwinStore> copyTo(const QString &path, bool withSchema = true) const
    {
        QFile::remove(path);
        if (!QFile::copy(m_path, path))
            qFatal("cannot copy the test city");
        QFile(path).setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        auto opened = store::TwinStore::open(path);
        if (!opened)
            qFatal("cannot open the test city: %s", qPrintable(opened.error().toString()));
        auto twin = std::move(opened.value());
        if (withSchema) {
            if (core::Status migrated = twin->migrate(DamageSchema::component(), DamageSchema::migrations()); !migrated)
                qFatal("damage schema: %s", qPrintable(migrated.error().toString()));
        }
        return twin;
    }

private:
    QTemporaryDir m_dir;
    QString m_path;
};

inline core::Actor actor(core::Role role, const QString &name = QString())
{
    core::Actor a;
    a.role = role;
    a.operatorName = name.isEmpty() ? core::roleName(role) + QStringLiteral("-operator") : name;
    if (role == core::Role::ShelterStaff)
        a.bindings << QStringLiteral("shelter:1");
    if (role == core::Role::SchoolLiaison)
        a.bindings << QStringLiteral("school:1");
    return a;
}

inline core::Actor hq() { return actor(core::Role::HqCommander, QStringLiteral("hq-tanaka")); }
inline core::Actor staff() { return actor(core::Role::ShelterStaff, QStringLiteral("staff-suzuki")); }

/// First value of a one-row query, -1 when there is none.
inline qint64 scalar(const store::TwinStore &twin, const char *sql)
{
    sqlite3_stmt *st = nullptr;
    qint64 value = -1;
    if (sqlite3_prepare_v2(twin.handle(), sql, -1, &st, nullptr) == SQLITE_OK && sqlite3_step(st) == SQLITE_ROW)
        value = sqlite3_column_int64(st, 0);
    sqlite3_finalize(st);
    return value;
}

inline QString text(const store::TwinStore &twin, const char *sql)
{
    sqlite3_stmt *st = nullptr;
    QString value;
    if (sqlite3_prepare_v2(twin.handle(), sql, -1, &st, nullptr) == SQLITE_OK && sqlite3_step(st) == SQLITE_ROW)
        value = QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(st, 0)));
    sqlite3_finalize(st);
    return value;
}

/// Rows of every table a report touches: nothing may change when a report is refused.
struct Footprint
{
    qint64 reports = 0, photos = 0, steps = 0, audit = 0, closures = 0, openClosures = 0;
    QString rows;
    static Footprint of(const store::TwinStore &twin)
    {
        return {scalar(twin, "SELECT count(*) FROM damage_report"),
                scalar(twin, "SELECT count(*) FROM damage_photo"),
                scalar(twin, "SELECT count(*) FROM damage_triage_step"),
                scalar(twin, "SELECT count(*) FROM ct_audit"),
                scalar(twin, "SELECT count(*) FROM road_closure"),
                scalar(twin, "SELECT count(*) FROM road_closure WHERE until IS NULL"),
                text(twin, "SELECT group_concat(fid || ':' || state || ':' || coalesce(assigned_to, '') || ':' "
                           "|| coalesce(duplicate_of, '') || ':' || state_since, ';') FROM damage_report")};
    }
    bool operator==(const Footprint &o) const
    {
        return reports == o.reports && photos == o.photos && steps == o.steps && audit == o.audit && closures == o.closures
            && openClosures == o.openClosures && rows == o.rows;
    }
    QByteArray toText() const
    {
        return QStringLiteral("reports %1 photos %2 steps %3 audit %4 closures %5/%6 rows %7")
            .arg(reports).arg(photos).arg(steps).arg(audit).arg(closures).arg(openClosures).arg(rows).toUtf8();
    }
};

/// A point inside the city, well away from its edge: halfway along the road nearest to the
/// centre of the boundary's extent.
inline geo::Point pointInCity(const store::TwinStore &twin)
{
    auto roads = twin.read(QStringLiteral("roads"), {QStringLiteral("road_id")});
    if (!roads || roads->size() == 0)
        qFatal("the test city has no roads");
    const geo::Point centre = twin.layer(QStringLiteral("boundary"))->extent.center();
    geo::Point best;
    double bestDistance = 1e300;
    for (const auto &g : roads->geometries) {
        const auto points = g.points();
        const geo::Point mid{(points.front().x + points.back().x) / 2.0, (points.front().y + points.back().y) / 2.0};
        const double d = std::hypot(mid.x - centre.x, mid.y - centre.y);
        if (d < bestDistance) {
            bestDistance = d;
            best = mid;
        }
    }
    return best;
}

/// The smallest JPEG header a camera writes (SOI + APP0 JFIF), padded: enough for the magic check.
inline QByteArray jpegLikeBytes(int size = 64)
{
    QByteArray bytes("\xFF\xD8\xFF\xE0\x00\x10JFIF\x00", 11);
    bytes.append(QByteArray(std::max(0, size - int(bytes.size())), '\x42'));
    return bytes;
}

inline NewDamageReport sampleReport(geo::Point where, const QString &category = QStringLiteral("collapse"), int severity = 3)
{
    NewDamageReport r;
    r.position = where;
    r.category = category;
    r.severity = severity;
    r.description = QStringLiteral("倒壊した家屋 / collapsed house");
    r.reporterKind = QStringLiteral("resident");
    r.reporterName = QStringLiteral("Sato Hanako");
    return r;
}

} // namespace ct::damage::test
