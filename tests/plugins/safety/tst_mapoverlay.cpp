// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
//
// The safety overlays of the console's main map (AlertPointsOverlay, HotspotOverlay) per role:
// police liaison gets exact places (unpublished alerts too), HQ and planners the 100 m cell
// centres of published alerts only, a dispatcher nothing; recency fading, near-repeat marks, the
// hotspot image against the kernel density it shows, and the settings the panel shares.
#include "fakesession.h"
#include "overlaytestsupport.h"

#include "alertoverlaysettings.h"
#include "alertpointsoverlay.h"
#include "hotspotoverlay.h"
#include "safetycontroller.h"


#include "ct/safety/hotspotfinder.h"
#include "ct/safety/kerneldensity.h"
#include "ct/safety/cityboundary.h"
#include "ct/safety/locationgeneraliser.h"

#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace ct;
using namespace ct::safety;
using core::Actor;
using core::Role;
using testing::FakeSession;

namespace {

const QDateTime kNow(QDate(2026, 4, 30), QTime(3, 0), Qt::UTC);

QVariantMap settingsAt(const QDateTime &now, QVariantMap extra = {})
{
    extra.insert(QStringLiteral("now"), now);
    return extra;
}

bool samePlace(geo::Point a, geo::Point b)
{
    return std::abs(a.x - b.x) < 1e-6 && std::abs(a.y - b.y) < 1e-6;
}

const plugin::Overlay::Point *pointAt(const plugin::Overlay &o, geo::Point p)
{
    for (const auto &q : o.points)
        if (samePlace(q.position, p))
            return &q;
    return nullptr;
}

/// The console's session as the safety panel sees it: store, operator, view settings.
} // namespace

class TestMapOverlay : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void policeSeesExactPlaces();
    void commanderSeesGeneralisedPublishedOnly();
    void dispatcherGetsNothing_data();
    void dispatcherGetsNothing();
    void fadingAndNearRepeats();
    void hotspotImageIsTheDensityAboveThreshold();
    void commanderHotspotFromGeneralisedPlaces();
    void settingsChangeTheOverlays();
    void settingsRoundTrip();
    void panelSharesItsSettingsWithTheMap();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<store::TwinStore> m_twin;
    test::OverlayAlerts m_alerts;
    const Actor m_police{QStringLiteral("p"), Role::PoliceLiaison, {}};
    const Actor m_commander{QStringLiteral("hq"), Role::HqCommander, {}};
};

void TestMapOverlay::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_twin = test::writeSafetyTwin(m_dir.filePath(QStringLiteral("overlay.gpkg")), false);
    m_alerts = test::writeOverlayAlerts(*m_twin, kNow);
}

void TestMapOverlay::policeSeesExactPlaces()
{
    auto overlay = AlertPointsOverlay().read(*m_twin, m_police, settingsAt(kNow));
    QVERIFY2(overlay, overlay ? "" : qPrintable(overlay.error().toString()));
    // Cluster, the lone one and the unpublished one; not the one before the window nor the
    // retracted one.
    QCOMPARE(int(overlay->points.size()), test::kClusterAlerts + 2);
    QVERIFY(pointAt(*overlay, test::lonePlace()));
    QVERIFY(pointAt(*overlay, test::unpublishedPlace()));
    QVERIFY(overlay->raster.isNull());
    QVERIFY(!overlay->note.contains(QStringLiteral("generalised")));
}

