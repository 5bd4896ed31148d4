// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
//
// Clicking symbols on the console's main map, end to end under Xvfb: a twin made by the real
// citytwin-cli generate (the demo fleet) with accounts made by citytwin-cli account, and the real
// console built in this process the way citytwin's main() builds it (ApplicationContext loads the
// built plugins, Main.qml from the shell module), signed in as police liaison. Real mouse clicks:
// on a vehicle's symbol → the fleets panel is raised, its Vehicles tab shows that vehicle and the
// track overlay draws its track; on an alert the police liaison recorded through the safety
// panel's controller → the safety panel is raised with that alert selected in its list. A click
// beside every symbol changes neither selection. Screenshots: <build>/tests/e2e-mappick-*.png.
//
// Not linked with the plugins' domain libraries: the plugins run from their files.

#include "applicationcontext.h"
#include "objectsearch.h"
#include "importcontroller.h"
#include "languagecontroller.h"
#include "operatorsession.h"
#include "pluginlistmodel.h"
#include "timelinecontroller.h"
#include "twinsession.h"

#include <QJsonArray>
#include <QProcess>
#include <QQmlApplicationEngine>
#include <QQmlExtensionPlugin>
#include <QQuickItem>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QtTest>

#include <cmath>

using ct::fleets::test::findByClass;
using ct::fleets::test::findObject;
using ct::fleets::test::findByName;

Q_IMPORT_QML_PLUGIN(CityTwin_UiPlugin)
Q_IMPORT_QML_PLUGIN(CityTwin_ShellPlugin)

namespace {

const QString kBin = QStringLiteral(CITYTWIN_BINARY_DIR "/bin/");
const QByteArray kPolicePassword = "police-pass-42";

int run(const QString &program, const QStringList &arguments, const QByteArray &input = {})
{
    QProcess process;
    process.start(kBin + program, arguments);
    if (!input.isEmpty()) {
        process.write(input);
        process.closeWriteChannel();
    }
    if (!process.waitForFinished(300000))
        return -1;
    if (process.exitCode() != 0)
        qWarning().noquote() << program << process.readAllStandardError();
    return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
}

} // namespace

class TestMapPickEndToEnd : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_twin;
    std::unique_ptr<QQmlApplicationEngine> m_engine;
    std::unique_ptr<ct::app::ApplicationContext> m_context;
    QQuickWindow *m_window = nullptr;
    QQuickItem *m_map = nullptr;
    QObject *m_controller = nullptr;   // ct::ui::MapController
    QObject *m_overlays = nullptr;     // ct::ui::MapOverlays

    /// Symbols of overlay `name` as MapOverlays last read them: {id, x, y} (EPSG:6677) via the
    /// map's overlay layer, projected to window pixels with its height above the ground.
    QPoint pixelOf(double x, double y, const QString &overlay) const
    {
        double z = 0.0;
        const QList<QObject *> layers = m_controller->property("overlayLayers").value<QList<QObject *>>();
        for (QObject *l : layers)
            if (l->property("name").toString() == overlay)
                z = l->property("zOffset").toDouble();
        QVariantMap p;
        QMetaObject::invokeMethod(m_controller, "project", Q_RETURN_ARG(QVariantMap, p), Q_ARG(double, x), Q_ARG(double, y), Q_ARG(double, z));
        auto *item = qobject_cast<QQuickItem *>(m_controller);
        return item->mapToScene(QPointF(p.value(QStringLiteral("x")).toDouble(), p.value(QStringLiteral("y")).toDouble())).toPoint();
    }
    void refreshOverlays()
    {
        const int before = m_overlays->property("revision").toInt();
        QMetaObject::invokeMethod(m_overlays, "refresh");
        QTRY_VERIFY(m_overlays->property("revision").toInt() > before);
        // Two frames so that the new symbols are on screen.
        for (int i = 0; i < 2; ++i) {
            QSignalSpy swapped(m_window, &QQuickWindow::frameSwapped);
            m_window->requestUpdate();
            swapped.wait(2000);
        }
    }
    void save(const QString &name)
    {
        for (int i = 0; i < 2; ++i) {
            QSignalSpy swapped(m_window, &QQuickWindow::frameSwapped);
            m_window->requestUpdate();
            swapped.wait(2000);
        }
        const QString path = QStringLiteral(CITYTWIN_BINARY_DIR "/tests/e2e-mappick-%1.png").arg(name);
        QVERIFY(m_window->grabWindow().save(path));
        qInfo().noquote() << "screenshot" << path;
    }
    /// No overlay symbol within `pixels` of window pixel `at` (a click there reaches the ground).
    bool clearOfSymbols(QPoint at, double pixels = 30.0) const
    {
        const QList<QObject *> layers = m_controller->property("overlayLayers").value<QList<QObject *>>();
        for (QObject *l : layers) {
            QVariantList list;
            QMetaObject::invokeMethod(m_overlays, "symbols", Q_RETURN_ARG(QVariantList, list), Q_ARG(QString, l->property("name").toString()));
            for (const QVariant &v : list) {
                const QVariantMap s = v.toMap();
                if (QLineF(at, pixelOf(s.value(QStringLiteral("x")).toDouble(), s.value(QStringLiteral("y")).toDouble(),
                                       l->property("name").toString())).length() < pixels)
                    return false;
            }
        }
        return true;
    }
    /// The main map's overlay symbols that are alone within `pixels` on screen: {overlay, id, pixel}.
    struct Symbol
    {
        QString overlay, id;
        QPoint pixel;
    };
    std::vector<Symbol> symbols(const QStringList &overlays) const;

