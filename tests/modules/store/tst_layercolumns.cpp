// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
//
// TwinStore::readColumns() (LayerColumns, GeometryBatch, AttributeColumn) against TwinStore::read():
// the same rows, geometries and values for every geometry type, multi-parts, holes, EMPTY and NULL
// geometries, NULL attributes, cells whose SQLite storage class differs from the declared type,
// hand-made blobs (big-endian, Z, EWKB, NaN points), corrupt blobs and envelope filters.
#include "ct/geo/gpkgblob.h"
#include "ct/store/twinstore.h"

#include <QTemporaryDir>
#include <QtEndian>
#include <QtTest>

#include <sqlite3.h>

#include <cmath>

using namespace ct;
using geo::Geometry;
using geo::GeometryType;
using geo::Point;
using store::FieldDefinition;
using store::TwinStore;

Q_DECLARE_METATYPE(std::vector<ct::geo::Geometry>)
Q_DECLARE_METATYPE(ct::geo::GeometryType)
Q_DECLARE_METATYPE(ct::geo::Envelope)

namespace {

std::vector<Point> rect(double x, double y, double w, double h)
{
    return {{x, y}, {x + w, y}, {x + w, y + h}, {x, y + h}, {x, y}};
}

Geometry emptyOf(GeometryType type)
{
    Geometry g;
    g.setType(type);
    return g;
}

const QStringList kFields{QStringLiteral("name"), QStringLiteral("height"), QStringLiteral("floors"),
                          QStringLiteral("flag"), QStringLiteral("at"), QStringLiteral("data")};

/// Attribute values of row i: every column NULL on some rows, Japanese text, dates, blobs.
std::vector<QVariant> valuesOf(int i)
{
    std::vector<QVariant> v(6);
    if (i % 3 != 1)
        v[0] = i % 2 ? QStringLiteral("建物 %1").arg(i) : QStringLiteral("bldg-%1").arg(i);
    if (i % 4 != 2)
        v[1] = 3.25 + i * 1.5;
    if (i % 5 != 3)
        v[2] = qint64(i * 7 - 3);
    if (i % 3 != 2)
        v[3] = i % 2 == 0;
    if (i % 4 != 1)
        v[4] = QDateTime(QDate(2026, 1, 1 + i % 28), QTime(12, i % 60, 5, 250), Qt::UTC);
    if (i % 2 == 0)
        v[5] = QByteArray::fromHex("00ff10") + QByteArray::number(i);
    return v;
}

std::unique_ptr<TwinStore> createTwin(const QTemporaryDir &dir, const QString &file = QStringLiteral("t.gpkg"))
{
    auto created = TwinStore::create(dir.filePath(file));
    return created ? std::move(*created) : nullptr;
}

store::LayerDefinition definitionOf(const QString &name, GeometryType type)
{
    store::LayerDefinition d;
    d.name = name;
    d.geometryType = type;
    d.fields = {{QStringLiteral("name"), FieldDefinition::Type::Text, false},
                {QStringLiteral("height"), FieldDefinition::Type::Real, false},
                {QStringLiteral("floors"), FieldDefinition::Type::Integer, false},
                {QStringLiteral("flag"), FieldDefinition::Type::Boolean, false},
                {QStringLiteral("at"), FieldDefinition::Type::DateTime, false},
                {QStringLiteral("data"), FieldDefinition::Type::Blob, false}};
    return d;
}

bool writeLayer(TwinStore &twin, const QString &name, GeometryType type, const std::vector<Geometry> &geometries)
{
    if (!twin.createLayer(definitionOf(name, type)))
        return false;
    if (!twin.begin())
        return false;
    auto writer = twin.writer(name, kFields);
    if (!writer)
        return false;
    for (std::size_t i = 0; i < geometries.size(); ++i)
        if (!writer->insert(geometries[i], valuesOf(int(i))))
            return false;
    return writer->finish() && twin.commit();
}

bool exec(TwinStore &twin, const QString &sql)
{
    return sqlite3_exec(twin.handle(), sql.toUtf8().constData(), nullptr, nullptr, nullptr) == SQLITE_OK;
}

/// Inserts a raw geometry blob (and NULL attributes) with SQL, bypassing the writer.
bool insertBlob(TwinStore &twin, const QString &layer, const QByteArray &blob)
{
    sqlite3_stmt *statement = nullptr;
    const QByteArray sql = QStringLiteral("INSERT INTO \"%1\" (geom) VALUES (?)").arg(layer).toUtf8();
    if (sqlite3_prepare_v2(twin.handle(), sql.constData(), -1, &statement, nullptr) != SQLITE_OK)
        return false;
    if (blob.isNull())
        sqlite3_bind_null(statement, 1);
    else
        sqlite3_bind_blob(statement, 1, blob.constData(), int(blob.size()), SQLITE_TRANSIENT);
    const bool done = sqlite3_step(statement) == SQLITE_DONE;
    sqlite3_finalize(statement);
    return done;
}

/// Row-by-row comparison of the column-wise read with read(); QCOMPARE reports the first difference.
void compareWithRead(const store::LayerColumns &columns, const store::FeatureTable &table)
{
    QCOMPARE(columns.layer, table.layer);
    QCOMPARE(columns.srsId, table.srsId);
    QCOMPARE(columns.size(), table.size());
    QCOMPARE(columns.geometries.size(), table.size());
    QVERIFY(columns.fids == table.fids);
    QCOMPARE(int(columns.columns.size()), int(table.columnNames.size()));
    for (std::size_t c = 0; c < columns.columns.size(); ++c) {
        QCOMPARE(columns.columns[c].name(), table.columnNames[int(c)]);
        QCOMPARE(columns.columns[c].size(), table.size());
        QCOMPARE(columns.columnIndex(table.columnNames[int(c)]), int(c));
    }
    for (std::size_t i = 0; i < table.size(); ++i) {
        const Geometry g = columns.geometries.geometry(i);
        if (!(g == table.geometries[i]))
            QFAIL(qPrintable(QStringLiteral("geometry of fid %1 differs").arg(table.fids[i])));
        QCOMPARE(columns.geometries.type(i), table.geometries[i].type());
        QCOMPARE(columns.geometries.isEmpty(i), table.geometries[i].isEmpty());
        QCOMPARE(columns.geometries.pointsOf(i).size(), table.geometries[i].points().size());
        if (!table.geometries[i].isEmpty()) {
            const geo::Envelope a = columns.geometries.envelope(i);
            const geo::Envelope b = table.geometries[i].envelope();
            QCOMPARE(a.minX, b.minX);
            QCOMPARE(a.maxY, b.maxY);
        }
        for (std::size_t c = 0; c < columns.columns.size(); ++c) {
            const QVariant ours = columns.columns[c].value(i);
            const QVariant theirs = table.columns[c][i];
            QCOMPARE(ours.isValid(), theirs.isValid());
            QCOMPARE(ours.typeId(), theirs.typeId());
            QCOMPARE(ours, theirs);
            QCOMPARE(columns.columns[c].isNull(i), !theirs.isValid());
        }
    }
    // The conversion back is the same table too.
    const store::FeatureTable converted = columns.toFeatureTable();
    QVERIFY(converted.fids == table.fids);
    QVERIFY(converted.geometries == table.geometries);
    QCOMPARE(converted.columnNames, table.columnNames);
    QVERIFY(converted.columns == table.columns);
}

} // namespace

