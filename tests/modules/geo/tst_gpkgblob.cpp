// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "ct/geo/gpkgblob.h"

#include <ogr_geometry.h>

#include <QtEndian>
#include <QtTest>

#include <cmath>
#include <memory>

using ct::geo::Geometry;
using ct::geo::GeometryType;
using ct::geo::GpkgBlob;
using ct::geo::Point;

Q_DECLARE_METATYPE(ct::geo::Geometry)

namespace {

struct OgrDeleter
{
    void operator()(OGRGeometry *g) const { OGRGeometryFactory::destroyGeometry(g); }
};
using OgrPtr = std::unique_ptr<OGRGeometry, OgrDeleter>;

OgrPtr fromWkt(const QByteArray &wkt)
{
    OGRGeometry *g = nullptr;
    const char *text = wkt.constData();
    if (OGRGeometryFactory::createFromWkt(text, nullptr, &g) != OGRERR_NONE)
        return nullptr;
    return OgrPtr(g);
}

QByteArray isoWkb(const OGRGeometry &g, OGRwkbByteOrder order)
{
    QByteArray out(int(g.WkbSize()), Qt::Uninitialized);
    g.exportToWkb(order, reinterpret_cast<unsigned char *>(out.data()), wkbVariantIso);
    return out;
}

Geometry emptyOf(GeometryType type)
{
    Geometry g;
    g.setType(type);
    return g;
}

} // namespace

/// \brief GeoPackage blob and WKB encoding against GDAL's own reading and writing of the same
/// geometries: the twin's files must read identically in GDAL and QGIS.
class TestGpkgBlob : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip_data();
    void roundTrip();
    void gdalAgrees_data() { roundTrip_data(); }
    void gdalAgrees();
    void header_data() { roundTrip_data(); }
    void header();
    void corrupt_data();
    void corrupt();
    void everyTruncationFails();
    void zAndMAreDropped();
};

void TestGpkgBlob::roundTrip_data()
{
    QTest::addColumn<Geometry>("geometry");
    QTest::addColumn<QByteArray>("wkt");

    const std::vector<Point> square{{0, 0}, {10, 0}, {10, 10}, {0, 10}, {0, 0}};
    const std::vector<Point> hole{{2, 2}, {2, 4}, {4, 4}, {4, 2}, {2, 2}};
    const std::vector<Point> far{{100, 100}, {110, 100}, {110, 110}, {100, 100}};

    QTest::newRow("point") << Geometry::point({-8123.25, 45123.5}) << QByteArray("POINT (-8123.25 45123.5)");
    QTest::newRow("linestring") << Geometry::lineString({{0, 0}, {1.5, 2.25}, {-3, 4}})
                                << QByteArray("LINESTRING (0 0,1.5 2.25,-3 4)");
    QTest::newRow("polygon") << Geometry::polygon({square}) << QByteArray("POLYGON ((0 0,10 0,10 10,0 10,0 0))");
    QTest::newRow("polygon with hole") << Geometry::polygon({square, hole})
                                       << QByteArray("POLYGON ((0 0,10 0,10 10,0 10,0 0),(2 2,2 4,4 4,4 2,2 2))");
    QTest::newRow("multipoint") << Geometry::multiPoint({{1, 2}, {3, 4}, {5, 6}})
                                << QByteArray("MULTIPOINT ((1 2),(3 4),(5 6))");
    QTest::newRow("multilinestring") << Geometry::multiLineString({{{0, 0}, {1, 1}}, {{2, 2}, {3, 3}, {4, 2}}})
                                     << QByteArray("MULTILINESTRING ((0 0,1 1),(2 2,3 3,4 2))");
    QTest::newRow("multipolygon with hole")
        << Geometry::multiPolygon({{square, hole}, {far}})
        << QByteArray("MULTIPOLYGON (((0 0,10 0,10 10,0 10,0 0),(2 2,2 4,4 4,4 2,2 2)),((100 100,110 100,110 110,100 100)))");
    QTest::newRow("empty point") << emptyOf(GeometryType::Point) << QByteArray("POINT EMPTY");
    QTest::newRow("empty linestring") << Geometry::lineString({}) << QByteArray("LINESTRING EMPTY");
    QTest::newRow("empty polygon") << Geometry::polygon({}) << QByteArray("POLYGON EMPTY");
    QTest::newRow("empty multipoint") << emptyOf(GeometryType::MultiPoint) << QByteArray("MULTIPOINT EMPTY");
    QTest::newRow("empty multipolygon") << emptyOf(GeometryType::MultiPolygon) << QByteArray("MULTIPOLYGON EMPTY");
    QTest::newRow("jgd2011 coordinates") << Geometry::polygon({{{12345.678901, -6543.210987}, {12355.1, -6543.2},
                                                                {12355.1, -6533.3}, {12345.678901, -6543.210987}}})
                                         << QByteArray("POLYGON ((12345.678901 -6543.210987,12355.1 -6543.2,12355.1 "
                                                       "-6533.3,12345.678901 -6543.210987))");
}

