// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "ct/fleets/vehiclepositionimporter.h"

#include "ct/fleets/gtfsrealtimefeed.h"
#include "ct/fleets/vehiclepositionupdater.h"
#include "ct/store/twinstore.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace ct::fleets {

QString VehiclePositionImporter::title() const
{
    return QCoreApplication::translate("Fleets", "GTFS-Realtime vehicle positions (protobuf)");
}

int VehiclePositionImporter::confidence(const QString &path) const
{
    QFile file(path);
    // Vehicle position feeds are small; a file above 64 MiB is something else.
    if (!file.open(QIODevice::ReadOnly) || file.size() > 64 * 1024 * 1024)
        return 0;
    auto positions = GtfsRealtimeFeed::decode(file.readAll(), QFileInfo(path).fileName());
    if (positions && !positions->empty())
        return 90;
    // A ".pb" file (what feeds are saved or served as; no GDAL format uses it) that does not
    // decode is still taken, so its import says what is wrong with the protobuf.
    return QFileInfo(path).suffix().compare(QLatin1String("pb"), Qt::CaseInsensitive) == 0 ? 60 : 0;
}

core::Result<plugin::ImportSummary> VehiclePositionImporter::import(store::TwinStore &store, const QString &path)
{
    auto positions = GtfsRealtimeFeed::readFile(path);
    if (!positions)
        return positions.error();
    auto outcome = VehiclePositionUpdater::apply(store, *positions);
    if (!outcome)
        return outcome.error();
    plugin::ImportSummary summary;
    summary.file = path;
    summary.layer = QStringLiteral("fleet_vehicle");
    summary.imported = outcome->inserted;
    summary.updated = outcome->updated;
    summary.skipped = outcome->stale;
    for (int i = 0; i < outcome->stale; ++i)
        summary.skippedReasons << QCoreApplication::translate("Fleets", "%1: a newer position is already recorded")
                                      .arg(QFileInfo(path).fileName());
    return summary;
}

} // namespace ct::fleets