class TestLayerColumns : public QObject
{
    Q_OBJECT

private slots:
    void matchesRead_data();
    void matchesRead();
    void filter_data();
    void filter();
    void typedAccessors();
    void storageClassesDifferingFromTheDeclaredType();
    void handMadeBlobs_data();
    void handMadeBlobs();
    void corruptBlobsFail_data();
    void corruptBlobsFail();
    void unknownLayerOrColumn();
    void batchBuildsAndRemoves();
};

void TestLayerColumns::matchesRead_data()
{
    QTest::addColumn<GeometryType>("type");
    QTest::addColumn<std::vector<Geometry>>("geometries");

    QTest::newRow("points") << GeometryType::Point
                            << std::vector<Geometry>{Geometry::point({1, 2}), Geometry::point({-3.5, 1e6}),
                                                     emptyOf(GeometryType::Point), Geometry::point({0, 0})};
    QTest::newRow("line strings") << GeometryType::LineString
                                  << std::vector<Geometry>{Geometry::lineString({{0, 0}, {10, 0}, {10, 5}}),
                                                           emptyOf(GeometryType::LineString),
                                                           Geometry::lineString({{1, 1}, {2, 2}})};
    QTest::newRow("polygons with holes")
        << GeometryType::Polygon
        << std::vector<Geometry>{Geometry::polygon({rect(0, 0, 10, 8)}),
                                 Geometry::polygon({rect(20, 0, 30, 30), rect(25, 5, 5, 5), rect(35, 5, 5, 5)}),
                                 emptyOf(GeometryType::Polygon),
                                 Geometry::polygon({{{0, 0}, {4, 0}, {4, 2}, {2, 2}, {2, 4}, {0, 4}, {0, 0}}})};
    QTest::newRow("multi points") << GeometryType::MultiPoint
                                  << std::vector<Geometry>{Geometry::multiPoint({{1, 1}, {2, 2}, {3, 3}}),
                                                           emptyOf(GeometryType::MultiPoint),
                                                           Geometry::multiPoint({{5, 5}})};
    QTest::newRow("multi line strings")
        << GeometryType::MultiLineString
        << std::vector<Geometry>{Geometry::multiLineString({{{0, 0}, {1, 1}}, {{2, 2}, {3, 3}, {4, 2}}}),
                                 emptyOf(GeometryType::MultiLineString)};
    QTest::newRow("multi polygons with holes")
        << GeometryType::MultiPolygon
        << std::vector<Geometry>{Geometry::multiPolygon({{rect(0, 0, 10, 10), rect(2, 2, 2, 2)}, {rect(50, 50, 5, 5)}}),
                                 emptyOf(GeometryType::MultiPolygon),
                                 Geometry::multiPolygon({{rect(100, 0, 3, 3)}})};
}

