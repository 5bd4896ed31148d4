// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include "ct/core/result.h"

#include <QHash>
#include <QString>
#include <QStringList>

#include <vector>

namespace ct::fleets {

/// \brief One CSV file of a GTFS feed as text, read through GDAL's CSV driver (inside the zip via
/// /vsizip/). Cells are trimmed strings; each row keeps its line number in the file for errors.
class GtfsTable
{
public:
    struct Row
    {
        int line = 0;
        QStringList cells;
    };

    /// Reads `member` (e.g. "stops.txt") of the feed at `vsiDirectory` ("/vsizip//path/feed.zip").
    static core::Result<GtfsTable> read(const QString &vsiDirectory, const QString &member);

    QString fileName() const { return m_fileName; }
    const QStringList &header() const { return m_header; }
    const std::vector<Row> &rows() const { return m_rows; }
    int column(const QString &name) const { return m_columns.value(name, -1); }
    bool hasColumn(const QString &name) const { return m_columns.contains(name); }
    /// The cell of `name` in `row`, an empty string when the file has no such column.
    QString value(const Row &row, const QString &name) const;
    QString value(const Row &row, int column) const { return column >= 0 && column < row.cells.size() ? row.cells[column] : QString(); }
    QString where(const Row &row) const { return QStringLiteral("%1:%2").arg(m_fileName).arg(row.line); }

private:
    QString m_fileName;
    QStringList m_header;
    QHash<QString, int> m_columns;
    std::vector<Row> m_rows;
};

} // namespace ct::fleets
