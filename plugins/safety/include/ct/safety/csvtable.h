// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include "ct/core/result.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace ct::safety {

/// \brief A CSV file read through GDAL's CSV driver as text cells, after its encoding was checked.
///
/// UTF-8 (with or without BOM) is read as is; Shift_JIS (CP932, the usual encoding of Japanese
/// open data) is converted to UTF-8 first. A file that is neither — a byte sequence broken in
/// both — is refused with the line of the first bad byte. Every cell is text (no type guessing).
class CsvTable
{
public:
    struct Row
    {
        int line = 0;          //!< 1-based line in the file (the header is line 1)
        QStringList cells;     //!< one per header column, trimmed
    };

    static core::Result<CsvTable> read(const QString &path);

    QString encoding() const { return m_encoding; }   //!< "UTF-8" or "Shift_JIS"
    const QStringList &header() const { return m_header; }
    const std::vector<Row> &rows() const { return m_rows; }
    /// Column index of `name` (header cells trimmed, BOM removed), -1 when absent.
    int column(const QString &name) const { return int(m_header.indexOf(name)); }

private:
    QString m_encoding;
    QStringList m_header;
    std::vector<Row> m_rows;
};

} // namespace ct::safety
