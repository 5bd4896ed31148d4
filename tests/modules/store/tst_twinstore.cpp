// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "ct/geo/gpkgblob.h"
#include "ct/store/twinstore.h"

#include <gdal.h>
#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include <sqlite3.h>

using ct::geo::Envelope;
using ct::geo::Geometry;
using ct::geo::GeometryType;
using ct::geo::Point;
using ct::store::FeatureWriter;
using ct::store::FieldDefinition;
using ct::store::LayerDefinition;
using ct::store::TwinStore;

Q_DECLARE_METATYPE(ct::geo::Geometry)
Q_DECLARE_METATYPE(ct::geo::GeometryType)

namespace {

Geometry square(double x, double y, double size)
{
    return Geometry::polygon({{{x, y}, {x + size, y}, {x + size, y + size}, {x, y + size}, {x, y}}});
}

/// Collects GDAL's warnings and errors while alive, so a test can assert that GDAL had nothing
/// to complain about in a twin.
class GdalMessages
{
public:
    GdalMessages() { CPLPushErrorHandlerEx(&GdalMessages::handler, this); }
    ~GdalMessages() { CPLPopErrorHandler(); }
    QStringList messages;

private:
    static void CPL_STDCALL handler(CPLErr type, CPLErrorNum, const char *message)
    {
        auto *self = static_cast<GdalMessages *>(CPLGetErrorHandlerUserData());
        if (type >= CE_Warning)
            self->messages << QString::fromUtf8(message);
    }
};

struct GdalDatasetCloser
{
    void operator()(GDALDataset *ds) const { GDALClose(ds); }
};
using GdalDatasetPtr = std::unique_ptr<GDALDataset, GdalDatasetCloser>;

GdalDatasetPtr openWithGdal(const QString &path)
{
    return GdalDatasetPtr(GDALDataset::Open(path.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY));
}

/// The geometries of one sample layer per geometry type.
std::vector<Geometry> samples(GeometryType type)
{
    switch (type) {
    case GeometryType::Point:
        return {Geometry::point({-12000.5, 8000.25}), Geometry::point({100, 200})};
    case GeometryType::LineString:
        return {Geometry::lineString({{0, 0}, {10, 5}, {20, 0}}), Geometry::lineString({{-5, -5}, {-6, -7}})};
    case GeometryType::Polygon:
        return {Geometry::polygon({{{0, 0}, {10, 0}, {10, 10}, {0, 10}, {0, 0}}, {{2, 2}, {2, 4}, {4, 4}, {2, 2}}}),
                square(100, 100, 5)};
    case GeometryType::MultiPoint:
        return {Geometry::multiPoint({{1, 1}, {2, 2}, {3, 1}}), Geometry::multiPoint({{-1, -1}})};
    case GeometryType::MultiLineString:
        return {Geometry::multiLineString({{{0, 0}, {1, 1}}, {{5, 5}, {6, 6}, {7, 5}}})};
    case GeometryType::MultiPolygon:
        return {Geometry::multiPolygon({{{{0, 0}, {4, 0}, {4, 4}, {0, 0}}}, {{{10, 10}, {14, 10}, {14, 14}, {10, 10}}}})};
    }
    return {};
}

const QList<GeometryType> kAllTypes{GeometryType::Point, GeometryType::LineString, GeometryType::Polygon,
                                    GeometryType::MultiPoint, GeometryType::MultiLineString, GeometryType::MultiPolygon};

QString layerNameOf(GeometryType type)
{
    return QStringLiteral("layer_%1").arg(int(type));
}

} // namespace

/// \brief TwinStore: a twin is a GeoPackage that GDAL reads without complaint, with the console's
/// layers, metadata and operational tables.
class TestTwinStore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void createAndOpen();
    void createRefusesExistingFile();
    void readOnlyRefusesWrites();
    void layerPerGeometryType_data();
    void layerPerGeometryType();
    void layerDefinitionChecks();
    void attributesRoundTrip();
    void upsertByStableId();
    void envelopeFilter();
    void bulkLoadedIndex();
    void layersCountsAndExtent();
    void dropLayerAndOperationalTables();
    void writerRollsBackWithTransaction();
    void gdalReadsTwin();
    void ogrinfoHasNoWarnings();

private:
    std::unique_ptr<TwinStore> createTwinWithAllLayers();
    QTemporaryDir *m_dir = nullptr;
    QString m_path;
};

void TestTwinStore::initTestCase()
{
    GDALAllRegister();
}

void TestTwinStore::init()
{
    m_dir = new QTemporaryDir;
    QVERIFY(m_dir->isValid());
    m_path = m_dir->filePath(QStringLiteral("tsukuba.gpkg"));
}