void TestLayerColumns::matchesRead()
{
    QFETCH(GeometryType, type);
    QFETCH(std::vector<Geometry>, geometries);
    QTemporaryDir dir;
    auto twin = createTwin(dir);
    QVERIFY(twin);
    QVERIFY(writeLayer(*twin, QStringLiteral("layer"), type, geometries));
    // A NULL geometry with NULL attributes, written around the writer.
    QVERIFY(insertBlob(*twin, QStringLiteral("layer"), QByteArray()));

    auto all = twin->read(QStringLiteral("layer"));
    QVERIFY2(all.ok(), qPrintable(all.ok() ? QString() : all.error().toString()));
    QCOMPARE(all->size(), geometries.size() + 1);
    auto allColumns = twin->readColumns(QStringLiteral("layer"));
    QVERIFY(allColumns.ok());
    compareWithRead(*allColumns, *all);
    QVERIFY(allColumns->geometries.isEmpty(allColumns->size() - 1)); // the NULL geometry

    const QStringList some{QStringLiteral("floors"), QStringLiteral("name")};
    auto subset = twin->read(QStringLiteral("layer"), some);
    auto subsetColumns = twin->readColumns(QStringLiteral("layer"), some);
    QVERIFY(subset.ok() && subsetColumns.ok());
    compareWithRead(*subsetColumns, *subset);

    // A read-only connection (memory-mapped reads) gives the same.
    twin.reset();
    auto readOnly = TwinStore::open(dir.filePath(QStringLiteral("t.gpkg")), TwinStore::OpenMode::ReadOnly);
    QVERIFY(readOnly.ok());
    auto mapped = (*readOnly)->readColumns(QStringLiteral("layer"));
    QVERIFY(mapped.ok());
    compareWithRead(*mapped, *all);
}

