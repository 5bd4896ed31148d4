// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
//
// The fleets panel as the console shows it: the plugin loaded from its file (not linked with
// ct_fleets: the plugin holds the protobuf descriptors), its Panel.qml from the plugin's
// resources, a session handing out the twin and the operator. Vehicle filters and selection
// (shared with the track overlay), the dispatcher's decisions through the panel's controller
// (audited; refused for a viewer; an infeasible override refused with the reason), the KPI
// charts. Screenshots go to the build folder.

#include "fleetsfakesession.h"

#include "ct/pluginapi/domainplugin.h"
#include "ct/pluginapi/pluginregistry.h"
#include "ct/store/twinstore.h"

#include <QLocale>
#include <QQuickItem>
#include <QQuickStyle>
#include <QQuickView>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

#include <sqlite3.h>

#include <algorithm>

using namespace ct;

namespace {

core::Actor dispatcher() { return {QStringLiteral("dispatch-sato"), core::Role::MobilityDispatcher, {}}; }
core::Actor viewer() { return {QStringLiteral("viewer-kato"), core::Role::Viewer, {}}; }

/// Waits for the dispatcher's desk to be read (it is computed on a worker thread).
bool settle(QObject *dispatch)
{
    QTest::qWait(20);
    for (int i = 0; i < 1000 && dispatch->property("busy").toBool(); ++i)
        QTest::qWait(10);
    return !dispatch->property("busy").toBool();
}

QString iso(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODate);
}

} // namespace

class TestFleetsPanel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void vehicleFiltersAndSelection();
    void dispatcherDecisions();
    void viewerMayNotDecide();
    void newRequestFromTheMap();
    void kpiCharts();

private:
    bool exec(const QString &sql);
    std::unique_ptr<QQuickView> open(fleets::test::FakeSession &session);
    void showTab(QQuickView &view, int index);
    void save(QQuickView &view, const QString &name);

    QTemporaryDir m_dir;
    std::unique_ptr<plugin::PluginRegistry> m_plugins;
    std::unique_ptr<store::TwinStore> m_twin;
    QUrl m_panel;
    qint64 m_near = 0, m_large = 0;
};

bool TestFleetsPanel::exec(const QString &sql)
{
    char *message = nullptr;
    const bool ok = sqlite3_exec(m_twin->handle(), sql.toUtf8().constData(), nullptr, nullptr, &message) == SQLITE_OK;
    if (!ok)
        qWarning() << message;
    sqlite3_free(message);
    return ok;
}

void TestFleetsPanel::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QQuickStyle::setStyle(QStringLiteral("Fusion"));
    m_plugins = std::make_unique<plugin::PluginRegistry>(plugin::PluginContext{});
    m_plugins->loadFile(QStringLiteral(CITYTWIN_PLUGIN_DIR "/citytwin_plugin_fleets.so"));
    const plugin::PluginInfo *info = m_plugins->find(QStringLiteral("fleets"));
    QVERIFY(info);
    QVERIFY2(info->isLoaded(), qPrintable(info->error));
    m_panel = info->instance->panel();
    QCOMPARE(int(info->instance->overlaySources().size()), 9); // seven kinds, the track and the planned path

    auto twin = store::TwinStore::create(m_dir.filePath(QStringLiteral("panel.gpkg")));
    QVERIFY(twin);
    m_twin = std::move(twin).value();
    QVERIFY(m_plugins->applyMigrations(*m_twin).isEmpty());
    // No roads in this twin: the desk drives straight lines at 25 km/h × 1.3.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QVERIFY(exec(QStringLiteral(
        "INSERT INTO fleet_vehicle (vehicle_id, kind, capacity, wheelchair_places, state, x, y, heading_deg, updated_at, label, energy_type, "
        "energy_level) VALUES ('ODB-01', 'on_demand_bus', 4, 0, 'idle', 1000, 1000, 45, '%1', 'Kita 1', 'battery', 0.8), "
        "('ODB-02', 'on_demand_bus', 8, 1, 'in_service', 6000, 1000, 90, '%1', 'Minami 2', 'battery', 0.15), "
        "('DN-01', 'drone', 0, 0, 'en_route', 3000, 3000, 180, '%1', 'Sora 1', 'battery', 0.5)").arg(iso(now))));
    // A short track for ODB-01 (the history trigger records each move).
    for (int i = 1; i <= 4; ++i)
        QVERIFY(exec(QStringLiteral("UPDATE fleet_vehicle SET x = %1, updated_at = '%2' WHERE vehicle_id = 'ODB-01'")
                         .arg(1000 + 100 * i).arg(iso(now.addSecs(i)))));
    QVERIFY(exec(QStringLiteral(
        "INSERT INTO fleet_request (created_at, pickup_name, pickup_x, pickup_y, dropoff_name, dropoff_x, dropoff_y, earliest_pickup, "
        "latest_arrival, passengers, wheelchair) VALUES ('%1', 'Station', 1500, 1000, 'Hospital', 3500, 1000, '%1', '%2', 2, 0)")
                     .arg(iso(now), iso(now.addSecs(3600)))));
    m_near = sqlite3_last_insert_rowid(m_twin->handle());
    QVERIFY(exec(QStringLiteral(
        "INSERT INTO fleet_request (created_at, pickup_name, pickup_x, pickup_y, dropoff_name, dropoff_x, dropoff_y, earliest_pickup, "
        "latest_arrival, passengers, wheelchair) VALUES ('%1', 'School', 5500, 1200, 'Library', 7000, 1500, '%1', '%2', 6, 0)")
                     .arg(iso(now), iso(now.addSecs(5400)))));
    m_large = sqlite3_last_insert_rowid(m_twin->handle());
}