void TestTwinStore::cleanup()
{
    delete m_dir;
    m_dir = nullptr;
}

std::unique_ptr<TwinStore> TestTwinStore::createTwinWithAllLayers()
{
    auto created = TwinStore::create(m_path);
    if (!created.ok()) {
        qWarning() << created.error().toString();
        return nullptr;
    }
    auto store = std::move(created.value());
    for (GeometryType type : kAllTypes) {
        LayerDefinition def;
        def.name = layerNameOf(type);
        def.geometryType = type;
        def.title = QStringLiteral("Layer %1").arg(int(type));
        def.fields = {{QStringLiteral("name"), FieldDefinition::Type::Text, false},
                      {QStringLiteral("height"), FieldDefinition::Type::Real, false}};
        if (!store->createLayer(def))
            return nullptr;
        auto writer = store->writer(def.name, {QStringLiteral("name"), QStringLiteral("height")});
        if (!writer.ok())
            return nullptr;
        int i = 0;
        for (const Geometry &g : samples(type)) {
            if (!writer->insert(g, {QStringLiteral("f%1").arg(i), 3.5 * i}).ok())
                return nullptr;
            ++i;
        }
        if (!writer->finish())
            return nullptr;
    }
    return store;
}

void TestTwinStore::createAndOpen()
{
    {
        auto created = TwinStore::create(m_path);
        QVERIFY2(created.ok(), qPrintable(created.ok() ? QString() : created.error().toString()));
        auto &store = *created.value();
        QCOMPARE(store.path(), m_path);
        QVERIFY(!store.isReadOnly());
        QCOMPARE(store.metadata(QStringLiteral("twin.name")), QStringLiteral("tsukuba"));
        QCOMPARE(store.metadata(QStringLiteral("twin.crs")), QStringLiteral("EPSG:6677"));
        QVERIFY(store.metadata(QStringLiteral("generator")).startsWith(QLatin1String("CityTwin Console")));
        QVERIFY(QDateTime::fromString(store.metadata(QStringLiteral("created_at")), Qt::ISODateWithMs).isValid());
        QCOMPARE(store.schemaVersion(TwinStore::coreComponent()), TwinStore::coreSchemaVersion());
        QVERIFY(store.setMetadata(QStringLiteral("twin.title"), QStringLiteral("つくば市")));
        QVERIFY(store.layers().empty());
        QVERIFY(store.operationalTables().isEmpty());
    }
    // GeoPackage identity: application_id 'GPKG', user_version 10300, WAL journal.
    sqlite3 *db = nullptr;
    QCOMPARE(sqlite3_open_v2(m_path.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr), SQLITE_OK);
    auto pragma = [db](const char *sql) {
        sqlite3_stmt *st = nullptr;
        sqlite3_prepare_v2(db, sql, -1, &st, nullptr);
        QString value;
        if (sqlite3_step(st) == SQLITE_ROW)
            value = QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(st, 0)));
        sqlite3_finalize(st);
        return value;
    };
    QCOMPARE(pragma("PRAGMA application_id"), QString::number(0x47504B47));
    QCOMPARE(pragma("PRAGMA user_version"), QStringLiteral("10300"));
    QCOMPARE(pragma("PRAGMA journal_mode"), QStringLiteral("wal"));
    QCOMPARE(pragma("SELECT group_concat(srs_id) FROM (SELECT srs_id FROM gpkg_spatial_ref_sys ORDER BY srs_id)"),
             QStringLiteral("-1,0,4326,6677,6697"));
    QCOMPARE(pragma("SELECT count(*) FROM gpkg_spatial_ref_sys WHERE srs_id = 6677 AND definition LIKE 'PROJCS[\"JGD2011%'"),
             QStringLiteral("1"));
    sqlite3_close(db);

    auto reopened = TwinStore::open(m_path);
    QVERIFY(reopened.ok());
    QCOMPARE(reopened.value()->metadata(QStringLiteral("twin.title")), QStringLiteral("つくば市"));
    const auto components = reopened.value()->components();
    QCOMPARE(components.size(), std::size_t(1));
    QCOMPARE(components[0].first, QStringLiteral("core"));
    QCOMPARE(components[0].second, TwinStore::coreSchemaVersion());
}

void TestTwinStore::createRefusesExistingFile()
{
    QFile file(m_path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("precious");
    file.close();
    auto created = TwinStore::create(m_path);
    QVERIFY(!created.ok());
    QCOMPARE(created.error().kind, ct::core::Error::Kind::Refused);
    QVERIFY(created.error().message.contains(m_path));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("precious"));
}

