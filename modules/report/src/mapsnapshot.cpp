// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "ct/report/mapsnapshot.h"

#include "ct/geo/crs.h"
#include "ct/geo/crstransform.h"
#include "ct/store/twinstore.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainter>
#include <QPaintDevice>
#include <QPolygonF>
#include <QTransform>

#include <algorithm>
#include <cmath>
#include <map>
#include <optional>

namespace ct::report {

using plugin::LayerDescriptor;

namespace {

//! Pen width of the domain plugins' lines (bus routes …) on paper.
constexpr double kDomainLineMillimetres = 0.6;

/// The base map in print colours: quieter than the screen, so the domain layers stand out. In
/// these descriptors (and in the domain lines after read()) `widthMetres` is a pen width in
/// millimetres on paper.
std::vector<LayerDescriptor> baseLayers()
{
    auto boundary = LayerDescriptor::areas(QStringLiteral("boundary"), QStringLiteral(QT_TRANSLATE_NOOP("LayerTitles", "City boundary")),
                                           QStringLiteral("core"), QStringLiteral("#f4f4ef"), QStringLiteral("#505050"), 0.45, 5);
    auto water = LayerDescriptor::areas(QStringLiteral("water"), QStringLiteral(QT_TRANSLATE_NOOP("LayerTitles", "Water")),
                                        QStringLiteral("core"), QStringLiteral("#c6dff2"), QString(), 0.0, 10);
    auto rivers = LayerDescriptor::lines(QStringLiteral("rivers"), QStringLiteral(QT_TRANSLATE_NOOP("LayerTitles", "Rivers")),
                                         QStringLiteral("core"), QStringLiteral("#4f8fcf"), 0.45, 11);
    auto roads = LayerDescriptor::lines(QStringLiteral("roads"), QStringLiteral(QT_TRANSLATE_NOOP("LayerTitles", "Roads")),
                                        QStringLiteral("core"), QStringLiteral("#9a9a9a"), 0.2, 20);
    // The situation report is first about evacuation: the shelters are drawn even when no loaded
    // plugin describes their layer (the shelters plugin's own style replaces this one).
    auto shelters = LayerDescriptor::points(QStringLiteral("shelters"), QStringLiteral(QT_TRANSLATE_NOOP("LayerTitles", "Evacuation shelters")),
                                            QStringLiteral("core"), QStringLiteral("#2e9e44"), LayerDescriptor::Symbol::Circle, 16, 90,
                                            QStringLiteral("name"));
    return {boundary, water, rivers, roads, shelters};
}

double millimetres(const QPainter &painter, double mm)
{
    return mm * painter.device()->logicalDpiY() / 25.4;
}

QColor interpolate(const QColor &a, const QColor &b, double t)
{
    return QColor::fromRgbF(float(a.redF() + (b.redF() - a.redF()) * t), float(a.greenF() + (b.greenF() - a.greenF()) * t),
                            float(a.blueF() + (b.blueF() - a.blueF()) * t));
}

QString translatedTitle(const LayerDescriptor &style)
{
    if (style.translationContext.isEmpty())
        return style.title;
    return QCoreApplication::translate(style.translationContext.toUtf8().constData(), style.title.toUtf8().constData());
}

QString stateText(const QString &text)
{
    return QCoreApplication::translate("FeatureState", text.toUtf8().constData());
}

void drawSymbol(QPainter &painter, LayerDescriptor::Symbol symbol, const QPointF &at, double size)
{
    const double r = size / 2.0;
    switch (symbol) {
    case LayerDescriptor::Symbol::Circle:
        painter.drawEllipse(at, r, r);
        break;
    case LayerDescriptor::Symbol::Square:
        painter.drawRect(QRectF(at.x() - r, at.y() - r, size, size));
        break;
    case LayerDescriptor::Symbol::Triangle:
        painter.drawPolygon(QPolygonF{QPointF(at.x(), at.y() - r), QPointF(at.x() + r, at.y() + r * 0.8),
                                      QPointF(at.x() - r, at.y() + r * 0.8)});
        break;
    case LayerDescriptor::Symbol::Diamond:
        painter.drawPolygon(QPolygonF{QPointF(at.x(), at.y() - r), QPointF(at.x() + r, at.y()), QPointF(at.x(), at.y() + r),
                                      QPointF(at.x() - r, at.y())});
        break;
    case LayerDescriptor::Symbol::Arrow:
        painter.drawPolygon(QPolygonF{QPointF(at.x(), at.y() - r), QPointF(at.x() + 0.85 * r, at.y() + 0.9 * r),
                                      QPointF(at.x(), at.y() + 0.45 * r), QPointF(at.x() - 0.85 * r, at.y() + 0.9 * r)});
        break;
    }
}

/// A round length for the scale bar: 1, 2 or 5 times a power of ten, at most `metres`.
double niceLength(double metres)
{
    const double power = std::pow(10.0, std::floor(std::log10(metres)));
    for (double step : {5.0, 2.0, 1.0}) {
        if (step * power <= metres)
            return step * power;
    }
    return power;
}

} // namespace

QColor MapSnapshot::stateColor(const sim::FeatureState &state, std::size_t row)
{
    const sim::FeatureStyle &style = state.style;
    if (!style.categoryBy.isEmpty()) {
        const int column = state.textColumn(style.categoryBy);
        if (column >= 0) {
            const QString value = state.text(row, column);
            for (const auto &category : style.categories) {
                if (category.value == value)
                    return QColor(category.color);
            }
        }
    }
    if (style.colorBy.isEmpty() || style.colorStops.empty())
        return {};
    const int column = state.numberColumn(style.colorBy);
    if (column < 0)
        return {};
    const double value = state.number(row, column);
    if (std::isnan(value))
        return {};
    const auto &stops = style.colorStops;
    if (value <= stops.front().value)
        return QColor(stops.front().color);
    for (std::size_t i = 1; i < stops.size(); ++i) {
        if (value <= stops[i].value) {
            const double span = stops[i].value - stops[i - 1].value;
            const double t = span > 0 ? (value - stops[i - 1].value) / span : 1.0;
            return interpolate(QColor(stops[i - 1].color), QColor(stops[i].color), t);
        }
    }
    return QColor(stops.back().color);
}

core::Result<MapSnapshot> MapSnapshot::read(const store::TwinStore &twin, const std::vector<LayerDescriptor> &domainLayers,
                                            std::vector<sim::FeatureState> states)
{
    MapSnapshot snapshot;
    snapshot.m_states = std::move(states);

    std::vector<LayerDescriptor> wanted = baseLayers();
    for (const LayerDescriptor &d : domainLayers) {
        if (d.kind != LayerDescriptor::Kind::Points && d.kind != LayerDescriptor::Kind::Lines)
            continue;
        // The map a reader expects is the one the console opens with: layers a plugin keeps off by
        // default (streetlights, asset grades on every road) would bury the facilities' names.
        if (!d.visibleByDefault)
            continue;
        // On paper a line has a pen width, not a width on the ground: the domain's metres would
        // make a bus route kilometres wide at the scale of a city map.
        LayerDescriptor print = d;
        if (print.kind == LayerDescriptor::Kind::Lines)
            print.widthMetres = kDomainLineMillimetres;
        const auto same = std::find_if(wanted.begin(), wanted.end(), [&](const LayerDescriptor &w) { return w.table == d.table; });
        if (same == wanted.end())
            wanted.push_back(print);
        else if (same->owner == QLatin1String("core") && d.owner != QLatin1String("core") && same->kind == d.kind)
            *same = print; // a domain's own style for a table the base map draws by default
    }
    std::stable_sort(wanted.begin(), wanted.end(), [](const auto &a, const auto &b) { return a.order < b.order; });

    std::map<int, std::optional<geo::CrsTransform>> transforms;
    geo::Envelope all;
    for (const LayerDescriptor &style : wanted) {
        if (!twin.hasLayer(style.table))
            continue;
        auto info = twin.layer(style.table);
        if (!info)
            return info.error();
        QStringList columns;
        const bool isRoads = style.table == QLatin1String("roads");
        auto hasField = [&](const QString &name) {
            return std::any_of(info->fields.begin(), info->fields.end(), [&](const auto &f) { return f.name == name; });
        };
        if (isRoads && hasField(QStringLiteral("width_m")))
            columns << QStringLiteral("width_m");
        const bool labelled = style.kind == LayerDescriptor::Kind::Points && !style.labelField.isEmpty()
                              && hasField(style.labelField) && info->featureCount <= kMaxLabelledFeatures;
        if (labelled)
            columns << style.labelField;
        // Only the roads' width and the facilities' names are needed. An empty list would read
        // every attribute, so an unlabelled layer asks for one it has, or for all if it has none.
        if (columns.isEmpty() && !info->fields.empty())
            columns << info->fields.front().name;
        auto read = twin.readColumns(style.table, columns);
        if (!read)
            return read.error();
        const store::LayerColumns &data = read.value();

        const geo::CrsTransform *transform = nullptr;
        if (data.srsId != 0 && data.srsId != geo::crs::kJgd2011ZoneIX) {
            auto &slot = transforms[data.srsId];
            if (!slot) {
                auto created = geo::CrsTransform::create(data.srsId, geo::crs::kJgd2011ZoneIX);
                if (!created)
                    return created.error();
                slot.emplace(std::move(created.value()));
            }
            transform = &*slot;
        }
        auto toMap = [&](geo::Point p) {
            if (transform)
                transform->forward(p);
            return QPointF(p.x, p.y);
        };

        Layer layer;
        layer.style = style;
        layer.title = translatedTitle(style);
        const store::GeometryBatch &g = data.geometries;
        const int widthColumn = isRoads ? data.columnIndex(QStringLiteral("width_m")) : -1;
        const int labelColumn = labelled ? data.columnIndex(style.labelField) : -1;
        for (std::size_t i = 0; i < g.size(); ++i) {
            if (g.isEmpty(i))
                continue;
            layer.fids.push_back(data.fids[i]);
            if (style.kind == LayerDescriptor::Kind::Points) {
                const QPointF p = toMap(g.pointsOf(i).front());
                layer.points.push_back(p);
                if (labelColumn >= 0)
                    layer.labels << data.columns[std::size_t(labelColumn)].value(i).toString();
                all.expand(geo::Point{p.x(), p.y()});
                continue;
            }
            QPainterPath path;
            for (std::uint32_t part = g.partOffsets()[i]; part < g.partOffsets()[i + 1]; ++part) {
                for (std::uint32_t ring = g.ringOffsets()[part]; ring < g.ringOffsets()[part + 1]; ++ring) {
                    const auto points = g.ring(ring);
                    if (points.empty())
                        continue;
                    path.moveTo(toMap(points.front()));
                    for (std::size_t k = 1; k < points.size(); ++k)
                        path.lineTo(toMap(points[k]));
                    if (style.kind == LayerDescriptor::Kind::Areas)
                        path.closeSubpath();
                }
            }
            const QRectF box = path.boundingRect();
            all.expand(geo::Point{box.left(), box.top()});
            all.expand(geo::Point{box.right(), box.bottom()});
            layer.shapes.push_back(std::move(path));
            if (widthColumn >= 0)
                layer.widths.push_back(data.columns[std::size_t(widthColumn)].real(i, 0.0));
        }
        for (std::size_t s = 0; s < snapshot.m_states.size(); ++s) {
            if (snapshot.m_states[s].layer == style.table)
                layer.state = int(s);
        }
        if (style.table == QLatin1String("boundary") && !layer.shapes.empty()) {
            for (const QPainterPath &path : layer.shapes) {
                const QRectF box = path.boundingRect();
                snapshot.m_extent.expand(geo::Point{box.left(), box.top()});
                snapshot.m_extent.expand(geo::Point{box.right(), box.bottom()});
            }
        }
        if (!layer.fids.empty())
            snapshot.m_layers.push_back(std::move(layer));
    }
    if (snapshot.m_extent.isEmpty())
        snapshot.m_extent = all;
    if (!snapshot.m_extent.isEmpty()) {
        // A margin, and a minimum size so that a single point still makes a map.
        const double pad = std::max({snapshot.m_extent.width(), snapshot.m_extent.height(), 200.0}) * 0.04;
        snapshot.m_extent.minX -= pad;
        snapshot.m_extent.minY -= pad;
        snapshot.m_extent.maxX += pad;
        snapshot.m_extent.maxY += pad;
    }
    return snapshot;
}

double MapSnapshot::aspectRatio() const
{
    if (m_extent.isEmpty() || m_extent.width() <= 0)
        return 1.0;
    return m_extent.height() / m_extent.width();
}

void MapSnapshot::paint(QPainter &painter, const QRectF &area) const
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    if (isEmpty()) {
        painter.setPen(QPen(QColor(0x80, 0x80, 0x80), millimetres(painter, 0.3)));
        painter.setBrush(Qt::white);
        painter.drawRect(area);
        painter.setPen(QColor(0x60, 0x60, 0x60));
        painter.drawText(area, Qt::AlignCenter, QCoreApplication::translate("Report", "The twin has no map layers to show."));
        painter.restore();
        return;
    }
    const QFont baseFont = painter.font();
    const double pad = millimetres(painter, 2);