void TestLayerColumns::filter_data()
{
    QTest::addColumn<geo::Envelope>("filter");
    QTest::addColumn<int>("expected");
    // 10 × 10 grid of 8 m squares every 20 m, fids 1..100; the 101st feature is a NULL geometry.
    QTest::newRow("everything") << geo::Envelope{-100, -100, 1000, 1000} << 100;
    QTest::newRow("nothing") << geo::Envelope{500, 500, 600, 600} << 0;
    QTest::newRow("one corner square") << geo::Envelope{1, 1, 2, 2} << 1;
    QTest::newRow("touching edges") << geo::Envelope{8, 8, 20, 20} << 4;
    QTest::newRow("gap between squares") << geo::Envelope{9, 9, 19, 19} << 0;
    QTest::newRow("a block of 3 by 2") << geo::Envelope{21, 41, 61, 61} << 6;
}

void TestLayerColumns::filter()
{
    QFETCH(geo::Envelope, filter);
    QFETCH(int, expected);
    QTemporaryDir dir;
    auto twin = createTwin(dir);
    QVERIFY(twin);
    std::vector<Geometry> grid;
    for (int i = 0; i < 100; ++i)
        grid.push_back(Geometry::polygon({rect((i % 10) * 20.0, (i / 10) * 20.0, 8, 8)}));
    QVERIFY(writeLayer(*twin, QStringLiteral("grid"), GeometryType::Polygon, grid));
    QVERIFY(insertBlob(*twin, QStringLiteral("grid"), QByteArray()));

    auto table = twin->read(QStringLiteral("grid"), {QStringLiteral("height")}, filter);
    auto columns = twin->readColumns(QStringLiteral("grid"), {QStringLiteral("height")}, filter);
    QVERIFY(table.ok() && columns.ok());
    QCOMPARE(int(columns->size()), expected);
    compareWithRead(*columns, *table);
    for (std::size_t i = 0; i < columns->size(); ++i)
        QVERIFY(columns->geometries.envelope(i).intersects(filter));

    // Without the R-tree the exact envelope test alone must give the same rows.
    QVERIFY(exec(*twin, QStringLiteral("DELETE FROM gpkg_extensions WHERE table_name = 'grid'")));
    auto slow = twin->readColumns(QStringLiteral("grid"), {QStringLiteral("height")}, filter);
    QVERIFY(slow.ok());
    QVERIFY(slow->fids == columns->fids);
    QVERIFY(slow->geometries == columns->geometries);
}

void TestLayerColumns::typedAccessors()
{
    QTemporaryDir dir;
    auto twin = createTwin(dir);
    QVERIFY(twin);
    std::vector<Geometry> points;
    for (int i = 0; i < 12; ++i)
        points.push_back(Geometry::point({double(i), double(i)}));
    QVERIFY(writeLayer(*twin, QStringLiteral("pts"), GeometryType::Point, points));
    auto columns = twin->readColumns(QStringLiteral("pts"));
    QVERIFY(columns.ok());
    const store::AttributeColumn &name = columns->columns[std::size_t(columns->columnIndex(QStringLiteral("name")))];
    const store::AttributeColumn &height = columns->columns[std::size_t(columns->columnIndex(QStringLiteral("height")))];
    const store::AttributeColumn &floors = columns->columns[std::size_t(columns->columnIndex(QStringLiteral("floors")))];
    QVERIFY(name.hasBytes() && !name.hasNumbers());
    QVERIFY(height.hasNumbers() && !height.hasBytes());
    QCOMPARE(columns->columnIndex(QStringLiteral("nope")), -1);
    for (std::size_t i = 0; i < columns->size(); ++i) {
        const std::vector<QVariant> expected = valuesOf(int(i));
        QCOMPARE(QString::fromUtf8(name.bytes(i).data(), qsizetype(name.bytes(i).size())), expected[0].toString());
        QCOMPARE(height.real(i, -1.0), expected[1].isValid() ? expected[1].toDouble() : -1.0);
        QCOMPARE(floors.integer(i, -99), expected[2].isValid() ? expected[2].toLongLong() : qint64(-99));
        QCOMPARE(floors.real(i, -99.0), expected[2].isValid() ? expected[2].toDouble() : -99.0);
        QCOMPARE(height.storage()[i],
                 expected[1].isValid() ? store::AttributeColumn::Storage::Real : store::AttributeColumn::Storage::Null);
    }
    QCOMPARE(columns->geometries.points().size(), std::size_t(12));
    QCOMPARE(columns->geometries.points()[7], (Point{7, 7}));
}