void TestMapOverlay::commanderSeesGeneralisedPublishedOnly()
{
    auto overlay = AlertPointsOverlay().read(*m_twin, m_commander, settingsAt(kNow));
    QVERIFY2(overlay, overlay ? "" : qPrintable(overlay.error().toString()));
    QCOMPARE(int(overlay->points.size()), test::kClusterAlerts + 1);  // the unpublished one is not there
    QVERIFY(!pointAt(*overlay, test::lonePlace()));
    QVERIFY(!pointAt(*overlay, test::unpublishedPlace()));
    const geo::Point cell = LocationGeneraliser::generalise(test::lonePlace());
    QVERIFY(!samePlace(cell, test::lonePlace()));
    QVERIFY(pointAt(*overlay, cell));
    // Every symbol sits on a 100 m cell centre.
    for (const auto &p : overlay->points)
        QVERIFY2(samePlace(LocationGeneraliser::generalise(p.position), p.position),
                 qPrintable(QStringLiteral("%1 %2").arg(p.position.x).arg(p.position.y)));
    QVERIFY(overlay->note.contains(QStringLiteral("generalised")));
    // Planners read the same.
    auto planner = AlertPointsOverlay().read(*m_twin, Actor{QStringLiteral("pl"), Role::Planner, {}}, settingsAt(kNow));
    QVERIFY(planner);
    QCOMPARE(planner->points.size(), overlay->points.size());
}

void TestMapOverlay::dispatcherGetsNothing_data()
{
    QTest::addColumn<int>("role");
    QTest::newRow("mobility-dispatcher") << int(Role::MobilityDispatcher);
    QTest::newRow("shelter-staff") << int(Role::ShelterStaff);
    QTest::newRow("viewer (nobody signed in)") << int(Role::Viewer);
}

void TestMapOverlay::dispatcherGetsNothing()
{
    QFETCH(int, role);
    const Actor actor{QStringLiteral("x"), Role(role), {}};
    auto points = AlertPointsOverlay().read(*m_twin, actor, settingsAt(kNow));
    auto hotspots = HotspotOverlay().read(*m_twin, actor, settingsAt(kNow));
    QVERIFY(!points);
    QVERIFY(!hotspots);
    QCOMPARE(points.error().kind, core::Error::Kind::Refused);
}

void TestMapOverlay::fadingAndNearRepeats()
{
    auto overlay = AlertPointsOverlay().read(*m_twin, m_police, settingsAt(kNow));
    QVERIFY(overlay);
    const auto *lone = pointAt(*overlay, test::lonePlace());
    QVERIFY(lone);
    // 60 of 90 days old: a third of full opacity; not a near-repeat.
    QVERIFY2(std::abs(lone->color.alphaF() - (1.0 - 60.0 / 90.0)) < 0.01, qPrintable(QString::number(lone->color.alphaF())));
    QCOMPARE(lone->color.rgb(), AlertPointsOverlay::alertColor().rgb());
    QCOMPARE(lone->sizePixels, AlertPointsOverlay::kSymbolPixels);
    // The unpublished one is two days old: almost opaque.
    QVERIFY(pointAt(*overlay, test::unpublishedPlace())->color.alphaF() > 0.95);
    // The cluster: all but its oldest repeat an earlier alert within 200 m and 14 days.
    int repeats = 0;
    for (const auto &p : overlay->points) {
        if (std::hypot(p.position.x - test::clusterCentre().x, p.position.y - test::clusterCentre().y) > 100)
            continue;
        if (p.color.rgb() == AlertPointsOverlay::nearRepeatColor().rgb()) {
            ++repeats;
            QCOMPARE(p.sizePixels, AlertPointsOverlay::kNearRepeatPixels);
        }
    }
    QCOMPARE(repeats, test::kClusterAlerts - 1);
    // Oldest first, so the newest are drawn on top: opacity never falls along the list.
    for (std::size_t i = 1; i < overlay->points.size(); ++i)
        QVERIFY(overlay->points[i].color.alphaF() + 1e-6 >= overlay->points[i - 1].color.alphaF());
    QCOMPARE(int(overlay->legend.size()), 3);
}

