// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include "ct/geo/envelope.h"

#include <QPointF>
#include <QQuaternion>
#include <QSizeF>
#include <QVector3D>

#include <optional>

namespace ct::ui {

/// \brief The map view's camera as plain numbers: where it looks, at which scale, from which
/// direction, and the projections between screen pixels and the ground.
///
/// Coordinates are the map's scene coordinates: EPSG:6677 metres minus the twin's extent centre,
/// x east, y north, z up (the QML scene puts the whole map, camera included, in one Node rotated
/// −90° about x, so these are also that Node's local coordinates). Screen pixels have their
/// origin at the top-left of the view, y down.
///
/// The state is the same for both modes: the ground point at the centre of the view (`center`),
/// the scale there (`metresPerPixel`), the heading (0 = north up, clockwise positive, degrees) and
/// the 3D tilt (0 = straight down, degrees). The 2D mode is an orthographic camera looking straight
/// down at the same centre and scale, so switching keeps both; the 3D mode is a perspective camera
/// at the distance where one pixel at the centre covers `metresPerPixel` metres.
class MapCamera
{
public:
    enum class Mode { TopDown, Orbit };

    static constexpr double kFieldOfViewDegrees = 40.0;   //!< vertical, perspective camera
    static constexpr double kDefaultTiltDegrees = 50.0;
    static constexpr double kMaxTiltDegrees = 80.0;
    static constexpr double kFitMargin = 0.05;            //!< fraction of the view left free on each side by fit()
    static constexpr double kMinMetresPerPixel = 0.01;
    static constexpr double kMaxMetresPerPixel = 500.0;
    static constexpr double kOrthoHeight = 5000.0;        //!< metres above the ground, 2D camera

    struct Ray
    {
        QVector3D origin;
        QVector3D direction; //!< unit length
    };

    Mode mode() const { return m_mode; }
    void setMode(Mode mode) { m_mode = mode; }
    QSizeF viewportSize() const { return m_viewport; }
    void setViewportSize(const QSizeF &size);
    QPointF center() const { return m_center; }
    void setCenter(const QPointF &center) { m_center = center; }
    double metresPerPixel() const { return m_metresPerPixel; }
    void setMetresPerPixel(double mpp);
    double headingDegrees() const { return m_heading; }
    void setHeadingDegrees(double degrees);
    /// The tilt used by the 3D mode (kept while in 2D).
    double orbitTiltDegrees() const { return m_tilt; }
    void setOrbitTiltDegrees(double degrees);
    /// The tilt of the camera as drawn: 0 in 2D.
    double effectiveTiltDegrees() const { return m_mode == Mode::TopDown ? 0.0 : m_tilt; }

    /// Distance from the camera to the centre point, metres.
    double distance() const;
    QVector3D forward() const;
    QVector3D up() const;
    QVector3D right() const;
    QVector3D position() const;
    /// Rotation of a Qt Quick 3D camera (which looks along its local −z with +y up) in scene coordinates.
    QQuaternion rotation() const;
    double clipNear() const;
    double clipFar() const;
    /// OrthographicCamera.horizontalMagnification / verticalMagnification: pixels per metre.
    double magnification() const { return 1.0 / m_metresPerPixel; }

    /// The ray through pixel `pixel` (pixel centres at half-integers are not assumed: any real position).
    Ray ray(const QPointF &pixel) const;
    /// Where the ray through `pixel` meets the horizontal plane at height `z`; nothing above the horizon.
    std::optional<QPointF> groundAt(const QPointF &pixel, double z = 0.0) const;
    /// Pixel where scene point `p` is drawn; nothing when it is behind the camera.
    std::optional<QPointF> project(const QVector3D &p) const;

    /// Changes the scale by `factor` (>1 zooms in) keeping the ground point under `pixel` in place.
    void zoomAt(const QPointF &pixel, double factor);
    /// Moves the map so that the ground point under `from` comes under `to`.
    void pan(const QPointF &from, const QPointF &to);
    /// Adds to the heading and (3D only) the tilt, clamped to 0..kMaxTiltDegrees.
    void rotate(double headingDelta, double tiltDelta);
    /// Fits `extent` (scene coordinates) with kFitMargin on each side, north up, default tilt.
    void fit(const geo::Envelope &extent);

private:
    Mode m_mode = Mode::TopDown;
    QSizeF m_viewport{800, 600};
    QPointF m_center;
    double m_metresPerPixel = 1.0;
    double m_heading = 0.0;
    double m_tilt = kDefaultTiltDegrees;
    double m_sceneRadius = 10000.0; //!< half-diagonal of the last fitted extent, for the far plane
};

} // namespace ct::ui