void TestLayerColumns::storageClassesDifferingFromTheDeclaredType()
{
    QTemporaryDir dir;
    auto twin = createTwin(dir);
    QVERIFY(twin);
    QVERIFY(writeLayer(*twin, QStringLiteral("mixed"), GeometryType::Point, {Geometry::point({1, 1})}));
    const QString insert = QStringLiteral("INSERT INTO mixed (geom, name, height, floors, flag, at, data) VALUES ");
    QVERIFY(exec(*twin, insert + QStringLiteral("(NULL, 42, 'tall', 3.75, 'yes', 17, 2.5)")));
    QVERIFY(exec(*twin, insert + QStringLiteral("(NULL, X'0102', X'ff', 'abc', 2, 'not a date', 'text')")));
    QVERIFY(exec(*twin, insert + QStringLiteral("(NULL, NULL, 7, 9000000000, 0, NULL, 12)")));

    auto table = twin->read(QStringLiteral("mixed"));
    auto columns = twin->readColumns(QStringLiteral("mixed"));
    QVERIFY(table.ok() && columns.ok());
    QCOMPARE(columns->size(), std::size_t(4));
    compareWithRead(*columns, *table);
    const store::AttributeColumn &floors = columns->columns[std::size_t(columns->columnIndex(QStringLiteral("floors")))];
    QVERIFY(floors.hasNumbers() && floors.hasBytes()); // 'abc' in an INTEGER column
    QCOMPARE(floors.integer(3), qint64(9000000000));
    QCOMPARE(floors.bytes(2), std::string_view("abc"));
    QCOMPARE(floors.integer(2, -1), qint64(-1));
    const store::AttributeColumn &data = columns->columns[std::size_t(columns->columnIndex(QStringLiteral("data")))];
    QCOMPARE(data.storage()[1], store::AttributeColumn::Storage::Real);
    QCOMPARE(data.real(1), 2.5);
}