    // The legend goes in a strip under the map, so that it hides nothing: one entry per layer,
    // then the colours of its state, in columns.
    struct Entry
    {
        QString text;
        QColor color;
        LayerDescriptor::Kind kind;
        LayerDescriptor::Symbol symbol;
        bool indent;
    };
    std::vector<Entry> entries;
    for (auto it = m_layers.rbegin(); it != m_layers.rend(); ++it) {
        const Layer &layer = *it;
        entries.push_back({QCoreApplication::translate("Report", "%1 (%2)").arg(layer.title).arg(layer.fids.size()),
                           QColor(layer.style.color), layer.style.kind, layer.style.symbol, false});
        if (layer.state < 0)
            continue;
        const sim::FeatureStyle &s = m_states[std::size_t(layer.state)].style;
        for (const auto &stop : s.colorStops)
            entries.push_back({stateText(stop.label.isEmpty() ? QString::number(stop.value) : stop.label), QColor(stop.color),
                               layer.style.kind, layer.style.symbol, true});
        for (const auto &category : s.categories)
            entries.push_back({stateText(category.label.isEmpty() ? category.value : category.label), QColor(category.color),
                               layer.style.kind, layer.style.symbol, true});
    }
    QFont legendFont = baseFont;
    legendFont.setPointSizeF(7.0);
    legendFont.setBold(false);
    const QFontMetricsF legendMetrics(legendFont, painter.device());
    const double line = legendMetrics.height() * 1.2;
    constexpr int kLegendColumns = 3;
    const int legendRows = int((entries.size() + kLegendColumns - 1) / kLegendColumns);
    const double legendHeight = 2 * pad + line * legendRows;
    const QRectF mapArea(area.left(), area.top(), area.width(), area.height() - legendHeight);
    const QRectF legendArea(area.left(), mapArea.bottom(), area.width(), legendHeight);

