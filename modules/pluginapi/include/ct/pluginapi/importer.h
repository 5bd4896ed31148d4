// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include "ct/core/result.h"

#include <QString>
#include <QStringList>

namespace ct::store {
class TwinStore;
}

namespace ct::plugin {

/// \brief What one import did, for the summary the user sees and for `--json`.
struct ImportSummary
{
    QString file;
    QString layer;
    qint64 imported = 0;
    qint64 updated = 0;
    qint64 skipped = 0;
    QStringList skippedReasons;  //!< one line per skipped row: "file:line: reason"
};

/// \brief A domain-specific importer (a plugin's own format). The console asks every plugin
/// importer how confident it is that it can read a file and uses the most confident one when it
/// answers at least kConfident; otherwise the built-in importers (GDAL formats) take the file.
/// Both calls come from the console's import worker thread, never the GUI thread.
class Importer
{
public:
    static constexpr int kConfident = 50;

    virtual ~Importer() = default;
    virtual QString id() const = 0;
    virtual QString title() const = 0;
    /// 0 = cannot read; 100 = recognised from content for certain.
    virtual int confidence(const QString &path) const = 0;
    /// Imports `path` into `store` inside the caller's transaction.
    virtual core::Result<ImportSummary> import(store::TwinStore &store, const QString &path) = 0;
    /// The action (a `ct_permission` grant) the console and the CLI perform the import under:
    /// "layer.import" unless the domain's data has rules of its own (e.g. police crime open
    /// data, which the police liaison imports: "safety.crime-data.import").
    virtual QString action() const { return QStringLiteral("layer.import"); }
};

} // namespace ct::plugin
