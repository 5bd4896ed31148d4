// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "hotspotview.h"

#include "safetycontroller.h"

#include <QImage>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace ct::safety {

namespace {

/// EPSG:6677 metres → item pixels, north up, the extent fitted with a margin.
struct ViewTransform
{
    double scale = 1.0;
    double offsetX = 0.0;
    double offsetY = 0.0;
    geo::Envelope extent;

    ViewTransform(const geo::Envelope &e, const QSizeF &size) : extent(e)
    {
        const double margin = 8.0;
        const double w = std::max(e.width(), 1.0), h = std::max(e.height(), 1.0);
        scale = std::min((size.width() - 2 * margin) / w, (size.height() - 2 * margin) / h);
        offsetX = (size.width() - w * scale) / 2.0;
        offsetY = (size.height() - h * scale) / 2.0;
    }
    QPointF map(geo::Point p) const
    {
        return {offsetX + (p.x - extent.minX) * scale, offsetY + (extent.maxY - p.y) * scale};
    }
};

} // namespace

HotspotView::HotspotView(QQuickItem *parent) : QQuickPaintedItem(parent)
{
    setAntialiasing(true);
}

void HotspotView::setController(SafetyController *controller)
{
    if (m_controller == controller)
        return;
    if (m_controller)
        disconnect(m_controller, nullptr, this, nullptr);
    m_controller = controller;
    if (m_controller) {
        connect(m_controller, &SafetyController::refreshed, this, [this] { update(); });
        connect(m_controller, &SafetyController::patrolChanged, this, [this] { update(); });
    }
    emit controllerChanged();
    update();
}

#define CT_STYLE_SETTER(name, member)   \
    void HotspotView::name(bool on)      \
    {                                    \
        if (member == on)                \
            return;                      \
        member = on;                     \
        emit styleChanged();             \
        update();                        \
    }
CT_STYLE_SETTER(setShowAlerts, m_showAlerts)
CT_STYLE_SETTER(setShowDensity, m_showDensity)
CT_STYLE_SETTER(setShowPatrol, m_showPatrol)
CT_STYLE_SETTER(setShowStreetlights, m_showStreetlights)
#undef CT_STYLE_SETTER

QColor HotspotView::rampColor(double value, double threshold, double maximum)
{
    // Yellow → orange → red (ColorBrewer YlOrRd), opacity rising up to the threshold.
    if (!(maximum > 0) || value < threshold * 0.15)
        return QColor(0, 0, 0, 0);
    static const QColor stops[] = {QColor(255, 255, 178), QColor(254, 204, 92), QColor(253, 141, 60), QColor(240, 59, 32),
                                   QColor(189, 0, 38)};
    // Square root: the lesser hotspots stay visible beside the strongest.
    const double t = std::sqrt(std::clamp(value / maximum, 0.0, 1.0)) * 4.0;
    const int i = std::min(3, int(t));
    const double f = t - i;
    const QColor &a = stops[i], &b = stops[i + 1];
    QColor c(int(a.red() + (b.red() - a.red()) * f), int(a.green() + (b.green() - a.green()) * f),
             int(a.blue() + (b.blue() - a.blue()) * f));
    const double strength = threshold > 0 ? std::clamp(value / threshold, 0.0, 1.0) : 1.0;
    c.setAlpha(int(70 + 150 * strength));
    return c;
}

QPointF HotspotView::mapFromWorld(double x, double y) const
{
    if (!m_controller || m_controller->extent().isEmpty())
        return {-1, -1};
    return ViewTransform(m_controller->extent(), size()).map({x, y});
}