private slots:
    void initTestCase();
    void clickOnAVehicleSelectsIt();
    void clickOnAnAlertSelectsItForThePoliceLiaison();
    void plannedRobotWayAndDroneFlightOnTheMap();
    void cleanupTestCase();
};

void TestMapPickEndToEnd::initTestCase()
{
    if (QGuiApplication::platformName() == QLatin1String("offscreen"))
        QSKIP("Qt Quick 3D draws nothing on the offscreen platform; run under xvfb-run with QT_QPA_PLATFORM=xcb");
    QVERIFY(m_dir.isValid());
    m_twin = m_dir.filePath(QStringLiteral("demo.gpkg"));
    QCOMPARE(run(QStringLiteral("citytwin-cli"), {QStringLiteral("generate"), QStringLiteral("--scale"), QStringLiteral("0.1"), QStringLiteral("--seed"),
                                                  QStringLiteral("3"), QStringLiteral("--quiet"), QStringLiteral("-o"), m_twin}),
             0);
    QCOMPARE(run(QStringLiteral("citytwin-cli"), {QStringLiteral("account"), m_twin, QStringLiteral("init-admin"), QStringLiteral("--name"),
                                                  QStringLiteral("admin"), QStringLiteral("--password-stdin")},
                 "administrator-pass-42\n"),
             0);
    QCOMPARE(run(QStringLiteral("citytwin-cli"), {QStringLiteral("account"), m_twin, QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("pol"),
                                                  QStringLiteral("--role"), QStringLiteral("police-liaison"), QStringLiteral("--password-stdin")},
                 kPolicePassword + '\n'),
             0);

    // As citytwin's main() does (the plugins come from the build's plugin folder next to bin/).
    m_engine = std::make_unique<QQmlApplicationEngine>();
    m_engine->addImportPath(QStringLiteral("qrc:/"));
    m_context = std::make_unique<ct::app::ApplicationContext>(QStringList(), m_engine.get());
    m_context->languages().applyForSession(QStringLiteral("en"));
    QVERIFY2(m_context->session().open(m_twin), qPrintable(m_context->session().errorString()));
    QVERIFY2(m_context->operatorSession().signIn(QStringLiteral("pol"), QString::fromLatin1(kPolicePassword)),
             qPrintable(m_context->operatorSession().errorString()));
    QQuickStyle::setStyle(QStringLiteral("Fusion"));
    m_engine->setInitialProperties({
        {QStringLiteral("session"), QVariant::fromValue(&m_context->session())},
        {QStringLiteral("operatorSession"), QVariant::fromValue(&m_context->operatorSession())},
        {QStringLiteral("signInOnOpen"), false},
        {QStringLiteral("plugins"), QVariant::fromValue(&m_context->pluginList())},
        {QStringLiteral("languages"), QVariant::fromValue(&m_context->languages())},
        {QStringLiteral("importer"), QVariant::fromValue(&m_context->importer())},
        {QStringLiteral("timeline"), QVariant::fromValue(&m_context->timeline())},
        {QStringLiteral("initialView"), QStringLiteral("2d")},
        {QStringLiteral("initialPanel"), QStringLiteral("safety")},
        {QStringLiteral("initialLongitude"), qQNaN()},
        {QStringLiteral("initialLatitude"), qQNaN()},
        {QStringLiteral("initialMetresPerPixel"), 0.0},
        {QStringLiteral("width"), 1600},
        {QStringLiteral("height"), 1000},
    });
    m_engine->load(QUrl(QStringLiteral("qrc:/CityTwin/Shell/Main.qml")));
    QVERIFY(!m_engine->rootObjects().isEmpty());
    m_window = qobject_cast<QQuickWindow *>(m_engine->rootObjects().constFirst());
    QVERIFY(m_window);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    QTRY_VERIFY_WITH_TIMEOUT(m_window->property("mapReady").toBool(), 120000);
    m_map = qvariant_cast<QQuickItem *>(m_window->property("mapView"));
    QVERIFY(m_map);
    m_controller = qvariant_cast<QObject *>(m_map->property("controller"));
    QVERIFY(m_controller);
    m_overlays = findByClass(m_window, "ct::ui::MapOverlays");
    QVERIFY(m_overlays);
    refreshOverlays();
}

