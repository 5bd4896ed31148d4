// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "corelayers.h"

namespace ct::ui {

using plugin::LayerDescriptor;

namespace {
LayerDescriptor make(const char *table, const char *title, LayerDescriptor::Kind kind, const char *color, int order)
{
    LayerDescriptor d;
    d.table = QString::fromLatin1(table);
    d.title = QString::fromLatin1(title);
    d.kind = kind;
    d.color = QString::fromLatin1(color);
    d.order = order;
    d.owner = QStringLiteral("core");
    return d;
}
} // namespace

std::vector<LayerDescriptor> coreLayerDescriptors()
{
    using Kind = LayerDescriptor::Kind;
    auto boundary = make("boundary", QT_TRANSLATE_NOOP("LayerTitles", "City boundary"), Kind::Areas, "#eef0ea", 5);
    boundary.outlineColor = QStringLiteral("#5a5a5a");
    boundary.widthMetres = 25;

    auto water = make("water", QT_TRANSLATE_NOOP("LayerTitles", "Water"), Kind::Areas, "#8fbfe6", 10);

    auto rivers = make("rivers", QT_TRANSLATE_NOOP("LayerTitles", "Rivers"), Kind::Lines, "#5b9bd5", 11);
    rivers.widthMetres = 6;
    rivers.labelField = QStringLiteral("name");
    rivers.visibleByDefault = false;

    auto embankments = make("embankments", QT_TRANSLATE_NOOP("LayerTitles", "Embankments"), Kind::Lines, "#8d7b68", 15);
    embankments.widthMetres = 5;

    auto roads = make("roads", QT_TRANSLATE_NOOP("LayerTitles", "Roads"), Kind::Lines, "#8c8c8c", 20);
    roads.widthMetres = 8;

    auto nodes = make("road_nodes", QT_TRANSLATE_NOOP("LayerTitles", "Road junctions"), Kind::Points, "#555555", 21);
    nodes.symbolSizePixels = 4;
    nodes.visibleByDefault = false;

    auto buildings = make("buildings", QT_TRANSLATE_NOOP("LayerTitles", "Buildings"), Kind::Buildings, "#c9c1b4", 30);
    buildings.heightField = QStringLiteral("height_m");

    auto hospitals = make("hospitals", QT_TRANSLATE_NOOP("LayerTitles", "Hospitals"), Kind::Points, "#d62728", 88);
    hospitals.symbol = LayerDescriptor::Symbol::Square;
    hospitals.symbolSizePixels = 14;
    hospitals.labelField = QStringLiteral("name");

    return {boundary, water, rivers, embankments, roads, nodes, buildings, hospitals};
}

LayerDescriptor defaultDescriptor(const QString &table, const QString &title, geo::GeometryType type)
{
    LayerDescriptor d;
    d.table = table;
    d.title = title.isEmpty() ? table : title;
    d.translationContext = QString(); // user data: shown as is
    d.owner = QStringLiteral("core");
    d.order = 50;
    d.color = QStringLiteral("#7a5195");
    switch (type) {
    case geo::GeometryType::Point:
    case geo::GeometryType::MultiPoint:
        d.kind = LayerDescriptor::Kind::Points;
        d.symbolSizePixels = 10;
        break;
    case geo::GeometryType::LineString:
    case geo::GeometryType::MultiLineString:
        d.kind = LayerDescriptor::Kind::Lines;
        d.widthMetres = 5;
        break;
    case geo::GeometryType::Polygon:
    case geo::GeometryType::MultiPolygon:
        d.kind = LayerDescriptor::Kind::Areas;
        d.outlineColor = QStringLiteral("#4b2d5c");
        d.widthMetres = 3;
        break;
    }
    return d;
}

} // namespace ct::ui