void TestMapOverlay::hotspotImageIsTheDensityAboveThreshold()
{
    auto overlay = HotspotOverlay().read(*m_twin, m_police, settingsAt(kNow));
    QVERIFY2(overlay, overlay ? "" : qPrintable(overlay.error().toString()));
    QVERIFY(!overlay->raster.isNull());
    QVERIFY(overlay->points.empty());
    // The same density the panel computes: police places, the city's envelope, 50 m cells, 400 m.
    std::vector<geo::Point> places;
    for (const Alert &a : AlertOverlaySettings::fromVariantMap(settingsAt(kNow)).readAlerts(*m_twin, m_police).value())
        places.push_back(a.location);
    geo::Envelope extent = CityBoundary::fromTwin(*m_twin)->envelope();
    for (const auto &p : places)
        extent.expand(p);
    const DensityGrid grid = KernelDensity::compute(places, extent, 50.0, 400.0);
    const double threshold = HotspotFinder::defaultThreshold(grid);
    const QImage &image = overlay->raster.image;
    QCOMPARE(image.width(), grid.columns);
    QCOMPARE(image.height(), grid.rows);
    const geo::Envelope e = overlay->raster.extent;
    QCOMPARE(e.minX, grid.origin.x);
    QCOMPARE(e.minY, grid.origin.y);
    QCOMPARE(e.maxX, grid.origin.x + grid.columns * 50.0);
    // Every cell: coloured exactly when at or above the threshold; row 0 of the image is north.
    int coloured = 0;
    for (int r = 0; r < grid.rows; ++r) {
        for (int c = 0; c < grid.columns; ++c) {
            const double v = grid.value(c, r);
            const int alpha = image.pixelColor(c, grid.rows - 1 - r).alpha();
            const bool hot = v > 0 && v >= threshold;
            QVERIFY2(alpha == (hot ? HotspotOverlay::kAlpha : 0),
                     qPrintable(QStringLiteral("cell %1,%2 density %3 threshold %4 alpha %5").arg(c).arg(r).arg(v).arg(threshold).arg(alpha)));
            coloured += hot ? 1 : 0;
        }
    }
    QVERIFY(coloured > 0);
    // The densest pixel is the cluster's, in the ramp's red end; the lone alert's place is clear.
    const auto pixelOf = [&](geo::Point p) {
        return QPoint(int((p.x - e.minX) / 50.0), image.height() - 1 - int((p.y - e.minY) / 50.0));
    };
    const QColor peak = image.pixelColor(pixelOf(test::clusterCentre()));
    QVERIFY2(peak.red() > 150 && peak.green() < 120 && peak.blue() < 80, qPrintable(peak.name()));
    QCOMPARE(image.pixelColor(pixelOf(test::lonePlace())).alpha(), 0);
    QCOMPARE(int(overlay->legend.size()), 2);
}

void TestMapOverlay::commanderHotspotFromGeneralisedPlaces()
{
    auto police = HotspotOverlay().read(*m_twin, m_police, settingsAt(kNow));
    auto commander = HotspotOverlay().read(*m_twin, m_commander, settingsAt(kNow));
    QVERIFY(police && commander);
    QVERIFY(!commander->raster.isNull());
    // Built on other places (cell centres, no unpublished alert): another image, the same hotspot.
    QVERIFY(police->raster.image != commander->raster.image);
    const geo::Envelope e = commander->raster.extent;
    const QImage &image = commander->raster.image;
    const QPoint at(int((test::clusterCentre().x - e.minX) / 50.0), image.height() - 1 - int((test::clusterCentre().y - e.minY) / 50.0));
    QCOMPARE(image.pixelColor(at).alpha(), HotspotOverlay::kAlpha);
}

