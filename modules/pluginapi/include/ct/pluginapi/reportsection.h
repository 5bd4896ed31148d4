// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include "ct/core/actor.h"

#include <QDateTime>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace ct::store {
class TwinStore;
}

namespace ct::plugin {

/// \brief A table in a situation report. The generator repeats `headers` on every page the
/// table spans; cells are already formatted text in the report's language.
struct ReportTable
{
    QString title;                 //!< shown above the table (may be empty)
    QStringList headers;
    QList<QStringList> rows;       //!< each row has headers.size() cells
};

/// \brief One domain's part of the situation report (citytwin-cli report, File → Report…).
///
/// Text is final, translated text: the plugin formats numbers and translates its headings with
/// QCoreApplication::translate() before returning, in the language of ReportContext::language.
struct ReportSection
{
    QString id;                    //!< stable key, e.g. "shelters.totals"
    QString title;                 //!< section heading
    QStringList paragraphs;        //!< free text, printed before the figures and tables
    QList<ReportTable> tables;
    QList<QPair<QString, QString>> figures;   //!< key figures: (label, value), e.g. ("Open", "12")
    int order = 100;               //!< sections are printed in ascending order, then by id
};

/// \brief What a plugin is given to write its report sections.
///
/// The store is open and must only be read (the report never changes the twin). `at` is the
/// moment the report describes ("--at" on the command line; the current time by default); a
/// plugin with time-stamped data reports the state at that moment.
struct ReportContext
{
    const store::TwinStore *store = nullptr;
    QDateTime at;                  //!< UTC
    QString language;              //!< "ja" or "en"
    core::Actor actor;             //!< who asked for the report (shown on the title page)
};

} // namespace ct::plugin
