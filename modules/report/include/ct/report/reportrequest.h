// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include "ct/core/actor.h"

#include <QDateTime>
#include <QString>

namespace ct::report {

/// \brief What a situation report is asked for: the moment it describes, its language and who
/// asked for it.
///
/// The language decides the report's own headings only through the translator the caller has
/// installed (QCoreApplication::translate); it is handed to the plugins so they can format numbers
/// and dates for it.
struct ReportRequest
{
    QDateTime at;                 //!< the moment the report describes; invalid = now
    QString language = QStringLiteral("en"); //!< "ja" or "en"
    core::Actor actor;            //!< who asked (title block; the store is only read)
};

} // namespace ct::report
