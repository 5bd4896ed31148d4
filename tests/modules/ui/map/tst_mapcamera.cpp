// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "mapcamera.h"

#include <QtTest>

using ct::ui::MapCamera;

Q_DECLARE_METATYPE(MapCamera::Mode)

namespace {

MapCamera makeCamera(MapCamera::Mode mode, double heading, double tilt)
{
    MapCamera c;
    c.setViewportSize(QSizeF(800, 600));
    c.setCenter(QPointF(120.0, -340.0));
    c.setMetresPerPixel(2.0);
    c.setHeadingDegrees(heading);
    c.setOrbitTiltDegrees(tilt);
    c.setMode(mode);
    return c;
}

double distance(const QPointF &a, const QPointF &b)
{
    return std::hypot(a.x() - b.x(), a.y() - b.y());
}

} // namespace

/// The map camera's maths: every gesture keeps what the user holds under the cursor.
class TestMapCamera : public QObject
{
    Q_OBJECT

private slots:
    void views_data()
    {
        QTest::addColumn<MapCamera::Mode>("mode");
        QTest::addColumn<double>("heading");
        QTest::addColumn<double>("tilt");
        QTest::addColumn<QPointF>("pixel");
        QTest::newRow("2d north up, corner") << MapCamera::Mode::TopDown << 0.0 << 0.0 << QPointF(30, 40);
        QTest::newRow("2d rotated 37°") << MapCamera::Mode::TopDown << 37.0 << 50.0 << QPointF(700, 80);
        QTest::newRow("3d straight down") << MapCamera::Mode::Orbit << 0.0 << 0.0 << QPointF(600, 500);
        QTest::newRow("3d tilt 50, heading 120") << MapCamera::Mode::Orbit << 120.0 << 50.0 << QPointF(250, 420);
        QTest::newRow("3d tilt 75 near bottom") << MapCamera::Mode::Orbit << 300.0 << 75.0 << QPointF(400, 590);
    }

    void zoomAtKeepsGroundPointUnderCursor_data() { views_data(); }
    void zoomAtKeepsGroundPointUnderCursor()
    {
        QFETCH(MapCamera::Mode, mode);
        QFETCH(double, heading);
        QFETCH(double, tilt);
        QFETCH(QPointF, pixel);
        for (double factor : {2.0, 0.5, 1.3}) {
            MapCamera c = makeCamera(mode, heading, tilt);
            const auto before = c.groundAt(pixel);
            QVERIFY(before);
            c.zoomAt(pixel, factor);
            QCOMPARE(c.metresPerPixel(), 2.0 / factor);
            const auto after = c.groundAt(pixel);
            QVERIFY(after);
            QVERIFY2(distance(*before, *after) < 1e-3, qPrintable(QStringLiteral("moved %1 m").arg(distance(*before, *after))));
        }
    }

    void panMovesGroundPointToCursor_data() { views_data(); }
    void panMovesGroundPointToCursor()
    {
        QFETCH(MapCamera::Mode, mode);
        QFETCH(double, heading);
        QFETCH(double, tilt);
        QFETCH(QPointF, pixel);
        MapCamera c = makeCamera(mode, heading, tilt);
        const QPointF to(400, 300);
        const auto grabbed = c.groundAt(pixel);
        QVERIFY(grabbed);
        c.pan(pixel, to);
        const auto now = c.groundAt(to);
        QVERIFY(now);
        QVERIFY(distance(*grabbed, *now) < 1e-3);
        // The centre pixel now shows the grabbed point, so the centre moved.
        QVERIFY(distance(c.center(), QPointF(120.0, -340.0)) > 1.0);
    }

    void projectionRoundTrip_data() { views_data(); }
    void projectionRoundTrip()
    {
        QFETCH(MapCamera::Mode, mode);
        QFETCH(double, heading);
        QFETCH(double, tilt);
        QFETCH(QPointF, pixel);
        const MapCamera c = makeCamera(mode, heading, tilt);
        for (double z : {0.0, 25.0}) {
            const auto ground = c.groundAt(pixel, z);
            QVERIFY(ground);
            const auto back = c.project(QVector3D(float(ground->x()), float(ground->y()), float(z)));
            QVERIFY(back);
            QVERIFY2(distance(*back, pixel) < 0.01, qPrintable(QStringLiteral("%1,%2").arg(back->x()).arg(back->y())));
        }
    }

    void centreProjectsToViewCentre_data() { views_data(); }
    void centreProjectsToViewCentre()
    {
        QFETCH(MapCamera::Mode, mode);
        QFETCH(double, heading);
        QFETCH(double, tilt);
        const MapCamera c = makeCamera(mode, heading, tilt);
        const auto p = c.project(QVector3D(120.0f, -340.0f, 0.0f));
        QVERIFY(p);
        QVERIFY(distance(*p, QPointF(400, 300)) < 1e-3);
    }

