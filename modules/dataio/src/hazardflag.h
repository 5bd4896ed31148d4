// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

// Internal: how Japanese open data marks a yes/no column.

#include <QString>
#include <QVariant>

namespace ct::dataio {

/// "1", "○", "◯", "〇", "true", "有", "可", "yes" → true; "", "0", "×", "-", "無", "false", "no" → false;
/// anything else → an invalid QVariant and `ok` false.
inline QVariant parseFlag(const QString &text, bool *ok)
{
    const QString t = text.normalized(QString::NormalizationForm_KC).trimmed().toLower();
    *ok = true;
    static const QStringList yes{QStringLiteral("1"), QStringLiteral("○"), QStringLiteral("◯"), QStringLiteral("〇"),
                                 QStringLiteral("true"), QStringLiteral("有"), QStringLiteral("可"), QStringLiteral("yes"),
                                 QStringLiteral("y")};
    static const QStringList no{QString(), QStringLiteral("0"), QStringLiteral("×"), QStringLiteral("-"),
                                QStringLiteral("無"), QStringLiteral("false"), QStringLiteral("no"), QStringLiteral("n")};
    if (yes.contains(t))
        return true;
    if (no.contains(t))
        return false;
    *ok = false;
    return {};
}

} // namespace ct::dataio