void TestFleetsPanel::init()
{
    // Any warning from the panel's QML (a failed binding, a missing property) fails the test.
    QTest::failOnWarning(QRegularExpression(QStringLiteral("qrc:/citytwin/plugins/fleets/(Panel|Vehicle|Dispatch|Kpi)")));
}

std::unique_ptr<QQuickView> TestFleetsPanel::open(fleets::test::FakeSession &session)
{
    auto view = std::make_unique<QQuickView>();
    view->setInitialProperties({{QStringLiteral("twin"), QVariant::fromValue<QObject *>(&session)}});
    view->setResizeMode(QQuickView::SizeRootObjectToView);
    view->setSource(m_panel);
    if (view->status() != QQuickView::Ready) {
        for (const QQmlError &e : view->errors())
            qWarning().noquote() << e.toString();
        return nullptr;
    }
    view->resize(440, 900);
    view->show();
    if (!QTest::qWaitForWindowExposed(view.get()))
        return nullptr;
    return view;
}

void TestFleetsPanel::showTab(QQuickView &view, int index)
{
    auto *tabs = view.rootObject()->findChild<QObject *>(QStringLiteral("fleetsTabs"));
    QVERIFY(tabs);
    tabs->setProperty("currentIndex", index);
    QTest::qWait(200);
}

void TestFleetsPanel::save(QQuickView &view, const QString &name)
{
    const QImage image = view.grabWindow();
    QVERIFY(!image.isNull());
    const QString path = QStringLiteral(CITYTWIN_BINARY_DIR "/tests/fleets-panel-%1.png").arg(name);
    QVERIFY(image.save(path));
    qInfo().noquote() << "screenshot" << path;
}

void TestFleetsPanel::vehicleFiltersAndSelection()
{
    fleets::test::FakeSession session(m_twin.get(), dispatcher());
    auto view = open(session);
    QVERIFY(view);
    auto *fleet = view->rootObject()->findChild<QObject *>(QStringLiteral("fleetController"));
    QVERIFY(fleet);
    auto *model = fleet->property("vehicles").value<QAbstractItemModel *>();
    QVERIFY(model);
    QCOMPARE(fleet->property("total").toInt(), 3);
    QCOMPARE(model->rowCount(), 3);
    fleet->setProperty("kindFilter", QStringLiteral("drone"));
    QCOMPARE(model->rowCount(), 1);
    fleet->setProperty("kindFilter", QString());
    fleet->setProperty("stateFilter", QStringLiteral("idle"));
    QCOMPARE(model->rowCount(), 1);
    fleet->setProperty("stateFilter", QString());
    fleet->setProperty("search", QStringLiteral("minami"));
    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(model->data(model->index(0, 0), Qt::UserRole + 1).toString(), QStringLiteral("ODB-02"));
    fleet->setProperty("search", QString());
    QCOMPARE(model->rowCount(), 3);

    fleet->setProperty("selectedVehicle", QStringLiteral("ODB-01"));
    const QVariantMap selected = fleet->property("selected").toMap();
    QCOMPARE(selected.value(QStringLiteral("capacity")).toInt(), 4);
    QCOMPARE(selected.value(QStringLiteral("energyType")).toString(), QStringLiteral("battery"));
    QCOMPARE(selected.value(QStringLiteral("x")).toDouble(), 1400.0);
    QCOMPARE(fleet->property("track").toList().size(), 5);
    // The selection is shared with the track overlay, which draws those positions.
    QCOMPARE(session.viewSettings(QStringLiteral("fleets")).value(QStringLiteral("selectedVehicle")).toString(), QStringLiteral("ODB-01"));
    const plugin::PluginInfo *info = m_plugins->find(QStringLiteral("fleets"));
    const auto sources = info->instance->overlaySources();
    const auto trackSource = std::find_if(sources.begin(), sources.end(),
                                          [](const auto &s) { return s->descriptor().table == QLatin1String("fleet_track"); });
    QVERIFY(trackSource != sources.end());
    auto track = (*trackSource)->read(*m_twin, dispatcher(), session.viewSettings(QStringLiteral("fleets")));
    QVERIFY(track);
    QCOMPARE(int(track->points.size()), 5);
    QCOMPARE(track->points.back().position.x, 1400.0);
    auto buses = sources.front()->read(*m_twin, dispatcher(), {});
    QVERIFY(buses);
    QCOMPARE(int(buses->points.size()), 2);
    QCOMPARE(buses->points.front().headingDegrees, 45.0f);
    QTest::qWait(200);
    save(*view, QStringLiteral("vehicles"));
}

