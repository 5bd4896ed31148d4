// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include "ct/pluginapi/importer.h"

namespace ct::fleets {

/// \brief File → Import of a GTFS-Realtime VehiclePositions file (protobuf FeedMessage, as saved
/// from a feed's URL): the positions go into `fleet_vehicle` (VehiclePositionUpdater). A corrupt
/// file is refused and changes nothing.
class VehiclePositionImporter : public plugin::Importer
{
public:
    QString id() const override { return QStringLiteral("gtfs-realtime"); }
    QString title() const override;
    /// 90 for a file that decodes as a FeedMessage holding at least one vehicle position; 60 for
    /// any other `.pb` file (its import then names what is wrong with it).
    int confidence(const QString &path) const override;
    core::Result<plugin::ImportSummary> import(store::TwinStore &store, const QString &path) override;
};

} // namespace ct::fleets
