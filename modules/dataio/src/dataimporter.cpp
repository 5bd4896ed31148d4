// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "ct/dataio/dataimporter.h"

#include "ct/dataio/formatdetector.h"
#include "ct/dataio/genericimporter.h"
#include "ct/dataio/gsishelterimporter.h"
#include "ct/dataio/importsession.h"
#include "ct/dataio/nationalshelterimporter.h"
#include "ct/dataio/osmimporter.h"
#include "ct/dataio/plateauimporter.h"
#include "ct/dataio/stationcsvimporter.h"
#include "ct/store/twinstore.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace ct::dataio {

using core::Error;

DataImporter::DataImporter(store::TwinStore &store, core::Actor actor) : m_store(store), m_actor(std::move(actor)) {}

std::unique_ptr<Importer> DataImporter::importerFor(SourceFormat format)
{
    switch (format) {
    case SourceFormat::GsiShelterGeoJson: return std::make_unique<GsiShelterImporter>();
    case SourceFormat::NationalShelterCsv: return std::make_unique<NationalShelterImporter>();
    case SourceFormat::PlateauCityGml: return std::make_unique<PlateauImporter>();
    case SourceFormat::OpenStreetMap: return std::make_unique<OsmImporter>();
    case SourceFormat::MlitGaugeCsv:
    case SourceFormat::AmedasCsv: return std::make_unique<StationCsvImporter>(format);
    case SourceFormat::GenericVector: return std::make_unique<GenericImporter>();
    case SourceFormat::Unknown: break;
    }
    return nullptr;
}

ImportReport DataImporter::importFile(const QString &path, const ImportOptions &options)
{
    ImportReport report;
    report.file = path;
    auto detection = FormatDetector::detect(path);
    if (!detection) {
        report.error = detection.error().toString();
        return report;
    }
    report.format = detection->format;
    report.encoding = detection->encoding;
    std::unique_ptr<Importer> importer = importerFor(detection->format);
    if (!importer) {
        report.error = Error::unsupported(QCoreApplication::translate("DataIo", "no importer for this content"), QFileInfo(path).fileName()).toString();
        return report;
    }
    const QString fileName = QFileInfo(path).fileName();
    const core::Status status = m_store.perform(
        m_actor, QStringLiteral("layer.import"), fileName,
        [&](store::TwinStore &store, QJsonObject &before, QJsonObject &after) -> core::Status {
            ImportSession session(store, path, detection.value(), options, report);
            if (auto s = importer->run(session); !s)
                return s;
            if (auto s = session.finish(); !s)
                return s;
            if (report.imported() + report.updated() == 0)
                return Error::invalidInput(report.skipped() > 0 ? QCoreApplication::translate("DataIo", "every row was skipped; nothing imported")
                                                                : QCoreApplication::translate("DataIo", "no features to import"),
                                           fileName);
            before = QJsonObject{{QStringLiteral("file"), QFileInfo(path).absoluteFilePath()}};
            after = report.toJson();
            return {};
        });
    if (!status) {
        report.error = status.error().toString();
        // Rolled back: nothing of this file is in the twin.
        for (auto &l : report.layers) {
            l.imported = 0;
            l.updated = 0;
        }
    }
    return report;
}

} // namespace ct::dataio
