// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
//
// The safety overlays on the console's main map, end to end: a safety twin with a cluster of
// recent alerts, accounts made with the real `citytwin-cli account`, the real console signed in
// with --operator (password from CITYTWIN_PASSWORD) taking a --screenshot. The hotspot colour
// must be in the picture around the cluster for police liaison and HQ, and nowhere there for a
// mobility dispatcher (who may not see alerts at all).
#include "consoleshot.h" // tests/common
#include "overlaytestsupport.h"
#include "toolrun.h"

#include "alertoverlaysettings.h"
#include "hotspotoverlay.h"

#include "ct/safety/kerneldensity.h"

#include <QFile>
#include <QImage>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

using namespace ct;


using Run = ct::testing::ToolRun;
using ct::testing::runTool;

struct Shot
{
    QImage image;
    QJsonObject view;
    //! Image pixel of an EPSG:6677 point (the 2D view looks straight down, north up).
    QPointF pixel(geo::Point p) const
    {
        const double ratio = view[QStringLiteral("window")].toObject()[QStringLiteral("devicePixelRatio")].toDouble(1.0);
        const QJsonObject map = view[QStringLiteral("map")].toObject();
        const QJsonObject centre = view[QStringLiteral("centre")].toObject();
        const double mpp = view[QStringLiteral("metresPerPixel")].toDouble();
        const double x = map[QStringLiteral("x")].toDouble() + map[QStringLiteral("width")].toDouble() / 2.0
            + (p.x - centre[QStringLiteral("x")].toDouble()) / mpp;
        const double y = map[QStringLiteral("y")].toDouble() + map[QStringLiteral("height")].toDouble() / 2.0
            - (p.y - centre[QStringLiteral("y")].toDouble()) / mpp;
        return {x * ratio, y * ratio};
    }
};

/// The light (yellow to orange) part of the hotspot ramp drawn at HotspotOverlay::kAlpha over the
/// light map: every hotspot has it around its core. Nothing else on this map is that colour: not
/// the background, roads, police boxes, the schools' darker orange, nor the alert symbols
/// (crimson or purple, pink when faded).
bool isHotspotColour(const QColor &c)
{
    return c.red() > 235 && c.green() > 120 && c.blue() < 150 && c.green() - c.blue() > 40;
}

/// Hotspot-coloured pixels in the ring 14..40 px around `centre` (the alert symbols themselves
/// cover the middle).
int hotspotPixelsAround(const QImage &image, QPointF centre)
{
    int count = 0;
    for (int dy = -40; dy <= 40; ++dy) {
        for (int dx = -40; dx <= 40; ++dx) {
            const double d = std::hypot(dx, dy);
            if (d < 14 || d > 40)
                continue;
            const QPoint p(int(centre.x()) + dx, int(centre.y()) + dy);
            if (image.rect().contains(p) && isHotspotColour(image.pixelColor(p)))
                ++count;
        }
    }
    return count;
}

} // namespace

class TestMapOverlayEndToEnd : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void policeSeesTheHotspotOnTheMainMap();
    void commanderSeesTheHotspotToo();
    void dispatcherSeesNoHotspot();
    void hotspotIn3d();
    void generatedAlertsHotspotAtTheDensestCell();

private:
    Shot screenshot(const QString &name, const QString &operatorName, const QByteArray &password,
                    const QString &view = QStringLiteral("2d"));
    void addAccount(const QString &name, const QString &role, const QByteArray &password);

    QTemporaryDir m_dir;
    QString m_twin;
};

void TestMapOverlayEndToEnd::addAccount(const QString &name, const QString &role, const QByteArray &password)
{
    const Run added = runTool(QStringLiteral("citytwin-cli"), {QStringLiteral("account"), m_twin, QStringLiteral("add"), QStringLiteral("--name"), name,
                                                           QStringLiteral("--role"), role, QStringLiteral("--password-stdin")},
                          password + '\n');
    QVERIFY2(added.exitCode == 0, qPrintable(added.err));
}

