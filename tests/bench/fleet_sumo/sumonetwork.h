// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
//
// The twin's car network for SUMO, as bench_sim_sumo builds it: SumoExporter's plain XML turned
// into a .net.xml by netconvert, and the SUMO id of each directed edge of our RoadGraph.
#pragma once

#include "ct/dataio/sumoexporter.h"
#include "ct/routing/roadgraph.h"
#include "ct/store/twinstore.h"

#include <QDir>
#include <QHash>
#include <QProcess>
#include <QStandardPaths>

namespace benchsumo {

struct Network
{
    QString sumo;                      //!< the sumo executable ("" when not installed)
    QString netFile;
    QHash<qint64, qint64> fromNode;    //!< road id → from_node
    QString error;

    QString edgeId(const ct::routing::RoadGraph &graph, int edge) const
    {
        const qint64 road = graph.edgeRoadId(edge);
        const bool forward = fromNode.value(road) == graph.twinNodeId(graph.edgeTail(edge));
        return forward ? QString::number(road) : QStringLiteral("-%1").arg(road);
    }
};

inline Network buildNetwork(const ct::store::TwinStore &twin, const QString &dir)
{
    Network n;
    n.sumo = QStandardPaths::findExecutable(QStringLiteral("sumo"));
    const QString netconvert = QStandardPaths::findExecutable(QStringLiteral("netconvert"));
    if (n.sumo.isEmpty() || netconvert.isEmpty()) {
        n.sumo.clear();
        return n;
    }
    if (auto counts = ct::dataio::SumoExporter::exportNetwork(twin, dir); !counts) {
        n.error = counts.error().toString();
        return n;
    }
    n.netFile = QDir(dir).filePath(QStringLiteral("net.net.xml"));
    QProcess convert;
    convert.start(netconvert, {QStringLiteral("--node-files"), QDir(dir).filePath(QStringLiteral("nodes.nod.xml")),
                               QStringLiteral("--edge-files"), QDir(dir).filePath(QStringLiteral("edges.edg.xml")),
                               QStringLiteral("-o"), n.netFile, QStringLiteral("--no-warnings"), QStringLiteral("true")});
    if (!convert.waitForFinished(-1) || convert.exitCode() != 0) {
        n.error = QStringLiteral("netconvert failed: ") + QString::fromUtf8(convert.readAllStandardError());
        return n;
    }
    auto roads = twin.readColumns(QStringLiteral("roads"), {QStringLiteral("road_id"), QStringLiteral("from_node")});
    if (!roads) {
        n.error = roads.error().toString();
        return n;
    }
    const auto &ids = roads->columns[std::size_t(roads->columnIndex(QStringLiteral("road_id")))];
    const auto &froms = roads->columns[std::size_t(roads->columnIndex(QStringLiteral("from_node")))];
    for (std::size_t i = 0; i < roads->size(); ++i)
        n.fromNode.insert(ids.integer(i), froms.integer(i));
    return n;
}

} // namespace benchsumo
