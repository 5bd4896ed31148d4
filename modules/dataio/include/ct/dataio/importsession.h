// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include "ct/core/result.h"
#include "ct/dataio/formatdetection.h"
#include "ct/dataio/importoptions.h"
#include "ct/dataio/importreport.h"
#include "ct/dataio/layersink.h"
#include "ct/geo/crstransform.h"

#include <QHash>
#include <QString>

#include <memory>
#include <vector>

namespace ct::store {
class TwinStore;
}

namespace ct::dataio {

/// \brief Everything one import of one file shares between the importer and the caller: the twin,
/// the options, the report being filled, the layers opened so far, and the bad-row policy.
class ImportSession
{
public:
    ImportSession(store::TwinStore &store, QString path, FormatDetection detection, ImportOptions options,
                  ImportReport &report);
    ~ImportSession();
    ImportSession(const ImportSession &) = delete;
    ImportSession &operator=(const ImportSession &) = delete;

    store::TwinStore &store() { return m_store; }
    const QString &path() const { return m_path; }
    /// The file name as shown in messages ("shelters.csv").
    QString fileName() const;
    const FormatDetection &detection() const { return m_detection; }
    const ImportOptions &options() const { return m_options; }
    ImportReport &report() { return m_report; }
    /// The twin's CRS (EPSG code) for new layers.
    int targetSrsId() const;

    /// "file:line" for messages.
    QString where(qint64 line) const;
    /// "file: feature ID" for messages.
    QString whereFeature(const QString &feature) const;

    /// A row that cannot be imported. With `--skip-bad` it is listed in the report and success is
    /// returned so the importer goes on; otherwise the error that aborts (and rolls back) the import.
    core::Status badRow(const QString &where, const QString &reason);

    /// The sink for a layer, opened (and created from `definition` when the twin lacks it) on first use.
    core::Result<LayerSink *> layer(const store::LayerDefinition &definition);
    /// Finishes every opened layer (spatial index, extent).
    core::Status finish();

    /// A PROJ transform from `sourceCrs` ("EPSG:4326", WKT) to the twin's CRS; cached per source.
    core::Result<const geo::CrsTransform *> transformFrom(const QString &sourceCrs);
    /// Any PROJ transform, cached per (from, to) pair for the session.
    core::Result<const geo::CrsTransform *> transform(const QString &from, const QString &to);

    /// Japan's extent in degrees: longitude 122–154 E, latitude 20–46 N.
    static bool insideJapan(double lon, double lat);

private:
    store::TwinStore &m_store;
    QString m_path;
    FormatDetection m_detection;
    ImportOptions m_options;
    ImportReport &m_report;
    std::vector<std::pair<QString, std::unique_ptr<LayerSink>>> m_sinks;
    QHash<QString, std::shared_ptr<geo::CrsTransform>> m_transforms;
};

} // namespace ct::dataio
