// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
//
// A recorded run's hotspots on the map under Xvfb: the real MapView with MapOverlays reading the
// safety plugin's overlay sources, and the real safety panel beside it. A month of the safety
// model is recorded by citytwin-cli into a generated twin; choosing the run in "Alerts from"
// puts its hotspots on the map (none while the source is the live alerts). Screenshot kept as
// build/…/tests/safety-recorded-run-map.png.
#include "mapsession.h"
#include "safetytestsupport.h"

#include "alertpointsoverlay.h"
#include "hotspotoverlay.h"
#include "layerlistmodel.h"
#include "mapcontroller.h"
#include "mapoverlays.h"
#include "safetycontroller.h"
#include "safetyqmltypes.h"

#include "ct/pluginapi/layerdescriptor.h"
#include "ct/safety/recordedalertreader.h"

#include <QProcess>
#include <QQmlEngine>
#include <QQuickItem>
#include <QQuickView>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtQml/qqmlextensionplugin.h>
#include <QtTest>

Q_IMPORT_QML_PLUGIN(CityTwin_UiPlugin)

using namespace ct;
using namespace ct::safety;
using core::Actor;
using core::Role;

using FakeSession = safety::test::MapSession;

namespace {

int safetyPixels(const QImage &image)
{
    // The alert symbols and the YlOrRd ramp's upper end: red well above green and blue (the
    // roads and blocks are grey). The raster itself is checked through MapOverlays::overlay().
    int n = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x) {
            const QColor c = image.pixelColor(x, y);
            n += (c.red() > 180 && c.green() < 150 && c.blue() < 100) ? 1 : 0;
        }
    return n;
}

} // namespace

class TestRecordedRunMap : public QObject
{
    Q_OBJECT

private slots:
    void hotspotsOfTheRunOnTheMap()
    {
        registerSafetyQmlTypes();
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("t.gpkg"));
        test::writeSafetyTwin(path).reset();
        QProcess cli;
        cli.start(QStringLiteral(CITYTWIN_BINARY_DIR "/bin/citytwin-cli"),
                  {QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("simulate"),
                   QStringLiteral(CITYTWIN_SOURCE_DIR "/data/scenarios/safety-month.json"), QStringLiteral("--twin"), path,
                   QStringLiteral("--record"), QStringLiteral("--sample-interval"), QStringLiteral("24:00")});
        QVERIFY(cli.waitForFinished(300000));
        QVERIFY2(cli.exitCode() == 0, cli.readAllStandardError().constData());
        auto twin = store::TwinStore::open(path);
        QVERIFY(twin);
        auto runs = RecordedAlertReader(*twin.value()).runs();
        QVERIFY(runs && runs->size() == 1);

        ui::LayerListModel layers;
        std::vector<ui::LayerListModel::Entry> entries;
        for (const auto &d : {plugin::LayerDescriptor::areas(QStringLiteral("boundary"), QStringLiteral("Boundary"), QStringLiteral("core"),
                                                             QStringLiteral("#f4f4ef"), QStringLiteral("#555555"), 1, 1),
                              plugin::LayerDescriptor::lines(QStringLiteral("roads"), QStringLiteral("Roads"), QStringLiteral("core"),
                                                             QStringLiteral("#9a9a9a"), 2, 5)}) {
            ui::LayerListModel::Entry e;
            e.descriptor = d;
            e.order = d.order;
            e.visible = true;
            entries.push_back(e);
        }
        layers.setEntries(std::move(entries));
        FakeSession session(twin->get(), Actor{QStringLiteral("hq"), Role::HqCommander, {}}, &layers);

        QQuickView view;
        view.engine()->addImportPath(QStringLiteral("qrc:/"));
        view.setResizeMode(QQuickView::SizeViewToRootObject);
        view.setInitialProperties({{QStringLiteral("session"), QVariant::fromValue<QObject *>(&session)},
                                   {QStringLiteral("layerModel"), QVariant::fromValue<QObject *>(&layers)},
                                   {QStringLiteral("twinPath"), path}});
        view.setSource(QUrl(QStringLiteral("qrc:/safetytest/recordedrunmap.qml")));
        QVERIFY2(view.status() == QQuickView::Ready, qPrintable(view.errors().isEmpty() ? QString() : view.errors().first().toString()));
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        auto *overlays = qobject_cast<ui::MapOverlays *>(view.rootObject()->property("overlays").value<QObject *>());
        QQuickItem *mapView = view.rootObject()->property("map").value<QQuickItem *>();
        auto *map = qobject_cast<ui::MapController *>(mapView->property("controller").value<QObject *>());
        QObject *panel = view.rootObject()->property("panel").value<QObject *>();
        QVERIFY(overlays && map && panel);
        overlays->setSources({std::make_shared<AlertPointsOverlay>(), std::make_shared<HotspotOverlay>()});
        QTRY_VERIFY_WITH_TIMEOUT(map->isReady(), 30000);
        map->setView(test::kMinX + test::kSize / 2, test::kMinY + test::kSize / 2, 10.0);
        overlays->refresh();
        QTest::qWait(500);
        const int liveHot = safetyPixels(view.grabWindow().copy(0, 0, 800, 800));

        auto *controller = panel->property("controller").value<SafetyController *>();
        QVERIFY(controller);
        const int before = overlays->revision();
        controller->setSourceRunId(runs->front().id);
        QTRY_VERIFY(overlays->revision() > before);
        const plugin::Overlay *hot = overlays->overlay(HotspotOverlay().descriptor().table);
        QVERIFY(hot && !hot->raster.isNull());
        panel->setProperty("page", 1);
        QTest::qWait(800);
        const QImage shot = view.grabWindow();
        QVERIFY(shot.save(QStringLiteral(CITYTWIN_BINARY_DIR "/tests/safety-recorded-run-map.png")));
        const int runHot = safetyPixels(shot.copy(0, 0, 800, 800));
        QVERIFY2(runHot > 200 && liveHot < 20, qPrintable(QStringLiteral("%1 %2").arg(runHot).arg(liveHot)));
    }
};

QTEST_MAIN(TestRecordedRunMap)
#include "tst_recordedrunmap.moc"
