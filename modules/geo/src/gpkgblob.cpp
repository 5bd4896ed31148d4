// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "ct/geo/gpkgblob.h"

#include <QtEndian>

#include <cmath>
#include <cstring>

namespace ct::geo {

using core::Error;
using core::Result;

namespace {

template<typename T>
void put(QByteArray &out, T value)
{
    const T le = qToLittleEndian(value);
    out.append(reinterpret_cast<const char *>(&le), sizeof(T));
}

void putPoint(QByteArray &out, const Point &p)
{
    put(out, p.x);
    put(out, p.y);
}

void putHeader(QByteArray &out, GeometryType type, std::uint32_t count)
{
    out.append(char(1)); // little endian
    put<std::uint32_t>(out, std::uint32_t(type));
    if (type != GeometryType::Point)
        put<std::uint32_t>(out, count);
}

void writeRing(QByteArray &out, std::span<const Point> ring)
{
    put<std::uint32_t>(out, std::uint32_t(ring.size()));
    for (const auto &p : ring)
        putPoint(out, p);
}

void writePart(QByteArray &out, const Geometry &g, GeometryType partType, int part)
{
    const int first = g.firstRingOfPart(part);
    const int end = g.endRingOfPart(part);
    switch (partType) {
    case GeometryType::Point:
        putHeader(out, GeometryType::Point, 0);
        putPoint(out, g.ring(first)[0]);
        break;
    case GeometryType::LineString: {
        out.append(char(1));
        put<std::uint32_t>(out, std::uint32_t(GeometryType::LineString));
        writeRing(out, g.ring(first));
        break;
    }
    case GeometryType::Polygon:
        putHeader(out, GeometryType::Polygon, std::uint32_t(end - first));
        for (int r = first; r < end; ++r)
            writeRing(out, g.ring(r));
        break;
    default:
        break;
    }
}

/// Bounds-checked little/big-endian reader over a WKB buffer.
class WkbReader
{
public:
    WkbReader(const unsigned char *data, std::size_t size) : m_data(data), m_size(size) {}

    bool failed() const { return m_failed; }
    std::size_t offset() const { return m_offset; }

