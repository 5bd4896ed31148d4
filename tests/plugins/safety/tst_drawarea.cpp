// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
//
// Drawing notice areas on the real map under Xvfb: the map (MapView), the drawing tool over it
// and the safety panel handed that tool. Polygons are drawn with simulated clicks (a wrong
// corner taken back with Backspace, a crossing polygon refused, Esc cancels), a circle with a
// drag; the dialog names them; what is stored is compared with the ground under the clicks.
// Screenshots: <build>/tests/safety_draw_polygon.png, safety_draw_saved.png, safety_draw_radius.png.
#include "mapsession.h"
#include "safetytestsupport.h"

#include "layerlistmodel.h"
#include "mapcontroller.h"
#include "mapdrawtool.h"
#include "safetycontroller.h"
#include "safetyqmltypes.h"

#include "ct/pluginapi/layerdescriptor.h"
#include "ct/safety/areacatalogue.h"

#include <QJsonArray>
#include <QJsonObject>
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

class TestDrawArea : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<store::TwinStore> m_twin;
    std::unique_ptr<ui::LayerListModel> m_layers;
    std::unique_ptr<FakeSession> m_session;
    std::unique_ptr<QQuickView> m_view;
    ui::MapController *m_map = nullptr;
    ui::MapDrawTool *m_tool = nullptr;
    QObject *m_panel = nullptr;

    QPoint pixelOf(geo::Point p) const
    {
        const QVariantMap m = m_map->project(p.x, p.y);
        return m_map->mapToScene(QPointF(m.value(QStringLiteral("x")).toDouble(), m.value(QStringLiteral("y")).toDouble())).toPoint();
    }
    geo::Point groundOf(QPoint pixel) const
    {
        const QPointF local = m_map->mapFromScene(QPointF(pixel));
        const QVariantMap g = m_map->groundAt(local.x(), local.y());
        return {g.value(QStringLiteral("x")).toDouble(), g.value(QStringLiteral("y")).toDouble()};
    }
    void click(geo::Point p)
    {
        QTest::mouseMove(m_view.get(), pixelOf(p));
        QTest::mouseClick(m_view.get(), Qt::LeftButton, Qt::NoModifier, pixelOf(p));
    }
    /// A real mouse click on a control of the panel or a dialog.
    void clickItem(const char *name)
    {
        auto *item = qobject_cast<QQuickItem *>(child(name));
        QVERIFY2(item && item->isVisible() && item->isEnabled(), name);
        const QPoint centre = item->mapToScene(QPointF(item->width() / 2, item->height() / 2)).toPoint();
        QTest::mouseClick(m_view.get(), Qt::LeftButton, Qt::NoModifier, centre);
    }
    void key(int k)
    {
        // Straight to the tool: on a shared X display the active window is not ours to choose.
        QKeyEvent press(QEvent::KeyPress, k, Qt::NoModifier);
        QCoreApplication::sendEvent(m_tool, &press);
        QVERIFY(press.isAccepted());
    }
    QObject *child(const char *name) const
    {
        // Dialogs live in the window's overlay: search from the content item.
        return m_view->contentItem()->findChild<QObject *>(QLatin1String(name));
    }
    std::optional<SubscriptionArea> area(const QString &id) const
    {
        auto areas = AreaCatalogue::read(*m_twin);
        if (!areas)
            return std::nullopt;
        for (const auto &a : areas.value())
            if (a.areaId == id)
                return a;
        return std::nullopt;
    }
    /// Fills and saves the dialog that a finished drawing opened; returns the dialog's error.
    QString saveDialog(const QString &name, const QString &nameEn, int subscribers)
    {
        QObject *dialog = child("areaDialog");
        if (!dialog || !dialog->property("visible").toBool())
            return QStringLiteral("no dialog");
        child("areaNameField")->setProperty("text", name);
        child("areaNameEnField")->setProperty("text", nameEn);
        child("areaSubscribersBox")->setProperty("value", subscribers);
        clickItem("areaSaveButton");
        return dialog->property("error").toString();
    }

