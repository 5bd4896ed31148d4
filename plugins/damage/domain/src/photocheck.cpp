// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "ct/damage/photocheck.h"

#include <QCoreApplication>

namespace ct::damage {

core::Result<QString> PhotoCheck::mimeType(const QByteArray &bytes)
{
    const QString field = QStringLiteral("photo");
    if (bytes.isEmpty())
        return core::Error::invalidInput(QCoreApplication::translate("Damage", "the photo is empty"), field);
    if (bytes.size() > kMaxBytes)
        return core::Error::invalidInput(QCoreApplication::translate("Damage", "the photo has %1 MiB; at most %2 MiB are accepted")
                                             .arg(double(bytes.size()) / (1024.0 * 1024.0), 0, 'f', 1)
                                             .arg(kMaxBytes / (1024 * 1024)),
                                         field);
    // JPEG: SOI marker FF D8 followed by another marker (FF). PNG: the 8-byte signature.
    static const QByteArray jpeg("\xFF\xD8\xFF", 3);
    static const QByteArray png("\x89PNG\r\n\x1A\n", 8);
    if (bytes.startsWith(jpeg) && bytes.size() >= 4)
        return QStringLiteral("image/jpeg");
    if (bytes.startsWith(png) && bytes.size() > 8)
        return QStringLiteral("image/png");
    return core::Error::invalidInput(QCoreApplication::translate("Damage", "the photo is not a JPEG or PNG image"), field);
}

} // namespace ct::damage