void TestTwinStore::readOnlyRefusesWrites()
{
    QVERIFY(createTwinWithAllLayers());
    auto opened = TwinStore::open(m_path, TwinStore::OpenMode::ReadOnly);
    QVERIFY(opened.ok());
    auto &store = *opened.value();
    QVERIFY(store.isReadOnly());
    QVERIFY(sqlite3_db_readonly(store.handle(), "main") == 1);
    QCOMPARE(store.layers().size(), std::size_t(kAllTypes.size()));
    QVERIFY(!store.setMetadata(QStringLiteral("x"), QStringLiteral("y")));
    QVERIFY(!store.begin());
    QVERIFY(!store.writer(layerNameOf(GeometryType::Point), {}).ok());
    LayerDefinition def;
    def.name = QStringLiteral("more");
    QVERIFY(!store.createLayer(def));
    const auto status = store.perform(ct::core::Actor::system(), QStringLiteral("x"), QString(),
                                      [](TwinStore &, QJsonObject &, QJsonObject &) { return ct::core::Status(); });
    QVERIFY(!status);
    QCOMPARE(status.error().kind, ct::core::Error::Kind::Refused);
}

void TestTwinStore::layerPerGeometryType_data()
{
    QTest::addColumn<GeometryType>("type");
    QTest::newRow("point") << GeometryType::Point;
    QTest::newRow("linestring") << GeometryType::LineString;
    QTest::newRow("polygon") << GeometryType::Polygon;
    QTest::newRow("multipoint") << GeometryType::MultiPoint;
    QTest::newRow("multilinestring") << GeometryType::MultiLineString;
    QTest::newRow("multipolygon") << GeometryType::MultiPolygon;
}

void TestTwinStore::layerPerGeometryType()
{
    QFETCH(GeometryType, type);
    auto store = createTwinWithAllLayers();
    QVERIFY(store);
    const QString name = layerNameOf(type);
    auto info = store->layer(name);
    QVERIFY(info.ok());
    QCOMPARE(info->geometryType, type);
    QCOMPARE(info->srsId, 6677);
    QCOMPARE(info->featureCount, qint64(samples(type).size()));
    QVERIFY(info->hasSpatialIndex);
    QCOMPARE(info->title, QStringLiteral("Layer %1").arg(int(type)));

    auto table = store->read(name);
    QVERIFY(table.ok());
    QCOMPARE(table->layer, name);
    QCOMPARE(table->srsId, 6677);
    QCOMPARE(table->size(), samples(type).size());
    QCOMPARE(table->columnNames, QStringList({QStringLiteral("name"), QStringLiteral("height")}));
    for (std::size_t i = 0; i < table->size(); ++i) {
        QCOMPARE(table->geometries[i], samples(type)[i]);
        QCOMPARE(table->columns[0][i].toString(), QStringLiteral("f%1").arg(i));
        QCOMPARE(table->columns[1][i].toDouble(), 3.5 * double(i));
    }
    // A geometry of another type is refused rather than written into a typed layer.
    auto writer = store->writer(name, {});
    QVERIFY(writer.ok());
    const GeometryType other = type == GeometryType::Point ? GeometryType::Polygon : GeometryType::Point;
    QVERIFY(!writer->insert(samples(other)[0], {}).ok());
}

void TestTwinStore::layerDefinitionChecks()
{
    auto created = TwinStore::create(m_path);
    QVERIFY(created.ok());
    auto &store = *created.value();
    LayerDefinition def;
    def.name = QStringLiteral("buildings");
    def.fields = {{QStringLiteral("name"), FieldDefinition::Type::Text, false}};
    QVERIFY(store.createLayer(def));
    QVERIFY(!store.createLayer(def)); // existing name
    for (const char *bad : {"Buildings", "1st", "gpkg_x", "rtree_x", "ct_x", "has space", ""}) {
        LayerDefinition badDef = def;
        badDef.name = QString::fromLatin1(bad);
        QVERIFY2(!store.createLayer(badDef), bad);
    }
    LayerDefinition badField = def;
    badField.name = QStringLiteral("other");
    badField.fields = {{QStringLiteral("geom"), FieldDefinition::Type::Text, false}};
    QVERIFY(!store.createLayer(badField));
    badField.fields = {{QStringLiteral("a"), FieldDefinition::Type::Text, false}};
    badField.stableIdField = QStringLiteral("missing");
    QVERIFY(!store.createLayer(badField));
    QVERIFY(!store.hasLayer(QStringLiteral("other")));
    QVERIFY(store.hasLayer(QStringLiteral("buildings")));
    QVERIFY(!store.writer(QStringLiteral("buildings"), {QStringLiteral("nope")}).ok());
    QVERIFY(!store.writer(QStringLiteral("nolayer"), {}).ok());
    QCOMPARE(store.layer(QStringLiteral("nolayer")).error().kind, ct::core::Error::Kind::NotFound);
}