    painter.setPen(QPen(QColor(0x80, 0x80, 0x80), millimetres(painter, 0.3)));
    painter.setBrush(Qt::white);
    painter.drawRect(mapArea);
    painter.setClipRect(mapArea);

    // Twin metres → device pixels: the extent centred in the map, north up.
    const double scale = std::min(mapArea.width() / m_extent.width(), mapArea.height() / m_extent.height());
    const geo::Point centre = m_extent.center();
    QTransform toDevice;
    toDevice.translate(mapArea.center().x(), mapArea.center().y());
    toDevice.scale(scale, -scale);
    toDevice.translate(-centre.x, -centre.y);

    for (const Layer &layer : m_layers) {
        const LayerDescriptor &style = layer.style;
        const sim::FeatureState *state = layer.state >= 0 ? &m_states[std::size_t(layer.state)] : nullptr;
        auto featureColor = [&](std::size_t i) {
            if (state) {
                const int row = state->row(layer.fids[i]);
                if (row >= 0) {
                    const QColor c = stateColor(*state, std::size_t(row));
                    if (c.isValid())
                        return c;
                }
            }
            return QColor(style.color);
        };
        switch (style.kind) {
        case LayerDescriptor::Kind::Areas:
        case LayerDescriptor::Kind::Buildings: {
            QPainterPath all;
            for (const QPainterPath &shape : layer.shapes)
                all.addPath(shape);
            painter.setBrush(QColor(style.color));
            if (style.outlineColor.isEmpty())
                painter.setPen(Qt::NoPen);
            else
                painter.setPen(QPen(QColor(style.outlineColor), millimetres(painter, style.widthMetres), Qt::DashLine));
            painter.drawPath(toDevice.map(all));
            break;
        }
        case LayerDescriptor::Kind::Lines: {
            // One path per colour and width class, so a city of roads is a handful of strokes.
            std::map<std::pair<QRgb, int>, QPainterPath> groups;
            for (std::size_t i = 0; i < layer.shapes.size(); ++i) {
                int widthClass = 1;
                if (!layer.widths.empty())
                    widthClass = layer.widths[i] >= 12.0 ? 3 : layer.widths[i] >= 6.0 ? 2 : 1;
                groups[{featureColor(i).rgb(), widthClass}].addPath(layer.shapes[i]);
            }
            painter.setBrush(Qt::NoBrush);
            for (const auto &[key, path] : groups) {
                const double width = style.widthMetres * (state ? 2.0 : 1.0) * (0.6 + 0.4 * key.second);
                painter.setPen(QPen(QColor::fromRgb(key.first), millimetres(painter, width), Qt::SolidLine, Qt::RoundCap,
                                    Qt::RoundJoin));
                painter.drawPath(toDevice.map(path));
            }
            break;
        }
        case LayerDescriptor::Kind::Points: {
            // Smaller symbols for the many (bus stops) so that they do not cover the few (shelters).
            const double base = millimetres(painter, layer.points.size() > 100 ? 1.5 : 2.4);
            const int sizeColumn = state && !state->style.sizeBy.isEmpty() ? state->numberColumn(state->style.sizeBy) : -1;
            painter.setPen(QPen(Qt::white, millimetres(painter, 0.25)));
            for (std::size_t i = 0; i < layer.points.size(); ++i) {
                double size = base;
                if (sizeColumn >= 0) {
                    const int row = state->row(layer.fids[i]);
                    if (row >= 0) {
                        const auto &s = state->style;
                        const double span = s.sizeTo - s.sizeFrom;
                        const double t = span > 0 ? std::clamp((state->number(std::size_t(row), sizeColumn) - s.sizeFrom) / span, 0.0, 1.0)
                                                  : 0.0;
                        size = base * (0.75 + 0.75 * t);
                    }
                }
                painter.setBrush(featureColor(i));
                drawSymbol(painter, style.symbol, toDevice.map(layer.points[i]), size);
            }
            break;
        }
        }
    }