void TestGpkgBlob::roundTrip()
{
    QFETCH(Geometry, geometry);
    const QByteArray blob = GpkgBlob::encode(geometry, 6677);
    auto decoded = GpkgBlob::decode(blob.constData(), std::size_t(blob.size()));
    QVERIFY2(decoded.ok(), qPrintable(decoded.ok() ? QString() : decoded.error().message));
    QCOMPARE(decoded.value(), geometry);

    QByteArray wkb;
    GpkgBlob::encodeWkb(geometry, wkb);
    auto fromWkb = GpkgBlob::decodeWkb(wkb.constData(), std::size_t(wkb.size()));
    QVERIFY(fromWkb.ok());
    QCOMPARE(fromWkb.value(), geometry);
}

void TestGpkgBlob::gdalAgrees()
{
    QFETCH(Geometry, geometry);
    QFETCH(QByteArray, wkt);
    OgrPtr reference = fromWkt(wkt);
    QVERIFY2(reference, wkt.constData());

    // Our WKB is byte for byte GDAL's ISO little-endian WKB of the same geometry…
    QByteArray ours;
    GpkgBlob::encodeWkb(geometry, ours);
    QCOMPARE(ours.toHex(), isoWkb(*reference, wkbNDR).toHex());

    // …GDAL parses it back to the same geometry…
    OGRGeometry *parsed = nullptr;
    QCOMPARE(OGRGeometryFactory::createFromWkb(ours.constData(), nullptr, &parsed, ours.size(), wkbVariantIso),
             OGRERR_NONE);
    OgrPtr parsedOwner(parsed);
    char *parsedWkt = nullptr;
    parsed->exportToWkt(&parsedWkt, wkbVariantIso);
    char *referenceWkt = nullptr;
    reference->exportToWkt(&referenceWkt, wkbVariantIso);
    QCOMPARE(QByteArray(parsedWkt), QByteArray(referenceWkt));
    CPLFree(parsedWkt);
    CPLFree(referenceWkt);

    // …and what GDAL writes, in either byte order, we decode to our geometry.
    for (OGRwkbByteOrder order : {wkbNDR, wkbXDR}) {
        const QByteArray theirs = isoWkb(*reference, order);
        auto decoded = GpkgBlob::decodeWkb(theirs.constData(), std::size_t(theirs.size()));
        QVERIFY(decoded.ok());
        QCOMPARE(decoded.value(), geometry);
    }
}

void TestGpkgBlob::header()
{
    QFETCH(Geometry, geometry);
    const QByteArray blob = GpkgBlob::encode(geometry, 6677);
    QVERIFY(blob.size() >= 8);
    QCOMPARE(blob.left(3), QByteArray("GP\0", 3));
    const auto flags = std::uint8_t(blob[3]);
    QCOMPARE(flags & 0x01, 0x01); // little endian
    QCOMPARE(bool(flags & 0x10), geometry.isEmpty());
    QCOMPARE(qFromLittleEndian<std::int32_t>(blob.constData() + 4), 6677);
    const int envelopeKind = (flags >> 1) & 0x07;
    if (geometry.type() == GeometryType::Point || geometry.isEmpty()) {
        QCOMPARE(envelopeKind, 0);
    } else {
        QCOMPARE(envelopeKind, 1);
        const auto e = geometry.envelope();
        QCOMPARE(qFromLittleEndian<double>(blob.constData() + 8), e.minX);
        QCOMPARE(qFromLittleEndian<double>(blob.constData() + 16), e.maxX);
        QCOMPARE(qFromLittleEndian<double>(blob.constData() + 24), e.minY);
        QCOMPARE(qFromLittleEndian<double>(blob.constData() + 32), e.maxY);
    }
}

