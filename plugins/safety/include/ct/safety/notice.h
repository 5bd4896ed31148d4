// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include <QString>

namespace ct::safety {

/// \brief The bilingual text of a published alert, as subscribers receive it. De-personalised by
/// construction: it is composed from the category, an approximate time and an area name only.
struct Notice
{
    QString placeJa;     //!< "竹園1丁目付近"
    QString placeEn;     //!< "near Takezono 1-chome"
    QString timeJa;      //!< "3月1日（日）午後4時30分ごろ"
    QString timeEn;      //!< "around 4:30 pm on Sunday 1 March"
    QString adviceJa;
    QString adviceEn;
    QString subjectJa;
    QString bodyJa;
    QString subjectEn;
    QString bodyEn;
};

} // namespace ct::safety
