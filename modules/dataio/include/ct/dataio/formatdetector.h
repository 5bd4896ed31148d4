// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include "ct/core/result.h"
#include "ct/dataio/formatdetection.h"

#include <QByteArray>
#include <QString>

namespace ct::dataio {

/// \brief Recognises a source from its content — the first bytes, the XML root and namespaces, the
/// JSON property names, the CSV header — so a file renamed with the wrong extension still goes to
/// the right importer. Falls back to GDAL's own driver identification for binary formats.
class FormatDetector
{
public:
    /// Refuses, naming the file, a missing path, a directory, an empty file and content no importer
    /// can read.
    static core::Result<FormatDetection> detect(const QString &path);

    /// The encoding of CSV bytes: "UTF-8", "UTF-8 (BOM)" or "Shift_JIS"; empty when the bytes are
    /// neither (`badLine` then receives the 1-based line of the first undecodable byte).
    static QString textEncoding(const QByteArray &bytes, int *badLine = nullptr);
};

} // namespace ct::dataio
