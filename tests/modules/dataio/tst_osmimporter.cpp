// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "dataiotestsupport.h"

#include "ct/dataio/dataimporter.h"

#include <QFile>
#include <QSet>
#include <QTest>

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

using namespace ct;
using namespace ct::dataio;
namespace t = ct::dataio::test;

namespace {

const QSet<QString> kRoutable{"motorway", "motorway_link", "trunk", "trunk_link", "primary", "primary_link", "secondary",
                              "secondary_link", "tertiary", "tertiary_link", "unclassified", "residential",
                              "living_street", "service", "road"};

struct GdalCounts
{
    QSet<QString> roadWays;
    QSet<QString> onewayWays;
    int buildings = 0;
};

//! What GDAL's OSM driver itself reports, to compare the importer with.
GdalCounts countWithGdal(const QString &path)
{
    GDALAllRegister();
    GdalCounts counts;
    GDALDataset *ds = GDALDataset::Open(path.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY);
    if (!ds)
        return counts;
    OGRLayer *layer = nullptr;
    for (OGRFeature *f = ds->GetNextFeature(&layer, nullptr, nullptr, nullptr); f;
         f = ds->GetNextFeature(&layer, nullptr, nullptr, nullptr)) {
        const QString name = QString::fromUtf8(layer->GetName());
        if (name == QLatin1String("lines") && kRoutable.contains(QString::fromUtf8(f->GetFieldAsString("highway")))) {
            const QString id = QString::fromUtf8(f->GetFieldAsString("osm_id"));
            counts.roadWays.insert(id);
            const QString tags = QString::fromUtf8(f->GetFieldAsString("other_tags"));
            if (tags.contains(QLatin1String("\"oneway\"=>\"yes\"")))
                counts.onewayWays.insert(id);
        } else if (name == QLatin1String("multipolygons") && f->IsFieldSetAndNotNull(f->GetFieldIndex("building"))) {
            ++counts.buildings;
        }
        OGRFeature::DestroyFeature(f);
    }
    GDALClose(ds);
    return counts;
}

} // namespace

class TestOsmImporter : public QObject
{
    Q_OBJECT

private slots:
    void importsRealExtract();
    void splitsWaysAtIntersections();
    void followsANumberedRoadLayer();
    void readsPbfLikeXml();
};

void TestOsmImporter::importsRealExtract()
{
    CT_SHARED_DATA_OR_SKIP(path, "osm/smaller_tsukuba.osm");
    const GdalCounts expected = countWithGdal(path);
    QVERIFY(!expected.roadWays.isEmpty());
    QTemporaryDir dir;
    auto twin = t::newTwin(dir);
    QVERIFY(twin);
    const ImportReport report = DataImporter(*twin).importFile(path);
    QVERIFY2(report.error.isEmpty(), qPrintable(report.error));
    QCOMPARE(formatName(report.format), QStringLiteral("osm"));

    auto buildings = twin->read(QStringLiteral("buildings"));
    QVERIFY(buildings.ok());
    QCOMPARE(int(buildings->size()), expected.buildings);

    auto roads = twin->read(QStringLiteral("roads"));
    QVERIFY(roads.ok());
    QVERIFY(roads->size() >= std::size_t(expected.roadWays.size()));
    QSet<QString> ways;
    QSet<QString> onewayWays;
    QSet<QString> endpoints;
    int degreeSum = 0;
    for (std::size_t i = 0; i < roads->size(); ++i) {
        const QString id = t::value(*roads, i, QStringLiteral("road_id")).toString();
        QVERIFY(id.startsWith(QLatin1Char('w')));
        const QString way = id.mid(1, id.indexOf(QLatin1Char('-')) - 1);
        ways.insert(way);
        QVERIFY(kRoutable.contains(t::value(*roads, i, QStringLiteral("road_class")).toString()));
        if (t::value(*roads, i, QStringLiteral("oneway")).toBool())
            onewayWays.insert(way);
        QVERIFY(t::value(*roads, i, QStringLiteral("speed_kmh")).toDouble() > 0);
        const double length = t::value(*roads, i, QStringLiteral("length_m")).toDouble();
        QVERIFY(std::abs(length - geo::length(roads->geometries[i].points())) < 1e-6);
        endpoints.insert(t::value(*roads, i, QStringLiteral("from_node")).toString());
        endpoints.insert(t::value(*roads, i, QStringLiteral("to_node")).toString());
    }
    QCOMPARE(ways, expected.roadWays);
    QVERIFY(expected.onewayWays.isEmpty() || onewayWays.contains(expected.onewayWays));

    auto nodes = twin->read(QStringLiteral("road_nodes"));
    QVERIFY(nodes.ok());
    QCOMPARE(int(nodes->size()), int(endpoints.size()));
    for (std::size_t i = 0; i < nodes->size(); ++i) {
        QVERIFY(endpoints.contains(t::value(*nodes, i, QStringLiteral("node_id")).toString()));
        degreeSum += t::value(*nodes, i, QStringLiteral("degree")).toInt();
    }
    QCOMPARE(degreeSum, int(2 * roads->size()));
}