    // Scale bar (bottom right, about a fifth of the map's width) and north arrow (top right):
    // their places are taken before the labels.
    const double metres = niceLength(mapArea.width() / scale / 5.0);
    const double barLength = metres * scale;
    const QPointF barEnd(mapArea.right() - pad, mapArea.bottom() - pad - line);
    const QPointF barStart(barEnd.x() - barLength, barEnd.y());
    const double arrow = millimetres(painter, 6);
    const QPointF tip(mapArea.right() - pad - arrow / 2, mapArea.top() + pad);
    std::vector<QRectF> taken{QRectF(barStart.x(), barStart.y() - millimetres(painter, 1.5), barLength, line + millimetres(painter, 2)),
                              QRectF(tip.x() - arrow, tip.y(), 2 * arrow, arrow + line)};

    // Facility names beside their symbols, top layer first; a label that would overlap another
    // or leave the map is left out (the report's tables list every facility).
    QFont labelFont = baseFont;
    labelFont.setPointSizeF(5.5);
    labelFont.setBold(false);
    const QFontMetricsF labelMetrics(labelFont, painter.device());
    painter.setFont(labelFont);
    const QRectF inside = mapArea.adjusted(pad / 2, pad / 2, -pad / 2, -pad / 2);
    const double gap = millimetres(painter, 1.8);
    for (auto it = m_layers.rbegin(); it != m_layers.rend(); ++it) {
        const Layer &layer = *it;
        for (std::size_t i = 0; i < layer.points.size() && i < std::size_t(layer.labels.size()); ++i) {
            const QString text = layer.labels[qsizetype(i)].trimmed();
            if (text.isEmpty())
                continue;
            const QPointF at = toDevice.map(layer.points[i]);
            const QSizeF size(labelMetrics.horizontalAdvance(text), labelMetrics.height());
            for (const QRectF &candidate : {QRectF(QPointF(at.x() + gap, at.y() - size.height() / 2), size),
                                            QRectF(QPointF(at.x() - gap - size.width(), at.y() - size.height() / 2), size),
                                            QRectF(QPointF(at.x() - size.width() / 2, at.y() - gap - size.height()), size),
                                            QRectF(QPointF(at.x() - size.width() / 2, at.y() + gap), size)}) {
                if (!inside.contains(candidate))
                    continue;
                if (std::any_of(taken.begin(), taken.end(), [&](const QRectF &r) { return r.intersects(candidate); }))
                    continue;
                taken.push_back(candidate);
                painter.setPen(Qt::NoPen);
                painter.setBrush(QColor(255, 255, 255, 200));
                painter.drawRect(candidate.adjusted(-size.height() * 0.1, 0, size.height() * 0.1, 0));
                painter.setPen(QColor(0x20, 0x20, 0x20));
                painter.drawText(QPointF(candidate.left(), candidate.top() + labelMetrics.ascent()), text);
                break;
            }
        }
    }