    void switchingModesKeepsCentreAndScale_data()
    {
        QTest::addColumn<double>("heading");
        QTest::addColumn<double>("tilt");
        QTest::newRow("north up") << 0.0 << 50.0;
        QTest::newRow("rotated, steep") << 210.0 << 70.0;
    }
    void switchingModesKeepsCentreAndScale()
    {
        QFETCH(double, heading);
        QFETCH(double, tilt);
        MapCamera c = makeCamera(MapCamera::Mode::TopDown, heading, tilt);
        const QPointF mid(400, 300);
        const auto centre2d = c.groundAt(mid);
        const auto step2d = c.groundAt(mid + QPointF(1, 0));
        c.setMode(MapCamera::Mode::Orbit);
        QCOMPARE(c.effectiveTiltDegrees(), tilt);
        const auto centre3d = c.groundAt(mid);
        const auto step3d = c.groundAt(mid + QPointF(1, 0));
        QVERIFY(centre2d && centre3d && step2d && step3d);
        QVERIFY(distance(*centre2d, *centre3d) < 1e-3);
        // One pixel sideways at the centre covers metresPerPixel metres in both modes.
        QVERIFY(std::abs(distance(*centre2d, *step2d) - 2.0) < 1e-3);
        QVERIFY(std::abs(distance(*centre3d, *step3d) - 2.0) < 1e-2);
        c.setMode(MapCamera::Mode::TopDown);
        QCOMPARE(c.effectiveTiltDegrees(), 0.0);
        QCOMPARE(c.metresPerPixel(), 2.0);
    }

    void headingTurnsNorth()
    {
        MapCamera c = makeCamera(MapCamera::Mode::TopDown, 90.0, 0.0);
        // Heading 90°: looking east, so a point east of the centre is drawn above it.
        const auto p = c.project(QVector3D(120.0f + 100.0f, -340.0f, 0.0f));
        QVERIFY(p);
        QVERIFY(std::abs(p->x() - 400.0) < 1e-3);
        QVERIFY(std::abs(p->y() - (300.0 - 50.0)) < 1e-3);
    }

    void rotateClampsTiltAndOnlyTurnsIn2d()
    {
        MapCamera c = makeCamera(MapCamera::Mode::Orbit, 0.0, 50.0);
        c.rotate(10.0, 100.0);
        QCOMPARE(c.orbitTiltDegrees(), MapCamera::kMaxTiltDegrees);
        QCOMPARE(c.headingDegrees(), 10.0);
        c.rotate(-20.0, -200.0);
        QCOMPARE(c.orbitTiltDegrees(), 0.0);
        QCOMPARE(c.headingDegrees(), 350.0);
        c.setMode(MapCamera::Mode::TopDown);
        c.setOrbitTiltDegrees(30.0);
        c.rotate(5.0, 20.0);
        QCOMPARE(c.orbitTiltDegrees(), 30.0);
        QCOMPARE(c.headingDegrees(), 355.0);
        QCOMPARE(c.effectiveTiltDegrees(), 0.0);
    }

    void fitShowsExtentWithMargin_data()
    {
        QTest::addColumn<double>("width");
        QTest::addColumn<double>("height");
        QTest::newRow("wide") << 4000.0 << 1000.0;
        QTest::newRow("tall") << 500.0 << 3000.0;
    }
    void fitShowsExtentWithMargin()
    {
        QFETCH(double, width);
        QFETCH(double, height);
        MapCamera c = makeCamera(MapCamera::Mode::TopDown, 45.0, 20.0);
        ct::geo::Envelope e;
        e.expand(ct::geo::Point{-100.0, 50.0});
        e.expand(ct::geo::Point{-100.0 + width, 50.0 + height});
        c.fit(e);
        QCOMPARE(c.headingDegrees(), 0.0);
        QCOMPARE(c.orbitTiltDegrees(), MapCamera::kDefaultTiltDegrees);
        const auto lo = c.project(QVector3D(float(e.minX), float(e.minY), 0));
        const auto hi = c.project(QVector3D(float(e.maxX), float(e.maxY), 0));
        QVERIFY(lo && hi);
        // North up: min corner bottom-left, max corner top-right, inside the 5 % margin,
        // touching it on the limiting side.
        const double mx = 800 * MapCamera::kFitMargin, my = 600 * MapCamera::kFitMargin;
        QVERIFY(lo->x() >= mx - 1e-6 && lo->y() <= 600 - my + 1e-6);
        QVERIFY(hi->x() <= 800 - mx + 1e-6 && hi->y() >= my - 1e-6);
        const bool touchesX = std::abs(lo->x() - mx) < 1e-3;
        const bool touchesY = std::abs(hi->y() - my) < 1e-3;
        QVERIFY(touchesX || touchesY);
    }
};

QTEST_GUILESS_MAIN(TestMapCamera)
#include "tst_mapcamera.moc"