void TestTwinStore::attributesRoundTrip()
{
    auto created = TwinStore::create(m_path);
    QVERIFY(created.ok());
    auto &store = *created.value();
    LayerDefinition def;
    def.name = QStringLiteral("shelters");
    def.geometryType = GeometryType::Point;
    def.fields = {{QStringLiteral("capacity"), FieldDefinition::Type::Integer, true},
                  {QStringLiteral("area_m2"), FieldDefinition::Type::Real, false},
                  {QStringLiteral("name"), FieldDefinition::Type::Text, false},
                  {QStringLiteral("open"), FieldDefinition::Type::Boolean, false},
                  {QStringLiteral("checked_at"), FieldDefinition::Type::DateTime, false},
                  {QStringLiteral("photo"), FieldDefinition::Type::Blob, false}};
    QVERIFY(store.createLayer(def));
    const QDateTime checked = QDateTime(QDate(2026, 3, 11), QTime(14, 46, 18, 250), Qt::UTC);
    const QByteArray photo("\x00\x01\xff jpeg", 8);
    QStringList fields;
    for (const auto &f : def.fields)
        fields << f.name;
    qint64 fid = 0;
    {
        auto writer = store.writer(QStringLiteral("shelters"), fields);
        QVERIFY(writer.ok());
        auto first = writer->insert(Geometry::point({1, 2}),
                                    {qint64(350), 812.5, QStringLiteral("竹園東小学校"), true, checked, photo});
        QVERIFY(first.ok());
        fid = first.value();
        QVERIFY(writer->insert(Geometry::point({3, 4}), {0, QVariant(), QVariant(), false, QVariant(), QVariant()}).ok());
        // NOT NULL is enforced by SQLite.
        QVERIFY(!writer->insert(Geometry::point({5, 6}), {QVariant(), 1.0, QString(), false, QVariant(), QVariant()}).ok());
        QVERIFY(!writer->insert(Geometry::point({5, 6}), {1}).ok()); // wrong value count
        QVERIFY(writer->finish());
        QCOMPARE(writer->inserted(), qint64(2));
    }
    auto attributes = store.attributes(QStringLiteral("shelters"), fid);
    QVERIFY(attributes.ok());
    QCOMPARE(attributes->size(), std::size_t(6));
    QCOMPARE(attributes->at(0).first, QStringLiteral("capacity"));
    QCOMPARE(attributes->at(0).second.toLongLong(), qint64(350));
    QCOMPARE(attributes->at(1).second.toDouble(), 812.5);
    QCOMPARE(attributes->at(2).second.toString(), QStringLiteral("竹園東小学校"));
    QCOMPARE(attributes->at(3).second.metaType().id(), int(QMetaType::Bool));
    QCOMPARE(attributes->at(3).second.toBool(), true);
    QCOMPARE(attributes->at(4).second.toDateTime(), checked);
    QCOMPARE(attributes->at(5).second.toByteArray(), photo);
    QVERIFY(!store.attributes(QStringLiteral("shelters"), 999).ok());

    auto table = store.read(QStringLiteral("shelters"), {QStringLiteral("name"), QStringLiteral("open")});
    QVERIFY(table.ok());
    QCOMPARE(table->columnNames, QStringList({QStringLiteral("name"), QStringLiteral("open")}));
    QCOMPARE(table->size(), std::size_t(2));
    QVERIFY(table->columns[0][1].isNull());
    QCOMPARE(table->columns[1][1].toBool(), false);
    QVERIFY(!store.read(QStringLiteral("shelters"), {QStringLiteral("missing")}).ok());
}

