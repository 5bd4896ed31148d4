// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include "ct/fleets/fleetschema.h"
#include "ct/store/twinstore.h"

#include <QDir>
#include <QFile>
#include <QMap>
#include <QString>
#include <QTemporaryDir>

#include <cpl_vsi.h>
#include <sqlite3.h>

#include <memory>

namespace ct::fleets::test {

/// A fresh twin with the fleets schema, in `dir`.
inline std::unique_ptr<store::TwinStore> makeTwin(const QTemporaryDir &dir, const QString &name = QStringLiteral("twin.gpkg"))
{
    auto twin = store::TwinStore::create(dir.filePath(name));
    if (!twin)
        return nullptr;
    if (!twin.value()->migrate(QStringLiteral("fleets"), FleetSchema::migrations()))
        return nullptr;
    return std::move(twin.value());
}

/// Writes a zip at `zipPath` (through GDAL's /vsizip/ writer) holding the files of the written
/// feed in tests/plugins/fleets/data/<feed>, with `replace` (member → content; an empty
/// QByteArray() null value removes the member) applied.
inline bool writeFeed(const QString &feed, const QString &zipPath, const QMap<QString, QByteArray> &replace = {})
{
    QMap<QString, QByteArray> members;
    const QDir dir(QStringLiteral(CITYTWIN_SOURCE_DIR "/tests/plugins/fleets/data/") + feed);
    for (const QString &name : dir.entryList(QDir::Files)) {
        QFile f(dir.filePath(name));
        if (!f.open(QIODevice::ReadOnly))
            return false;
        members.insert(name, f.readAll());
    }
    for (auto it = replace.begin(); it != replace.end(); ++it) {
        if (it.value().isNull())
            members.remove(it.key());
        else
            members.insert(it.key(), it.value());
    }
    QFile::remove(zipPath);
    for (auto it = members.begin(); it != members.end(); ++it) {
        const QByteArray path = (QStringLiteral("/vsizip/") + zipPath + QLatin1Char('/') + it.key()).toUtf8();
        VSILFILE *f = VSIFOpenL(path.constData(), "wb");
        if (!f)
            return false;
        const bool ok = VSIFWriteL(it.value().constData(), 1, size_t(it.value().size()), f) == size_t(it.value().size());
        VSIFCloseL(f);
        if (!ok)
            return false;
    }
    return true;
}

/// The first column of the first row of `sql` as text.
inline QString scalar(store::TwinStore &twin, const char *sql)
{
    sqlite3_stmt *s = nullptr;
    QString value;
    if (sqlite3_prepare_v2(twin.handle(), sql, -1, &s, nullptr) == SQLITE_OK && sqlite3_step(s) == SQLITE_ROW
        && sqlite3_column_type(s, 0) != SQLITE_NULL)
        value = QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(s, 0)));
    sqlite3_finalize(s);
    return value;
}

} // namespace ct::fleets::test