std::vector<TestMapPickEndToEnd::Symbol> TestMapPickEndToEnd::symbols(const QStringList &overlays) const
{
    // Every symbol of every overlay, for the isolation test; those of `overlays` are candidates.
    std::vector<Symbol> all;
    const QList<QObject *> layers = m_controller->property("overlayLayers").value<QList<QObject *>>();
    auto *item = qobject_cast<QQuickItem *>(m_controller);
    const QRect inside = item->mapRectToScene(QRectF(40, 40, item->width() - 80, item->height() - 80)).toRect();
    for (QObject *l : layers) {
        const QString name = l->property("name").toString();
        if (l->property("kind").toString() != QLatin1String("points") || !l->property("layerVisible").toBool())
            continue;
        QVariantList list;
        QMetaObject::invokeMethod(m_overlays, "symbols", Q_RETURN_ARG(QVariantList, list), Q_ARG(QString, name));
        for (const QVariant &v : list) {
            const QVariantMap s = v.toMap();
            all.push_back({name, s.value(QStringLiteral("id")).toString(),
                           pixelOf(s.value(QStringLiteral("x")).toDouble(), s.value(QStringLiteral("y")).toDouble(), name)});
        }
    }
    std::vector<Symbol> alone;
    for (const Symbol &s : all) {
        if (!overlays.contains(s.overlay) || s.id.isEmpty() || !inside.contains(s.pixel))
            continue;
        bool free = true;
        for (const Symbol &o : all)
            free = free && (&o == &s || QLineF(s.pixel, o.pixel).length() >= 24.0);
        if (free)
            alone.push_back(s);
    }
    return alone;
}

void TestMapPickEndToEnd::clickOnAVehicleSelectsIt()
{
    QStringList vehicleOverlays;
    for (const char *kind : {"on_demand_bus", "community_bus", "autonomous_shuttle", "personal_mobility", "delivery_robot", "drone", "mobile_supermarket"})
        vehicleOverlays << QStringLiteral("fleet_vehicles_") + QLatin1String(kind);
    const std::vector<Symbol> alone = symbols(vehicleOverlays);
    QVERIFY2(!alone.empty(), "no vehicle symbol alone on the map");
    const Symbol vehicle = alone.front();
    qInfo().noquote() << "clicking" << vehicle.overlay << vehicle.id << "at" << vehicle.pixel;
    QCOMPARE(m_window->property("openPanel").toString(), QStringLiteral("safety"));

    QTest::mouseMove(m_window, vehicle.pixel);
    QTest::mouseClick(m_window, Qt::LeftButton, Qt::NoModifier, vehicle.pixel);
    // The fleets panel is raised, its Vehicles tab shows that vehicle.
    QTRY_COMPARE(m_window->property("openPanel").toString(), QStringLiteral("fleets"));
    QObject *fleet = findByName(m_window, QStringLiteral("fleetController"));
    QVERIFY(fleet);
    QTRY_COMPARE(fleet->property("selectedVehicle").toString(), vehicle.id);
    QCOMPARE(fleet->property("selected").toMap().value(QStringLiteral("id")).toString(), vehicle.id);
    QObject *tabs = findByName(m_window, QStringLiteral("fleetsTabs"));
    QVERIFY(tabs);
    QCOMPARE(tabs->property("currentIndex").toInt(), 0);
    // The list shows its row, highlighted (scrolled into view).
    QObject *list = findByName(m_window, QStringLiteral("vehicleList"));
    QVERIFY(list);
    auto *listItem = qobject_cast<QQuickItem *>(list);
    QVERIFY(listItem);
    const auto rowInView = [&vehicle, listItem](QObject *o) {
        auto *item = qobject_cast<QQuickItem *>(o);
        if (!item || !item->isVisible() || o->property("vehicleId").toString() != vehicle.id || !o->property("highlighted").toBool())
            return false;
        const QPointF top = item->mapToItem(listItem, QPointF(0, 0));
        return top.y() >= -1.0 && top.y() + item->height() <= listItem->height() + 1.0;
    };
    QTRY_VERIFY(findObject(list, rowInView));
    // The track overlay follows the selection (the same path as a click in the list).
    refreshOverlays();
    QVariantList track;
    QMetaObject::invokeMethod(m_overlays, "symbols", Q_RETURN_ARG(QVariantList, track), Q_ARG(QString, QStringLiteral("fleet_track")));
    QVERIFY(!track.isEmpty());
    save(QStringLiteral("vehicle"));
    QVERIFY(findObject(list, rowInView)); // still in view in the picture

    // A click beside every symbol: the selection stays (nothing else is cleared).
    QTest::mouseClick(m_window, Qt::LeftButton, Qt::NoModifier, vehicle.pixel + QPoint(0, 400));
    QTest::qWait(200);
    QCOMPARE(fleet->property("selectedVehicle").toString(), vehicle.id);
}