void TestTwinStore::upsertByStableId()
{
    auto created = TwinStore::create(m_path);
    QVERIFY(created.ok());
    auto &store = *created.value();
    LayerDefinition def;
    def.name = QStringLiteral("buildings");
    def.geometryType = GeometryType::Polygon;
    def.fields = {{QStringLiteral("source_id"), FieldDefinition::Type::Text, false},
                  {QStringLiteral("height"), FieldDefinition::Type::Real, false}};
    def.stableIdField = QStringLiteral("source_id");
    QVERIFY(store.createLayer(def));
    const QStringList fields{QStringLiteral("source_id"), QStringLiteral("height")};
    std::vector<qint64> fids;
    {
        auto writer = store.writer(def.name, fields);
        QVERIFY(writer.ok());
        for (int i = 0; i < 3; ++i) {
            FeatureWriter::Outcome outcome = FeatureWriter::Outcome::Updated;
            auto fid = writer->insert(square(i * 100, 0, 10), {QStringLiteral("bldg-%1").arg(i), 10.0 + i}, &outcome);
            QVERIFY(fid.ok());
            QCOMPARE(outcome, FeatureWriter::Outcome::Inserted);
            fids.push_back(fid.value());
        }
        // The same id twice in one batch updates the row written moments ago.
        FeatureWriter::Outcome outcome = FeatureWriter::Outcome::Inserted;
        auto again = writer->insert(square(200, 500, 10), {QStringLiteral("bldg-2"), 99.0}, &outcome);
        QVERIFY(again.ok());
        QCOMPARE(outcome, FeatureWriter::Outcome::Updated);
        QCOMPARE(again.value(), fids[2]);
        QVERIFY(writer->finish());
        QCOMPARE(writer->inserted(), qint64(3));
        QCOMPARE(writer->updated(), qint64(1));
    }
    {
        // Re-import: bldg-1 moves, bldg-9 is new.
        auto writer = store.writer(def.name, fields);
        QVERIFY(writer.ok());
        FeatureWriter::Outcome outcome = FeatureWriter::Outcome::Inserted;
        auto moved = writer->insert(square(5000, 5000, 10), {QStringLiteral("bldg-1"), 42.0}, &outcome);
        QVERIFY(moved.ok());
        QCOMPARE(outcome, FeatureWriter::Outcome::Updated);
        QCOMPARE(moved.value(), fids[1]);
        auto added = writer->insert(square(-100, 0, 10), {QStringLiteral("bldg-9"), 1.0}, &outcome);
        QVERIFY(added.ok());
        QCOMPARE(outcome, FeatureWriter::Outcome::Inserted);
        QVERIFY(writer->finish());
    }
    auto info = store.layer(def.name);
    QVERIFY(info.ok());
    QCOMPARE(info->featureCount, qint64(4));
    auto attributes = store.attributes(def.name, fids[1]);
    QVERIFY(attributes.ok());
    QCOMPARE(attributes->at(1).second.toDouble(), 42.0);

    // The R-tree follows the moves: the old places are empty, the new ones hold the features.
    auto atOld = store.read(def.name, {}, Envelope{100, 0, 110, 10});
    QVERIFY(atOld.ok());
    QCOMPARE(atOld->size(), std::size_t(0));
    auto atNew = store.read(def.name, {}, Envelope{4990, 4990, 5020, 5020});
    QVERIFY(atNew.ok());
    QCOMPARE(atNew->fids, std::vector<qint64>{fids[1]});
    auto twoMoved = store.read(def.name, {}, Envelope{195, 495, 215, 515});
    QVERIFY(twoMoved.ok());
    QCOMPARE(twoMoved->fids, std::vector<qint64>{fids[2]});
    // A writer without the stable id among its fields always inserts.
    auto plain = store.writer(def.name, {QStringLiteral("height")});
    QVERIFY(plain.ok());
    FeatureWriter::Outcome outcome = FeatureWriter::Outcome::Updated;
    QVERIFY(plain->insert(square(0, 0, 1), {1.0}, &outcome).ok());
    QCOMPARE(outcome, FeatureWriter::Outcome::Inserted);
}