void TestGpkgBlob::corrupt_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<bool>("gpkg"); // decode as GeoPackage blob, else as WKB

    QTest::newRow("empty gpkg") << QByteArray() << true;
    QTest::newRow("empty wkb") << QByteArray() << false;
    QTest::newRow("wrong magic") << QByteArray("XX\0\1\0\0\0\0\1\1\0\0\0", 13) << true;
    QTest::newRow("header only") << QByteArray("GP\0\1\0\0\0\0", 8) << true;
    QTest::newRow("bad envelope indicator") << QByteArray("GP\0\x0f\0\0\0\0", 8) + QByteArray(64, '\0') << true;
    QTest::newRow("envelope cut short") << QByteArray("GP\0\x03\0\0\0\0", 8) + QByteArray(16, '\0') << true;
    QTest::newRow("unknown type") << QByteArray::fromHex("0163000000") << false;
    QTest::newRow("type zero") << QByteArray::fromHex("0100000000") << false;
    QTest::newRow("point cut") << QByteArray::fromHex("01010000000000000000000000") << false;
    QTest::newRow("huge point count") << QByteArray::fromHex("0102000000ffffffff0000000000000000") << false;
    QTest::newRow("huge ring count") << QByteArray::fromHex("0103000000ffffff7f") << false;
    QTest::newRow("huge part count") << QByteArray::fromHex("0106000000ffffffff") << false;
    QTest::newRow("multipolygon of points") << QByteArray::fromHex("010600000001000000010100000000000000000000000000000000000000")
                                            << false;
}

void TestGpkgBlob::corrupt()
{
    QFETCH(QByteArray, bytes);
    QFETCH(bool, gpkg);
    auto decoded = gpkg ? GpkgBlob::decode(bytes.constData(), std::size_t(bytes.size()))
                        : GpkgBlob::decodeWkb(bytes.constData(), std::size_t(bytes.size()));
    QVERIFY(!decoded.ok());
    QVERIFY(!decoded.error().message.isEmpty());
}

void TestGpkgBlob::everyTruncationFails()
{
    const Geometry g = Geometry::multiPolygon({{{{0, 0}, {10, 0}, {10, 10}, {0, 0}}, {{1, 1}, {2, 1}, {2, 2}, {1, 1}}},
                                              {{{20, 20}, {30, 20}, {30, 30}, {20, 20}}}});
    const QByteArray blob = GpkgBlob::encode(g, 6677);
    for (int n = 0; n < blob.size(); ++n) {
        auto decoded = GpkgBlob::decode(blob.constData(), std::size_t(n));
        QVERIFY2(!decoded.ok(), qPrintable(QStringLiteral("prefix of %1 bytes decoded").arg(n)));
    }
    QVERIFY(GpkgBlob::decode(blob.constData(), std::size_t(blob.size())).ok());
}

void TestGpkgBlob::zAndMAreDropped()
{
    OgrPtr reference = fromWkt("POLYGON ZM ((0 0 5 1,10 0 5 1,10 10 6 1,0 0 5 1))");
    QVERIFY(reference);
    const QByteArray wkb = isoWkb(*reference, wkbNDR);
    auto decoded = GpkgBlob::decodeWkb(wkb.constData(), std::size_t(wkb.size()));
    QVERIFY(decoded.ok());
    QCOMPARE(decoded.value(), Geometry::polygon({{{0, 0}, {10, 0}, {10, 10}, {0, 0}}}));
}

QTEST_GUILESS_MAIN(TestGpkgBlob)
#include "tst_gpkgblob.moc"