private slots:
    void initTestCase()
    {
        if (QGuiApplication::platformName() == QLatin1String("offscreen"))
            QSKIP("Qt Quick 3D draws nothing on the offscreen platform; run under xvfb-run with QT_QPA_PLATFORM=xcb");
        registerSafetyQmlTypes();
        const QString path = m_dir.filePath(QStringLiteral("draw.gpkg"));
        m_twin = test::writeSafetyTwin(path, false);
        m_layers = std::make_unique<ui::LayerListModel>();
        std::vector<ui::LayerListModel::Entry> entries;
        for (const auto &d : {plugin::LayerDescriptor::areas(QStringLiteral("boundary"), QStringLiteral("Boundary"), QStringLiteral("core"),
                                                             QStringLiteral("#f4f4ef"), QStringLiteral("#555555"), 1, 1),
                              plugin::LayerDescriptor::areas(QStringLiteral("safety_areas"), QStringLiteral("Safety notice areas"),
                                                             QStringLiteral("safety"), QStringLiteral("#e8d5f2"), QStringLiteral("#7b3fa0"), 4, 14)}) {
            ui::LayerListModel::Entry e;
            e.descriptor = d;
            e.order = d.order;
            e.visible = true;
            entries.push_back(e);
        }
        m_layers->setEntries(std::move(entries));
        m_session = std::make_unique<FakeSession>(m_twin.get(), Actor{QStringLiteral("police"), Role::PoliceLiaison, {}}, m_layers.get());

        m_view = std::make_unique<QQuickView>();
        m_view->engine()->addImportPath(QStringLiteral("qrc:/"));   // CityTwin.Ui, as the console does
        m_view->setResizeMode(QQuickView::SizeViewToRootObject);
        m_view->setInitialProperties({{QStringLiteral("session"), QVariant::fromValue<QObject *>(m_session.get())},
                                      {QStringLiteral("layerModel"), QVariant::fromValue<QObject *>(m_layers.get())},
                                      {QStringLiteral("twinPath"), path}});
        m_view->setSource(QUrl(QStringLiteral("qrc:/safetytest/drawareatest.qml")));
        QVERIFY2(m_view->status() == QQuickView::Ready, qPrintable(m_view->errors().isEmpty() ? QString() : m_view->errors().first().toString()));
        m_view->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
        QQuickItem *mapView = m_view->rootObject()->property("map").value<QQuickItem *>();
        m_map = qobject_cast<ui::MapController *>(mapView->property("controller").value<QObject *>());
        m_tool = qobject_cast<ui::MapDrawTool *>(m_view->rootObject()->property("drawTool").value<QObject *>());
        m_panel = m_view->rootObject()->property("panel").value<QObject *>();
        QVERIFY(m_map && m_tool && m_panel);
        QTRY_VERIFY_WITH_TIMEOUT(m_map->isReady(), 30000);
        // The whole 6 km city in the 800-pixel map: 10 m a pixel.
        m_map->setView(test::kMinX + test::kSize / 2, test::kMinY + test::kSize / 2, 10.0);
        m_panel->setProperty("page", 2);
    }

    void polygonByClicks()
    {
        auto *controller = m_panel->property("controller").value<SafetyController *>();
        QVERIFY(controller->mayWriteAreas());
        QVERIFY(controller->areaList().isEmpty());
        // The panel's button starts the tool.
        clickItem("drawPolygonButton");
        QVERIFY(m_tool->isActive());
        QCOMPARE(m_tool->mode(), QStringLiteral("polygon"));
        QCOMPARE(m_tool->owner(), QStringLiteral("safety"));
        QVERIFY(m_tool->hasActiveFocus());   // Backspace, Enter and Esc come to the tool

        const std::vector<geo::Point> corners{{21000, 7000}, {23500, 7200}, {23800, 9500}, {21200, 9800}};
        for (const geo::Point &c : corners)
            click(c);
        click({25500, 11500});   // a wrong corner …
        QCOMPARE(m_tool->vertices().size(), std::size_t(5));
        key(Qt::Key_Backspace);   // … taken back
        QCOMPARE(m_tool->vertices().size(), std::size_t(4));
        QSignalSpy cursor(m_tool, &ui::MapDrawTool::cursorMoved);   // for the status bar while drawing
        QTest::mouseMove(m_view.get(), pixelOf({22300, 8800}));   // the rubber band follows the pointer
        QVERIFY(cursor.count() >= 1);
        QVERIFY(cursor.last().at(2).toBool());
        QVERIFY(std::hypot(cursor.last().at(0).toDouble() - 22300, cursor.last().at(1).toDouble() - 8800) < 15);
        QTest::qWait(150);
        const QString shot = QStringLiteral(CITYTWIN_BINARY_DIR "/tests/safety_draw_polygon.png");
        QVERIFY(m_view->grabWindow().save(shot));
        qInfo("screenshot: %s", qPrintable(shot));

        // Enter finishes; the dialog asks for the names and subscribers.
        QSignalSpy finished(m_tool, &ui::MapDrawTool::finished);
        key(Qt::Key_Return);
        QCOMPARE(finished.count(), 1);
        QVERIFY(!m_tool->isActive());
        const QVariantMap shape = finished.at(0).at(1).toMap();
        QCOMPARE(shape.value(QStringLiteral("kind")).toString(), QStringLiteral("polygon"));
        // WGS84 by PROJ: Tsukuba is near 140.1 E, 36.1 N.
        const QVariantMap first = shape.value(QStringLiteral("wgs84")).toList().value(0).toMap();
        QVERIFY(std::abs(first.value(QStringLiteral("lon")).toDouble() - 140.1) < 0.3);
        QVERIFY(std::abs(first.value(QStringLiteral("lat")).toDouble() - 36.1) < 0.3);

        QCOMPARE(saveDialog(QStringLiteral("竹園1丁目"), QStringLiteral("Takezono 1"), 240), QString());
        QVERIFY(!child("areaDialog")->property("visible").toBool());
        const auto saved = area(QStringLiteral("drawn-1"));
        QVERIFY(saved);
        QCOMPARE(saved->kind, SubscriptionArea::Kind::Polygon);
        QCOMPARE(saved->name, QStringLiteral("竹園1丁目"));
        QCOMPARE(saved->nameEn, QStringLiteral("Takezono 1"));
        QCOMPARE(saved->subscribers, qint64(240));
        // The stored corners are the ground under the clicked pixels (within a pixel of the aim).
        const auto ring = saved->polygon.ring(0);
        QCOMPARE(int(ring.size()), 5);   // closed
        for (std::size_t i = 0; i < corners.size(); ++i) {
            const geo::Point underClick = groundOf(pixelOf(corners[i]));
            QVERIFY2(std::hypot(ring[i].x - underClick.x, ring[i].y - underClick.y) < 0.5,
                     qPrintable(QStringLiteral("corner %1: %2, %3").arg(i).arg(ring[i].x).arg(ring[i].y)));
            QVERIFY(std::hypot(ring[i].x - corners[i].x, ring[i].y - corners[i].y) < 15.0);
        }
        QCOMPARE(controller->areaList().size(), 1);
        // Audited, with the shape in WGS84.
        const auto audit = m_twin->auditLog(1).front();
        QCOMPARE(audit.action, QStringLiteral("safety.areas.write"));
        QCOMPARE(audit.operatorName, QStringLiteral("police"));
        QCOMPARE(audit.after.value(QStringLiteral("shape")).toObject().value(QStringLiteral("ring_wgs84")).toArray().size(), 5);

        QTest::qWait(300);
        const QString savedShot = QStringLiteral(CITYTWIN_BINARY_DIR "/tests/safety_draw_saved.png");
        QVERIFY(m_view->grabWindow().save(savedShot));
        qInfo("screenshot: %s", qPrintable(savedShot));
        // The saved area is drawn on the map: the layer's fill inside, the background outside.
        const QImage image = m_view->grabWindow();
        const QColor inside = image.pixelColor(pixelOf({22400, 8400}) * image.devicePixelRatio());
        QVERIFY2(inside.blue() > inside.green() + 10, qPrintable(inside.name()));   // lilac #e8d5f2-ish
    }

    void crossingPolygonIsRefusedAndEscCancels()
    {
        QVERIFY(m_tool->start(QStringLiteral("polygon"), QStringLiteral("safety")));
        for (const geo::Point &c : {geo::Point{21000, 10000}, geo::Point{23000, 11500}, geo::Point{23000, 10000}, geo::Point{21500, 11200}})
            click(c);
        QSignalSpy finished(m_tool, &ui::MapDrawTool::finished);
        key(Qt::Key_Return);
        QCOMPARE(finished.count(), 0);
        QVERIFY(m_tool->isActive());
        QVERIFY(m_tool->hintIsProblem());
        QVERIFY2(m_tool->hint().contains(QStringLiteral("cross")), qPrintable(m_tool->hint()));
        QSignalSpy cancelled(m_tool, &ui::MapDrawTool::cancelled);
        key(Qt::Key_Escape);
        QCOMPARE(cancelled.count(), 1);
        QVERIFY(!m_tool->isActive());
        // Idle, the tool lets clicks through to the map.
        QCOMPARE(m_tool->acceptedMouseButtons(), Qt::NoButton);
        QSignalSpy mapClicks(m_map, &ui::MapController::featureClicked);
        QTest::mouseClick(m_view.get(), Qt::LeftButton, Qt::NoModifier, pixelOf({24500, 7500}));
        QCOMPARE(mapClicks.count(), 1);
    }

    void outsideTheCityIsRefusedInTheDialog()
    {
        QVERIFY(m_tool->start(QStringLiteral("polygon"), QStringLiteral("safety")));
        // The city ends at x = 26000: the second corner lies beyond.
        for (const geo::Point &c : {geo::Point{24000, 7000}, geo::Point{26500, 7200}, geo::Point{25000, 8500}})
            click(c);
        // A double click on the last corner finishes too.
        QTest::mouseDClick(m_view.get(), Qt::LeftButton, Qt::NoModifier, pixelOf({25000, 8500}));
        QVERIFY(!m_tool->isActive());
        const int audits = int(m_twin->auditLog(1000).size());
        const QString error = saveDialog(QStringLiteral("外"), QString(), 5);
        QVERIFY2(error.contains(QStringLiteral("outside the city")), qPrintable(error));
        QVERIFY(child("areaDialog")->property("visible").toBool());   // stays open to be discarded
        QVERIFY(!area(QStringLiteral("drawn-2")));
        QCOMPARE(int(m_twin->auditLog(1000).size()), audits);
        QMetaObject::invokeMethod(child("areaDialog"), "close");
    }

    void radiusByDrag()
    {
        clickItem("drawRadiusButton");
        QCOMPARE(m_tool->mode(), QStringLiteral("radius"));
        const geo::Point centre{22000, 10500};
        const QPoint from = pixelOf(centre);
        const QPoint to = pixelOf({22000 + 600, 10500});
        QTest::mousePress(m_view.get(), Qt::LeftButton, Qt::NoModifier, from);
        for (int i = 1; i <= 6; ++i)
            QTest::mouseMove(m_view.get(), from + (to - from) * i / 6);
        QVERIFY(m_tool->hint().contains(QStringLiteral(" m")));   // the radius in metres while dragging
        QVERIFY2(std::abs(m_tool->radiusMetres() - 600) < 15, qPrintable(QString::number(m_tool->radiusMetres())));
        QTest::qWait(100);
        const QString shot = QStringLiteral(CITYTWIN_BINARY_DIR "/tests/safety_draw_radius.png");
        QVERIFY(m_view->grabWindow().save(shot));
        qInfo("screenshot: %s", qPrintable(shot));
        QTest::mouseRelease(m_view.get(), Qt::LeftButton, Qt::NoModifier, to);
        QVERIFY(!m_tool->isActive());
        QCOMPARE(saveDialog(QStringLiteral("吾妻小周辺"), QStringLiteral("Around Azuma ES"), 1200), QString());
        const auto saved = area(QStringLiteral("drawn-2"));
        QVERIFY(saved);
        QCOMPARE(saved->kind, SubscriptionArea::Kind::Radius);
        QVERIFY2(std::abs(saved->radiusMetres - 600) < 15, qPrintable(QString::number(saved->radiusMetres)));
        QVERIFY(std::hypot(saved->centre.x - centre.x, saved->centre.y - centre.y) < 15);
    }

    void analysisParametersInThePanel()
    {
        // The spin boxes take their ranges from the controller and change it (remembered off here).
        auto *controller = m_panel->property("controller").value<SafetyController *>();
        controller->setRemembersParameters(false);
        m_panel->setProperty("page", 1);
        auto *box = qobject_cast<QQuickItem *>(child("bandwidthBox"));
        QVERIFY(box);
        QCOMPARE(box->property("from").toInt(), 100);
        QCOMPARE(box->property("to").toInt(), 3000);
        QCOMPARE(box->property("value").toInt(), int(controller->bandwidthMetres()));
        QCOMPARE(box->property("tip").toString().arg(100).arg(3000).contains(QStringLiteral("100–3000 m")), true);
        const double before = controller->bandwidthMetres();
        QSignalSpy refreshed(controller, &SafetyController::refreshed);
        QKeyEvent up(QEvent::KeyPress, Qt::Key_Up, Qt::NoModifier);
        QCoreApplication::sendEvent(box, &up);   // as a user's arrow key: valueModified
        QCOMPARE(controller->bandwidthMetres(), before + 50);
        QTRY_VERIFY_WITH_TIMEOUT(refreshed.count() >= 1 && !controller->busy(), 20000);
        auto *cell = qobject_cast<QQuickItem *>(child("cellBox"));
        QCOMPARE(cell->property("from").toInt(), 25);
        QCOMPARE(cell->property("to").toInt(), 500);
        controller->setBandwidthMetres(before);
        QTRY_VERIFY_WITH_TIMEOUT(!controller->busy(), 20000);
        QCOMPARE(box->property("value").toInt(), int(before));   // the box follows the controller
        m_panel->setProperty("page", 2);
    }

    void deleteAsksAndIsAudited()
    {
        QObject *dialog = child("deleteAreaDialog");
        QVERIFY(dialog);
        dialog->setProperty("areaId", QStringLiteral("drawn-2"));
        dialog->setProperty("areaName", QStringLiteral("吾妻小周辺"));
        QMetaObject::invokeMethod(dialog, "open");
        QTRY_VERIFY(dialog->property("visible").toBool());
        QVERIFY(area(QStringLiteral("drawn-2")));   // nothing deleted before the answer
        QMetaObject::invokeMethod(dialog, "accept");
        QTRY_VERIFY(!area(QStringLiteral("drawn-2")));
        const auto audit = m_twin->auditLog(1).front();
        QCOMPARE(audit.action, QStringLiteral("safety.areas.write"));
        QCOMPARE(audit.target, QStringLiteral("safety_areas/drawn-2"));
        QCOMPARE(audit.before.value(QStringLiteral("name")).toString(), QStringLiteral("吾妻小周辺"));
        QVERIFY(area(QStringLiteral("drawn-1")));
    }
};

QTEST_MAIN(TestDrawArea)
#include "tst_drawarea.moc"