void TestMapOverlay::settingsChangeTheOverlays()
{
    // A 30-day window leaves out the lone alert (60 days old).
    auto shorter = AlertPointsOverlay().read(*m_twin, m_police, settingsAt(kNow, {{QStringLiteral("windowDays"), 30}}));
    QVERIFY(shorter);
    QCOMPARE(int(shorter->points.size()), test::kClusterAlerts + 1);
    QVERIFY(!pointAt(*shorter, test::lonePlace()));
    // 100 m cells: a coarser image over the same ground; a wider kernel: more cells above zero.
    auto coarse = HotspotOverlay().read(*m_twin, m_police, settingsAt(kNow, {{QStringLiteral("cellMetres"), 100.0}}));
    auto fine = HotspotOverlay().read(*m_twin, m_police, settingsAt(kNow));
    QVERIFY(coarse && fine);
    QCOMPARE(coarse->raster.image.width(), (fine->raster.image.width() + 1) / 2);
    auto wide = HotspotOverlay().read(*m_twin, m_police, settingsAt(kNow, {{QStringLiteral("bandwidthMetres"), 1500.0}}));
    QVERIFY(wide);
    QVERIFY(wide->raster.image != fine->raster.image);
    // Years later nothing is in the window: no raster, a note saying so.
    auto later = HotspotOverlay().read(*m_twin, m_police, settingsAt(kNow.addDays(400)));
    QVERIFY(later);
    QVERIFY(later->raster.isNull());
    QVERIFY(!later->note.isEmpty());
}

void TestMapOverlay::settingsRoundTrip()
{
    AlertOverlaySettings s;
    s.parameters.bandwidthMetres = 650;
    s.parameters.cellMetres = 25;
    s.parameters.windowDays = 45;
    s.parameters.nearRepeatMetres = 150;
    s.parameters.nearRepeatDays = 7;
    s.now = kNow;
    const AlertOverlaySettings back = AlertOverlaySettings::fromVariantMap(s.toVariantMap());
    QCOMPARE(back.parameters.bandwidthMetres, 650.0);
    QCOMPARE(back.parameters.cellMetres, 25.0);
    QCOMPARE(back.parameters.windowDays, 45);
    QCOMPARE(back.parameters.nearRepeatMetres, 150.0);
    QCOMPARE(back.parameters.nearRepeatDays, 7);
    QCOMPARE(back.now, kNow);
    // Nonsense and values outside the panel's ranges (AnalysisParameters) keep the defaults.
    const AlertOverlaySettings bad = AlertOverlaySettings::fromVariantMap(
        {{QStringLiteral("cellMetres"), -3}, {QStringLiteral("windowDays"), QStringLiteral("many")},
         {QStringLiteral("bandwidthMetres"), 1.0e6}});
    QCOMPARE(bad.parameters, AnalysisParameters());
    QCOMPARE(bad.parameters.cellMetres, 50.0);
    QVERIFY(!bad.now.isValid());
}

void TestMapOverlay::panelSharesItsSettingsWithTheMap()
{
    // The safety panel's controller hands its parameters to the session; the overlays read them
    // from there, so the main map shows the surface the panel describes.
    FakeSession session(m_twin.get(), m_police);
    SafetyController controller;
    controller.setTwin(&session);
    controller.setNow(kNow);
    controller.setBandwidthMetres(650);
    controller.setWindowDays(30);
    QTRY_VERIFY(!controller.property("busy").toBool());
    const QVariantMap shared = session.viewSettings(QStringLiteral("safety"));
    QCOMPARE(shared.value(QStringLiteral("bandwidthMetres")).toDouble(), 650.0);
    QCOMPARE(shared.value(QStringLiteral("windowDays")).toInt(), 30);
    QCOMPARE(shared.value(QStringLiteral("now")).toDateTime(), kNow);
    auto points = AlertPointsOverlay().read(*m_twin, session.actor(), shared);
    QVERIFY(points);
    QCOMPARE(int(points->points.size()), test::kClusterAlerts + 1);   // the 60-day-old one is out
    auto fromPanel = HotspotOverlay().read(*m_twin, session.actor(), shared);
    auto direct = HotspotOverlay().read(*m_twin, m_police,
                                        settingsAt(kNow, {{QStringLiteral("bandwidthMetres"), 650.0}, {QStringLiteral("windowDays"), 30}}));
    QVERIFY(fromPanel && direct);
    QVERIFY(fromPanel->raster.image == direct->raster.image);
}

QTEST_GUILESS_MAIN(TestMapOverlay)
#include "tst_mapoverlay.moc"
