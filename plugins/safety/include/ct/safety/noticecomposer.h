// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include "ct/safety/category.h"
#include "ct/safety/notice.h"

#include <QDateTime>
#include <QString>

namespace ct::safety {

/// \brief Writes the notice of a published alert in Japanese and English at once.
///
/// Both languages are produced together whatever the console's language (subscribers choose
/// theirs), so the texts are templates here rather than UI translations. The input has no
/// description, suspect description, address or personal field — the composer cannot leak what it
/// is never given. Times are Japan Standard Time, rounded down to 10 minutes and said as "about".
class NoticeComposer
{
public:
    struct Input
    {
        Category category = Category::Other;
        QDateTime occurredFrom;   //!< any zone; shown in JST
        QDateTime occurredTo;     //!< optional
        QString areaJa;           //!< area name, e.g. "竹園1丁目"; empty: somewhere in the city
        QString areaEn;           //!< English area name; the Japanese one when empty
    };

    static Notice compose(const Input &input);
    static QString adviceJa(Category category);
    static QString adviceEn(Category category);
    /// The notice as a plain-text mail: subject line, Japanese body, separator, English body.
    static QString mailText(const Notice &notice);
};

} // namespace ct::safety
