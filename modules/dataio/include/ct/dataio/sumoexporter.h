// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include "ct/core/result.h"

#include <QString>

namespace ct::store {
class TwinStore;
}

namespace ct::dataio {

/// \brief Writes the twin's road network (`roads` + `road_nodes`) as SUMO plain XML, the bridge for
/// side-by-side benchmarks against SUMO: `nodes.nod.xml` (x/y in metres, EPSG:6677) and
/// `edges.edg.xml` (from/to, numLanes, speed in m/s, priority by road class, shape when a road has
/// more than two points). A two-way road gives edges `<road_id>` and `-<road_id>`.
class SumoExporter
{
public:
    struct Counts
    {
        qint64 nodes = 0;
        qint64 edges = 0;
    };

    /// Creates `directory` when missing; refuses a network without roads.
    static core::Result<Counts> exportNetwork(const store::TwinStore &store, const QString &directory);

    /// SUMO edge priority for an OSM-style road class (motorway 13 … service 1).
    static int priorityForClass(const QString &roadClass);
};

} // namespace ct::dataio