void TestFleetsPanel::dispatcherDecisions()
{
    fleets::test::FakeSession session(m_twin.get(), dispatcher());
    auto view = open(session);
    QVERIFY(view);
    auto *dispatch = view->rootObject()->findChild<QObject *>(QStringLiteral("dispatchController"));
    QVERIFY(dispatch);
    QVERIFY(settle(dispatch));
    QVERIFY(dispatch->property("mayAccept").toBool());
    QVERIFY(!dispatch->property("travelNote").toString().isEmpty()); // no roads: straight lines
    const QVariantList requests = dispatch->property("requests").toList();
    QCOMPARE(requests.size(), 2);
    const QVariantMap near = requests[0].toMap();
    QCOMPARE(near.value(QStringLiteral("id")).toLongLong(), m_near);
    QCOMPARE(near.value(QStringLiteral("proposedVehicle")).toString(), QStringLiteral("ODB-01"));
    QCOMPARE(requests[1].toMap().value(QStringLiteral("proposedVehicle")).toString(), QStringLiteral("ODB-02"));
    showTab(*view, 1);
    save(*view, QStringLiteral("dispatch"));

    // Six riders do not fit ODB-01's four seats: refused with the reason, nothing written.
    const auto auditBefore = m_twin->auditLog(100).size();
    bool ok = true;
    QVERIFY(QMetaObject::invokeMethod(dispatch, "overrideWith", Q_RETURN_ARG(bool, ok), Q_ARG(qint64, m_large), Q_ARG(QString, QStringLiteral("ODB-01"))));
    QVERIFY(!ok);
    QVERIFY(dispatch->property("lastFailed").toBool());
    QVERIFY2(dispatch->property("message").toString().startsWith(QStringLiteral("capacity: ODB-01 has 4 seats")),
             qPrintable(dispatch->property("message").toString()));
    QCOMPARE(m_twin->auditLog(100).size(), auditBefore);
    QVERIFY(settle(dispatch));
    const QVariantList choices = [&] {
        QVariantList list;
        QMetaObject::invokeMethod(dispatch, "choices", Q_RETURN_ARG(QVariantList, list), Q_ARG(qint64, m_large));
        return list;
    }();
    QCOMPARE(choices.size(), 2);
    QVERIFY(choices[0].toMap().value(QStringLiteral("feasible")).toBool());
    QVERIFY(!choices[1].toMap().value(QStringLiteral("feasible")).toBool());

    QVERIFY(settle(dispatch));
    QVERIFY(QMetaObject::invokeMethod(dispatch, "accept", Q_RETURN_ARG(bool, ok), Q_ARG(qint64, m_near)));
    QVERIFY(ok);
    QVERIFY(settle(dispatch));
    const auto log = m_twin->auditLog(1);
    QCOMPARE(log.front().action, QStringLiteral("fleets.dispatch.accept"));
    QCOMPARE(log.front().operatorName, QStringLiteral("dispatch-sato"));
    QCOMPARE(dispatch->property("requests").toList().size(), 1);
    QCOMPARE(dispatch->property("assigned").toList().size(), 1);
    QTest::qWait(200);
    save(*view, QStringLiteral("dispatch-accepted"));
}

void TestFleetsPanel::viewerMayNotDecide()
{
    fleets::test::FakeSession session(m_twin.get(), viewer());
    auto view = open(session);
    QVERIFY(view);
    auto *dispatch = view->rootObject()->findChild<QObject *>(QStringLiteral("dispatchController"));
    QVERIFY(dispatch);
    QVERIFY(settle(dispatch));
    QVERIFY(!dispatch->property("mayAccept").toBool());
    QVERIFY(!dispatch->property("mayReject").toBool());
    QVERIFY(!dispatch->property("refusal").toString().isEmpty());
    const auto auditBefore = m_twin->auditLog(100).size();
    bool ok = true;
    QVERIFY(QMetaObject::invokeMethod(dispatch, "reject", Q_RETURN_ARG(bool, ok), Q_ARG(qint64, m_large), Q_ARG(QString, QStringLiteral("no"))));
    QVERIFY(!ok);
    QCOMPARE(m_twin->auditLog(100).size(), auditBefore);
    // The dispatcher signs in: the same panel may decide.
    session.signIn(dispatcher());
    QVERIFY(dispatch->property("mayAccept").toBool());
    showTab(*view, 1);
    save(*view, QStringLiteral("dispatch-viewer-signed-in"));
}

