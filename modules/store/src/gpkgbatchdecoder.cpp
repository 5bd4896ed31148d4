// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "gpkgbatchdecoder.h"

#include "ct/geo/gpkgblob.h"

#include <QtEndian>

#include <bit>
#include <cmath>
#include <cstdint>
#include <cstring>

namespace ct::store::detail {

namespace {

static_assert(sizeof(geo::Point) == 2 * sizeof(double), "geo::Point must be two packed doubles");

/// Bounds-checked reader over a WKB buffer; a failed read sets failed() and returns 0.
class Cursor
{
public:
    Cursor(const unsigned char *data, std::size_t size) : m_data(data), m_size(size) {}

    bool failed() const { return m_failed; }
    bool has(std::size_t bytes) const { return bytes <= m_size - m_offset; }
    const unsigned char *here() const { return m_data + m_offset; }
    void skip(std::size_t bytes) { m_offset += bytes; }

    std::uint8_t byte()
    {
        if (!has(1)) {
            m_failed = true;
            return 0;
        }
        return m_data[m_offset++];
    }
    std::uint32_t u32(bool littleEndian)
    {
        if (!has(4)) {
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
        if (!has(8)) {
            m_failed = true;
            return 0;
        }
        std::uint64_t v;
        std::memcpy(&v, m_data + m_offset, 8);
        m_offset += 8;
        return std::bit_cast<double>(littleEndian ? qFromLittleEndian(v) : qFromBigEndian(v));
    }

private:
    const unsigned char *m_data;
    std::size_t m_size;
    std::size_t m_offset = 0;
    bool m_failed = false;
};

struct WkbType
{
    geo::GeometryType base;
    int dimensions; // 2, 3 or 4 coordinates per point
};

/// The same type-code rules as geo::GpkgBlob (ISO 1000/2000/3000 offsets and the EWKB Z flag).
bool parseType(std::uint32_t code, WkbType *out)
{
    return geo::GpkgBlob::parseWkbType(code, &out->base, &out->dimensions);
}

bool readPoints(Cursor &c, bool le, int dims, GeometryBatch &batch)
{
    const std::uint32_t n = c.u32(le);
    const std::size_t bytes = std::size_t(n) * 8 * std::size_t(dims);
    if (c.failed() || !c.has(bytes))
        return false;
    std::span<geo::Point> out = batch.appendPoints(n);
    if (le && dims == 2 && std::endian::native == std::endian::little) {
        std::memcpy(static_cast<void *>(out.data()), c.here(), bytes);
        c.skip(bytes);
        return true;
    }
    for (geo::Point &p : out) {
        p.x = c.f64(le);
        p.y = c.f64(le);
        for (int d = 2; d < dims; ++d)
            c.f64(le);
    }
    return !c.failed();
}

bool readSimple(Cursor &c, geo::GeometryType expected, GeometryBatch &batch)
{
    const bool le = c.byte() == 1;
    WkbType t;
    if (c.failed() || !parseType(c.u32(le), &t) || c.failed() || t.base != expected)
        return false;
    batch.beginPart();
    switch (t.base) {
    case geo::GeometryType::Point: {
        batch.beginRing();
        const double x = c.f64(le);
        const double y = c.f64(le);
        for (int d = 2; d < t.dimensions; ++d)
            c.f64(le);
        if (c.failed())
            return false;
        if (!(std::isnan(x) && std::isnan(y))) // both NaN: WKB's empty point
            batch.append(geo::Point{x, y});
        return true;
    }
    case geo::GeometryType::LineString:
        batch.beginRing();
        return readPoints(c, le, t.dimensions, batch);
    case geo::GeometryType::Polygon: {
        const std::uint32_t rings = c.u32(le);
        if (c.failed() || !c.has(std::size_t(rings) * 4))
            return false;
        for (std::uint32_t i = 0; i < rings; ++i) {
            batch.beginRing();
            if (!readPoints(c, le, t.dimensions, batch))
                return false;
        }
        return true;
    }
    default:
        return false;
    }
}

bool decodeWkb(const unsigned char *data, std::size_t size, GeometryBatch &batch)
{
    Cursor c(data, size);
    const bool le = c.byte() == 1;
    WkbType t;
    if (c.failed() || !parseType(c.u32(le), &t) || c.failed())
        return false;
    batch.beginFeature(t.base);
    if (int(t.base) <= 3) {
        Cursor again(data, size);
        if (!readSimple(again, t.base, batch))
            return false;
        if (t.base == geo::GeometryType::Point && batch.pointsOf(batch.size() - 1).empty()) {
            // POINT EMPTY has no part at all, as geo::GpkgBlob::decodeWkb() returns it.
            batch.removeLast();
            batch.beginFeature(geo::GeometryType::Point);
        }
        return true;
    }
    const std::uint32_t parts = c.u32(le);
    if (c.failed() || !c.has(std::size_t(parts) * 5))
        return false;
    const auto partType = geo::GeometryType(int(t.base) - 3);
    for (std::uint32_t i = 0; i < parts; ++i)
        if (!readSimple(c, partType, batch))
            return false;
    return true;
}

} // namespace

bool GpkgBatchDecoder::decode(const void *data, std::size_t size, GeometryBatch &batch)
{
    const auto *bytes = static_cast<const unsigned char *>(data);
    if (size < 8 || bytes[0] != 'G' || bytes[1] != 'P')
        return false;
    static constexpr std::size_t kEnvelopeBytes[] = {0, 32, 48, 48, 64};
    const int envelopeKind = (bytes[3] >> 1) & 0x07;
    if (envelopeKind > 4)
        return false;
    const std::size_t headerSize = 8 + kEnvelopeBytes[envelopeKind];
    if (size < headerSize)
        return false;
    const std::size_t before = batch.size();
    if (decodeWkb(bytes + headerSize, size - headerSize, batch))
        return true;
    if (batch.size() > before)
        batch.removeLast();
    return false;
}

} // namespace ct::store::detail