void TestTwinStore::envelopeFilter()
{
    auto created = TwinStore::create(m_path);
    QVERIFY(created.ok());
    auto &store = *created.value();
    LayerDefinition def;
    def.name = QStringLiteral("grid");
    def.geometryType = GeometryType::Polygon;
    def.fields = {{QStringLiteral("cell"), FieldDefinition::Type::Integer, false}};
    QVERIFY(store.createLayer(def));
    {
        auto writer = store.writer(def.name, {QStringLiteral("cell")});
        QVERIFY(writer.ok());
        for (int row = 0; row < 10; ++row) {
            for (int col = 0; col < 10; ++col)
                QVERIFY(writer->insert(square(col * 100.0, row * 100.0, 50), {row * 10 + col}).ok());
        }
        QVERIFY(writer->finish());
    }
    // Inserting through plain SQL also feeds the R-tree (the trigger is back after finish()).
    const QByteArray blob = ct::geo::GpkgBlob::encode(square(2000, 2000, 10), 6677);
    sqlite3_stmt *st = nullptr;
    QCOMPARE(sqlite3_prepare_v2(store.handle(), "INSERT INTO grid (geom, cell) VALUES (?, 1000)", -1, &st, nullptr), SQLITE_OK);
    sqlite3_bind_blob(st, 1, blob.constData(), int(blob.size()), SQLITE_STATIC);
    QCOMPARE(sqlite3_step(st), SQLITE_DONE);
    sqlite3_finalize(st);

    // Cells (2..3, 4..5): x in [200, 399], y in [400, 599].
    auto hit = store.read(def.name, {QStringLiteral("cell")}, Envelope{220, 420, 320, 520});
    QVERIFY(hit.ok());
    QList<int> cells;
    for (const auto &v : hit->columns[0])
        cells << v.toInt();
    QCOMPARE(cells, QList<int>({42, 43, 52, 53}));
    // A box between cells touches nothing.
    auto gap = store.read(def.name, {}, Envelope{160, 160, 190, 190});
    QVERIFY(gap.ok());
    QCOMPARE(gap->size(), std::size_t(0));
    auto sql = store.read(def.name, {QStringLiteral("cell")}, Envelope{1990, 1990, 2020, 2020});
    QVERIFY(sql.ok());
    QCOMPARE(sql->size(), std::size_t(1));
    QCOMPARE(sql->columns[0][0].toInt(), 1000);
    auto all = store.read(def.name);
    QVERIFY(all.ok());
    QCOMPARE(all->size(), std::size_t(101));
}

void TestTwinStore::bulkLoadedIndex()
{
    // Enough features for finish() to pack the R-tree itself instead of inserting row by row.
    auto created = TwinStore::create(m_path);
    QVERIFY(created.ok());
    auto &store = *created.value();
    LayerDefinition def;
    def.name = QStringLiteral("many");
    def.geometryType = GeometryType::Polygon;
    def.fields = {{QStringLiteral("n"), FieldDefinition::Type::Integer, false}};
    QVERIFY(store.createLayer(def));
    std::vector<Geometry> all;
    {
        auto writer = store.writer(def.name, {QStringLiteral("n")});
        QVERIFY(writer.ok());
        for (int i = 0; i < 5000; ++i) {
            // Pseudo-random sizes and places, some overlapping, coordinates not representable as float.
            const double x = -30000.123 + (i * 7919 % 5003) * 11.37;
            const double y = 12000.456 + (i * 104729 % 4999) * 9.91;
            all.push_back(square(x, y, 3.3 + (i % 13)));
            QVERIFY(writer->insert(all.back(), {i}).ok());
        }
        QVERIFY(writer->finish());
    }
    sqlite3_stmt *st = nullptr;
    QCOMPARE(sqlite3_prepare_v2(store.handle(), "SELECT rtreecheck('rtree_many_geom'), (SELECT count(*) FROM rtree_many_geom)",
                                -1, &st, nullptr),
             SQLITE_OK);
    QCOMPARE(sqlite3_step(st), SQLITE_ROW);
    QCOMPARE(QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(st, 0))), QStringLiteral("ok"));
    QCOMPARE(sqlite3_column_int(st, 1), 5000);
    sqlite3_finalize(st);
    const Envelope boxes[] = {{-29000, 20000, -27000, 26000}, {0, 0, 1, 1}, {-30001, 12000, -29990, 12010},
                              {-20000, 30000, 20000, 70000}};
    for (const Envelope &box : boxes) {
        std::vector<qint64> expected;
        for (std::size_t i = 0; i < all.size(); ++i) {
            if (all[i].envelope().intersects(box))
                expected.push_back(qint64(i) + 1);
        }
        auto hit = store.read(def.name, {}, box);
        QVERIFY(hit.ok());
        QCOMPARE(hit->fids, expected);
    }
    // Rows added afterwards go through the trigger into the packed tree.
    auto more = store.writer(def.name, {QStringLiteral("n")});
    QVERIFY(more.ok());
    QVERIFY(more->insert(square(-29995, 12002, 1), {-1}).ok());
    QVERIFY(more->finish());
    auto hit = store.read(def.name, {QStringLiteral("n")}, Envelope{-29995.5, 12002.5, -29994.5, 12002.6});
    QVERIFY(hit.ok());
    QVERIFY(std::find_if(hit->columns[0].begin(), hit->columns[0].end(), [](const QVariant &v) { return v.toInt() == -1; })
            != hit->columns[0].end());
    QCOMPARE(sqlite3_prepare_v2(store.handle(), "SELECT rtreecheck('rtree_many_geom')", -1, &st, nullptr), SQLITE_OK);
    QCOMPARE(sqlite3_step(st), SQLITE_ROW);
    QCOMPARE(QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(st, 0))), QStringLiteral("ok"));
    sqlite3_finalize(st);
}

