// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "mapdrawtool.h"

#include "mapcontroller.h"

#include "ct/geo/crstransform.h"

#include <QCursor>
#include <QPainter>
#include <QPainterPath>
#include <QQuickWindow>

#include <cmath>
#include <numbers>

namespace ct::ui {

namespace {

constexpr double kClickSlopPixels = 4.0;   //!< a press that moves less is a click (as MapController)
constexpr int kCircleSides = 72;
const QColor kStroke(0x7b, 0x3f, 0xa0);
const QColor kFill(0x7b, 0x3f, 0xa0, 56);
const QColor kProblem(0xb0, 0x00, 0x20);

double cross(geo::Point o, geo::Point a, geo::Point b)
{
    return (a.x - o.x) * (b.y - o.y) - (a.y - o.y) * (b.x - o.x);
}

bool onSegment(geo::Point a, geo::Point b, geo::Point p)
{
    return std::min(a.x, b.x) <= p.x && p.x <= std::max(a.x, b.x) && std::min(a.y, b.y) <= p.y && p.y <= std::max(a.y, b.y);
}

/// Whether segments ab and cd share a point (crossing, touching or overlapping); `eps` in
/// square metres for the orientation tests.
bool segmentsMeet(geo::Point a, geo::Point b, geo::Point c, geo::Point d, double eps)
{
    const double d1 = cross(c, d, a), d2 = cross(c, d, b), d3 = cross(a, b, c), d4 = cross(a, b, d);
    if (((d1 > eps && d2 < -eps) || (d1 < -eps && d2 > eps)) && ((d3 > eps && d4 < -eps) || (d3 < -eps && d4 > eps)))
        return true;
    return (std::abs(d1) <= eps && onSegment(c, d, a)) || (std::abs(d2) <= eps && onSegment(c, d, b))
        || (std::abs(d3) <= eps && onSegment(a, b, c)) || (std::abs(d4) <= eps && onSegment(a, b, d));
}

QString metresText(double metres)
{
    return metres >= 1000.0 ? QStringLiteral("%1 km").arg(metres / 1000.0, 0, 'f', 2) : QStringLiteral("%1 m").arg(std::round(metres));
}

} // namespace

MapDrawTool::MapDrawTool(QQuickItem *parent) : QQuickPaintedItem(parent)
{
    setAcceptedMouseButtons(Qt::NoButton);   // idle: every click goes to the map below
    setAcceptHoverEvents(false);
    setAntialiasing(true);
}

MapDrawTool::~MapDrawTool() = default;

void MapDrawTool::setMap(MapController *map)
{
    if (m_map == map)
        return;
    if (m_map)
        disconnect(m_map, nullptr, this, nullptr);
    m_map = map;
    if (m_map)
        connect(m_map, &MapController::cameraChanged, this, [this] { update(); });
    emit mapChanged();
}

QString MapDrawTool::mode() const
{
    switch (m_mode) {
    case Mode::Polygon:
        return QStringLiteral("polygon");
    case Mode::Radius:
        return QStringLiteral("radius");
    case Mode::None:
        break;
    }
    return {};
}

QVariantList MapDrawTool::vertexList() const
{
    QVariantList list;
    for (const geo::Point &p : m_vertices)
        list << QVariantMap{{QStringLiteral("x"), p.x}, {QStringLiteral("y"), p.y}};
    return list;
}

bool MapDrawTool::start(const QString &mode, const QString &owner)
{
    Mode wanted = Mode::None;
    if (mode == QLatin1String("polygon"))
        wanted = Mode::Polygon;
    else if (mode == QLatin1String("radius"))
        wanted = Mode::Radius;
    if (wanted == Mode::None || !m_map)
        return false;
    if (isActive())
        cancel();
    m_mode = wanted;
    m_owner = owner;
    m_vertices.clear();
    m_centre.reset();
    m_radius = 0.0;
    m_cursor.reset();
    m_pressed = false;
    setAcceptedMouseButtons(Qt::LeftButton);
    setAcceptHoverEvents(true);
    setCursor(Qt::CrossCursor);
    // Keys (Backspace, Enter, Esc) come here while drawing; the focus goes back afterwards.
    if (window())
        m_previousFocus = window()->activeFocusItem();
    forceActiveFocus(Qt::OtherFocusReason);
    emit modeChanged();
    emit shapeChanged();
    updateHint();
    update();
    return true;
}

void MapDrawTool::stop()
{
    const bool was = isActive();
    m_mode = Mode::None;
    m_vertices.clear();
    m_centre.reset();
    m_radius = 0.0;
    m_cursor.reset();
    m_pressed = false;
    setAcceptedMouseButtons(Qt::NoButton);
    setAcceptHoverEvents(false);
    unsetCursor();
    setFocus(false);
    if (m_previousFocus)
        m_previousFocus->forceActiveFocus(Qt::OtherFocusReason);
    m_previousFocus.clear();
    setHint({});
    if (was) {
        emit modeChanged();
        emit shapeChanged();
    }
    update();
}

void MapDrawTool::cancel()
{
    if (!isActive())
        return;
    const QString owner = m_owner;
    stop();
    emit cancelled(owner);
}

void MapDrawTool::addVertex(double x, double y)
{
    if (m_mode != Mode::Polygon || !std::isfinite(x) || !std::isfinite(y))
        return;
    const geo::Point p{x, y};
    // A second click on the same spot (within a centimetre) adds nothing.
    if (!m_vertices.empty() && std::hypot(m_vertices.back().x - x, m_vertices.back().y - y) < 0.01)
        return;
    m_vertices.push_back(p);
    emit shapeChanged();
    updateHint();
    update();
}

void MapDrawTool::removeLastVertex()
{
    if (m_mode == Mode::Polygon && !m_vertices.empty()) {
        m_vertices.pop_back();
    } else if (m_mode == Mode::Radius && m_centre) {
        m_centre.reset();
        m_radius = 0.0;
    } else {
        return;
    }
    emit shapeChanged();
    updateHint();
    update();
}

void MapDrawTool::setCentre(double x, double y)
{
    if (m_mode != Mode::Radius || !std::isfinite(x) || !std::isfinite(y))
        return;
    m_centre = geo::Point{x, y};
    m_radius = 0.0;
    emit shapeChanged();
    updateHint();
    update();
}

void MapDrawTool::setRadiusTo(double x, double y)
{
    if (m_mode != Mode::Radius || !m_centre || !std::isfinite(x) || !std::isfinite(y))
        return;
    m_radius = std::hypot(x - m_centre->x, y - m_centre->y);
    emit shapeChanged();
    updateHint();
    update();
}

QString MapDrawTool::polygonProblem(const std::vector<geo::Point> &ring)
{
    std::vector<geo::Point> v;
    for (const geo::Point &p : ring)
        if (v.empty() || std::hypot(v.back().x - p.x, v.back().y - p.y) >= 0.01)
            v.push_back(p);
    if (v.size() > 1 && std::hypot(v.front().x - v.back().x, v.front().y - v.back().y) < 0.01)
        v.pop_back();   // a closed ring given
    const std::size_t n = v.size();
    if (n < 3)
        return tr("An area needs at least three corners (%1 so far).").arg(n);
    double twiceArea = 0.0;
    for (std::size_t i = 0; i < n; ++i)
        twiceArea += v[i].x * v[(i + 1) % n].y - v[(i + 1) % n].x * v[i].y;
    const bool flat = std::abs(twiceArea) / 2.0 < 1.0;   // square metres
    if (flat && n == 3)
        return tr("The corners lie on one line: the area has no surface.");
    // Edges i (v[i]→v[i+1]) and j must not meet unless they are neighbours; neighbours must not
    // fold back onto each other.
    const double eps = 1e-6;
    for (std::size_t i = 0; i < n; ++i) {
        for (std::size_t j = i + 1; j < n; ++j) {
            const geo::Point a = v[i], b = v[(i + 1) % n], c = v[j], d = v[(j + 1) % n];
            const bool neighbours = j == i + 1 || (i == 0 && j == n - 1);
            if (neighbours) {
                // Shared corner: the other ends must not lie on the other edge.
                const geo::Point shared = j == i + 1 ? b : a;
                const geo::Point otherA = j == i + 1 ? a : b;
                const geo::Point otherC = j == i + 1 ? d : c;
                Q_UNUSED(shared);
                if ((std::abs(cross(c, d, otherA)) <= eps && onSegment(c, d, otherA))
                    || (std::abs(cross(a, b, otherC)) <= eps && onSegment(a, b, otherC)))
                    return tr("Edges %1 and %2 fold back onto each other: an area must not cross itself.").arg(i + 1).arg(j + 1);
                continue;
            }
            if (segmentsMeet(a, b, c, d, eps))
                return tr("Edges %1 and %2 cross: an area must not cross itself.").arg(i + 1).arg(j + 1);
        }
    }
    if (flat)
        return tr("The corners lie on one line: the area has no surface.");
    return {};
}

bool MapDrawTool::finish()
{
    if (m_mode == Mode::Polygon) {
        const QString problem = polygonProblem(m_vertices);
        if (!problem.isEmpty()) {
            setHint(problem + QLatin1Char(' ') + tr("Backspace removes the last corner, Esc cancels."), true);
            return false;
        }
    } else if (m_mode == Mode::Radius) {
        if (!m_centre || !(m_radius > 0.5)) {
            setHint(tr("Click the centre, then click or drag to the edge of the circle."), true);
            return false;
        }
    } else {
        return false;
    }
    const QVariantMap result = shape();
    const QString owner = m_owner;
    stop();
    emit finished(owner, result);
    return true;
}

void MapDrawTool::reloadMap()
{
    if (m_map)
        m_map->reload();
}

QVariantMap MapDrawTool::shape() const
{
    auto toWgs84 = geo::CrsTransform::create(6677, 4326);
    auto lonLat = [&](geo::Point p) -> std::optional<geo::Point> {
        // CrsTransform normalises axes for visualisation: x = longitude, y = latitude.
        if (!toWgs84 || !toWgs84->forward(p))
            return std::nullopt;
        return p;
    };
    if (m_mode == Mode::Radius && m_centre) {
        QVariantMap map{{QStringLiteral("kind"), QStringLiteral("radius")},
                        {QStringLiteral("x"), m_centre->x},
                        {QStringLiteral("y"), m_centre->y},
                        {QStringLiteral("radiusMetres"), m_radius}};
        if (auto ll = lonLat(*m_centre)) {
            map.insert(QStringLiteral("lon"), ll->x);
            map.insert(QStringLiteral("lat"), ll->y);
        }
        return map;
    }
    QVariantList wgs84;
    for (const geo::Point &p : m_vertices)
        if (auto ll = lonLat(p))
            wgs84 << QVariantMap{{QStringLiteral("lon"), ll->x}, {QStringLiteral("lat"), ll->y}};
    return {{QStringLiteral("kind"), QStringLiteral("polygon")}, {QStringLiteral("points"), vertexList()}, {QStringLiteral("wgs84"), wgs84}};
}

void MapDrawTool::setHint(const QString &hint, bool problem)
{
    if (m_hint == hint && m_problem == problem)
        return;
    m_hint = hint;
    m_problem = problem;
    emit hintChanged();
}

void MapDrawTool::updateHint()
{
    if (m_mode == Mode::Polygon)
        setHint(tr("Click the corners of the area (%1 so far). Backspace removes the last, Enter or a double click finishes, Esc cancels.")
                    .arg(m_vertices.size()));
    else if (m_mode == Mode::Radius && !m_centre)
        setHint(tr("Click the centre of the circle. Esc cancels."));
    else if (m_mode == Mode::Radius)
        setHint(tr("Radius %1: click or release at the edge, Enter finishes, Backspace picks another centre, Esc cancels.")
                    .arg(metresText(m_radius)));
}

std::optional<geo::Point> MapDrawTool::ground(const QPointF &pixel) const
{
    if (!m_map)
        return std::nullopt;
    const QPointF local = mapToItem(m_map, pixel);
    const QVariantMap g = m_map->groundAt(local.x(), local.y());
    if (!g.value(QStringLiteral("valid")).toBool())
        return std::nullopt;
    return geo::Point{g.value(QStringLiteral("x")).toDouble(), g.value(QStringLiteral("y")).toDouble()};
}

std::optional<QPointF> MapDrawTool::pixel(geo::Point p) const
{
    if (!m_map)
        return std::nullopt;
    const QVariantMap m = m_map->project(p.x, p.y);
    if (!m.value(QStringLiteral("valid")).toBool())
        return std::nullopt;
    return mapFromItem(m_map, QPointF(m.value(QStringLiteral("x")).toDouble(), m.value(QStringLiteral("y")).toDouble()));
}

// --- input -----------------------------------------------------------------------------------

void MapDrawTool::mousePressEvent(QMouseEvent *event)
{
    if (!isActive() || event->button() != Qt::LeftButton) {
        event->ignore();
        return;
    }
    forceActiveFocus(Qt::MouseFocusReason);
    m_pressed = true;
    m_dragged = false;
    m_pressPos = m_lastPos = event->position();
    m_centreFromPress = false;
    if (m_mode == Mode::Radius && !m_centre) {
        if (auto g = ground(event->position())) {
            setCentre(g->x, g->y);
            m_centreFromPress = true;   // a drag from here sets the radius
        }
    }
    event->accept();
}

void MapDrawTool::mouseMoveEvent(QMouseEvent *event)
{
    if (!m_pressed) {
        event->ignore();
        return;
    }
    const QPointF pos = event->position();
    if (!m_dragged && QLineF(pos, m_pressPos).length() < kClickSlopPixels) {
        event->accept();
        return;
    }
    m_dragged = true;
    if (m_mode == Mode::Radius && m_centreFromPress) {
        if (auto g = ground(pos))
            setRadiusTo(g->x, g->y);
    } else if (m_map) {
        // Pan: the ground under the pointer follows it.
        const auto from = ground(m_lastPos);
        const auto to = ground(pos);
        const auto centre = ground(QPointF(width() / 2.0, height() / 2.0));
        if (from && to && centre)
            m_map->centerOn(centre->x - (to->x - from->x), centre->y - (to->y - from->y));
    }
    m_lastPos = pos;
    m_cursor = ground(pos);
    emit cursorMoved(m_cursor ? m_cursor->x : 0.0, m_cursor ? m_cursor->y : 0.0, m_cursor.has_value());
    update();
    event->accept();
}

void MapDrawTool::mouseReleaseEvent(QMouseEvent *event)
{
    if (!m_pressed) {
        event->ignore();
        return;
    }
    m_pressed = false;
    event->accept();
    const auto g = ground(event->position());
    if (m_mode == Mode::Polygon) {
        if (!m_dragged && g)
            addVertex(g->x, g->y);
    } else if (m_mode == Mode::Radius) {
        if (m_centreFromPress && m_dragged) {
            finish();   // pressed at the centre, released at the edge
        } else if (!m_centreFromPress && !m_dragged && g && m_centre) {
            setRadiusTo(g->x, g->y);   // the second click: the edge
            finish();
        }
    }
}

void MapDrawTool::mouseDoubleClickEvent(QMouseEvent *event)
{
    if (!isActive() || event->button() != Qt::LeftButton) {
        event->ignore();
        return;
    }
    // The first click of the double click has added the last corner already.
    m_pressed = false;
    event->accept();
    if (m_mode == Mode::Polygon)
        finish();
}

void MapDrawTool::hoverMoveEvent(QHoverEvent *event)
{
    if (!isActive())
        return;
    m_cursor = ground(event->position());
    emit cursorMoved(m_cursor ? m_cursor->x : 0.0, m_cursor ? m_cursor->y : 0.0, m_cursor.has_value());
    if (m_mode == Mode::Radius && m_centre && m_cursor && !m_pressed)
        setRadiusTo(m_cursor->x, m_cursor->y);
    update();
}

void MapDrawTool::keyPressEvent(QKeyEvent *event)
{
    if (!isActive()) {
        event->ignore();
        return;
    }
    switch (event->key()) {
    case Qt::Key_Backspace:
    case Qt::Key_Delete:
        removeLastVertex();
        break;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        finish();
        break;
    case Qt::Key_Escape:
        cancel();
        break;
    default:
        event->ignore();
        return;
    }
    event->accept();
}

// --- preview ---------------------------------------------------------------------------------

void MapDrawTool::paint(QPainter *painter)
{
    if (!isActive())
        return;
    painter->setRenderHint(QPainter::Antialiasing);
    const bool problem = m_problem;
    QPen solid(problem ? kProblem : kStroke, 2.5);
    QPen dashed(problem ? kProblem : kStroke, 1.8, Qt::DashLine);

    if (m_mode == Mode::Polygon) {
        QPolygonF fixed;
        for (const geo::Point &p : m_vertices)
            if (auto px = pixel(p))
                fixed << *px;
        std::optional<QPointF> cursorPx = m_cursor ? pixel(*m_cursor) : std::nullopt;
        QPolygonF preview = fixed;
        if (cursorPx)
            preview << *cursorPx;
        if (preview.size() >= 3) {
            painter->setPen(Qt::NoPen);
            painter->setBrush(problem ? QColor(0xb0, 0x00, 0x20, 40) : kFill);
            painter->drawPolygon(preview);
        }
        painter->setBrush(Qt::NoBrush);
        painter->setPen(solid);
        if (fixed.size() >= 2)
            painter->drawPolyline(fixed);
        // The rubber band: from the last corner to the pointer and on to the first corner.
        if (cursorPx && !fixed.isEmpty()) {
            painter->setPen(dashed);
            painter->drawLine(fixed.back(), *cursorPx);
            if (fixed.size() >= 2)
                painter->drawLine(*cursorPx, fixed.front());
        } else if (fixed.size() >= 3) {
            painter->setPen(dashed);
            painter->drawLine(fixed.back(), fixed.front());
        }
        painter->setPen(QPen(Qt::white, 1.5));
        painter->setBrush(problem ? kProblem : kStroke);
        for (const QPointF &p : fixed)
            painter->drawEllipse(p, 4.5, 4.5);
        return;
    }

    // Radius.
    if (!m_centre) {
        if (m_cursor)
            if (auto c = pixel(*m_cursor)) {
                painter->setPen(solid);
                painter->drawLine(*c - QPointF(8, 0), *c + QPointF(8, 0));
                painter->drawLine(*c - QPointF(0, 8), *c + QPointF(0, 8));
            }
        return;
    }
    const auto centrePx = pixel(*m_centre);
    if (!centrePx)
        return;
    if (m_radius > 0) {
        QPolygonF circle;
        for (int i = 0; i < kCircleSides; ++i) {
            const double a = 2.0 * std::numbers::pi * i / kCircleSides;
            if (auto px = pixel({m_centre->x + m_radius * std::cos(a), m_centre->y + m_radius * std::sin(a)}))
                circle << *px;
        }
        painter->setPen(solid);
        painter->setBrush(kFill);
        painter->drawPolygon(circle);
        // The radius line to the pointer's side, labelled in metres.
        const geo::Point towards = m_cursor ? *m_cursor : geo::Point{m_centre->x + m_radius, m_centre->y};
        const double d = std::hypot(towards.x - m_centre->x, towards.y - m_centre->y);
        const geo::Point edge = d > 0 ? geo::Point{m_centre->x + (towards.x - m_centre->x) * m_radius / d,
                                                   m_centre->y + (towards.y - m_centre->y) * m_radius / d}
                                      : geo::Point{m_centre->x + m_radius, m_centre->y};
        if (auto edgePx = pixel(edge)) {
            painter->setPen(dashed);
            painter->drawLine(*centrePx, *edgePx);
            const QString label = metresText(m_radius);
            QFont font = painter->font();
            font.setPixelSize(13);
            font.setBold(true);
            painter->setFont(font);
            const QPointF mid = (*centrePx + *edgePx) / 2.0;
            QRectF box = QFontMetricsF(font).boundingRect(label).adjusted(-4, -2, 4, 2);
            box.moveCenter(mid + QPointF(0, -12));
            painter->setPen(QPen(kStroke, 1));
            painter->setBrush(QColor(255, 255, 255, 230));
            painter->drawRoundedRect(box, 3, 3);
            painter->setPen(kStroke.darker(130));
            painter->drawText(box, Qt::AlignCenter, label);
        }
    }
    painter->setPen(QPen(Qt::white, 1.5));
    painter->setBrush(kStroke);
    painter->drawEllipse(*centrePx, 4.5, 4.5);
}

} // namespace ct::ui
