// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "layerlistmodel.h"
#include "mapcontroller.h"
#include "testtwin.h"

#include <QQuickItem>
#include <QQuickView>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QWheelEvent>
#include <QtQml/qqmlextensionplugin.h>
#include <QtTest>

#include <cmath>

Q_IMPORT_QML_PLUGIN(CityTwin_UiPlugin)

namespace {

constexpr int kWidth = 800;
constexpr int kHeight = 600;
const QPointF kCentre(kWidth / 2.0, kHeight / 2.0);
/// What the controller turns per pixel of an orbit drag (MapController's kOrbitDegreesPerPixel).
constexpr double kOrbitDegreesPerPixel = 0.3;
/// zoomIn()/zoomOut() and the + / - keys: the scale halves or doubles.
constexpr double kKeyZoomFactor = 2.0;
/// Arrow keys pan by this many pixels; PageUp/PageDown tilt by this many degrees.
constexpr double kKeyPanPixels = 100.0;
constexpr double kKeyTiltDegrees = 5.0;
/// The 2D fit of the test twin's extent (1000 m × 600 m) into 90 % of an 800-pixel width.
const double kFittedMetresPerPixel = (testtwin::kMaxX - testtwin::kMinX) / (kWidth * 0.9);
const QPointF kExtentCentre((testtwin::kMinX + testtwin::kMaxX) / 2.0, (testtwin::kMinY + testtwin::kMaxY) / 2.0);

double normalisedDegrees(double degrees)
{
    double d = std::fmod(degrees, 360.0);
    return d < 0 ? d + 360.0 : d;
}

/// Difference of two headings in degrees, -180..180.
double headingDifference(double a, double b)
{
    double d = std::fmod(a - b + 540.0, 360.0) - 180.0;
    return d;
}

QString describe(const QPointF &p)
{
    return QStringLiteral("(%1, %2)").arg(p.x(), 0, 'f', 4).arg(p.y(), 0, 'f', 4);
}

} // namespace

/// The map's mouse and keyboard input on screen: wheel zoom about the cursor, drag to pan, right or
/// Ctrl+left drag to turn (and tilt in 3D), Home, + / -, arrows, PageUp / PageDown, and the
/// cursor position report. Positions are compared through the controller's groundAt(), in
/// EPSG:6677 metres, so the tests hold whatever the twin's scene origin.
class TestMapInput : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<ct::ui::LayerListModel> m_model;
    std::unique_ptr<QQuickView> m_view;
    QQuickItem *m_map = nullptr;
    ct::ui::MapController *m_controller = nullptr;

    /// Ground position (EPSG:6677 metres) under a pixel of the view; fails the test above the horizon.
    QPointF ground(const QPointF &pixel) const
    {
        const QVariantMap g = m_controller->groundAt(pixel.x(), pixel.y());
        if (!g.value(QStringLiteral("valid")).toBool())
            return QPointF(qQNaN(), qQNaN());
        return QPointF(g.value(QStringLiteral("x")).toDouble(), g.value(QStringLiteral("y")).toDouble());
    }

    /// How close two ground positions must be to count as the same: a fiftieth of a pixel, and
    /// not less than a centimetre (the cameras work in single precision).
    double tolerance() const { return std::max(0.01, m_controller->metresPerPixel() / 50.0); }

    bool sameGround(const QPointF &a, const QPointF &b) const
    {
        return std::isfinite(a.x()) && std::isfinite(b.x()) && QLineF(a, b).length() <= tolerance();
    }

    void setMode(const QString &mode)
    {
        m_controller->setViewMode(mode);
        QCOMPARE(m_controller->viewMode(), mode);
    }

    void wheel(const QPointF &pixel, int angleDeltaY)
    {
        QWheelEvent event(pixel, m_view->mapToGlobal(pixel), QPoint(), QPoint(0, angleDeltaY), Qt::NoButton,
                          Qt::NoModifier, Qt::NoScrollPhase, false);
        QCoreApplication::sendEvent(m_view.get(), &event);
        QVERIFY(event.isAccepted());
    }

    /// Presses `button` at `from`, moves to `to` in `steps` moves and releases there.
    void drag(Qt::MouseButton button, Qt::KeyboardModifiers modifiers, const QPoint &from, const QPoint &to, int steps = 5)
    {
        QTest::mousePress(m_view.get(), button, modifiers, from);
        for (int i = 1; i <= steps; ++i)
            QTest::mouseMove(m_view.get(), from + (to - from) * i / steps);
        QTest::mouseRelease(m_view.get(), button, modifiers, to);
    }

    /// Sends a key press and release to the map. Straight to the item, not through the window:
    /// CTest runs GUI tests side by side on one X display, where which window is active (and so
    /// where the window would route keys) is not ours to decide.
    void key(int key)
    {
        QKeyEvent press(QEvent::KeyPress, key, Qt::NoModifier);
        QCoreApplication::sendEvent(m_controller, &press);
        QVERIFY2(press.isAccepted(), "the map did not take the key");
        QKeyEvent release(QEvent::KeyRelease, key, Qt::NoModifier);
        QCoreApplication::sendEvent(m_controller, &release);
    }