void TestOsmImporter::splitsWaysAtIntersections()
{
    // Two streets crossing at node 2; the second is one-way against its drawing direction.
    const char *osm = R"(<?xml version="1.0" encoding="UTF-8"?>
<osm version="0.6" generator="test">
 <node id="1" lat="36.1000" lon="140.1000"/>
 <node id="2" lat="36.1010" lon="140.1010"/>
 <node id="3" lat="36.1020" lon="140.1020"/>
 <node id="4" lat="36.1020" lon="140.1000"/>
 <node id="5" lat="36.1000" lon="140.1020"/>
 <node id="6" lat="36.1005" lon="140.1030"/>
 <way id="10"><nd ref="1"/><nd ref="2"/><nd ref="3"/><tag k="highway" v="secondary"/><tag k="lanes" v="4"/><tag k="maxspeed" v="50"/><tag k="name" v="東大通り"/></way>
 <way id="11"><nd ref="4"/><nd ref="2"/><nd ref="5"/><nd ref="6"/><tag k="highway" v="residential"/><tag k="oneway" v="-1"/><tag k="bridge" v="yes"/></way>
 <way id="12"><nd ref="5"/><nd ref="3"/><tag k="highway" v="footway"/></way>
 <way id="20"><nd ref="1"/><nd ref="4"/><nd ref="3"/><nd ref="1"/><tag k="building" v="school"/><tag k="building:levels" v="3"/><tag k="name" v="テスト小学校"/></way>
</osm>
)";
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("cross.osm"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(osm);
    file.close();
    auto twin = t::newTwin(dir);
    QVERIFY(twin);
    const ImportReport report = DataImporter(*twin).importFile(path);
    QVERIFY2(report.error.isEmpty(), qPrintable(report.error));
    auto roads = twin->read(QStringLiteral("roads"));
    QVERIFY(roads.ok());
    QCOMPARE(roads->size(), std::size_t(4)); // footway not routed; each street split at node 2
    const auto byId = t::indexBy(roads.value(), QStringLiteral("road_id"));
    const QString center = QStringLiteral("n1401010000_361010000");
    QCOMPARE(t::value(*roads, byId.at(QStringLiteral("w10-0")), QStringLiteral("to_node")).toString(), center);
    QCOMPARE(t::value(*roads, byId.at(QStringLiteral("w10-1")), QStringLiteral("from_node")).toString(), center);
    QCOMPARE(t::value(*roads, byId.at(QStringLiteral("w10-0")), QStringLiteral("lanes")).toInt(), 4);
    QCOMPARE(t::value(*roads, byId.at(QStringLiteral("w10-0")), QStringLiteral("speed_kmh")).toDouble(), 50.0);
    QCOMPARE(t::value(*roads, byId.at(QStringLiteral("w10-0")), QStringLiteral("oneway")).toBool(), false);
    QCOMPARE(t::value(*roads, byId.at(QStringLiteral("w10-0")), QStringLiteral("name")).toString(), QStringLiteral("東大通り"));
    // oneway=-1: drawn 4→2→5→6, driven 6→5→2→4.
    const std::size_t first = byId.at(QStringLiteral("w11-0"));
    QCOMPARE(t::value(*roads, first, QStringLiteral("oneway")).toBool(), true);
    QCOMPARE(t::value(*roads, first, QStringLiteral("bridge")).toBool(), true);
    QCOMPARE(t::value(*roads, first, QStringLiteral("from_node")).toString(), QStringLiteral("n1401030000_361005000"));
    QCOMPARE(t::value(*roads, first, QStringLiteral("to_node")).toString(), center);
    QCOMPARE(roads->geometries[first].points().size(), std::size_t(3));
    QCOMPARE(t::value(*roads, first, QStringLiteral("speed_kmh")).toDouble(), 30.0); // residential default

    auto nodes = twin->read(QStringLiteral("road_nodes"));
    const auto nodeById = t::indexBy(nodes.value(), QStringLiteral("node_id"));
    QCOMPARE(nodes->size(), std::size_t(5));
    QCOMPARE(t::value(*nodes, nodeById.at(center), QStringLiteral("degree")).toInt(), 4);

    auto buildings = twin->read(QStringLiteral("buildings"));
    QCOMPARE(buildings->size(), std::size_t(1));
    QCOMPARE(t::value(*buildings, 0, QStringLiteral("source_id")).toString(), QStringLiteral("way/20"));
    QCOMPARE(t::value(*buildings, 0, QStringLiteral("use")).toString(), QStringLiteral("school"));
    QCOMPARE(t::value(*buildings, 0, QStringLiteral("floors")).toInt(), 3);
    QCOMPARE(t::value(*buildings, 0, QStringLiteral("height_m")).toDouble(), 9.0);
}