void TestMapOverlayEndToEnd::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_twin = m_dir.filePath(QStringLiteral("safety-overlay.gpkg"));
    {
        auto twin = safety::test::writeSafetyTwin(m_twin, true);
        // Relative to the console's clock: the overlays' recency window ends now.
        safety::test::writeOverlayAlerts(*twin, QDateTime::currentDateTimeUtc().addSecs(-600));
    }
    const Run admin = runTool(QStringLiteral("citytwin-cli"), {QStringLiteral("account"), m_twin, QStringLiteral("init-admin"), QStringLiteral("--name"),
                                                           QStringLiteral("admin"), QStringLiteral("--password-stdin")},
                          QByteArrayLiteral("administrator-pass-42\n"));
    QVERIFY2(admin.exitCode == 0, qPrintable(admin.err));
    addAccount(QStringLiteral("pol"), QStringLiteral("police-liaison"), "police-pass-42");
    addAccount(QStringLiteral("cmdr"), QStringLiteral("hq-commander"), "commander-pass-42");
    addAccount(QStringLiteral("disp"), QStringLiteral("mobility-dispatcher"), "dispatcher-pass-42");
}

Shot TestMapOverlayEndToEnd::screenshot(const QString &name, const QString &operatorName, const QByteArray &password,
                                        const QString &view)
{
    // Kept beside the build for a look.
    const ct::testing::ConsoleShot console = ct::testing::consoleScreenshot(
        m_twin, m_dir.filePath(name + QStringLiteral(".png")),
        {QStringLiteral("--operator"), operatorName, QStringLiteral("--view"), view}, password,
        QStringLiteral(CITYTWIN_BINARY_DIR "/tests/safety-overlay-%1.png").arg(name));
    Shot shot;
    shot.image = console.image;
    shot.view = console.view;
    return shot;
}

void TestMapOverlayEndToEnd::policeSeesTheHotspotOnTheMainMap()
{
    const Shot shot = screenshot(QStringLiteral("police-liaison"), QStringLiteral("pol"), "police-pass-42");
    QVERIFY(!shot.image.isNull());
    QCOMPARE(shot.view[QStringLiteral("viewMode")].toString(), QStringLiteral("2d"));
    const QPointF cluster = shot.pixel(safety::test::clusterCentre());
    QVERIFY2(shot.image.rect().contains(cluster.toPoint()), qPrintable(QStringLiteral("%1,%2").arg(cluster.x()).arg(cluster.y())));
    const int hot = hotspotPixelsAround(shot.image, cluster);
    qInfo("hotspot pixels around the cluster: %d", hot);
    QVERIFY2(hot > 100, qPrintable(QString::number(hot)));
    // The lone alert two kilometres away is no hotspot (one alert, below the threshold).
    const int lone = hotspotPixelsAround(shot.image, shot.pixel(safety::test::lonePlace()));
    QVERIFY2(lone < hot / 10, qPrintable(QStringLiteral("lone %1, cluster %2").arg(lone).arg(hot)));
}

void TestMapOverlayEndToEnd::commanderSeesTheHotspotToo()
{
    const Shot shot = screenshot(QStringLiteral("hq-commander"), QStringLiteral("cmdr"), "commander-pass-42");
    QVERIFY(!shot.image.isNull());
    const int hot = hotspotPixelsAround(shot.image, shot.pixel(safety::test::clusterCentre()));
    qInfo("hotspot pixels around the cluster: %d", hot);
    QVERIFY2(hot > 100, qPrintable(QString::number(hot)));
}

void TestMapOverlayEndToEnd::dispatcherSeesNoHotspot()
{
    const Shot shot = screenshot(QStringLiteral("mobility-dispatcher"), QStringLiteral("disp"), "dispatcher-pass-42");
    QVERIFY(!shot.image.isNull());
    const int hot = hotspotPixelsAround(shot.image, shot.pixel(safety::test::clusterCentre()));
    QCOMPARE(hot, 0);
}

/// Hotspot-coloured pixels anywhere in the map area.
static int hotspotPixelsInMap(const Shot &shot)
{
    const QJsonObject map = shot.view[QStringLiteral("map")].toObject();
    const QRect area(map[QStringLiteral("x")].toInt(), map[QStringLiteral("y")].toInt(), map[QStringLiteral("width")].toInt(),
                     map[QStringLiteral("height")].toInt());
    int count = 0;
    for (int y = area.top(); y <= area.bottom(); ++y)
        for (int x = area.left(); x <= area.right(); ++x)
            count += shot.image.rect().contains(x, y) && isHotspotColour(shot.image.pixelColor(x, y)) ? 1 : 0;
    return count;
}

