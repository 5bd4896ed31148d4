// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include <QStringList>
#include <QTextStream>

namespace ct::cli {

/// `citytwin-cli report TWIN [--at TIME] [--lang ja|en] [--operator NAME] -o REPORT.pdf` writes the
/// situation report of a twin (map snapshot and the sections of the loaded plugins) as a PDF.
/// Exit 0; 2 for bad arguments (an unreadable --at, no -o, another --lang); 1 when the twin cannot
/// be opened or the report cannot be written. The report is written to REPORT.pdf.part and renamed
/// when complete, so a failure leaves no partial file. The twin is opened read-only.
int runReport(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace ct::cli