    std::uint8_t byte()
    {
        if (m_offset + 1 > m_size) {
            m_failed = true;
            return 0;
        }
        return m_data[m_offset++];
    }
    std::uint32_t u32(bool littleEndian)
    {
        if (m_offset + 4 > m_size) {
            m_failed = true;
            return 0;
        }
        std::uint32_t v;
        std::memcpy(&v, m_data + m_offset, 4);
        m_offset += 4;
        return littleEndian ? qFromLittleEndian(v) : qFromBigEndian(v);
    }
    double f64(bool littleEndian)
    {
        if (m_offset + 8 > m_size) {
            m_failed = true;
            return 0;
        }
        double v;
        std::memcpy(&v, m_data + m_offset, 8);
        m_offset += 8;
        return littleEndian ? qFromLittleEndian(v) : qFromBigEndian(v);
    }
    bool has(std::size_t bytes) const { return m_offset + bytes <= m_size; }

private:
    const unsigned char *m_data;
    std::size_t m_size;
    std::size_t m_offset = 0;
    bool m_failed = false;
};

struct WkbType
{
    GeometryType base;
    int dimensions; // 2, 3 or 4 coordinates per point
};

bool parseType(std::uint32_t code, WkbType *out)
{
    return GpkgBlob::parseWkbType(code, &out->base, &out->dimensions);
}

bool readPoints(WkbReader &r, bool le, int dims, Geometry &g)
{
    const std::uint32_t n = r.u32(le);
    if (r.failed() || !r.has(std::size_t(n) * 8 * dims))
        return false;
    g.reserve(g.points().size() + n);
    for (std::uint32_t i = 0; i < n; ++i) {
        const double x = r.f64(le);
        const double y = r.f64(le);
        for (int d = 2; d < dims; ++d)
            r.f64(le);
        g.append(Point{x, y});
    }
    return !r.failed();
}

bool readSimple(WkbReader &r, GeometryType expected, Geometry &g, bool startPart)
{
    const bool le = r.byte() == 1;
    WkbType t;
    if (r.failed() || !parseType(r.u32(le), &t) || r.failed() || t.base != expected)
        return false;
    if (startPart)
        g.beginPart();
    switch (t.base) {
    case GeometryType::Point: {
        g.beginRing();
        const double x = r.f64(le);
        const double y = r.f64(le);
        for (int d = 2; d < t.dimensions; ++d)
            r.f64(le);
        if (std::isnan(x) && std::isnan(y)) // WKB's empty point
            return !r.failed();
        g.append(Point{x, y});
        return !r.failed();
    }
    case GeometryType::LineString:
        g.beginRing();
        return readPoints(r, le, t.dimensions, g);
    case GeometryType::Polygon: {
        const std::uint32_t rings = r.u32(le);
        if (r.failed() || !r.has(std::size_t(rings) * 4))
            return false;
        for (std::uint32_t i = 0; i < rings; ++i) {
            g.beginRing();
            if (!readPoints(r, le, t.dimensions, g))
                return false;
        }
        return true;
    }
    default:
        return false;
    }
}

} // namespace

bool GpkgBlob::parseWkbType(std::uint32_t code, GeometryType *type, int *dimensions)
{
    int dims = 2;
    std::uint32_t base = code;
    if (code & 0x80000000u) { // EWKB-style Z flag
        dims = 3;
        base = code & 0xFFFFu;
    } else if (code >= 3000) {
        dims = 4;
        base = code - 3000;
    } else if (code >= 2000) {
        dims = 3;
        base = code - 2000;
    } else if (code >= 1000) {
        dims = 3;
        base = code - 1000;
    }
    if (base < 1 || base > 6)
        return false;
    *type = GeometryType(base);
    *dimensions = dims;
    return true;
}

void GpkgBlob::encodeWkb(const Geometry &g, QByteArray &out)
{
    switch (g.type()) {
    case GeometryType::Point:
    case GeometryType::LineString:
    case GeometryType::Polygon:
        if (g.partCount() == 0) { // empty geometry
            putHeader(out, g.type(), 0);
            if (g.type() == GeometryType::Point) {
                putPoint(out, Point{std::nan(""), std::nan("")});
            } else if (g.type() == GeometryType::LineString) {
                put<std::uint32_t>(out, 0);
            }
            return;
        }
        writePart(out, g, g.type(), 0);
        return;
    case GeometryType::MultiPoint:
    case GeometryType::MultiLineString:
    case GeometryType::MultiPolygon: {
        putHeader(out, g.type(), std::uint32_t(g.partCount()));
        const auto partType = GeometryType(int(g.type()) - 3);
        for (int p = 0; p < g.partCount(); ++p)
            writePart(out, g, partType, p);
        return;
    }
    }
}

core::Result<Geometry> GpkgBlob::decodeWkb(const void *data, std::size_t size)
{
    WkbReader r(static_cast<const unsigned char *>(data), size);
    const bool le = r.byte() == 1;
    WkbType t;
    if (r.failed() || !parseType(r.u32(le), &t))
        return Error::invalidInput(QStringLiteral("unsupported or corrupt WKB geometry type"));
    Geometry g;
    g.setType(t.base);
    bool ok = true;
    if (int(t.base) <= 3) {
        WkbReader again(static_cast<const unsigned char *>(data), size);
        ok = readSimple(again, t.base, g, true);
    } else {
        const std::uint32_t parts = r.u32(le);
        if (r.failed() || !r.has(std::size_t(parts) * 5))
            return Error::invalidInput(QStringLiteral("truncated WKB geometry"));
        const auto partType = GeometryType(int(t.base) - 3);
        const auto *bytes = static_cast<const unsigned char *>(data) + r.offset();
        WkbReader sub(bytes, size - r.offset());
        for (std::uint32_t i = 0; i < parts && ok; ++i)
            ok = readSimple(sub, partType, g, true);
    }
    if (!ok)
        return Error::invalidInput(QStringLiteral("truncated or corrupt WKB geometry"));
    if (t.base == GeometryType::Point && g.isEmpty()) {
        // POINT EMPTY (NaN coordinates) has no part at all, like the Geometry the encoder was given.
        Geometry empty;
        empty.setType(GeometryType::Point);
        return empty;
    }
    return g;
}

void GpkgBlob::encodeTo(const Geometry &g, std::int32_t srsId, QByteArray &out)
{
    const bool withEnvelope = g.type() != GeometryType::Point && !g.isEmpty();
    out.append('G');
    out.append('P');
    out.append(char(0)); // version 1
    std::uint8_t flags = 0x01; // little endian
    if (withEnvelope)
        flags |= 0x02; // envelope [minx, maxx, miny, maxy]
    if (g.isEmpty())
        flags |= 0x10;
    out.append(char(flags));
    put<std::int32_t>(out, srsId);
    if (withEnvelope) {
        const Envelope e = g.envelope();
        put(out, e.minX);
        put(out, e.maxX);
        put(out, e.minY);
        put(out, e.maxY);
    }
    encodeWkb(g, out);
}

QByteArray GpkgBlob::encode(const Geometry &g, std::int32_t srsId)
{
    QByteArray out;
    out.reserve(int(40 + g.points().size() * 16 + g.ringCount() * 9 + g.partCount() * 9));
    encodeTo(g, srsId, out);
    return out;
}

core::Result<Geometry> GpkgBlob::decode(const void *data, std::size_t size)
{
    const auto *bytes = static_cast<const unsigned char *>(data);
    if (size < 8 || bytes[0] != 'G' || bytes[1] != 'P')
        return Error::invalidInput(QStringLiteral("not a GeoPackage geometry blob"));
    const std::uint8_t flags = bytes[3];
    static constexpr int kEnvelopeBytes[] = {0, 32, 48, 48, 64};
    const int envelopeKind = (flags >> 1) & 0x07;
    if (envelopeKind > 4)
        return Error::invalidInput(QStringLiteral("invalid GeoPackage envelope indicator"));
    const std::size_t headerSize = 8 + std::size_t(kEnvelopeBytes[envelopeKind]);
    if (size < headerSize)
        return Error::invalidInput(QStringLiteral("truncated GeoPackage geometry blob"));
    return decodeWkb(bytes + headerSize, size - headerSize);
}

} // namespace ct::geo