void TestMapPickEndToEnd::clickOnAnAlertSelectsItForThePoliceLiaison()
{
    QObject *safety = findByClass(m_window, "ct::safety::SafetyController");
    QVERIFY(safety);
    // The police liaison records an alert on the map through the safety panel's controller, at a
    // ground point of the view away from every symbol (the first such point inside the city: the
    // controller refuses a place outside it and records nothing).
    auto *item = qobject_cast<QQuickItem *>(m_controller);
    const QString occurred = QDateTime::currentDateTimeUtc().addSecs(-3600).toTimeZone(QTimeZone(9 * 3600)).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    QPoint free;
    QVariantMap result;
    for (int attempt = 0; attempt < 80 && !result.value(QStringLiteral("ok")).toBool(); ++attempt) {
        const double px = item->width() * (0.15 + 0.7 * ((attempt * 7) % 40) / 40.0), py = item->height() * (0.15 + 0.7 * ((attempt * 13) % 40) / 40.0);
        const QPoint scene = item->mapToScene(QPointF(px, py)).toPoint();
        const bool clear = clearOfSymbols(scene);
        if (!clear)
            continue;
        QVariantMap place;
        QMetaObject::invokeMethod(m_controller, "groundAt", Q_RETURN_ARG(QVariantMap, place), Q_ARG(double, px), Q_ARG(double, py));
        QMetaObject::invokeMethod(safety, "recordAlert", Q_RETURN_ARG(QVariantMap, result),
                                  Q_ARG(QVariantMap, (QVariantMap{{QStringLiteral("occurredFrom"), occurred},
                                                                  {QStringLiteral("placeKind"), QStringLiteral("map-point")},
                                                                  {QStringLiteral("x"), place.value(QStringLiteral("x"))},
                                                                  {QStringLiteral("y"), place.value(QStringLiteral("y"))},
                                                                  {QStringLiteral("category"), QStringLiteral("suspicious-person")},
                                                                  {QStringLiteral("description"), QStringLiteral("e2e map pick")},
                                                                  {QStringLiteral("source"), QStringLiteral("つくば中央警察署")}})));
        free = scene;
    }
    QVERIFY2(result.value(QStringLiteral("ok")).toBool(), qPrintable(result.value(QStringLiteral("error")).toString()));
    const QString alertId = result.value(QStringLiteral("id")).toString();
    QVERIFY(!alertId.isEmpty());
    refreshOverlays();
    QVariantList alerts;
    QMetaObject::invokeMethod(m_overlays, "symbols", Q_RETURN_ARG(QVariantList, alerts), Q_ARG(QString, QStringLiteral("safety_alert_overlay")));
    bool listed = false;
    for (const QVariant &v : alerts)
        listed = listed || v.toMap().value(QStringLiteral("id")).toString() == alertId;
    QVERIFY2(listed, "the police liaison's alert is not on the map");
    QCOMPARE(safety->property("selectedAlert").toLongLong(), 0);

    QTest::mouseMove(m_window, free);
    QTest::mouseClick(m_window, Qt::LeftButton, Qt::NoModifier, free);
    QTRY_COMPARE(m_window->property("openPanel").toString(), QStringLiteral("safety"));
    QTRY_COMPARE(safety->property("selectedAlert").toString(), alertId);
    QObject *row = findByName(m_window, QStringLiteral("alertRow") + alertId);
    QVERIFY(row);
    QVERIFY(row->property("selected").toBool());
    save(QStringLiteral("alert"));
    // The vehicle stays selected in the fleets panel: each owner keeps its own pick.
    QObject *fleet = findByName(m_window, QStringLiteral("fleetController"));
    QVERIFY(!fleet->property("selectedVehicle").toString().isEmpty());
}