private slots:
    void initTestCase()
    {
        if (QGuiApplication::platformName() == QLatin1String("offscreen"))
            QSKIP("Qt Quick 3D draws nothing on the offscreen platform; run under xvfb-run with QT_QPA_PLATFORM=xcb");
        QVERIFY(m_dir.isValid());
        const QString path = m_dir.filePath(QStringLiteral("input.twin"));
        const QString error = testtwin::create(path);
        QVERIFY2(error.isEmpty(), qPrintable(error));

        m_model = testtwin::layerModel();

        m_view = std::make_unique<QQuickView>();
        m_view->setResizeMode(QQuickView::SizeRootObjectToView);
        m_view->resize(kWidth, kHeight);
        m_view->setSource(QUrl(QStringLiteral("qrc:/CityTwin/Ui/MapView.qml")));
        QVERIFY2(m_view->status() == QQuickView::Ready,
                 qPrintable(m_view->errors().isEmpty() ? QString() : m_view->errors().front().toString()));
        m_map = m_view->rootObject();
        QVERIFY(m_map);
        m_controller = qobject_cast<ct::ui::MapController *>(m_map->property("controller").value<QObject *>());
        QVERIFY(m_controller);
        m_map->setProperty("layerModel", QVariant::fromValue(m_model.get()));
        m_map->setProperty("twinPath", path);
        m_view->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
        QTRY_VERIFY_WITH_TIMEOUT(m_controller->isReady(), 30000);
        QCOMPARE(m_controller->loadError(), QString());
        QCOMPARE(m_controller->width(), double(kWidth));
        QCOMPARE(m_controller->height(), double(kHeight));
    }

    void init()
    {
        // Every test starts from the home view in 2D.
        m_controller->setViewMode(QStringLiteral("2d"));
        m_controller->resetView();
        QVERIFY(std::abs(m_controller->metresPerPixel() - kFittedMetresPerPixel) < 1e-9);
    }

    void wheelZoomKeepsTheGroundUnderTheCursor_data()
    {
        QTest::addColumn<QString>("mode");
        QTest::addColumn<QPointF>("cursor");
        QTest::addColumn<int>("angleDelta");
        QTest::newRow("2d, one notch in, upper left") << QStringLiteral("2d") << QPointF(150, 120) << 120;
        QTest::newRow("2d, one notch out, lower right") << QStringLiteral("2d") << QPointF(700, 520) << -120;
        QTest::newRow("2d, two notches in, on a building") << QStringLiteral("2d") << QPointF(222, 160) << 240;
        QTest::newRow("2d, three notches out, left edge") << QStringLiteral("2d") << QPointF(3, 300) << -360;
        QTest::newRow("2d, half a notch (touchpad)") << QStringLiteral("2d") << QPointF(480, 400) << 60;
        QTest::newRow("3d, one notch in, near side") << QStringLiteral("3d") << QPointF(300, 450) << 120;
        QTest::newRow("3d, one notch out, far side") << QStringLiteral("3d") << QPointF(600, 150) << -120;
        QTest::newRow("3d, two notches in, right") << QStringLiteral("3d") << QPointF(780, 320) << 240;
    }
    void wheelZoomKeepsTheGroundUnderTheCursor()
    {
        QFETCH(QString, mode);
        QFETCH(QPointF, cursor);
        QFETCH(int, angleDelta);
        setMode(mode);
        const QPointF before = ground(cursor);
        const QPointF centreBefore = ground(kCentre);
        const double mpp = m_controller->metresPerPixel();
        const double heading = m_controller->headingDegrees();
        const double tilt = m_controller->tiltDegrees();

        wheel(cursor, angleDelta);

        // A notch (120) is a factor √2; forward (positive) zooms in.
        const double expectedMpp = mpp / std::pow(2.0, angleDelta / 240.0);
        QVERIFY2(std::abs(m_controller->metresPerPixel() - expectedMpp) < 1e-9 * expectedMpp,
                 qPrintable(QStringLiteral("%1 m/px, expected %2").arg(m_controller->metresPerPixel()).arg(expectedMpp)));
        const QPointF after = ground(cursor);
        QVERIFY2(sameGround(before, after), qPrintable(describe(before) + QStringLiteral(" moved to ") + describe(after)));
        // About the cursor, not the centre: the ground under the centre moved.
        QVERIFY2(QLineF(centreBefore, ground(kCentre)).length() > 5.0, "the zoom was about the centre");
        QCOMPARE(m_controller->headingDegrees(), heading);
        QCOMPARE(m_controller->tiltDegrees(), tilt);
    }

    void leftDragPans_data()
    {
        QTest::addColumn<QString>("mode");
        QTest::addColumn<QPoint>("from");
        QTest::addColumn<QPoint>("to");
        QTest::newRow("2d, to the right") << QStringLiteral("2d") << QPoint(300, 300) << QPoint(500, 300);
        QTest::newRow("2d, diagonally up") << QStringLiteral("2d") << QPoint(600, 500) << QPoint(420, 180);
        QTest::newRow("2d, a short drag") << QStringLiteral("2d") << QPoint(400, 300) << QPoint(410, 296);
        QTest::newRow("3d, towards the viewer") << QStringLiteral("3d") << QPoint(400, 250) << QPoint(400, 420);
        QTest::newRow("3d, sideways") << QStringLiteral("3d") << QPoint(200, 400) << QPoint(520, 380);
    }
    void leftDragPans()
    {
        QFETCH(QString, mode);
        QFETCH(QPoint, from);
        QFETCH(QPoint, to);
        setMode(mode);
        const QPointF grabbed = ground(from);
        const double mpp = m_controller->metresPerPixel();
        QSignalSpy clicked(m_controller, &ct::ui::MapController::featureClicked);
        QSignalSpy moved(m_controller, &ct::ui::MapController::cursorMoved);

        drag(Qt::LeftButton, {}, from, to);

        // The ground point that was grabbed is under the cursor where it was let go.
        const QPointF under = ground(to);
        QVERIFY2(sameGround(grabbed, under), qPrintable(describe(grabbed) + QStringLiteral(" but under the cursor is ") + describe(under)));
        QCOMPARE(m_controller->metresPerPixel(), mpp);
        QCOMPARE(m_controller->headingDegrees(), 0.0);
        QCOMPARE(clicked.size(), 0); // a drag is not a click
        // While dragging, the cursor report follows the grabbed point.
        QVERIFY(!moved.isEmpty());
        const QList<QVariant> last = moved.back();
        QVERIFY(last.at(2).toBool());
        QVERIFY2(sameGround(QPointF(last.at(0).toDouble(), last.at(1).toDouble()), grabbed),
                 qPrintable(QStringLiteral("cursor at %1,%2").arg(last.at(0).toDouble()).arg(last.at(1).toDouble())));
    }

    void orbitDragTurns_data()
    {
        QTest::addColumn<QString>("mode");
        QTest::addColumn<int>("button");
        QTest::addColumn<int>("modifiers");
        QTest::addColumn<QPoint>("from");
        QTest::addColumn<QPoint>("to");
        const int right = Qt::RightButton, left = Qt::LeftButton, none = Qt::NoModifier, ctrl = Qt::ControlModifier;
        QTest::newRow("2d, right drag to the right") << QStringLiteral("2d") << right << none << QPoint(300, 300) << QPoint(400, 300);
        QTest::newRow("2d, right drag to the left") << QStringLiteral("2d") << right << none << QPoint(500, 300) << QPoint(300, 300);
        QTest::newRow("2d, right drag up: no tilt in 2D") << QStringLiteral("2d") << right << none << QPoint(400, 400) << QPoint(450, 250);
        QTest::newRow("2d, Ctrl+left drag") << QStringLiteral("2d") << left << ctrl << QPoint(300, 300) << QPoint(360, 330);
        QTest::newRow("3d, right drag, tilt up") << QStringLiteral("3d") << right << none << QPoint(400, 400) << QPoint(460, 340);
        QTest::newRow("3d, right drag, tilt down") << QStringLiteral("3d") << right << none << QPoint(400, 200) << QPoint(340, 300);
        QTest::newRow("3d, Ctrl+left drag") << QStringLiteral("3d") << left << ctrl << QPoint(300, 300) << QPoint(420, 260);
        QTest::newRow("3d, tilt clamped at the horizon limit") << QStringLiteral("3d") << right << none << QPoint(400, 580) << QPoint(400, 20);
        QTest::newRow("3d, tilt clamped at straight down") << QStringLiteral("3d") << right << none << QPoint(400, 20) << QPoint(400, 580);
    }
    void orbitDragTurns()
    {
        QFETCH(QString, mode);
        QFETCH(int, button);
        QFETCH(int, modifiers);
        QFETCH(QPoint, from);
        QFETCH(QPoint, to);
        setMode(mode);
        const double heading = m_controller->headingDegrees();
        const double tilt = m_controller->tiltDegrees();
        const double mpp = m_controller->metresPerPixel();
        const QPointF centre = ground(kCentre);
        QSignalSpy clicked(m_controller, &ct::ui::MapController::featureClicked);

        drag(Qt::MouseButton(button), Qt::KeyboardModifiers(modifiers), from, to);

        const QPoint d = to - from;
        const double expectedHeading = normalisedDegrees(heading + d.x() * kOrbitDegreesPerPixel);
        QVERIFY2(std::abs(headingDifference(m_controller->headingDegrees(), expectedHeading)) < 1e-9,
                 qPrintable(QStringLiteral("heading %1, expected %2").arg(m_controller->headingDegrees()).arg(expectedHeading)));
        const double expectedTilt = mode == QLatin1String("2d")
            ? 0.0
            : std::clamp(tilt - d.y() * kOrbitDegreesPerPixel, 0.0, ct::ui::MapCamera::kMaxTiltDegrees);
        QVERIFY2(std::abs(m_controller->tiltDegrees() - expectedTilt) < 1e-9,
                 qPrintable(QStringLiteral("tilt %1, expected %2").arg(m_controller->tiltDegrees()).arg(expectedTilt)));
        // Turning is about the view's centre and keeps the scale.
        QCOMPARE(m_controller->metresPerPixel(), mpp);
        QVERIFY2(sameGround(centre, ground(kCentre)), qPrintable(describe(centre) + QStringLiteral(" → ") + describe(ground(kCentre))));
        QCOMPARE(clicked.size(), 0);
    }

    void homeResets_data()
    {
        QTest::addColumn<QString>("mode");
        QTest::addColumn<double>("tilt");
        QTest::newRow("2d") << QStringLiteral("2d") << 0.0;
        QTest::newRow("3d") << QStringLiteral("3d") << ct::ui::MapCamera::kDefaultTiltDegrees;
    }
    void homeResets()
    {
        QFETCH(QString, mode);
        QFETCH(double, tilt);
        setMode(mode);
        // Wander off: zoom, turn, tilt and pan.
        m_controller->zoomAt(100, 100, 3.0);
        m_controller->orbit(73.0, 12.0);
        m_controller->centerOn(10100.0, 20100.0);
        QVERIFY(m_controller->headingDegrees() != 0.0);

        key(Qt::Key_Home);

        QCOMPARE(m_controller->headingDegrees(), 0.0);
        QCOMPARE(m_controller->tiltDegrees(), tilt);
        QVERIFY2(std::abs(m_controller->metresPerPixel() - kFittedMetresPerPixel) < 1e-9,
                 qPrintable(QString::number(m_controller->metresPerPixel())));
        QVERIFY2(sameGround(ground(kCentre), kExtentCentre), qPrintable(describe(ground(kCentre))));
        QCOMPARE(m_controller->viewMode(), mode); // Home does not change the view mode
    }

    void keysZoom_data()
    {
        QTest::addColumn<QString>("mode");
        QTest::addColumn<int>("key");
        QTest::addColumn<double>("factor");
        QTest::newRow("2d +") << QStringLiteral("2d") << int(Qt::Key_Plus) << 1.0 / kKeyZoomFactor;
        QTest::newRow("2d = (+ without Shift)") << QStringLiteral("2d") << int(Qt::Key_Equal) << 1.0 / kKeyZoomFactor;
        QTest::newRow("2d -") << QStringLiteral("2d") << int(Qt::Key_Minus) << kKeyZoomFactor;
        QTest::newRow("3d +") << QStringLiteral("3d") << int(Qt::Key_Plus) << 1.0 / kKeyZoomFactor;
        QTest::newRow("3d -") << QStringLiteral("3d") << int(Qt::Key_Minus) << kKeyZoomFactor;
    }
    void keysZoom()
    {
        QFETCH(QString, mode);
        QFETCH(int, key);
        QFETCH(double, factor);
        setMode(mode);
        m_controller->orbit(30.0, 0.0); // the keys zoom about the centre whatever the heading
        const double mpp = m_controller->metresPerPixel();
        const QPointF centre = ground(kCentre);
        const QPointF corner = ground(QPointF(100, 100));

        this->key(key);

        QVERIFY2(std::abs(m_controller->metresPerPixel() - mpp * factor) < 1e-9 * mpp,
                 qPrintable(QStringLiteral("%1 m/px from %2").arg(m_controller->metresPerPixel()).arg(mpp)));
        QVERIFY2(sameGround(centre, ground(kCentre)), qPrintable(describe(centre) + QStringLiteral(" → ") + describe(ground(kCentre))));
        QVERIFY(!sameGround(corner, ground(QPointF(100, 100))));
        QCOMPARE(m_controller->headingDegrees(), 30.0);
    }

    void arrowKeysPan_data()
    {
        QTest::addColumn<QString>("mode");
        QTest::addColumn<double>("heading");
        QTest::addColumn<int>("key");
        QTest::addColumn<QPointF>("shift"); //!< where the ground under the centre goes on screen, pixels
        const QPointF right(kKeyPanPixels, 0), down(0, kKeyPanPixels);
        QTest::newRow("2d Left") << QStringLiteral("2d") << 0.0 << int(Qt::Key_Left) << right;
        QTest::newRow("2d Right") << QStringLiteral("2d") << 0.0 << int(Qt::Key_Right) << -right;
        QTest::newRow("2d Up") << QStringLiteral("2d") << 0.0 << int(Qt::Key_Up) << down;
        QTest::newRow("2d Down") << QStringLiteral("2d") << 0.0 << int(Qt::Key_Down) << -down;
        // Arrows move along the screen, not along north, when the map is turned.
        QTest::newRow("2d Left, turned 40°") << QStringLiteral("2d") << 40.0 << int(Qt::Key_Left) << right;
        QTest::newRow("2d Up, turned 200°") << QStringLiteral("2d") << 200.0 << int(Qt::Key_Up) << down;
        QTest::newRow("3d Left") << QStringLiteral("3d") << 0.0 << int(Qt::Key_Left) << right;
        QTest::newRow("3d Down, turned 90°") << QStringLiteral("3d") << 90.0 << int(Qt::Key_Down) << -down;
    }
    void arrowKeysPan()
    {
        QFETCH(QString, mode);
        QFETCH(double, heading);
        QFETCH(int, key);
        QFETCH(QPointF, shift);
        setMode(mode);
        m_controller->orbit(heading, 0.0);
        const QPointF centre = ground(kCentre);
        const double mpp = m_controller->metresPerPixel();

        this->key(key);

        const QPointF there = ground(kCentre + shift);
        QVERIFY2(sameGround(centre, there), qPrintable(describe(centre) + QStringLiteral(" but there is ") + describe(there)));
        QVERIFY(!sameGround(centre, ground(kCentre)));
        QCOMPARE(m_controller->metresPerPixel(), mpp);
        QVERIFY(std::abs(headingDifference(m_controller->headingDegrees(), heading)) < 1e-9);
    }

    void pageKeysTilt_data()
    {
        QTest::addColumn<QString>("mode");
        QTest::addColumn<double>("startTilt"); //!< orbit tilt before the key, degrees
        QTest::addColumn<int>("key");
        QTest::addColumn<double>("tilt");      //!< expected tilt after it
        const double kDefault = ct::ui::MapCamera::kDefaultTiltDegrees, kMax = ct::ui::MapCamera::kMaxTiltDegrees;
        QTest::newRow("3d PageUp") << QStringLiteral("3d") << kDefault << int(Qt::Key_PageUp) << kDefault + kKeyTiltDegrees;
        QTest::newRow("3d PageDown") << QStringLiteral("3d") << kDefault << int(Qt::Key_PageDown) << kDefault - kKeyTiltDegrees;
        QTest::newRow("3d PageUp at the limit") << QStringLiteral("3d") << kMax - 2.0 << int(Qt::Key_PageUp) << kMax;
        QTest::newRow("3d PageDown to straight down") << QStringLiteral("3d") << 2.0 << int(Qt::Key_PageDown) << 0.0;
        QTest::newRow("2d PageUp: stays top-down") << QStringLiteral("2d") << kDefault << int(Qt::Key_PageUp) << 0.0;
        QTest::newRow("2d PageDown: stays top-down") << QStringLiteral("2d") << kDefault << int(Qt::Key_PageDown) << 0.0;
    }
    void pageKeysTilt()
    {
        QFETCH(QString, mode);
        QFETCH(double, startTilt);
        QFETCH(int, key);
        QFETCH(double, tilt);
        setMode(QStringLiteral("3d"));
        m_controller->orbit(0.0, startTilt - m_controller->tiltDegrees());
        QCOMPARE(m_controller->tiltDegrees(), startTilt);
        setMode(mode);
        const QPointF centre = ground(kCentre);

        this->key(key);

        QCOMPARE(m_controller->tiltDegrees(), tilt);
        QCOMPARE(m_controller->headingDegrees(), 0.0);
        QVERIFY(sameGround(centre, ground(kCentre))); // tilting turns about the centre
    }

    void otherKeysPassThrough_data()
    {
        QTest::addColumn<int>("key");
        QTest::newRow("A") << int(Qt::Key_A);
        QTest::newRow("Escape (the inspector's)") << int(Qt::Key_Escape);
        QTest::newRow("Space") << int(Qt::Key_Space);
    }
    void otherKeysPassThrough()
    {
        QFETCH(int, key);
        const double mpp = m_controller->metresPerPixel();
        const QPointF centre = ground(kCentre);
        QKeyEvent press(QEvent::KeyPress, key, Qt::NoModifier);
        QCoreApplication::sendEvent(m_controller, &press);
        QVERIFY2(!press.isAccepted(), "the map swallowed a key it has no use for");
        QCOMPARE(m_controller->metresPerPixel(), mpp);
        QVERIFY(sameGround(centre, ground(kCentre)));
    }

    void cursorReportsTheGround_data()
    {
        QTest::addColumn<QString>("mode");
        QTest::addColumn<double>("tiltChange");
        QTest::addColumn<QPoint>("pixel");
        QTest::addColumn<bool>("valid");
        QTest::newRow("2d centre") << QStringLiteral("2d") << 0.0 << QPoint(400, 300) << true;
        QTest::newRow("2d corner") << QStringLiteral("2d") << 0.0 << QPoint(5, 595) << true;
        QTest::newRow("2d on shelter 1") << QStringLiteral("2d") << 0.0 << QPoint(311, 300) << true;
        QTest::newRow("3d near") << QStringLiteral("3d") << 0.0 << QPoint(250, 500) << true;
        QTest::newRow("3d far") << QStringLiteral("3d") << 0.0 << QPoint(650, 80) << true;
        // Tilted to 80°, the top of the view looks above the horizon: no ground there.
        QTest::newRow("3d above the horizon") << QStringLiteral("3d") << 30.0 << QPoint(400, 5) << false;
    }
    void cursorReportsTheGround()
    {
        QFETCH(QString, mode);
        QFETCH(double, tiltChange);
        QFETCH(QPoint, pixel);
        QFETCH(bool, valid);
        setMode(mode);
        m_controller->orbit(0.0, tiltChange);
        // Start from elsewhere inside the window so that the move is a move (never from outside:
        // leaving and re-entering the window is not a plain move).
        QTest::mouseMove(m_view.get(), pixel + QPoint(7, pixel.y() < 300 ? 9 : -9));
        QSignalSpy moved(m_controller, &ct::ui::MapController::cursorMoved);

        QTest::mouseMove(m_view.get(), pixel);

        QTRY_VERIFY(!moved.isEmpty());
        const QList<QVariant> last = moved.back();
        QCOMPARE(last.at(2).toBool(), valid);
        if (!valid)
            return;
        const QPointF reported(last.at(0).toDouble(), last.at(1).toDouble());
        QVERIFY2(sameGround(reported, ground(pixel)), qPrintable(describe(reported) + QStringLiteral(" vs ") + describe(ground(pixel))));
        // And it is where the twin has it: the pixel-to-ground mapping agrees with the 2D fit rule.
        if (mode == QLatin1String("2d")) {
            const QPointF expected(kExtentCentre.x() + (pixel.x() - kCentre.x()) * kFittedMetresPerPixel,
                                   kExtentCentre.y() - (pixel.y() - kCentre.y()) * kFittedMetresPerPixel);
            QVERIFY2(sameGround(reported, expected), qPrintable(describe(reported) + QStringLiteral(" vs ") + describe(expected)));
        }
    }

    void cleanupTestCase()
    {
        if (m_view)
            m_view->hide(); // stop the render thread before the scene goes
        m_view.reset();
    }
};

QTEST_MAIN(TestMapInput)
#include "tst_mapinput.moc"
