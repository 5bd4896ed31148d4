// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include <QByteArray>
#include <QString>

namespace ct::report {

/// \brief Makes the kanji of a PDF written by QPdfWriter come back out as kanji.
///
/// Qt writes each embedded font's ToUnicode map by scanning the font's character map upwards from
/// U+0000 and keeping, for each glyph, the first character that maps to it. Noto Sans CJK draws
/// many ideographs with the very glyph of a Kangxi radical or a CJK radical supplement character,
/// which come first (木 and ⽊ U+2F4A, 民 and ⺠ U+2EA0): copied, searched or read aloud, "並木小学校"
/// would become "並⽊⼩学校". This appends an incremental update to `pdf` (the original bytes stay
/// as they are) that maps those glyphs to the unified ideograph of the same glyph in `fontFamily`.
///
/// Returns how many map entries were changed; 0 leaves `pdf` untouched. A PDF it does not
/// understand is left untouched too.
int repairCjkToUnicode(QByteArray &pdf, const QString &fontFamily);

} // namespace ct::report
