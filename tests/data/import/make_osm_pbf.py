#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 CityTwin Console developers
"""Writes osm_grid.osm.pbf: the same network as osm_grid.osm, as OSM PBF (no osmium needed).

Run once from tests/data/import/; the output is committed. Protobuf encoded by hand:
BlobHeader/Blob framing, a HeaderBlock, then one PrimitiveBlock with plain Nodes and Ways."""
import re
import struct
import zlib


def varint(n):
    out = bytearray()
    while True:
        b = n & 0x7F
        n >>= 7
        if n:
            out.append(b | 0x80)
        else:
            out.append(b)
            return bytes(out)


def zigzag(n):
    return (n << 1) ^ (n >> 63)


def key(field, wire):
    return varint((field << 3) | wire)


def f_varint(field, n):
    return key(field, 0) + varint(n)


def f_bytes(field, data):
    return key(field, 2) + varint(len(data)) + data


def packed(field, values):
    return f_bytes(field, b"".join(varint(v) for v in values))


def blob(kind, payload):
    body = f_varint(2, len(payload)) + f_bytes(3, zlib.compress(payload))
    header = f_bytes(1, kind.encode()) + f_varint(3, len(body))
    return struct.pack(">I", len(header)) + header + body


src = open("osm_grid.osm", encoding="utf-8").read()
nodes = [(int(i), float(lat), float(lon)) for i, lat, lon in re.findall(r'<node id="(\d+)" lat="([\d.]+)" lon="([\d.]+)"', src)]
ways = []
for wid, inner in re.findall(r'<way id="(\d+)">(.*?)</way>', src):
    refs = [int(r) for r in re.findall(r'<nd ref="(\d+)"/>', inner)]
    tags = re.findall(r'<tag k="([^"]+)" v="([^"]+)"/>', inner)
    ways.append((int(wid), refs, tags))

strings = [b""]
def sid(s):
    b = s.encode()
    if b not in strings:
        strings.append(b)
    return strings.index(b)

group = b""
for i, lat, lon in nodes:
    node = f_varint(1, zigzag(i)) + f_varint(8, zigzag(round(lat * 1e7))) + f_varint(9, zigzag(round(lon * 1e7)))
    group += f_bytes(1, node)
ways_group = b""
for wid, refs, tags in ways:
    deltas, last = [], 0
    for r in refs:
        deltas.append(zigzag(r - last))
        last = r
    way = f_varint(1, wid) + packed(2, [sid(k) for k, _ in tags]) + packed(3, [sid(v) for _, v in tags]) + packed(8, deltas)
    ways_group += f_bytes(3, way)
stringtable = b"".join(f_bytes(1, s) for s in strings)
block = f_bytes(1, stringtable) + f_bytes(2, group) + f_bytes(2, ways_group) + f_varint(17, 100)
header = f_bytes(4, b"OsmSchema-V0.6") + f_bytes(16, b"citytwin make_osm_pbf.py")
with open("osm_grid.osm.pbf", "wb") as out:
    out.write(blob("OSMHeader", header))
    out.write(blob("OSMData", block))