void TestTwinStore::layersCountsAndExtent()
{
    auto store = createTwinWithAllLayers();
    QVERIFY(store);
    const auto layers = store->layers();
    QCOMPARE(layers.size(), std::size_t(kAllTypes.size()));
    for (const auto &info : layers) {
        GeometryType type = info.geometryType;
        QCOMPARE(info.name, layerNameOf(type));
        QCOMPARE(info.featureCount, qint64(samples(type).size()));
        Envelope expected;
        for (const auto &g : samples(type))
            expected.expand(g.envelope());
        QCOMPARE(info.extent.minX, expected.minX);
        QCOMPARE(info.extent.minY, expected.minY);
        QCOMPARE(info.extent.maxX, expected.maxX);
        QCOMPARE(info.extent.maxY, expected.maxY);
        QCOMPARE(info.fields.size(), std::size_t(2));
        QCOMPARE(info.fields[0].name, QStringLiteral("name"));
        QCOMPARE(info.fields[0].type, FieldDefinition::Type::Text);
        QCOMPARE(info.fields[1].type, FieldDefinition::Type::Real);
        QVERIFY(info.hasSpatialIndex);
    }
}

void TestTwinStore::dropLayerAndOperationalTables()
{
    auto store = createTwinWithAllLayers();
    QVERIFY(store);
    QVERIFY(store->migrate(QStringLiteral("shelters"),
                           {{1, QStringLiteral("status table"), QStringLiteral("CREATE TABLE shelter_status (id INTEGER PRIMARY KEY, status TEXT)")}}));
    QCOMPARE(store->operationalTables(), QStringList{QStringLiteral("shelter_status")});
    QVERIFY(store->dropLayer(layerNameOf(GeometryType::Point)));
    QVERIFY(!store->hasLayer(layerNameOf(GeometryType::Point)));
    QVERIFY(!store->dropLayer(layerNameOf(GeometryType::Point)));
    QCOMPARE(store->layers().size(), std::size_t(kAllTypes.size() - 1));
    sqlite3_stmt *st = nullptr;
    QCOMPARE(sqlite3_prepare_v2(store->handle(),
                                "SELECT count(*) FROM sqlite_master WHERE name LIKE 'rtree_layer_1%' OR name = 'layer_1'",
                                -1, &st, nullptr),
             SQLITE_OK);
    QCOMPARE(sqlite3_step(st), SQLITE_ROW);
    QCOMPARE(sqlite3_column_int(st, 0), 0);
    sqlite3_finalize(st);
    QCOMPARE(store->operationalTables(), QStringList{QStringLiteral("shelter_status")});
}

void TestTwinStore::writerRollsBackWithTransaction()
{
    auto store = createTwinWithAllLayers();
    QVERIFY(store);
    const QString name = layerNameOf(GeometryType::Polygon);
    {
        ct::store::Transaction transaction(*store);
        QVERIFY(transaction.status());
        auto writer = store->writer(name, {QStringLiteral("name")});
        QVERIFY(writer.ok());
        QVERIFY(writer->insert(square(7000, 7000, 1), {QStringLiteral("gone")}).ok());
        QVERIFY(writer->finish());
        QCOMPARE(store->layer(name)->featureCount, qint64(3));
        // no commit: the destructor rolls back
    }
    QCOMPARE(store->layer(name)->featureCount, qint64(2));
    auto far = store->read(name, {}, Envelope{6990, 6990, 7010, 7010});
    QVERIFY(far.ok());
    QCOMPARE(far->size(), std::size_t(0));
    // The insert trigger survived the rolled-back batch.
    sqlite3_stmt *st = nullptr;
    QCOMPARE(sqlite3_prepare_v2(store->handle(), "SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'rtree_layer_3_geom_%'",
                                -1, &st, nullptr),
             SQLITE_OK);
    QCOMPARE(sqlite3_step(st), SQLITE_ROW);
    QCOMPARE(sqlite3_column_int(st, 0), 6);
    sqlite3_finalize(st);
}