void TestMapPickEndToEnd::plannedRobotWayAndDroneFlightOnTheMap()
{
    // The fleets panel's Live page: its checks read the twin once the page is shown.
    QVERIFY(QMetaObject::invokeMethod(m_window->property("domainPanelsView").value<QObject *>(), "showPanel", Q_ARG(QString, QStringLiteral("fleets"))));
    QObject *tabs = findByName(m_window, QStringLiteral("fleetsTabs"));
    QVERIFY(tabs);
    tabs->setProperty("currentIndex", 3);
    QObject *robots = findByName(m_window, QStringLiteral("robotDeliveryCheck"));
    QVERIFY(robots);
    QTRY_VERIFY(!robots->property("robots").toStringList().isEmpty());

    // "Point clicked on the map": a real click on the map's ground 40 px from the robot nearest to
    // the view's centre, towards the centre (inside the city), then the page's button.
    QVariantList robotSymbols;
    QMetaObject::invokeMethod(m_overlays, "symbols", Q_RETURN_ARG(QVariantList, robotSymbols),
                              Q_ARG(QString, QStringLiteral("fleet_vehicles_delivery_robot")));
    auto *item = qobject_cast<QQuickItem *>(m_controller);
    const QPointF centre = item->mapToScene(QPointF(item->width() / 2, item->height() / 2));
    QString robot;
    QPoint robotPixel;
    for (const QVariant &v : robotSymbols) {
        const QVariantMap m = v.toMap();
        const QPoint px = pixelOf(m.value(QStringLiteral("x")).toDouble(), m.value(QStringLiteral("y")).toDouble(), QStringLiteral("fleet_vehicles_delivery_robot"));
        if (robot.isEmpty() || QLineF(px, centre).length() < QLineF(robotPixel, centre).length()) {
            robot = m.value(QStringLiteral("id")).toString();
            robotPixel = px;
        }
    }
    QVERIFY(robots->property("robots").toStringList().contains(robot));
    const QPointF towards = (centre - robotPixel) / std::max(1.0, QLineF(centre, robotPixel).length());
    QPoint target;
    for (int turn = 0; turn < 16 && target.isNull(); ++turn) {
        const double a = std::atan2(towards.y(), towards.x()) + (turn % 2 ? 1 : -1) * (turn / 2) * M_PI / 8;
        const QPoint candidate = robotPixel + QPointF(40 * std::cos(a), 40 * std::sin(a)).toPoint();
        if (clearOfSymbols(candidate, 20.0))
            target = candidate;
    }
    QVERIFY2(!target.isNull(), "no free ground near the robot");
    QTest::mouseClick(m_window, Qt::LeftButton, Qt::NoModifier, target);
    QObject *placeBox = findByName(m_window, QStringLiteral("robotPlaceBox"));
    QObject *robotBox = findByName(m_window, QStringLiteral("robotBox"));
    QVERIFY(placeBox && robotBox);
    robotBox->setProperty("currentIndex", robots->property("robots").toStringList().indexOf(robot));
    placeBox->setProperty("currentIndex", robots->property("places").toStringList().size()); // the clicked point
    QObject *button = findByName(m_window, QStringLiteral("robotCheckButton"));
    QVERIFY(button);
    QTRY_VERIFY(button->property("enabled").toBool());
    QMetaObject::invokeMethod(button, "clicked");
    QVERIFY2(robots->property("feasible").toBool(), qPrintable(robots->property("result").toString()));
    // The page's result line says it; scrolled into view for the screenshot.
    auto *resultLabel = qobject_cast<QQuickItem *>(findByName(m_window, QStringLiteral("robotCheckResult")));
    QVERIFY(resultLabel);
    QCOMPARE(resultLabel->property("text").toString(), robots->property("result").toString());
    for (QQuickItem *p = resultLabel->parentItem(); p; p = p->parentItem()) {
        if (p->inherits("QQuickFlickable")) {
            const double y = resultLabel->mapToItem(p->property("contentItem").value<QQuickItem *>(), QPointF(0, 0)).y();
            p->setProperty("contentY", std::max(0.0, y + resultLabel->height() + 40 - p->height()));
            break;
        }
    }
    qInfo().noquote() << "robot" << robot << robots->property("result").toString();
    refreshOverlays();
    QVariantList way;
    QMetaObject::invokeMethod(m_overlays, "symbols", Q_RETURN_ARG(QVariantList, way), Q_ARG(QString, QStringLiteral("fleet_planned_path")));
    QVERIFY(way.size() >= 3);
    // The way ends where the map was clicked (within the pick's pixel).
    const QVariantMap last = way.last().toMap();   // the destination's end symbol
    QVERIFY(QLineF(pixelOf(last.value(QStringLiteral("x")).toDouble(), last.value(QStringLiteral("y")).toDouble(), QStringLiteral("fleet_planned_path")),
                   target).length() <= 2.0);
    // Closer in (3 m a pixel, centred on the way) to look at it.
    auto zoomTo = [this](const QVariantList &path) {
        double minX = 1e12, minY = 1e12, maxX = -1e12, maxY = -1e12;
        for (const QVariant &v : path) {
            const QVariantMap m = v.toMap();
            minX = std::min(minX, m.value(QStringLiteral("x")).toDouble());
            maxX = std::max(maxX, m.value(QStringLiteral("x")).toDouble());
            minY = std::min(minY, m.value(QStringLiteral("y")).toDouble());
            maxY = std::max(maxY, m.value(QStringLiteral("y")).toDouble());
        }
        auto *map = qobject_cast<QQuickItem *>(m_controller);
        const double mpp = std::max({2.0, (maxX - minX) / (map->width() * 0.8), (maxY - minY) / (map->height() * 0.8)});
        QMetaObject::invokeMethod(m_controller, "setView", Q_ARG(double, (minX + maxX) / 2), Q_ARG(double, (minY + maxY) / 2), Q_ARG(double, mpp));
    };
    zoomTo(way);
    save(QStringLiteral("robot-way"));
    // Its dots are drawn in the robots' colour, darkened: look at a few of them in the picture.
    const QImage picture = m_window->grabWindow().convertToFormat(QImage::Format_RGB32);
    int drawn = 0, looked = 0;
    for (int i = 0; i < way.size(); i += std::max(1, int(way.size()) / 8)) {
        const QVariantMap p = way[i].toMap();
        const QPoint px = pixelOf(p.value(QStringLiteral("x")).toDouble(), p.value(QStringLiteral("y")).toDouble(), QStringLiteral("fleet_planned_path"));
        const qreal ratio = m_window->devicePixelRatio();
        const QColor c = picture.pixelColor(int(px.x() * ratio), int(px.y() * ratio));
        ++looked;
        // Not the map's light ground: a dark purple dot (or a robot symbol on top of it).
        drawn += c.lightness() < 170 && c.blue() > c.green() ? 1 : 0;
    }
    QVERIFY2(drawn * 10 >= looked * 7, qPrintable(QStringLiteral("%1 of %2 dots seen").arg(drawn).arg(looked)));

    // The drone flight check on the same page replaces the drawn path.
    QObject *drones = findByName(m_window, QStringLiteral("droneFlightCheck"));
    QVERIFY(drones);
    QTRY_VERIFY(!drones->property("drones").toStringList().isEmpty());
    bool flown = false;
    const QString drone = drones->property("drones").toStringList().first();
    for (int i = 0; i < drones->property("places").toStringList().size() && !flown; ++i) {
        bool ok = false;
        QMetaObject::invokeMethod(drones, "check", Q_RETURN_ARG(bool, ok), Q_ARG(QString, drone), Q_ARG(int, i), Q_ARG(bool, true));
        flown = ok;
    }
    QVERIFY2(flown, qPrintable(drones->property("result").toString()));
    refreshOverlays();
    QVariantList flight;
    QMetaObject::invokeMethod(m_overlays, "symbols", Q_RETURN_ARG(QVariantList, flight), Q_ARG(QString, QStringLiteral("fleet_planned_path")));
    QVERIFY(flight.size() >= 3);
    QVERIFY(flight != way);
    zoomTo(flight);
    save(QStringLiteral("drone-flight"));
}

void TestMapPickEndToEnd::cleanupTestCase()
{
    if (m_window)
        m_window->hide();
    m_engine.reset();
    m_context.reset();
}

QTEST_MAIN(TestMapPickEndToEnd)
#include "tst_mappicke2e.moc"
