// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

// Shared by the dataio tests: fixture paths, the real Tsukuba data, throwaway twins and a
// content snapshot of a twin to prove a failed import changed nothing.

#include "ct/geo/crstransform.h"
#include "ct/geo/gpkgblob.h"
#include "ct/store/twinstore.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QStringList>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <map>
#include <memory>

namespace ct::dataio::test {

inline QString fixture(const QString &name)
{
    return QStringLiteral(CITYTWIN_TEST_DATA_DIR "/import/") + name;
}

//! Path of a file of the real Tsukuba data set, or empty when the data set is not available.
inline QString sharedData(const QString &relative)
{
    const QString root = qEnvironmentVariable("CITYTWIN_SHARED_DATA");
    if (root.isEmpty())
        return {};
    const QString path = QDir(root).filePath(relative);
    return QFileInfo::exists(path) ? path : QString();
}

#define CT_SHARED_DATA_OR_SKIP(variable, relative)                                                            \
    const QString variable = ct::dataio::test::sharedData(QStringLiteral(relative));                          \
    if (variable.isEmpty())                                                                                   \
        QSKIP("real Tsukuba data not available: set CITYTWIN_SHARED_DATA to ../shared/data/tsukuba (" relative ")")

inline std::unique_ptr<store::TwinStore> newTwin(const QTemporaryDir &dir, const QString &name = QStringLiteral("twin.gpkg"))
{
    auto created = store::TwinStore::create(dir.filePath(name));
    if (!created) {
        qWarning("cannot create twin: %s", qPrintable(created.error().toString()));
        return nullptr;
    }
    return std::move(created.value());
}

//! Every layer's rows (fid, geometry bytes, values) and every audit row, as text.
inline QString snapshot(const store::TwinStore &store)
{
    QString out;
    for (const auto &info : store.layers()) {
        out += QStringLiteral("layer %1 (%2 fields)\n").arg(info.name).arg(info.fields.size());
        auto table = store.read(info.name);
        if (!table) {
            out += QStringLiteral("  unreadable: %1\n").arg(table.error().toString());
            continue;
        }
        for (std::size_t i = 0; i < table->size(); ++i) {
            out += QStringLiteral("  %1 %2").arg(table->fids[i])
                       .arg(QString::fromLatin1(geo::GpkgBlob::encode(table->geometries[i], table->srsId).toHex()));
            for (const auto &column : table->columns)
                out += QLatin1Char('|') + column[i].toString();
            out += QLatin1Char('\n');
        }
    }
    for (const auto &entry : store.auditLog(1000000))
        out += QStringLiteral("audit %1 %2 %3 %4\n").arg(entry.id).arg(entry.action, entry.target,
                                                          QString::fromUtf8(QJsonDocument(entry.after).toJson(QJsonDocument::Compact)));
    return out;
}

//! Row index by the value of a column (a stable id).
inline std::map<QString, std::size_t> indexBy(const store::FeatureTable &table, const QString &column)
{
    std::map<QString, std::size_t> index;
    const int c = table.columnIndex(column);
    for (std::size_t i = 0; c >= 0 && i < table.size(); ++i)
        index.emplace(table.columns[c][i].toString(), i);
    return index;
}

inline QVariant value(const store::FeatureTable &table, std::size_t row, const QString &column)
{
    const int c = table.columnIndex(column);
    return c < 0 ? QVariant() : table.columns[c][row];
}

//! Distance in metres between a twin point (EPSG:6677) and a WGS84 source position.
inline double distanceToSource(const geo::Point &twinPoint, double lon, double lat)
{
    auto transform = geo::CrsTransform::create(4326, 6677);
    geo::Point p{lon, lat};
    transform->forward(p);
    return std::hypot(p.x - twinPoint.x, p.y - twinPoint.y);
}

} // namespace ct::dataio::test
