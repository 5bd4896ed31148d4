// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

// Shared set-up of the assets tests: a small generated city (citygen) written once per test
// program, copied afresh for each test; actors of the roles that matter here.

#include "ct/assets/assetschema.h"
#include "ct/citygen/citygenerator.h"
#include "ct/store/twinstore.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

#include <memory>

namespace ct::assets::test {

class CityTemplate
{
public:
    explicit CityTemplate(double scale = 0.02, std::uint64_t seed = 1)
    {
        if (!m_dir.isValid())
            qFatal("no temporary directory");
        m_path = m_dir.filePath(QStringLiteral("template.gpkg"));
        citygen::GeneratorOptions options;
        options.scale = scale;
        options.seed = seed;
        auto report = citygen::CityGenerator::generate(m_path, options);
        if (!report)
            qFatal("cannot generate the test city: %s", qPrintable(report.error().toString()));
    }
    const QString &path() const { return m_path; }

    //! A fresh copy at `path`, opened read-write, with the assets schema applied when asked.
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
            if (core::Status migrated = twin->migrate(AssetSchema::component(), AssetSchema::migrations()); !migrated)
                qFatal("assets schema: %s", qPrintable(migrated.error().toString()));
        }
        return twin;
    }

private:
    QTemporaryDir m_dir;
    QString m_path;
};

inline core::Actor actor(core::Role role)
{
    core::Actor a;
    a.role = role;
    a.operatorName = core::roleName(role) + QStringLiteral("-operator");
    return a;
}

//! First value of a one-row query, -1 when there is none.
inline qint64 scalar(const store::TwinStore &twin, const QString &sql)
{
    sqlite3_stmt *statement = nullptr;
    qint64 value = -1;
    if (sqlite3_prepare_v2(twin.handle(), sql.toUtf8().constData(), -1, &statement, nullptr) == SQLITE_OK
        && sqlite3_step(statement) == SQLITE_ROW)
        value = sqlite3_column_int64(statement, 0);
    sqlite3_finalize(statement);
    return value;
}

} // namespace ct::assets::test