void TestFleetsPanel::newRequestFromTheMap()
{
    fleets::test::FakeSession session(m_twin.get(), dispatcher());
    auto view = open(session);
    QVERIFY(view);
    showTab(*view, 1);
    auto *dispatch = view->rootObject()->findChild<QObject *>(QStringLiteral("dispatchController"));
    QVERIFY(dispatch && settle(dispatch));
    auto *form = view->rootObject()->findChild<QObject *>(QStringLiteral("newRequestForm"));
    QVERIFY(dispatch && form);
    QVERIFY(dispatch->property("mayCreate").toBool());
    form->setProperty("visible", true);
    // Map clicks reach the panel (DomainPanels calls mapPicked) and place pick-up and drop-off.
    form->setProperty("picking", QStringLiteral("pickup"));
    QVERIFY(QMetaObject::invokeMethod(view->rootObject(), "mapPicked", Q_ARG(double, 2000.0), Q_ARG(double, 1200.0)));
    form->setProperty("picking", QStringLiteral("dropoff"));
    QVERIFY(QMetaObject::invokeMethod(view->rootObject(), "mapPicked", Q_ARG(double, 4000.0), Q_ARG(double, 900.0)));
    QCOMPARE(form->property("pickup").toPointF(), QPointF(2000, 1200));
    QCOMPARE(form->property("dropoff").toPointF(), QPointF(4000, 900));
    QCOMPARE(form->property("picking").toString(), QString());
    QTest::qWait(200);
    save(*view, QStringLiteral("new-request"));

    const int open = dispatch->property("requests").toList().size();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QVariantMap request{{QStringLiteral("pickupX"), 2000.0}, {QStringLiteral("pickupY"), 1200.0}, {QStringLiteral("dropoffX"), 4000.0},
                        {QStringLiteral("dropoffY"), 900.0}, {QStringLiteral("pickupName"), QStringLiteral("Town hall")},
                        {QStringLiteral("earliestPickup"), now.addSecs(300)}, {QStringLiteral("latestArrival"), now.addSecs(360)},
                        {QStringLiteral("passengers"), 1}};
    // Six minutes from now cannot be met by a 2 km ride at 25 km/h × 1.3 starting in five.
    bool ok = true;
    QVERIFY(QMetaObject::invokeMethod(dispatch, "createRequest", Q_RETURN_ARG(bool, ok), Q_ARG(QVariantMap, request)));
    QVERIFY(!ok);
    QVERIFY2(dispatch->property("message").toString().startsWith(QStringLiteral("the latest arrival cannot be met")),
             qPrintable(dispatch->property("message").toString()));
    request.insert(QStringLiteral("latestArrival"), now.addSecs(3600));
    QVERIFY(settle(dispatch));
    QVERIFY(QMetaObject::invokeMethod(dispatch, "createRequest", Q_RETURN_ARG(bool, ok), Q_ARG(QVariantMap, request)));
    QVERIFY(ok);
    QVERIFY(settle(dispatch));
    QCOMPARE(m_twin->auditLog(1).front().action, QStringLiteral("fleets.request.create"));
    const QVariantList requests = dispatch->property("requests").toList();
    QCOMPARE(requests.size(), open + 1);
    QCOMPARE(requests.back().toMap().value(QStringLiteral("pickupName")).toString(), QStringLiteral("Town hall"));
    QVERIFY(requests.back().toMap().contains(QStringLiteral("proposedVehicle")));
}

void TestFleetsPanel::kpiCharts()
{
    fleets::test::FakeSession session(m_twin.get(), dispatcher());
    auto view = open(session);
    QVERIFY(view);
    auto *dispatch = view->rootObject()->findChild<QObject *>(QStringLiteral("dispatchController"));
    QVERIFY(dispatch && settle(dispatch));
    const QVariantList kpis = dispatch->property("kpis").toList();
    QVERIFY(kpis.size() >= 12);
    int requests = 0;
    for (const QVariant &k : kpis)
        requests += k.toMap().value(QStringLiteral("requests")).toInt();
    QCOMPARE(requests, 3); // the two written ones and the one entered in the panel
    showTab(*view, 2);
    QTest::qWait(300);
    save(*view, QStringLiteral("kpis"));
}

QTEST_MAIN(TestFleetsPanel)
#include "tst_fleetspanel.moc"
