// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
//
// Regression: when a simulation or a replay showed its agents (TimelineController::showAgents ->
// MapController::setDynamicPoints on a new layer), the base map (roads, buildings, water) was no
// longer drawn, in 2D and 3D; only the point symbols remained. The frames before and after the
// live layers appear must show the twin's roads and buildings alike, and the agents too.
#include "layerlistmodel.h"
#include "mapcontroller.h"
#include "mapviewwindow.h"
#include "testtwin.h"
#include "timelinecontroller.h"

#include <QQuickItem>
#include <QQuickView>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtPlugin>
#include <QtQml/qqmlextensionplugin.h>
#include <QtTest>

Q_IMPORT_QML_PLUGIN(CityTwin_UiPlugin)

namespace {

constexpr int kWidth = 800;
constexpr int kHeight = 600;
const QColor kBuilding(0xe0, 0x40, 0x30); // testtwin's buildings
const QColor kRoad(0x60, 0x60, 0x60);     // testtwin's roads
const QColor kAgent(0x20, 0xc0, 0x20);    // nothing else in the test twin is this green

int colourDistance(const QColor &a, const QColor &b)
{
    return std::max({std::abs(a.red() - b.red()), std::abs(a.green() - b.green()), std::abs(a.blue() - b.blue())});
}

/// Pixels of `image` within `tolerance` of `colour`.
int countNear(const QImage &image, const QColor &colour, int tolerance)
{
    int n = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            if (colourDistance(image.pixelColor(x, y), colour) <= tolerance)
                ++n;
    return n;
}

/// Reddish pixels: the buildings' roofs and (shaded) walls in 3D.
int countBuildingLike(const QImage &image)
{
    int n = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x) {
            const QColor c = image.pixelColor(x, y);
            if (c.red() > 60 && c.red() > 2 * c.green() && c.red() > 2 * c.blue())
                ++n;
        }
    return n;
}

struct Counts
{
    int buildings = 0;
    int roads = 0;
    int agents = 0;
};

} // namespace

class TestMapDynamicLayers : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<ct::ui::LayerListModel> m_model;
    std::unique_ptr<QQuickView> m_view;
    QQuickItem *m_map = nullptr;
    ct::ui::MapController *m_controller = nullptr;

    QImage grab()
    {
        // A few frames so that what was asked for is on screen.
        for (int i = 0; i < 3; ++i) {
            QSignalSpy swapped(m_view.get(), &QQuickWindow::frameSwapped);
            m_view->update();
            swapped.wait(2000);
        }
        return m_view->grabWindow().convertToFormat(QImage::Format_RGB32);
    }

    void save(const QImage &image, const QString &name)
    {
        const QString path = QStringLiteral(CITYTWIN_BINARY_DIR "/tests/%1").arg(name);
        QVERIFY(image.save(path));
        qInfo() << "screenshot" << path;
    }

    Counts counts(const QImage &image, bool topDown)
    {
        Counts c;
        c.buildings = topDown ? countNear(image, kBuilding, 40) : countBuildingLike(image);
        c.roads = countNear(image, kRoad, 30);
        c.agents = countNear(image, kAgent, 40);
        return c;
    }

    /// Agents as the timeline sends them: EPSG:6677 positions on the empty ground south of the
    /// road, away from the buildings, one colour each.
    void showAgents(const QString &layer, double y)
    {
        std::vector<ct::geo::Point> positions;
        std::vector<QColor> colours;
        for (double x = 10100.0; x <= 10900.0; x += 100.0) {
            positions.push_back({x, y});
            colours.push_back(kAgent);
        }
        m_controller->setDynamicPoints(layer, positions, colours);
    }