void TestMapOverlayEndToEnd::hotspotIn3d()
{
    // The perspective view: the surface lies on the ground there too. The schools' orange
    // triangles are warm as well, so the dispatcher's picture (same view, no overlays) is the
    // baseline.
    const Shot police = screenshot(QStringLiteral("police-liaison-3d"), QStringLiteral("pol"), "police-pass-42", QStringLiteral("3d"));
    const Shot dispatcher = screenshot(QStringLiteral("mobility-dispatcher-3d"), QStringLiteral("disp"), "dispatcher-pass-42",
                                       QStringLiteral("3d"));
    QVERIFY(!police.image.isNull() && !dispatcher.image.isNull());
    QCOMPARE(police.view[QStringLiteral("viewMode")].toString(), QStringLiteral("3d"));
    const int withOverlay = hotspotPixelsInMap(police);
    const int without = hotspotPixelsInMap(dispatcher);
    qInfo("hotspot pixels in 3D: police %d, dispatcher %d", withOverlay, without);
    QVERIFY2(withOverlay > without + 100, qPrintable(QStringLiteral("police %1, dispatcher %2").arg(withOverlay).arg(without)));
}

void TestMapOverlayEndToEnd::generatedAlertsHotspotAtTheDensestCell()
{
    // A demo twin filled by the plugin's AlertGenerator (60 days up to now, around the schools).
    const QString twinPath = m_dir.filePath(QStringLiteral("generated.gpkg"));
    std::vector<geo::Point> places;
    geo::Point densest;
    {
        auto twin = safety::test::writeSafetyTwin(twinPath, true);
        const int written = safety::test::writeGeneratedAlerts(*twin, QDateTime::currentDateTimeUtc().addSecs(-600), 60.0, 7);
        QVERIFY2(written > 100, qPrintable(QString::number(written)));
        // Where the police liaison's hotspot surface peaks (the overlay's defaults: 90 days,
        // 50 m cells, 400 m bandwidth over the city's envelope).
        const core::Actor police{QStringLiteral("p"), core::Role::PoliceLiaison, {}};
        auto alerts = safety::AlertOverlaySettings().readAlerts(*twin, police);
        QVERIFY(alerts);
        geo::Envelope extent = safety::CityBoundary::fromTwin(*twin)->envelope();
        for (const safety::Alert &a : *alerts) {
            places.push_back(a.location);
            extent.expand(a.location);
        }
        const safety::DensityGrid grid = safety::KernelDensity::compute(places, extent, 50.0, 400.0);
        double best = -1;
        for (int r = 0; r < grid.rows; ++r)
            for (int c = 0; c < grid.columns; ++c)
                if (grid.value(c, r) > best) {
                    best = grid.value(c, r);
                    densest = grid.cellCentre(c, r);
                }
    }
    const QString keep = m_twin;
    m_twin = twinPath;
    const Run admin = runTool(QStringLiteral("citytwin-cli"), {QStringLiteral("account"), m_twin, QStringLiteral("init-admin"), QStringLiteral("--name"),
                                                           QStringLiteral("admin"), QStringLiteral("--password-stdin")},
                          QByteArrayLiteral("administrator-pass-42\n"));
    QVERIFY2(admin.exitCode == 0, qPrintable(admin.err));
    addAccount(QStringLiteral("pol"), QStringLiteral("police-liaison"), "police-pass-42");
    const Shot shot = screenshot(QStringLiteral("generated-police-liaison"), QStringLiteral("pol"), "police-pass-42");
    m_twin = keep;
    QVERIFY(!shot.image.isNull());
    const int hot = hotspotPixelsAround(shot.image, shot.pixel(densest));
    qInfo("generated alerts: %d, hotspot pixels around the densest cell: %d", int(places.size()), hot);
    QVERIFY2(hot > 100, qPrintable(QString::number(hot)));
}

QTEST_MAIN(TestMapOverlayEndToEnd)
#include "tst_mapoverlay_e2e.moc"