void TestLayerColumns::handMadeBlobs_data()
{
    QTest::addColumn<QByteArray>("blob");

    auto header = [](int envelopeKind, bool littleEndian) {
        QByteArray h("GP");
        h.append(char(0));
        h.append(char((envelopeKind << 1) | (littleEndian ? 1 : 0)));
        h.append(QByteArray(4, '\0'));
        static const int kBytes[] = {0, 32, 48, 48, 64};
        h.append(QByteArray(kBytes[envelopeKind], '\0'));
        return h;
    };
    auto u32 = [](quint32 v, bool le) {
        QByteArray b(4, '\0');
        if (le)
            qToLittleEndian(v, b.data());
        else
            qToBigEndian(v, b.data());
        return b;
    };
    auto f64 = [](double v, bool le) {
        QByteArray b(8, '\0');
        quint64 bits;
        std::memcpy(&bits, &v, 8);
        if (le)
            qToLittleEndian(bits, b.data());
        else
            qToBigEndian(bits, b.data());
        return b;
    };
    auto polygon = [&](bool le, quint32 code, int dims) {
        QByteArray w;
        w.append(char(le ? 1 : 0));
        w.append(u32(code, le));
        w.append(u32(1, le));
        w.append(u32(4, le));
        const double xy[4][2] = {{0, 0}, {5, 0}, {0, 5}, {0, 0}};
        for (const auto &p : xy) {
            w.append(f64(p[0], le));
            w.append(f64(p[1], le));
            for (int d = 2; d < dims; ++d)
                w.append(f64(99.0, le));
        }
        return w;
    };
    QTest::newRow("little-endian polygon, no envelope") << header(0, true) + polygon(true, 3, 2);
    QTest::newRow("big-endian polygon") << header(1, false) + polygon(false, 3, 2);
    QTest::newRow("ISO polygon Z, envelope XYZ") << header(2, true) + polygon(true, 1003, 3);
    QTest::newRow("ISO polygon ZM, envelope XYZM") << header(4, true) + polygon(true, 3003, 4);
    QTest::newRow("EWKB polygon Z, big-endian") << header(1, true) + polygon(false, 0x80000003u, 3);
    {
        QByteArray multi;
        multi.append(char(1));
        multi.append(u32(6, true));
        multi.append(u32(2, true));
        multi.append(polygon(false, 3, 2)); // parts may have their own byte order
        multi.append(polygon(true, 1003, 3));
        QTest::newRow("multipolygon of mixed parts") << header(1, true) + multi;
    }
    {
        QByteArray point;
        point.append(char(1));
        point.append(u32(1, true));
        point.append(f64(std::nan(""), true));
        point.append(f64(std::nan(""), true));
        QTest::newRow("POINT EMPTY as NaN") << header(0, true) + point;
        QByteArray multi;
        multi.append(char(1));
        multi.append(u32(4, true));
        multi.append(u32(2, true));
        multi.append(point);
        multi.append(char(1));
        multi.append(u32(1, true));
        multi.append(f64(3.0, true));
        multi.append(f64(4.0, true));
        QTest::newRow("multipoint with an empty part") << header(0, true) + multi;
    }
}

void TestLayerColumns::handMadeBlobs()
{
    QFETCH(QByteArray, blob);
    auto expected = geo::GpkgBlob::decode(blob.constData(), std::size_t(blob.size()));
    QVERIFY2(expected.ok(), "the row's blob must be valid for GpkgBlob");
    QTemporaryDir dir;
    auto twin = createTwin(dir);
    QVERIFY(twin);
    QVERIFY(twin->createLayer(definitionOf(QStringLiteral("raw"), GeometryType::MultiPolygon)));
    QVERIFY(insertBlob(*twin, QStringLiteral("raw"), blob));
    QVERIFY(insertBlob(*twin, QStringLiteral("raw"), geo::GpkgBlob::encode(Geometry::point({1, 2}), 6677)));
    auto table = twin->read(QStringLiteral("raw"));
    auto columns = twin->readColumns(QStringLiteral("raw"));
    QVERIFY(table.ok() && columns.ok());
    QVERIFY(columns->geometries.geometry(0) == *expected);
    compareWithRead(*columns, *table);
}

void TestLayerColumns::corruptBlobsFail_data()
{
    QTest::addColumn<QByteArray>("blob");
    const QByteArray good = geo::GpkgBlob::encode(Geometry::polygon({rect(0, 0, 3, 3)}), 6677);
    QTest::newRow("not GP") << QByteArray("XP") + good.mid(2);
    QTest::newRow("shorter than a header") << good.left(6);
    QTest::newRow("bad envelope indicator") << QByteArray("GP\x00\x0b", 4) + good.mid(4);
    QTest::newRow("truncated coordinates") << good.left(good.size() - 5);
    QTest::newRow("unknown WKB type") << good.left(40) + QByteArray("\x01\x09\x00\x00\x00", 5) + good.mid(45);
    QTest::newRow("point count past the end") << good.left(49) + QByteArray("\xff\xff\xff\x7f", 4) + good.mid(53);
}

