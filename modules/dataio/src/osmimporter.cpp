// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "ct/dataio/osmimporter.h"

#include "ogrsupport.h"

#include "ct/dataio/importsession.h"
#include "ct/dataio/layercontracts.h"
#include "ct/store/layerdefinition.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>
#include <map>

namespace ct::dataio {

using core::Error;

namespace {

constexpr double kMetresPerStorey = 3.0;  // building height estimate from building:levels

//! Highway classes that carry motor traffic; footways, paths, cycleways and steps are not routed.
const QSet<QString> kRoadClasses{
    QStringLiteral("motorway"), QStringLiteral("motorway_link"), QStringLiteral("trunk"), QStringLiteral("trunk_link"),
    QStringLiteral("primary"), QStringLiteral("primary_link"), QStringLiteral("secondary"), QStringLiteral("secondary_link"),
    QStringLiteral("tertiary"), QStringLiteral("tertiary_link"), QStringLiteral("unclassified"), QStringLiteral("residential"),
    QStringLiteral("living_street"), QStringLiteral("service"), QStringLiteral("road")};

//! Typical speeds in Japan when the way has no maxspeed (km/h).
double defaultSpeed(const QString &roadClass)
{
    static const QHash<QString, double> speeds{
        {QStringLiteral("motorway"), 100}, {QStringLiteral("motorway_link"), 60}, {QStringLiteral("trunk"), 60},
        {QStringLiteral("trunk_link"), 40}, {QStringLiteral("primary"), 60}, {QStringLiteral("primary_link"), 40},
        {QStringLiteral("secondary"), 50}, {QStringLiteral("secondary_link"), 40}, {QStringLiteral("tertiary"), 40},
        {QStringLiteral("tertiary_link"), 30}, {QStringLiteral("unclassified"), 40}, {QStringLiteral("residential"), 30},
        {QStringLiteral("living_street"), 10}, {QStringLiteral("service"), 20}, {QStringLiteral("road"), 30}};
    return speeds.value(roadClass, 30);
}

QHash<QString, QString> parseTags(const QString &otherTags)
{
    static const QRegularExpression re(QStringLiteral("\"((?:[^\"\\\\]|\\\\.)*)\"=>\"((?:[^\"\\\\]|\\\\.)*)\""));
    QHash<QString, QString> tags;
    for (auto it = re.globalMatch(otherTags); it.hasNext();) {
        const auto m = it.next();
        tags.insert(m.captured(1), m.captured(2));
    }
    return tags;
}

//! Exact vertex identity: OSM nodes shared by ways have identical coordinates.
struct NodeKey
{
    qint64 lon = 0;  // degrees × 1e7, the precision OSM stores
    qint64 lat = 0;
    friend bool operator<(const NodeKey &a, const NodeKey &b) { return a.lon != b.lon ? a.lon < b.lon : a.lat < b.lat; }
};

NodeKey keyOf(const geo::Point &p)
{
    return {qint64(std::llround(p.x * 1e7)), qint64(std::llround(p.y * 1e7))};
}

QString nodeId(const NodeKey &k)
{
    return QStringLiteral("n%1_%2").arg(k.lon).arg(k.lat);
}

//! The same identity as a number, for twins whose node columns are integers (the demo city's):
//! longitude × 1e7 (< 2^31) in the high bits, latitude × 1e7 (< 2^31) in the low ones.
qint64 numericNodeId(const NodeKey &k)
{
    return (k.lon << 31) | (k.lat & 0x7fffffff);
}

struct Way
{
    QString id;
    QString roadClass;
    QString name;
    QVariant lanes;
    double speed = 0;
    bool oneway = false;
    bool bridge = false;
    std::vector<geo::Point> points;   // lon/lat
};

bool truthy(const QString &v)
{
    return v == QLatin1String("yes") || v == QLatin1String("true") || v == QLatin1String("1");
}

double parseMeasure(const QString &text, bool *ok)
{
    static const QRegularExpression number(QStringLiteral("^\\s*([0-9]+(?:\\.[0-9]+)?)\\s*(mph|m|km/h|kmh)?\\s*$"));
    const auto m = number.match(text);
    *ok = m.hasMatch();
    if (!*ok)
        return 0;
    double v = m.captured(1).toDouble();
    if (m.captured(2) == QLatin1String("mph"))
        v *= 1.609344;
    return v;
}

} // namespace

core::Status OsmImporter::run(ImportSession &session)
{
    ogr::ErrorCollector errors;
    auto opened = ogr::openSource(session.path(), session.fileName(), QStringLiteral("OSM"));
    if (!opened)
        return opened.error();
    GDALDataset *dataset = opened.value().get();
    auto transform = session.transformFrom(QStringLiteral("EPSG:4326"));
    if (!transform)
        return transform.error();

    std::vector<Way> ways;
    struct Pending { geo::Geometry geometry; std::vector<QVariant> values; QString where; };
    std::vector<Pending> buildings;
    std::vector<Pending> amenities;

    // The OSM driver wants interleaved reading through the dataset, not layer by layer.
    OGRLayer *layer = nullptr;
    qint64 features = 0;
    for (ogr::FeaturePtr f(dataset->GetNextFeature(&layer, nullptr, nullptr, nullptr)); f;
         f.reset(dataset->GetNextFeature(&layer, nullptr, nullptr, nullptr))) {
        ++features;
        const QString layerName = QString::fromUtf8(layer->GetName());
        const OGRFeatureDefn *defn = layer->GetLayerDefn();
        auto text = [&](const char *field) { return ogr::fieldText(f.get(), defn->GetFieldIndex(field)); };
        const QHash<QString, QString> tags = parseTags(text("other_tags"));
        auto geometry = ogr::toGeometry(f->GetGeometryRef());
        if (!geometry)
            continue; // incomplete ways/relations at the extract's edge carry no geometry
        QString osmId;
        if (layerName == QLatin1String("points"))
            osmId = QStringLiteral("node/") + text("osm_id");
        else if (layerName == QLatin1String("lines"))
            osmId = QStringLiteral("way/") + text("osm_id");
        else if (layerName == QLatin1String("multipolygons"))
            osmId = text("osm_way_id").isEmpty() ? QStringLiteral("relation/") + text("osm_id")
                                                 : QStringLiteral("way/") + text("osm_way_id");
        else
            continue;
        const QString where = session.whereFeature(osmId);
        const auto points = geometry->points();
        const auto outside = std::find_if(points.begin(), points.end(),
                                          [](const geo::Point &p) { return !ImportSession::insideJapan(p.x, p.y); });
        if (outside != points.end()) {
            const geo::Point p = *outside;
            if (auto s = session.badRow(where, QCoreApplication::translate("DataIo", "position outside Japan (longitude %1, latitude %2)").arg(p.x).arg(p.y)); !s)
                return s;
            continue;
        }

        if (layerName == QLatin1String("lines")) {
            const QString highway = text("highway");
            if (!kRoadClasses.contains(highway) || geometry->points().size() < 2)
                continue;
            Way way;
            way.id = text("osm_id");
            way.roadClass = highway;
            way.name = text("name");
            way.points.assign(geometry->points().begin(), geometry->points().end());
            const QString oneway = tags.value(QStringLiteral("oneway"));
            way.oneway = truthy(oneway) || highway == QLatin1String("motorway")
                || tags.value(QStringLiteral("junction")) == QLatin1String("roundabout");
            if (oneway == QLatin1String("-1")) {
                way.oneway = true;
                std::reverse(way.points.begin(), way.points.end());
            }
            bool ok = false;
            const int lanes = tags.value(QStringLiteral("lanes")).toInt(&ok);
            if (ok && lanes > 0)
                way.lanes = lanes;
            const double maxspeed = parseMeasure(tags.value(QStringLiteral("maxspeed")), &ok);
            way.speed = ok && maxspeed > 0 ? maxspeed : defaultSpeed(highway);
            way.bridge = !tags.value(QStringLiteral("bridge")).isEmpty() && tags.value(QStringLiteral("bridge")) != QLatin1String("no");
            ways.push_back(std::move(way));
            continue;
        }
        QString amenity = layerName == QLatin1String("multipolygons") ? text("amenity") : tags.value(QStringLiteral("amenity"));
        if (layerName == QLatin1String("points") && !amenity.isEmpty()) {
            geo::Geometry g = geometry.value();
            if (!transform.value()->forward(g))
                continue;
            amenities.push_back({std::move(g), {osmId, amenity, text("name")}, where});
            continue;
        }
        if (layerName != QLatin1String("multipolygons"))
            continue;
        const QString building = text("building");
        if (!building.isEmpty()) {
            geo::Geometry g = geometry.value();
            if (!transform.value()->forward(g))
                continue;
            bool ok = false;
            QVariant height;
            QVariant floors;
            const double h = parseMeasure(tags.value(QStringLiteral("height")), &ok);
            if (ok && h > 0)
                height = h;
            const int levels = tags.value(QStringLiteral("building:levels")).toInt(&ok);
            if (ok && levels > 0) {
                floors = levels;
                if (!height.isValid())
                    height = levels * kMetresPerStorey;
            }
            const QString use = building == QLatin1String("yes") ? (amenity.isEmpty() ? QString() : amenity) : building;
            buildings.push_back({std::move(g),
                                 {osmId, use.isEmpty() ? QVariant() : QVariant(use), height, floors, QVariant(),
                                  text("name").isEmpty() ? QVariant() : QVariant(text("name"))},
                                 where});
        } else if (!amenity.isEmpty()) {
            OGRPoint centroid;
            if (f->GetGeometryRef()->Centroid(&centroid) != OGRERR_NONE)
                continue;
            geo::Point p{centroid.getX(), centroid.getY()};
            if (!transform.value()->forward(p))
                continue;
            amenities.push_back({geo::Geometry::point(p), {osmId, amenity, text("name")}, where});
        }
    }
    if (errors.hasErrors()) {
        // GDAL names the byte offset; people need the line.
        QString where = session.fileName();
        static const QRegularExpression byteRe(QStringLiteral("byte (\\d+)"));
        if (const auto m = byteRe.match(errors.last()); m.hasMatch()) {
            if (auto bytes = ogr::readAll(session.path()))
                where = session.where(bytes->left(m.captured(1).toLongLong()).count('\n') + 1);
        }
        return Error::invalidInput(QCoreApplication::translate("DataIo", "malformed OSM data: %1").arg(errors.last()), where);
    }
    if (features == 0)
        return Error::invalidInput(QCoreApplication::translate("DataIo", "no OSM features"), session.fileName());

    // Routable network: split ways wherever a vertex is shared with another way (an intersection)
    // and at their ends; each piece is a road segment between two nodes.
    std::map<NodeKey, int> usage;
    for (const Way &w : ways) {
        for (std::size_t i = 0; i < w.points.size(); ++i) {
            const int weight = (i == 0 || i + 1 == w.points.size()) ? 2 : 1; // ends always split
            usage[keyOf(w.points[i])] += weight;
        }
    }
    std::map<NodeKey, std::pair<geo::Point, int>> nodes; // lon/lat, degree
    if (!ways.empty()) {
        auto roads = session.layer(contracts::roads());
        if (!roads)
            return roads.error();
        auto nodeLayer = session.layer(contracts::roadNodes());
        if (!nodeLayer)
            return nodeLayer.error();
        // A twin made by the demo city generator numbers roads and nodes; follow it.
        const bool numericRoads = roads.value()->columnType(QStringLiteral("road_id")) == store::FieldDefinition::Type::Integer;
        const bool numericNodes = roads.value()->columnType(QStringLiteral("from_node")) == store::FieldDefinition::Type::Integer
            || nodeLayer.value()->columnType(QStringLiteral("node_id")) == store::FieldDefinition::Type::Integer;
        auto nodeValue = [&](const NodeKey &k) { return numericNodes ? QVariant(numericNodeId(k)) : QVariant(nodeId(k)); };
        for (const Way &w : ways) {
            std::size_t start = 0;
            int piece = 0;
            for (std::size_t i = 1; i < w.points.size(); ++i) {
                if (usage[keyOf(w.points[i])] < 2 && i + 1 < w.points.size())
                    continue;
                std::vector<geo::Point> line(w.points.begin() + std::ptrdiff_t(start), w.points.begin() + std::ptrdiff_t(i) + 1);
                const NodeKey from = keyOf(line.front());
                const NodeKey to = keyOf(line.back());
                start = i;
                if (line.size() < 2 || (from.lon == to.lon && from.lat == to.lat && line.size() < 3))
                    continue;
                auto &fromNode = nodes.try_emplace(from, std::make_pair(line.front(), 0)).first->second;
                ++fromNode.second;
                auto &toNode = nodes.try_emplace(to, std::make_pair(line.back(), 0)).first->second;
                ++toNode.second;
                geo::Geometry g = geo::Geometry::lineString(std::move(line));
                if (!transform.value()->forward(g))
                    continue;
                const double lengthM = geo::length(g.points());
                const int index = piece++;
                const QVariant roadId = numericRoads ? QVariant(w.id.toLongLong() * 1000 + index) // < 1000 pieces per way
                                                     : QVariant(QStringLiteral("w%1-%2").arg(w.id).arg(index));
                std::vector<QVariant> values{roadId, w.roadClass, w.lanes, w.speed,
                                             w.oneway, lengthM, nodeValue(from), nodeValue(to), w.bridge,
                                             w.name.isEmpty() ? QVariant() : QVariant(w.name)};
                if (auto s = roads.value()->write(std::move(g), values); !s) {
                    if (auto b = session.badRow(session.whereFeature(QStringLiteral("way/%1").arg(w.id)), s.error().message); !b)
                        return b;
                }
            }
        }
        for (const auto &[key, node] : nodes) {
            geo::Point p = node.first;
            if (!transform.value()->forward(p))
                continue;
            if (auto s = nodeLayer.value()->write(geo::Geometry::point(p), {nodeValue(key), node.second}); !s)
                return Error(s.error().kind, s.error().message, session.whereFeature(nodeId(key)));
        }
    }
    if (!buildings.empty()) {
        auto sink = session.layer(contracts::buildings());
        if (!sink)
            return sink.error();
        for (Pending &b : buildings) {
            if (auto s = sink.value()->write(std::move(b.geometry), b.values); !s) {
                if (auto bad = session.badRow(b.where, s.error().message); !bad)
                    return bad;
            }
        }
    }
    if (!amenities.empty()) {
        auto sink = session.layer(contracts::amenities());
        if (!sink)
            return sink.error();
        for (Pending &a : amenities) {
            if (auto s = sink.value()->write(std::move(a.geometry), a.values); !s) {
                if (auto bad = session.badRow(a.where, s.error().message); !bad)
                    return bad;
            }
        }
    }
    return {};
}

} // namespace ct::dataio