void TestTwinStore::gdalReadsTwin()
{
    {
        auto store = createTwinWithAllLayers();
        QVERIFY(store);
    }
    GdalMessages messages;
    GdalDatasetPtr ds = openWithGdal(m_path);
    QVERIFY(ds);
    QCOMPARE(QString::fromLatin1(ds->GetDriver()->GetDescription()), QStringLiteral("GPKG"));
    for (GeometryType type : kAllTypes) {
        const QString name = layerNameOf(type);
        OGRLayer *layer = ds->GetLayerByName(name.toUtf8().constData());
        QVERIFY2(layer, qPrintable(name));
        QCOMPARE(layer->GetFeatureCount(TRUE), GIntBig(samples(type).size()));
        QCOMPARE(int(wkbFlatten(layer->GetGeomType())), int(type));
        const OGRSpatialReference *srs = layer->GetSpatialRef();
        QVERIFY(srs);
        QCOMPARE(QString::fromLatin1(srs->GetAuthorityCode(nullptr)), QStringLiteral("6677"));
        QVERIFY(layer->TestCapability(OLCFastSpatialFilter));
        OGREnvelope extent;
        QCOMPARE(layer->GetExtent(&extent, FALSE), OGRERR_NONE);
        Envelope expected;
        for (const auto &g : samples(type))
            expected.expand(g.envelope());
        QCOMPARE(extent.MinX, expected.minX);
        QCOMPARE(extent.MaxY, expected.maxY);
        QCOMPARE(layer->GetLayerDefn()->GetFieldCount(), 2);
        QCOMPARE(layer->GetLayerDefn()->GetFieldDefn(1)->GetType(), OFTReal);

        layer->ResetReading();
        std::size_t i = 0;
        for (auto &feature : *layer) {
            QVERIFY(i < samples(type).size());
            const OGRGeometry *g = feature->GetGeometryRef();
            QVERIFY(g);
            QByteArray wkb(int(g->WkbSize()), Qt::Uninitialized);
            g->exportToWkb(wkbNDR, reinterpret_cast<unsigned char *>(wkb.data()), wkbVariantIso);
            auto decoded = ct::geo::GpkgBlob::decodeWkb(wkb.constData(), std::size_t(wkb.size()));
            QVERIFY(decoded.ok());
            QCOMPARE(decoded.value(), samples(type)[i]);
            QCOMPARE(QString::fromUtf8(feature->GetFieldAsString("name")), QStringLiteral("f%1").arg(i));
            ++i;
        }
        QCOMPARE(i, samples(type).size());

        const QByteArray sql = QStringLiteral("SELECT HasSpatialIndex('%1', 'geom')").arg(name).toUtf8();
        OGRLayer *result = ds->ExecuteSQL(sql.constData(), nullptr, nullptr);
        QVERIFY(result);
        OGRFeature *row = result->GetNextFeature();
        QVERIFY(row);
        QCOMPARE(row->GetFieldAsInteger(0), 1);
        OGRFeature::DestroyFeature(row);
        ds->ReleaseResultSet(result);
    }
    // Spatial filter through GDAL uses our R-tree.
    OGRLayer *polygons = ds->GetLayerByName(layerNameOf(GeometryType::Polygon).toUtf8().constData());
    polygons->SetSpatialFilterRect(99, 99, 106, 106);
    QCOMPARE(polygons->GetFeatureCount(TRUE), GIntBig(1));
    polygons->SetSpatialFilter(nullptr);
    QVERIFY2(messages.messages.isEmpty(), qPrintable(messages.messages.join(QLatin1Char('\n'))));
}

void TestTwinStore::ogrinfoHasNoWarnings()
{
    const QString ogrinfo = QStandardPaths::findExecutable(QStringLiteral("ogrinfo"));
    if (ogrinfo.isEmpty())
        QSKIP("ogrinfo (gdal-bin) is not installed; gdalReadsTwin covers the same through the library");
    {
        auto store = createTwinWithAllLayers();
        QVERIFY(store);
    }
    for (const QStringList &args : {QStringList{QStringLiteral("-al"), QStringLiteral("-so"), m_path},
                                    QStringList{m_path}}) {
        QProcess process;
        process.start(ogrinfo, QStringList{QStringLiteral("-ro")} + args);
        QVERIFY(process.waitForFinished(60000));
        const QString out = QString::fromUtf8(process.readAllStandardOutput());
        const QString err = QString::fromUtf8(process.readAllStandardError());
        QCOMPARE(process.exitCode(), 0);
        QVERIFY2(!err.contains(QLatin1String("Warning")) && !err.contains(QLatin1String("ERROR")), qPrintable(err));
        QVERIFY2(!out.contains(QLatin1String("Warning")), qPrintable(out));
        for (GeometryType type : kAllTypes)
            QVERIFY2(out.contains(layerNameOf(type)), qPrintable(out));
    }
}

QTEST_GUILESS_MAIN(TestTwinStore)
#include "tst_twinstore.moc"