void TestLayerColumns::corruptBlobsFail()
{
    QFETCH(QByteArray, blob);
    QVERIFY(!geo::GpkgBlob::decode(blob.constData(), std::size_t(blob.size())).ok());
    QTemporaryDir dir;
    auto twin = createTwin(dir);
    QVERIFY(twin);
    QVERIFY(twin->createLayer(definitionOf(QStringLiteral("raw"), GeometryType::Polygon)));
    QVERIFY(insertBlob(*twin, QStringLiteral("raw"), geo::GpkgBlob::encode(Geometry::polygon({rect(0, 0, 1, 1)}), 6677)));
    QVERIFY(insertBlob(*twin, QStringLiteral("raw"), blob));
    auto table = twin->read(QStringLiteral("raw"));
    auto columns = twin->readColumns(QStringLiteral("raw"));
    QVERIFY(!table.ok());
    QVERIFY(!columns.ok());
    QCOMPARE(columns.error().kind, core::Error::Kind::InvalidInput);
    QVERIFY2(columns.error().where.contains(QLatin1String("fid 2")), qPrintable(columns.error().toString()));
}

void TestLayerColumns::unknownLayerOrColumn()
{
    QTemporaryDir dir;
    auto twin = createTwin(dir);
    QVERIFY(twin);
    QVERIFY(writeLayer(*twin, QStringLiteral("layer"), GeometryType::Point, {Geometry::point({1, 1})}));
    auto missingLayer = twin->readColumns(QStringLiteral("nope"));
    QVERIFY(!missingLayer.ok());
    QCOMPARE(missingLayer.error().kind, core::Error::Kind::NotFound);
    auto missingColumn = twin->readColumns(QStringLiteral("layer"), {QStringLiteral("height"), QStringLiteral("nope")});
    QVERIFY(!missingColumn.ok());
    QCOMPARE(missingColumn.error().kind, core::Error::Kind::NotFound);
}

void TestLayerColumns::batchBuildsAndRemoves()
{
    store::GeometryBatch batch;
    const Geometry a = Geometry::multiPolygon({{rect(0, 0, 10, 10), rect(2, 2, 2, 2)}, {rect(50, 50, 5, 5)}});
    const Geometry b = Geometry::lineString({{0, 0}, {1, 1}});
    batch.appendGeometry(a);
    batch.appendGeometry(b);
    QCOMPARE(batch.size(), std::size_t(2));
    QCOMPARE(batch.partCount(), std::size_t(3));
    QCOMPARE(batch.ringCount(), std::size_t(4));
    QCOMPARE(std::vector<std::uint32_t>(batch.partOffsets().begin(), batch.partOffsets().end()),
             (std::vector<std::uint32_t>{0, 2, 3}));
    QCOMPARE(std::vector<std::uint32_t>(batch.ringOffsets().begin(), batch.ringOffsets().end()),
             (std::vector<std::uint32_t>{0, 2, 3, 4}));
    QCOMPARE(std::vector<std::uint32_t>(batch.pointOffsets().begin(), batch.pointOffsets().end()),
             (std::vector<std::uint32_t>{0, 5, 10, 15, 17}));
    QVERIFY(batch.geometry(0) == a);
    QVERIFY(batch.geometry(1) == b);
    QCOMPARE(batch.envelope(0).maxX, 55.0);
    batch.removeLast();
    QCOMPARE(batch.size(), std::size_t(1));
    QCOMPARE(batch.points().size(), std::size_t(15));
    QCOMPARE(batch.ringCount(), std::size_t(3));
    store::GeometryBatch again;
    again.appendGeometry(a);
    QVERIFY(batch == again);
    batch.clear();
    QVERIFY(batch.isEmpty());
    QCOMPARE(batch.partOffsets().size(), std::size_t(1));
}

QTEST_GUILESS_MAIN(TestLayerColumns)
#include "tst_layercolumns.moc"
