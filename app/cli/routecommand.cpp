// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "routecommand.h"

#include "ct/geo/crs.h"
#include "ct/geo/crstransform.h"
#include "ct/routing/closures.h"
#include "ct/routing/roadgraph.h"
#include "ct/routing/dijkstra.h"
#include "ct/routing/liveclosures.h"
#include "ct/store/twinstore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

namespace ct::cli {

namespace {

bool parseLonLat(const QString &text, geo::Point *p)
{
    const QStringList parts = text.split(QLatin1Char(','));
    if (parts.size() != 2)
        return false;
    bool okX = false, okY = false;
    p->x = parts[0].trimmed().toDouble(&okX);
    p->y = parts[1].trimmed().toDouble(&okY);
    return okX && okY && std::abs(p->x) <= 180.0 && std::abs(p->y) <= 90.0;
}

} // namespace

int runRoute(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("Cli", "Fastest route between two WGS84 positions on the twin's roads "
        "(each end snapped to the nearest road node), avoiding closed roads."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("TWIN"), QCoreApplication::translate("Cli", "the twin (.gpkg) to read"));
    const QCommandLineOption from(QStringLiteral("from"), QCoreApplication::translate("Cli", "start as longitude,latitude (WGS84)"), QStringLiteral("LON,LAT"));
    const QCommandLineOption to(QStringLiteral("to"), QCoreApplication::translate("Cli", "destination as longitude,latitude (WGS84)"), QStringLiteral("LON,LAT"));
    const QCommandLineOption mode(QStringLiteral("mode"), QCoreApplication::translate("Cli", "car (default) or walk"), QStringLiteral("MODE"), QStringLiteral("car"));
    const QCommandLineOption close(QStringLiteral("close"), QCoreApplication::translate("Cli", "road ids to treat as closed, comma-separated"), QStringLiteral("ID,..."));
    const QCommandLineOption json(QStringLiteral("json"), QCoreApplication::translate("Cli", "print a GeoJSON Feature (path in WGS84) instead of text"));
    const QCommandLineOption ignoreLive(QStringLiteral("ignore-live-closures"),
                                        QCoreApplication::translate("Cli", "route as if the roads closed in the twin's live state (road_closure) were open"));
    parser.addOptions({from, to, mode, close, json, ignoreLive});
    if (!parser.parse(QStringList{QStringLiteral("citytwin-cli route")} + arguments)) {
        err << "citytwin-cli route: " << parser.errorText() << "\n";
        return 2;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out << parser.helpText();
        return 0;
    }
    if (parser.positionalArguments().size() != 1) {
        err << "citytwin-cli route: " << QCoreApplication::translate("Cli", "expected exactly one TWIN") << "\n" << parser.helpText();
        return 2;
    }
    geo::Point start, goal;
    if (!parser.isSet(from) || !parseLonLat(parser.value(from), &start) || !parser.isSet(to) || !parseLonLat(parser.value(to), &goal)) {
        err << "citytwin-cli route: " << QCoreApplication::translate("Cli", "--from and --to must be given as LON,LAT in degrees") << "\n";
        return 2;
    }
    routing::Mode travelMode = routing::Mode::Car;
    if (!routing::modeFromName(parser.value(mode), &travelMode)) {
        err << "citytwin-cli route: " << QCoreApplication::translate("Cli", "--mode must be car or walk") << "\n";
        return 2;
    }
    std::vector<qint64> closedIds;
    if (parser.isSet(close)) {
        for (const QString &part : parser.value(close).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            bool ok = false;
            const qint64 id = part.trimmed().toLongLong(&ok);
            if (!ok) {
                err << "citytwin-cli route: " << QCoreApplication::translate("Cli", "--close expects road ids, not \"%1\"").arg(part) << "\n";
                return 2;
            }
            closedIds.push_back(id);
        }
    }

    auto store = store::TwinStore::open(parser.positionalArguments().first(), store::TwinStore::OpenMode::ReadOnly);
    if (!store) {
        err << "citytwin-cli route: " << store.error().toString() << "\n";
        return 1;
    }
    auto graph = routing::RoadGraph::fromTwin(*store.value(), travelMode);
    if (!graph) {
        err << "citytwin-cli route: " << graph.error().toString() << "\n";
        return 1;
    }
    if (graph->nodeCount() == 0) {
        err << "citytwin-cli route: " << QCoreApplication::translate("Cli", "the twin has no roads") << "\n";
        return 1;
    }
    auto transform = geo::CrsTransform::create(geo::crs::kWgs84, geo::crs::kJgd2011ZoneIX);
    if (!transform) {
        err << "citytwin-cli route: " << transform.error().toString() << "\n";
        return 1;
    }
    geo::Point startLocal = start, goalLocal = goal;
    if (!transform->forward(startLocal) || !transform->forward(goalLocal)) {
        err << "citytwin-cli route: " << QCoreApplication::translate("Cli", "cannot transform the positions to EPSG:6677") << "\n";
        return 2;
    }
    routing::Closures closures(graph.value());
    for (qint64 id : closedIds)
        if (!closures.close(id))
            err << "citytwin-cli route: " << QCoreApplication::translate("Cli", "warning: no road %1 to close").arg(id) << "\n";
    // The live state's closures (verified damage reports, operators' orders) hold unless ignored.
    std::vector<qint64> liveIds;
    if (!parser.isSet(ignoreLive)) {
        auto live = routing::LiveClosures::activeRoadIds(*store.value());
        if (!live) {
            err << "citytwin-cli route: " << live.error().toString() << "\n";
            return 1;
        }
        for (qint64 id : live.value())
            if (closures.close(id) || closures.isRoadClosed(id))
                liveIds.push_back(id);
    }
    // One query per run: plain Dijkstra (a few ms at scale 1) beats building the CCH router
    // (seconds of preprocessing), which pays off only over many queries (the console, the sim).
    const int a = graph->nearestNode(startLocal), b = graph->nearestNode(goalLocal);
    routing::Dijkstra dijkstra(graph.value());
    const routing::Route route = dijkstra.route(a, b, closures);
    if (!route.reachable) {
        err << "citytwin-cli route: "
            << QCoreApplication::translate("Cli", "no route from node %1 to node %2 by %3 with the given closures")
                   .arg(graph->twinNodeId(a)).arg(graph->twinNodeId(b)).arg(routing::modeName(travelMode))
            << "\n";
        return 1;
    }
    QList<qint64> roadIds;
    for (int e : route.edges)
        if (roadIds.isEmpty() || roadIds.back() != graph->edgeRoadId(e))
            roadIds.push_back(graph->edgeRoadId(e));

    if (parser.isSet(json)) {
        QJsonArray coordinates;
        std::vector<geo::Point> path{graph->position(a)};
        for (int e : route.edges) {
            const auto points = graph->edgeGeometry(e);
            path.insert(path.end(), points.begin() + 1, points.end());
        }
        transform->inverse(std::span<geo::Point>(path));
        for (const auto &p : path)
            coordinates.append(QJsonArray{std::round(p.x * 1e7) / 1e7, std::round(p.y * 1e7) / 1e7});
        QJsonArray ids;
        for (qint64 id : roadIds)
            ids.append(id);
        QJsonArray closed;
        for (qint64 id : closures.closedRoads())
            closed.append(id);
        QJsonArray liveClosed;
        for (qint64 id : liveIds)
            liveClosed.append(id);
        QJsonObject properties{{QStringLiteral("mode"), routing::modeName(travelMode)},
                               {QStringLiteral("seconds"), std::round(route.seconds * 10.0) / 10.0},
                               {QStringLiteral("minutes"), std::round(route.seconds / 6.0) / 10.0},
                               {QStringLiteral("metres"), std::round(route.metres * 10.0) / 10.0},
                               {QStringLiteral("from_node"), graph->twinNodeId(a)},
                               {QStringLiteral("to_node"), graph->twinNodeId(b)},
                               {QStringLiteral("road_ids"), ids},
                               {QStringLiteral("closed"), closed},
                               {QStringLiteral("live_closed"), liveClosed}};
        QJsonObject feature{{QStringLiteral("type"), QStringLiteral("Feature")},
                            {QStringLiteral("geometry"), QJsonObject{{QStringLiteral("type"), QStringLiteral("LineString")},
                                                                     {QStringLiteral("coordinates"), coordinates}}},
                            {QStringLiteral("properties"), properties}};
        out << QJsonDocument(feature).toJson(QJsonDocument::Indented);
        return 0;
    }
    QStringList idText;
    for (qint64 id : roadIds)
        idText << QString::number(id);
    out << QCoreApplication::translate("Cli", "%1 route: %2 min, %3 km, from node %4 to node %5")
               .arg(routing::modeName(travelMode), QString::number(route.seconds / 60.0, 'f', 1),
                    QString::number(route.metres / 1000.0, 'f', 2), QString::number(graph->twinNodeId(a)),
                    QString::number(graph->twinNodeId(b)))
        << "\n";
    out << QCoreApplication::translate("Cli", "roads: %1").arg(idText.join(QLatin1Char(' '))) << "\n";
    if (!liveIds.empty())
        out << QCoreApplication::translate("Cli", "closed in the live state: %n road(s)", nullptr, int(liveIds.size())) << "\n";
    return 0;
}

} // namespace ct::cli
