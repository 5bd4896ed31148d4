// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "mapcamera.h"

#include <QMatrix3x3>

#include <algorithm>
#include <cmath>

namespace ct::ui {

namespace {
constexpr double kDegToRad = M_PI / 180.0;

double tanHalfFov()
{
    return std::tan(MapCamera::kFieldOfViewDegrees * kDegToRad / 2.0);
}
} // namespace

void MapCamera::setViewportSize(const QSizeF &size)
{
    if (size.width() >= 1 && size.height() >= 1)
        m_viewport = size;
}

void MapCamera::setMetresPerPixel(double mpp)
{
    m_metresPerPixel = std::clamp(mpp, kMinMetresPerPixel, kMaxMetresPerPixel);
}

void MapCamera::setHeadingDegrees(double degrees)
{
    m_heading = std::fmod(degrees, 360.0);
    if (m_heading < 0)
        m_heading += 360.0;
}

void MapCamera::setOrbitTiltDegrees(double degrees)
{
    m_tilt = std::clamp(degrees, 0.0, kMaxTiltDegrees);
}

double MapCamera::distance() const
{
    if (m_mode == Mode::TopDown)
        return kOrthoHeight;
    return m_metresPerPixel * m_viewport.height() / (2.0 * tanHalfFov());
}

QVector3D MapCamera::forward() const
{
    const double h = m_heading * kDegToRad;
    const double t = effectiveTiltDegrees() * kDegToRad;
    return QVector3D(float(std::sin(h) * std::sin(t)), float(std::cos(h) * std::sin(t)), float(-std::cos(t)));
}

QVector3D MapCamera::up() const
{
    const double h = m_heading * kDegToRad;
    const double t = effectiveTiltDegrees() * kDegToRad;
    return QVector3D(float(std::sin(h) * std::cos(t)), float(std::cos(h) * std::cos(t)), float(std::sin(t)));
}

QVector3D MapCamera::right() const
{
    return QVector3D::crossProduct(forward(), up());
}

QVector3D MapCamera::position() const
{
    return QVector3D(float(m_center.x()), float(m_center.y()), 0.0f) - forward() * float(distance());
}

QQuaternion MapCamera::rotation() const
{
    return QQuaternion::fromAxes(right(), up(), -forward());
}

double MapCamera::clipNear() const
{
    if (m_mode == Mode::TopDown)
        return 1.0;
    return std::max(0.5, distance() * 0.02);
}

double MapCamera::clipFar() const
{
    if (m_mode == Mode::TopDown)
        return kOrthoHeight + 1000.0;
    return distance() * 4.0 + m_sceneRadius * 3.0;
}

MapCamera::Ray MapCamera::ray(const QPointF &pixel) const
{
    // Normalised device coordinates, y up.
    const double nx = (pixel.x() - m_viewport.width() / 2.0);
    const double ny = (m_viewport.height() / 2.0 - pixel.y());
    const QVector3D f = forward(), u = up(), r = right();
    if (m_mode == Mode::TopDown) {
        const QVector3D origin = position() + r * float(nx * m_metresPerPixel) + u * float(ny * m_metresPerPixel);
        return {origin, f};
    }
    // Perspective: the image plane at distance 1 spans tan(fov/2) per half-height.
    const double scale = 2.0 * tanHalfFov() / m_viewport.height();
    const QVector3D dir = (f + r * float(nx * scale) + u * float(ny * scale)).normalized();
    return {position(), dir};
}

std::optional<QPointF> MapCamera::groundAt(const QPointF &pixel, double z) const
{
    const Ray r = ray(pixel);
    if (r.direction.z() > -1e-6f)
        return std::nullopt;
    const double t = (z - double(r.origin.z())) / double(r.direction.z());
    if (t <= 0)
        return std::nullopt;
    return QPointF(double(r.origin.x()) + t * double(r.direction.x()), double(r.origin.y()) + t * double(r.direction.y()));
}

std::optional<QPointF> MapCamera::project(const QVector3D &p) const
{
    const QVector3D d = p - position();
    const double along = double(QVector3D::dotProduct(d, forward()));
    const double x = double(QVector3D::dotProduct(d, right()));
    const double y = double(QVector3D::dotProduct(d, up()));
    double px = 0, py = 0;
    if (m_mode == Mode::TopDown) {
        px = x / m_metresPerPixel;
        py = y / m_metresPerPixel;
    } else {
        if (along <= 1e-6)
            return std::nullopt;
        const double scale = 2.0 * tanHalfFov() / m_viewport.height();
        px = x / along / scale;
        py = y / along / scale;
    }
    return QPointF(m_viewport.width() / 2.0 + px, m_viewport.height() / 2.0 - py);
}

void MapCamera::zoomAt(const QPointF &pixel, double factor)
{
    if (factor <= 0)
        return;
    const std::optional<QPointF> before = groundAt(pixel);
    setMetresPerPixel(m_metresPerPixel / factor);
    if (!before)
        return;
    const std::optional<QPointF> after = groundAt(pixel);
    if (after)
        m_center += *before - *after;
}

void MapCamera::pan(const QPointF &from, const QPointF &to)
{
    const std::optional<QPointF> a = groundAt(from);
    const std::optional<QPointF> b = groundAt(to);
    if (a && b)
        m_center += *a - *b;
}

void MapCamera::rotate(double headingDelta, double tiltDelta)
{
    setHeadingDegrees(m_heading + headingDelta);
    if (m_mode == Mode::Orbit)
        setOrbitTiltDegrees(m_tilt + tiltDelta);
}

void MapCamera::fit(const geo::Envelope &extent)
{
    m_heading = 0.0;
    m_tilt = kDefaultTiltDegrees;
    if (extent.isEmpty()) {
        m_center = {};
        setMetresPerPixel(1.0);
        return;
    }
    m_center = QPointF(extent.center().x, extent.center().y);
    const double usable = 1.0 - 2.0 * kFitMargin;
    const double w = std::max(extent.width(), 1.0);
    const double h = std::max(extent.height(), 1.0);
    m_sceneRadius = std::hypot(w, h) / 2.0;
    setMetresPerPixel(std::max(w / (m_viewport.width() * usable), h / (m_viewport.height() * usable)));
}

} // namespace ct::ui