void HotspotView::paint(QPainter *painter)
{
    painter->fillRect(QRectF(0, 0, width(), height()), QColor(0xf4, 0xf3, 0xef));
    if (!m_controller || m_controller->extent().isEmpty())
        return;
    const ViewTransform view(m_controller->extent(), size());
    painter->setRenderHint(QPainter::Antialiasing, true);

    // Roads.
    painter->setPen(QPen(QColor(0xc9, 0xc6, 0xbd), 1.0));
    for (const auto &line : m_controller->roads()) {
        QPainterPath path;
        for (std::size_t i = 0; i < line.size(); ++i)
            i == 0 ? path.moveTo(view.map(line[i])) : path.lineTo(view.map(line[i]));
        painter->drawPath(path);
    }

    // The density surface: one pixel per cell, scaled with smoothing.
    const DensityGrid &grid = m_controller->density();
    if (m_showDensity && grid.columns > 0) {
        QImage image(grid.columns, grid.rows, QImage::Format_ARGB32);
        const double maximum = grid.maximum();
        for (int r = 0; r < grid.rows; ++r) {
            auto *line = reinterpret_cast<QRgb *>(image.scanLine(grid.rows - 1 - r));
            for (int c = 0; c < grid.columns; ++c)
                line[c] = rampColor(grid.value(c, r), m_controller->threshold(), maximum).rgba();
        }
        const QPointF topLeft = view.map({grid.origin.x, grid.origin.y + grid.rows * grid.cellMetres});
        const QPointF bottomRight = view.map({grid.origin.x + grid.columns * grid.cellMetres, grid.origin.y});
        painter->setRenderHint(QPainter::SmoothPixmapTransform, true);
        painter->drawImage(QRectF(topLeft, bottomRight), image);
    }

    // Streetlight suggestions: short amber bars across the dark road pieces.
    if (m_showStreetlights) {
        painter->setPen(QPen(QColor(0x8a, 0x5a, 0x00), 3.0, Qt::SolidLine, Qt::RoundCap));
        for (const auto &s : m_controller->streetlights())
            painter->drawLine(view.map(s.from), view.map(s.to));
    }

    // The patrol loop.
    if (m_showPatrol && m_controller->patrolRoute() && m_controller->patrolRoute()->polyline.size() > 1) {
        QPainterPath path;
        const auto &line = m_controller->patrolRoute()->polyline;
        for (std::size_t i = 0; i < line.size(); ++i)
            i == 0 ? path.moveTo(view.map(line[i])) : path.lineTo(view.map(line[i]));
        painter->setPen(QPen(QColor(0x1d, 0x4e, 0xd8, 220), 3.0, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        painter->setBrush(Qt::NoBrush);
        painter->drawPath(path);
    }

    // Alerts, fading with age; near-repeats ringed.
    if (m_showAlerts) {
        const auto &repeats = m_controller->nearRepeats();
        for (const Alert &a : m_controller->alerts()) {
            QColor fill(0x7a, 0x0a, 0x2a);
            fill.setAlphaF(float(m_controller->recency(a)));
            const QPointF p = view.map(a.location);
            painter->setPen(Qt::NoPen);
            painter->setBrush(fill);
            painter->drawEllipse(p, 3.5, 3.5);
            if (std::binary_search(repeats.begin(), repeats.end(), a.id)) {
                painter->setBrush(Qt::NoBrush);
                painter->setPen(QPen(QColor(0x7a, 0x0a, 0x2a, fill.alpha()), 1.2));
                painter->drawEllipse(p, 6.5, 6.5);
            }
        }
    }

    // Police boxes.
    painter->setPen(QPen(Qt::white, 1.5));
    painter->setBrush(QColor(0x1d, 0x3f, 0x8f));
    for (const geo::Point &b : m_controller->policeBoxes()) {
        const QPointF p = view.map(b);
        painter->drawRect(QRectF(p.x() - 6, p.y() - 6, 12, 12));
    }

    // Hotspot ranks at their peaks.
    QFont font = painter->font();
    font.setBold(true);
    font.setPixelSize(12);
    painter->setFont(font);
    for (const Hotspot &h : m_controller->hotspots()) {
        if (h.rank > 9)
            break;
        const QPointF p = view.map(h.peak);
        painter->setPen(QPen(QColor(0x5a, 0x00, 0x14), 1.5));
        painter->setBrush(QColor(255, 255, 255, 230));
        painter->drawEllipse(p, 10, 10);
        painter->drawText(QRectF(p.x() - 10, p.y() - 10, 20, 20), Qt::AlignCenter, QString::number(h.rank));
    }

    // Scale bar: 1 km.
    const double km = 1000.0 * view.scale;
    if (km > 20 && km < width() / 2) {
        const QPointF origin(12, height() - 14);
        painter->setPen(QPen(QColor(0x33, 0x33, 0x33), 2));
        painter->drawLine(origin, origin + QPointF(km, 0));
        painter->drawLine(origin, origin + QPointF(0, -5));
        painter->drawLine(origin + QPointF(km, 0), origin + QPointF(km, -5));
        font.setBold(false);
        font.setPixelSize(11);
        painter->setFont(font);
        painter->drawText(origin + QPointF(km + 4, 0), QStringLiteral("1 km"));
    }
}

} // namespace ct::safety
