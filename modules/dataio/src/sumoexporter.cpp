// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "ct/dataio/sumoexporter.h"

#include "ct/store/twinstore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QXmlStreamWriter>

#include <algorithm>
#include <map>

namespace ct::dataio {

using core::Error;

namespace {

constexpr double kDefaultSpeedKmh = 30.0;

QString formatPoint(const geo::Point &p)
{
    return QStringLiteral("%1,%2").arg(p.x, 0, 'f', 2).arg(p.y, 0, 'f', 2);
}

QString shapeOf(std::span<const geo::Point> points, bool reversed)
{
    QStringList parts;
    for (std::size_t i = 0; i < points.size(); ++i)
        parts << formatPoint(points[reversed ? points.size() - 1 - i : i]);
    return parts.join(QLatin1Char(' '));
}

} // namespace

int SumoExporter::priorityForClass(const QString &roadClass)
{
    static const QHash<QString, int> priorities{
        {QStringLiteral("motorway"), 13}, {QStringLiteral("motorway_link"), 12}, {QStringLiteral("trunk"), 11},
        {QStringLiteral("trunk_link"), 10}, {QStringLiteral("primary"), 9}, {QStringLiteral("primary_link"), 8},
        {QStringLiteral("secondary"), 7}, {QStringLiteral("secondary_link"), 6}, {QStringLiteral("tertiary"), 5},
        {QStringLiteral("tertiary_link"), 4}, {QStringLiteral("unclassified"), 3}, {QStringLiteral("residential"), 3},
        {QStringLiteral("living_street"), 2}, {QStringLiteral("service"), 1}};
    return priorities.value(roadClass.toLower(), 3);
}

core::Result<SumoExporter::Counts> SumoExporter::exportNetwork(const store::TwinStore &store, const QString &directory)
{
    if (!store.hasLayer(QStringLiteral("roads")))
        return Error::notFound(QCoreApplication::translate("DataIo", "the twin has no roads layer"), store.path());
    auto roads = store.read(QStringLiteral("roads"));
    if (!roads)
        return roads.error();
    if (roads->size() == 0)
        return Error::invalidInput(QCoreApplication::translate("DataIo", "the roads layer is empty"), store.path());
    auto column = [&](const char *name) { return roads->columnIndex(QString::fromLatin1(name)); };
    const int roadId = column("road_id");
    const int roadClass = column("road_class");
    const int lanes = column("lanes");
    const int speed = column("speed_kmh");
    const int oneway = column("oneway");
    const int fromNode = column("from_node");
    const int toNode = column("to_node");
    if (roadId < 0 || fromNode < 0 || toNode < 0)
        return Error::invalidInput(QCoreApplication::translate("DataIo", "roads layer lacks road_id, from_node or to_node"), store.path());
    auto value = [&](int c, std::size_t row) { return c < 0 ? QVariant() : roads->columns[c][row]; };

    // Node positions: the road_nodes layer when there is one, else the ends of the roads.
    std::map<QString, geo::Point> nodes;
    if (store.hasLayer(QStringLiteral("road_nodes"))) {
        auto table = store.read(QStringLiteral("road_nodes"), {QStringLiteral("node_id")});
        if (!table)
            return table.error();
        const int id = table->columnIndex(QStringLiteral("node_id"));
        for (std::size_t i = 0; id >= 0 && i < table->size(); ++i) {
            if (!table->geometries[i].isEmpty())
                nodes.emplace(table->columns[id][i].toString(), table->geometries[i].points()[0]);
        }
    }
    for (std::size_t row = 0; row < roads->size(); ++row) {
        const auto points = roads->geometries[row].points();
        if (points.size() < 2)
            continue;
        nodes.try_emplace(value(fromNode, row).toString(), points.front());
        nodes.try_emplace(value(toNode, row).toString(), points.back());
    }

    if (!QDir().mkpath(directory))
        return Error::io(QCoreApplication::translate("DataIo", "cannot create the output directory"), directory);
    const QString nodePath = QDir(directory).filePath(QStringLiteral("nodes.nod.xml"));
    const QString edgePath = QDir(directory).filePath(QStringLiteral("edges.edg.xml"));

    Counts counts;
    {
        QFile file(nodePath);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return Error::io(file.errorString(), nodePath);
        QXmlStreamWriter xml(&file);
        xml.setAutoFormatting(true);
        xml.writeStartDocument();
        xml.writeComment(QStringLiteral(" CityTwin road nodes; x/y in metres, EPSG:6677 "));
        xml.writeStartElement(QStringLiteral("nodes"));
        for (const auto &[id, p] : nodes) {
            xml.writeStartElement(QStringLiteral("node"));
            xml.writeAttribute(QStringLiteral("id"), id);
            xml.writeAttribute(QStringLiteral("x"), QString::number(p.x, 'f', 2));
            xml.writeAttribute(QStringLiteral("y"), QString::number(p.y, 'f', 2));
            xml.writeEndElement();
            ++counts.nodes;
        }
        xml.writeEndElement();
        xml.writeEndDocument();
        if (file.error() != QFile::NoError)
            return Error::io(file.errorString(), nodePath);
    }
    {
        QFile file(edgePath);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return Error::io(file.errorString(), edgePath);
        QXmlStreamWriter xml(&file);
        xml.setAutoFormatting(true);
        xml.writeStartDocument();
        xml.writeComment(QStringLiteral(" CityTwin roads; speed in m/s, shape in metres (EPSG:6677) "));
        xml.writeStartElement(QStringLiteral("edges"));
        for (std::size_t row = 0; row < roads->size(); ++row) {
            const auto points = roads->geometries[row].points();
            const QString from = value(fromNode, row).toString();
            const QString to = value(toNode, row).toString();
            if (points.size() < 2 || from == to)
                continue; // SUMO has no self-loop edges
            const bool isOneway = value(oneway, row).toBool();
            const int totalLanes = std::max(1, value(lanes, row).toInt());
            // `lanes` counts both directions (OSM convention); a two-way road splits them.
            const int lanesPerDirection = isOneway ? totalLanes : std::max(1, totalLanes / 2);
            double kmh = value(speed, row).toDouble();
            if (kmh <= 0)
                kmh = kDefaultSpeedKmh;
            const QString id = value(roadId, row).toString();
            const int priority = priorityForClass(value(roadClass, row).toString());
            for (int direction = 0; direction < (isOneway ? 1 : 2); ++direction) {
                const bool reversed = direction == 1;
                xml.writeStartElement(QStringLiteral("edge"));
                xml.writeAttribute(QStringLiteral("id"), reversed ? QLatin1Char('-') + id : id);
                xml.writeAttribute(QStringLiteral("from"), reversed ? to : from);
                xml.writeAttribute(QStringLiteral("to"), reversed ? from : to);
                xml.writeAttribute(QStringLiteral("numLanes"), QString::number(lanesPerDirection));
                xml.writeAttribute(QStringLiteral("speed"), QString::number(kmh / 3.6, 'f', 2));
                xml.writeAttribute(QStringLiteral("priority"), QString::number(priority));
                if (points.size() > 2)
                    xml.writeAttribute(QStringLiteral("shape"), shapeOf(points, reversed));
                xml.writeEndElement();
                ++counts.edges;
            }
        }
        xml.writeEndElement();
        xml.writeEndDocument();
        if (file.error() != QFile::NoError)
            return Error::io(file.errorString(), edgePath);
    }
    if (counts.edges == 0)
        return Error::invalidInput(QCoreApplication::translate("DataIo", "no road could be written as a SUMO edge"), store.path());
    return counts;
}

} // namespace ct::dataio