    painter.setFont(legendFont);
    painter.setPen(QPen(Qt::black, millimetres(painter, 0.5), Qt::SolidLine, Qt::FlatCap));
    painter.drawLine(barStart, barEnd);
    painter.drawLine(barStart, barStart - QPointF(0, millimetres(painter, 1.2)));
    painter.drawLine(barEnd, barEnd - QPointF(0, millimetres(painter, 1.2)));
    const QString label = metres >= 1000 ? QCoreApplication::translate("Report", "%1 km").arg(metres / 1000.0)
                                         : QCoreApplication::translate("Report", "%1 m").arg(metres);
    painter.drawText(QRectF(barStart.x(), barEnd.y() + millimetres(painter, 0.5), barLength, line), Qt::AlignHCenter | Qt::AlignTop,
                     label);
    painter.setPen(Qt::NoPen);
    painter.setBrush(Qt::black);
    painter.drawPolygon(QPolygonF{tip, QPointF(tip.x() + arrow / 3, tip.y() + arrow), QPointF(tip.x(), tip.y() + arrow * 0.75),
                                  QPointF(tip.x() - arrow / 3, tip.y() + arrow)});
    painter.setPen(Qt::black);
    painter.drawText(QRectF(tip.x() - arrow, tip.y() + arrow, 2 * arrow, line), Qt::AlignHCenter | Qt::AlignTop,
                     QCoreApplication::translate("Report", "N"));
    painter.setClipping(false);

