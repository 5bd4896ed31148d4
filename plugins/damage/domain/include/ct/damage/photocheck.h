// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include "ct/core/result.h"

#include <QByteArray>
#include <QString>

namespace ct::damage {

/// \brief Which photos a report may carry: JPEG or PNG, recognised by their first bytes (not by
/// a file name or a declared type), at most kMaxBytes.
class PhotoCheck
{
public:
    //! 10 MiB: a phone photo at full resolution fits; a video does not.
    static constexpr qint64 kMaxBytes = 10 * 1024 * 1024;

    /// "image/jpeg" or "image/png" for an acceptable photo; InvalidInput naming field "photo"
    /// for an empty, oversized or non-image one.
    static core::Result<QString> mimeType(const QByteArray &bytes);
};

} // namespace ct::damage