private slots:
    void initTestCase()
    {
        if (QGuiApplication::platformName() == QLatin1String("offscreen"))
            QSKIP("Qt Quick 3D draws nothing on the offscreen platform; run under xvfb-run with QT_QPA_PLATFORM=xcb");
        QVERIFY(m_dir.isValid());
        const QString path = m_dir.filePath(QStringLiteral("dynamic.twin"));
        const QString error = testtwin::create(path);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        m_model = testtwin::layerModel();
        m_view = std::make_unique<QQuickView>();
        const QString shown = testtwin::showMapView(*m_view, QSize(kWidth, kHeight), m_model.get(), path, m_map, m_controller);
        QVERIFY2(shown.isEmpty(), qPrintable(shown));
    }

    void baseMapStaysUnderTheAgents_data()
    {
        QTest::addColumn<QString>("mode");
        QTest::newRow("2d") << QStringLiteral("2d");
        QTest::newRow("3d") << QStringLiteral("3d");
    }
    void baseMapStaysUnderTheAgents()
    {
        QFETCH(QString, mode);
        const bool topDown = mode == QLatin1String("2d");
        // A fresh scene each time, without live layers: what the console shows in live mode.
        m_controller->reload();
        QTRY_VERIFY_WITH_TIMEOUT(m_map->property("ready").toBool(), 30000);
        m_map->setProperty("viewMode", mode);
        if (!topDown)
            m_controller->orbit(30.0, 0.0);
        QVERIFY(m_controller->dynamicLayers().isEmpty());
        const int sceneLayers = int(m_controller->sceneLayers().size());
        QCOMPARE(sceneLayers, 4);

        const QImage live = grab();
        save(live, QStringLiteral("tst_mapdynamiclayers_%1_live.png").arg(mode));
        const Counts before = counts(live, topDown);
        QVERIFY2(before.buildings > 300, qPrintable(QStringLiteral("live frame: %1 building pixels").arg(before.buildings)));
        QVERIFY2(before.roads > 300, qPrintable(QStringLiteral("live frame: %1 road pixels").arg(before.roads)));
        QCOMPARE(before.agents, 0);

        // The simulation's agents appear (a new live layer), then a second live layer.
        showAgents(ct::ui::TimelineController::agentLayer(), 20230.0);
        showAgents(QStringLiteral("second_live_layer"), 20380.0);
        QCOMPARE(int(m_controller->dynamicLayers().size()), 2);
        QCOMPARE(int(m_controller->sceneLayers().size()), sceneLayers);
        QCOMPARE(int(m_controller->layers().size()), sceneLayers + 2);

        const QImage simulation = grab();
        save(simulation, QStringLiteral("tst_mapdynamiclayers_%1_simulation.png").arg(mode));
        const Counts after = counts(simulation, topDown);
        // The agents cover a few base-map pixels at most: the base map is as it was.
        QVERIFY2(after.buildings >= before.buildings * 9 / 10,
                 qPrintable(QStringLiteral("building pixels: %1 live, %2 with agents").arg(before.buildings).arg(after.buildings)));
        QVERIFY2(after.roads >= before.roads * 8 / 10,
                 qPrintable(QStringLiteral("road pixels: %1 live, %2 with agents").arg(before.roads).arg(after.roads)));
        QVERIFY2(after.agents > 18 * 20, qPrintable(QStringLiteral("agent pixels: %1").arg(after.agents)));

        // The agents move (same count: positions only); the base map stays.
        showAgents(ct::ui::TimelineController::agentLayer(), 20250.0);
        const Counts moved = counts(grab(), topDown);
        QVERIFY2(moved.buildings >= before.buildings * 9 / 10, qPrintable(QString::number(moved.buildings)));
        QVERIFY2(moved.roads >= before.roads * 8 / 10, qPrintable(QString::number(moved.roads)));
    }

    void cleanupTestCase()
    {
        if (m_view)
            m_view->hide(); // stop the render thread before the scene goes
        m_view.reset();
    }
};

QTEST_MAIN(TestMapDynamicLayers)
#include "tst_mapdynamiclayers.moc"