    // The legend strip.
    painter.setPen(QPen(QColor(0x80, 0x80, 0x80), millimetres(painter, 0.3)));
    painter.setBrush(QColor(0xf8, 0xf8, 0xf8));
    painter.drawRect(legendArea);
    const double columnWidth = (legendArea.width() - 2 * pad) / kLegendColumns;
    const double symbolWidth = millimetres(painter, 5);
    const double indent = millimetres(painter, 3);
    for (std::size_t k = 0; k < entries.size(); ++k) {
        const Entry &e = entries[k];
        const int column = int(k) / legendRows;
        const int row = int(k) % legendRows;
        const double x = legendArea.left() + pad + column * columnWidth + (e.indent ? indent : 0);
        const double y = legendArea.top() + pad + row * line;
        const QPointF mid(x + symbolWidth / 2 - millimetres(painter, 1), y + line / 2);
        switch (e.kind) {
        case LayerDescriptor::Kind::Points:
            painter.setPen(QPen(Qt::white, millimetres(painter, 0.2)));
            painter.setBrush(e.color);
            drawSymbol(painter, e.symbol, mid, millimetres(painter, 2.2));
            break;
        case LayerDescriptor::Kind::Lines:
            painter.setPen(QPen(e.color, millimetres(painter, 0.8)));
            painter.drawLine(QPointF(x, mid.y()), QPointF(x + symbolWidth - millimetres(painter, 2), mid.y()));
            break;
        default:
            painter.setPen(QPen(QColor(0x50, 0x50, 0x50), millimetres(painter, 0.2)));
            painter.setBrush(e.color);
            painter.drawRect(QRectF(x, mid.y() - line * 0.3, symbolWidth - millimetres(painter, 2), line * 0.6));
            break;
        }
        painter.setPen(QColor(0x20, 0x20, 0x20));
        const double textWidth = columnWidth - symbolWidth - (e.indent ? indent : 0) - pad;
        painter.drawText(QPointF(x + symbolWidth, y + (line - legendMetrics.height()) / 2 + legendMetrics.ascent()),
                         legendMetrics.elidedText(e.text, Qt::ElideRight, textWidth));
    }
    painter.restore();
}

} // namespace ct::report
