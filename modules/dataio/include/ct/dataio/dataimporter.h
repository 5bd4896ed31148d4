// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include "ct/core/actor.h"
#include "ct/dataio/importer.h"
#include "ct/dataio/importoptions.h"
#include "ct/dataio/importreport.h"

#include <QString>

#include <memory>

namespace ct::store {
class TwinStore;
}

namespace ct::dataio {

/// \brief Imports one file into a twin as one audited transaction: detects the format from the
/// content, picks the importer, runs it inside TwinStore::perform() (action "layer.import", target
/// the file name, `after` the summary) and rolls everything back on an error — so a bad file
/// leaves the twin exactly as it was.
class DataImporter
{
public:
    explicit DataImporter(store::TwinStore &store, core::Actor actor = core::Actor::system(QStringLiteral("citytwin-cli")));

    /// Always returns a report; `report.error` is empty on success.
    ImportReport importFile(const QString &path, const ImportOptions &options = {});

    /// The importer for a detected format (nullptr for Unknown).
    static std::unique_ptr<Importer> importerFor(SourceFormat format);

private:
    store::TwinStore &m_store;
    core::Actor m_actor;
};

} // namespace ct::dataio