void TestOsmImporter::followsANumberedRoadLayer()
{
    // A twin whose roads were made elsewhere (the demo city generator): integer ids, no stable id index.
    QTemporaryDir dir;
    auto twin = t::newTwin(dir);
    QVERIFY(twin);
    using Type = store::FieldDefinition::Type;
    store::LayerDefinition roads;
    roads.name = QStringLiteral("roads");
    roads.geometryType = geo::GeometryType::LineString;
    roads.fields = {{QStringLiteral("road_id"), Type::Integer, false}, {QStringLiteral("road_class"), Type::Text, false},
                    {QStringLiteral("oneway"), Type::Boolean, false}, {QStringLiteral("from_node"), Type::Integer, false},
                    {QStringLiteral("to_node"), Type::Integer, false}};
    QVERIFY(twin->createLayer(roads).ok());
    const ImportReport report = DataImporter(*twin).importFile(t::fixture(QStringLiteral("osm_grid.osm")));
    QVERIFY2(report.error.isEmpty(), qPrintable(report.error));
    QVERIFY(!report.warnings.isEmpty());
    QVERIFY(report.warnings.join(QLatin1Char(' ')).contains(QLatin1String("layer roads")));
    auto table = twin->read(QStringLiteral("roads"));
    QVERIFY(table.ok());
    QCOMPARE(table->size(), std::size_t(12));
    const auto byId = t::indexBy(table.value(), QStringLiteral("road_id"));
    QVERIFY(byId.count(QStringLiteral("100000")) && byId.count(QStringLiteral("100001"))); // way 100, pieces 0 and 1
    const qint64 node = t::value(*table, byId.at(QStringLiteral("100000")), QStringLiteral("to_node")).toLongLong();
    QCOMPARE(node >> 31, qint64(1401020000));        // longitude × 1e7 of node 2
    QCOMPARE(node & 0x7fffffff, qint64(361000000));  // latitude × 1e7
}

void TestOsmImporter::readsPbfLikeXml()
{
    QTemporaryDir dir;
    auto fromXml = t::newTwin(dir, QStringLiteral("xml.gpkg"));
    auto fromPbf = t::newTwin(dir, QStringLiteral("pbf.gpkg"));
    QVERIFY(fromXml && fromPbf);
    // The PBF under a name that says nothing: the content decides.
    const QString renamed = dir.filePath(QStringLiteral("network.dat"));
    QVERIFY(QFile::copy(t::fixture(QStringLiteral("osm_grid.osm.pbf")), renamed));
    const ImportReport xml = DataImporter(*fromXml).importFile(t::fixture(QStringLiteral("osm_grid.osm")));
    const ImportReport pbf = DataImporter(*fromPbf).importFile(renamed);
    QVERIFY2(xml.error.isEmpty(), qPrintable(xml.error));
    QVERIFY2(pbf.error.isEmpty(), qPrintable(pbf.error));
    QCOMPARE(formatName(pbf.format), QStringLiteral("osm"));
    for (const QString &layer : {QStringLiteral("roads"), QStringLiteral("road_nodes")}) {
        auto a = fromXml->read(layer);
        auto b = fromPbf->read(layer);
        QVERIFY(a.ok() && b.ok());
        QCOMPARE(b->size(), a->size());
        QCOMPARE(b->columns, a->columns);
        for (std::size_t i = 0; i < a->size(); ++i)
            QVERIFY(a->geometries[i] == b->geometries[i]);
    }
}

QTEST_GUILESS_MAIN(TestOsmImporter)
#include "tst_osmimporter.moc"
