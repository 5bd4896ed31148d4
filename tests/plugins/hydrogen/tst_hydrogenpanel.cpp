// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
//
// The hydrogen panel as the console shows it, under Xvfb: the real plugin libraries (QML
// resources, the types registered in initialise()), the console's TwinSession with a signed-in
// operator, a generated city in an outage. Plans power dispatch, edits the plan, shows it on the
// map, accepts it through the confirmation dialog, moves an order along; checks the role limits
// and the message for a twin without the shelters view. Screenshots go to the build folder
// (tests/hydrogen-panel-*.png).
#include "outagefixture.h"

#include "twinsession.h"

#include "ct/pluginapi/domainplugin.h"
#include "ct/pluginapi/pluginregistry.h"

#include <QDir>
#include <QLocale>
#include <QQuickItem>
#include <QQuickStyle>
#include <QQuickView>
#include <QTemporaryDir>
#include <QTest>

using namespace ct;

namespace {

QObject *findController(QObject *root)
{
    for (QObject *child : root->children())
        if (QByteArray(child->metaObject()->className()).contains("PowerDispatchController"))
            return child;
    return nullptr;
}

/// A visible Button (or ToolButton) with this text, searched through the item tree.
QQuickItem *findButton(QQuickItem *root, const QString &text)
{
    if (root->property("text").toString() == text && root->metaObject()->indexOfSignal("clicked()") >= 0 && root->isVisible())
        return root;
    for (QQuickItem *child : root->childItems())
        if (QQuickItem *found = findButton(child, text))
            return found;
    return nullptr;
}

QObject *findDialog(QObject *root)
{
    for (QObject *child : root->children()) {
        if (QByteArray(child->metaObject()->className()).contains("ConfirmDialog"))
            return child;
        if (QObject *found = findDialog(child))
            return found;
    }
    return nullptr;
}

QVariantMap mapOf(QObject *object, const char *property) { return object->property(property).toMap(); }
QVariantList listOf(QObject *object, const char *property) { return object->property(property).toList(); }

} // namespace

class TestHydrogenPanel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QQuickStyle::setStyle(QStringLiteral("Fusion")); // as the console does
        m_path = m_dir.filePath(QStringLiteral("outage.gpkg"));
        hydrogen::testing::OutageOptions options;
        options.scale = 0.05;
        options.buses = 4;
        const QString error = hydrogen::testing::outageTwin(m_path, QStringLiteral(CITYTWIN_PLUGIN_DIR), options);
        QVERIFY2(error.isEmpty(), qPrintable(error));

        m_plugins = std::make_unique<plugin::PluginRegistry>(plugin::PluginContext{});
        m_plugins->loadDirectories({QStringLiteral(CITYTWIN_PLUGIN_DIR)});
        const plugin::PluginInfo *info = m_plugins->find(QStringLiteral("hydrogen"));
        QVERIFY(info);
        QVERIFY2(info->isLoaded(), qPrintable(info->error));
        m_panel = info->instance->panel();
        m_session = std::make_unique<ui::TwinSession>(*m_plugins);
        QVERIFY2(m_session->open(m_path), qPrintable(m_session->errorString()));
        m_session->setOperator(core::Actor{QStringLiteral("sato"), core::Role::HqCommander, {}});

        m_view = std::make_unique<QQuickView>();
        m_view->setResizeMode(QQuickView::SizeRootObjectToView);
        m_view->setInitialProperties({{QStringLiteral("twin"), QVariant::fromValue<QObject *>(m_session.get())}});
        m_view->setSource(m_panel);
        QVERIFY2(m_view->status() == QQuickView::Ready, qPrintable(m_view->errors().isEmpty() ? QString() : m_view->errors().front().toString()));
        m_view->resize(460, 980);
        m_view->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
        m_controller = findController(m_view->rootObject());
        QVERIFY(m_controller);
    }

    void showsTheBuses()
    {
        QTRY_VERIFY(m_controller->property("ready").toBool());
        const QVariantList buses = listOf(m_controller, "buses");
        QCOMPARE(buses.size(), 4);
        QVERIFY(m_controller->property("needViewAvailable").toBool());
        for (const QVariant &bus : buses)
            QVERIFY(bus.toMap().value(QStringLiteral("energyKwh")).toDouble() > 0.0);
        QCOMPARE(m_controller->property("operatorRole").toString(), QStringLiteral("hq-commander"));
        QVERIFY(mapOf(m_controller, "may").value(QStringLiteral("accept")).toBool());
    }

    void plansWithProgressAndShowsTheTable()
    {
        QQuickItem *plan = findButton(m_view->rootObject(), QStringLiteral("Plan power dispatch"));
        QVERIFY(plan);
        QVERIFY(plan->isEnabled());
        QMetaObject::invokeMethod(plan, "clicked");
        QVERIFY(m_controller->property("busy").toBool());
        QTRY_VERIFY_WITH_TIMEOUT(m_controller->property("hasPlan").toBool(), 60000);
        QVERIFY(!m_controller->property("busy").toBool());
        const QVariantList rows = listOf(m_controller, "planRows");
        QVERIFY(!rows.isEmpty());
        const QVariantMap summary = mapOf(m_controller, "planSummary");
        QVERIFY(summary.value(QStringLiteral("coveredPersonHours")).toDouble() > 0.0);
        QVERIFY(summary.value(QStringLiteral("coveredPersonHours")).toDouble()
                >= summary.value(QStringLiteral("baselinePersonHours")).toDouble() - 1e-6);
        QVERIFY2(!m_controller->property("statusIsError").toBool(), qPrintable(m_controller->property("statusText").toString()));
        m_rowsBefore = rows.size();
        QTest::qWait(300);
        save(QStringLiteral("plan"));
    }

    void editsThePlan()
    {
        const QVariantList rows = listOf(m_controller, "planRows");
        const QVariantMap first = rows.front().toMap();
        QString other;
        for (const QVariant &bus : listOf(m_controller, "buses"))
            if (bus.toMap().value(QStringLiteral("busId")) != first.value(QStringLiteral("busId")) && bus.toMap().value(QStringLiteral("available")).toBool())
                other = bus.toMap().value(QStringLiteral("busId")).toString();
        QVERIFY(!other.isEmpty());
        bool moved = false;
        QMetaObject::invokeMethod(m_controller, "reassignStop", Q_RETURN_ARG(bool, moved), Q_ARG(int, 0), Q_ARG(QString, other));
        // Either moved, or refused with a reason (the other bus may lack the energy).
        if (moved) {
            QVERIFY(mapOf(m_controller, "planSummary").value(QStringLiteral("edited")).toBool());
            bool found = false;
            for (const QVariant &row : listOf(m_controller, "planRows"))
                found = found || (row.toMap().value(QStringLiteral("busId")) == other
                                  && row.toMap().value(QStringLiteral("target")) == first.value(QStringLiteral("target")));
            QVERIFY(found);
        } else {
            QVERIFY(m_controller->property("statusIsError").toBool());
            QVERIFY(m_controller->property("statusText").toString().startsWith(QStringLiteral("Not changed")));
        }
        const int before = listOf(m_controller, "planRows").size();
        bool removed = false;
        QMetaObject::invokeMethod(m_controller, "cancelStop", Q_RETURN_ARG(bool, removed), Q_ARG(int, before - 1));
        QVERIFY(removed);
        QCOMPARE(listOf(m_controller, "planRows").size(), before - 1);
    }

    void showsThePlanOnTheMap()
    {
        QVERIFY(!m_session->store()->hasLayer(QStringLiteral("power_plan_route")));
        QQuickItem *show = findButton(m_view->rootObject(), QStringLiteral("Show on map"));
        QVERIFY(show);
        QMetaObject::invokeMethod(show, "clicked");
        QVERIFY2(m_session->store()->hasLayer(QStringLiteral("power_plan_stop")), qPrintable(m_controller->property("statusText").toString()));
        QCOMPARE(m_session->store()->layer(QStringLiteral("power_plan_stop"))->featureCount, qint64(listOf(m_controller, "planRows").size()));
        // The session re-read its layers: the plan layers are listed with the plugin's styles.
        bool listed = false;
        auto *layers = m_session->layers();
        for (int row = 0; row < layers->rowCount(); ++row)
            listed = listed || layers->data(layers->index(row, 0), Qt::DisplayRole).toString().contains(QStringLiteral("Power plan"))
                     || layers->index(row, 0).data(Qt::UserRole + 1).toString() == QLatin1String("power_plan_stop");
        QVERIFY(listed);
        QVERIFY(m_controller->property("hasPlan").toBool());   // the proposal stays after the reload
    }

    void acceptsThroughTheConfirmation()
    {
        const int stops = mapOf(m_controller, "planSummary").value(QStringLiteral("stops")).toInt();
        QQuickItem *accept = findButton(m_view->rootObject(), QStringLiteral("Accept plan"));
        QVERIFY(accept);
        QVERIFY(accept->isEnabled());
        QMetaObject::invokeMethod(accept, "clicked");
        QObject *dialog = findDialog(m_view->rootObject());
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->property("opened").toBool());
        QVERIFY(dialog->property("title").toString().contains(QStringLiteral("Accept")));
        save(QStringLiteral("confirm"));
        QVERIFY(listOf(m_controller, "orders").isEmpty());       // nothing before the answer
        QMetaObject::invokeMethod(dialog, "accept");
        QTRY_COMPARE(listOf(m_controller, "orders").size(), stops);
        QVERIFY(!m_controller->property("hasPlan").toBool());
        const auto audit = m_session->store()->auditLog(3);
        bool accepted = false;
        for (const auto &entry : audit)
            accepted = accepted || (entry.action == QLatin1String("hydrogen.accept-plan") && entry.operatorName == QLatin1String("sato"));
        QVERIFY(accepted);
        QTest::qWait(300);
        save(QStringLiteral("orders"));
        // A copy of the twin with the accepted plan and its map layers, for a look at the map
        // (citytwin --screenshot) and the report (citytwin-cli report).
        const QString copy = QStringLiteral(CITYTWIN_BINARY_DIR "/tests/hydrogen-panel-twin.gpkg");
        QFile::remove(copy);
        QCOMPARE(sqlite3_exec(m_session->store()->handle(), qPrintable(QStringLiteral("VACUUM INTO '%1'").arg(copy)), nullptr, nullptr, nullptr),
                 SQLITE_OK);
    }

    void movesAnOrderAlong()
    {
        const qint64 id = listOf(m_controller, "orders").front().toMap().value(QStringLiteral("orderId")).toLongLong();
        bool ok = false;
        QMetaObject::invokeMethod(m_controller, "setOrderState", Q_RETURN_ARG(bool, ok), Q_ARG(qint64, id), Q_ARG(QString, QStringLiteral("underway")));
        QVERIFY(ok);
        QCOMPARE(listOf(m_controller, "orders").front().toMap().value(QStringLiteral("state")).toString(), QStringLiteral("underway"));
        QMetaObject::invokeMethod(m_controller, "setOrderState", Q_RETURN_ARG(bool, ok), Q_ARG(qint64, id), Q_ARG(QString, QStringLiteral("pending")));
        QVERIFY(!ok);                                              // no way back
        QVERIFY(m_controller->property("statusIsError").toBool());
    }

    void aPlannerMayPlanButNotAccept()
    {
        m_session->setOperator(core::Actor{QStringLiteral("suzuki"), core::Role::Planner, {}});
        QTRY_COMPARE(m_controller->property("operatorRole").toString(), QStringLiteral("planner"));
        const QVariantMap may = mapOf(m_controller, "may");
        QVERIFY(!may.value(QStringLiteral("accept")).toBool());
        QVERIFY(may.value(QStringLiteral("publish")).toBool());
        QVERIFY(!may.value(QStringLiteral("setBusState")).toBool());
        QMetaObject::invokeMethod(m_controller, "planDispatch");
        QTRY_VERIFY_WITH_TIMEOUT(m_controller->property("hasPlan").toBool(), 60000);
        QQuickItem *accept = findButton(m_view->rootObject(), QStringLiteral("Accept plan"));
        QVERIFY(accept);
        QVERIFY(!accept->isEnabled());
        // Even called directly, the store refuses.
        bool ok = true;
        QMetaObject::invokeMethod(m_controller, "acceptPlan", Q_RETURN_ARG(bool, ok));
        QVERIFY(!ok);
        QVERIFY(m_controller->property("statusText").toString().contains(QStringLiteral("planner")));
        bool changed = true;
        QMetaObject::invokeMethod(m_controller, "setBusState", Q_RETURN_ARG(bool, changed), Q_ARG(QString, QStringLiteral("FCB02")),
                                  Q_ARG(QString, QStringLiteral("off")));
        QVERIFY(!changed);
        save(QStringLiteral("planner"));
    }

    void aTwinWithoutTheShelterViewSaysSo()
    {
        const QString plain = m_dir.filePath(QStringLiteral("plain.gpkg"));
        citygen::GeneratorOptions options;
        options.scale = 0.02;
        QVERIFY(citygen::CityGenerator::generate(plain, options).ok());
        // A console without the shelters plugin (it failed to load, or is not installed): only
        // the hydrogen plugin's schema, and the panel handed that console's session.
        m_onlyHydrogen = std::make_unique<plugin::PluginRegistry>(plugin::PluginContext{});
        m_onlyHydrogen->loadFile(QStringLiteral(CITYTWIN_PLUGIN_DIR "/citytwin_plugin_hydrogen.so"));
        m_otherSession = std::make_unique<ui::TwinSession>(*m_onlyHydrogen);
        QVERIFY2(m_otherSession->open(plain), qPrintable(m_otherSession->errorString()));
        m_otherSession->setOperator(core::Actor{QStringLiteral("sato"), core::Role::HqCommander, {}});
        m_view->rootObject()->setProperty("twin", QVariant::fromValue<QObject *>(m_otherSession.get()));
        QTRY_VERIFY(m_controller->property("ready").toBool());
        QVERIFY(!m_controller->property("needViewAvailable").toBool());
        QVERIFY(!m_controller->property("hasPlan").toBool());     // the other twin's proposal is gone
        QVERIFY(m_controller->property("statusText").toString().contains(QStringLiteral("shelter_power_need")));
        QQuickItem *plan = findButton(m_view->rootObject(), QStringLiteral("Plan power dispatch"));
        QVERIFY(plan);
        QVERIFY(!plan->isEnabled());
        QTest::qWait(200);
        save(QStringLiteral("no-view"));
    }

    void cleanupTestCase()
    {
        m_view.reset();
        m_otherSession.reset();
        m_session.reset();
    }

private:
    void save(const QString &name)
    {
        const QImage image = m_view->grabWindow();
        QVERIFY(!image.isNull());
        const QString file = QStringLiteral(CITYTWIN_BINARY_DIR "/tests/hydrogen-panel-%1.png").arg(name);
        QVERIFY(image.save(file));
    }

    QTemporaryDir m_dir;
    QString m_path;
    QUrl m_panel;
    std::unique_ptr<plugin::PluginRegistry> m_plugins;
    std::unique_ptr<ui::TwinSession> m_session;
    std::unique_ptr<plugin::PluginRegistry> m_onlyHydrogen;
    std::unique_ptr<ui::TwinSession> m_otherSession;
    std::unique_ptr<QQuickView> m_view;
    QObject *m_controller = nullptr;
    int m_rowsBefore = 0;
};

QTEST_MAIN(TestHydrogenPanel)
#include "tst_hydrogenpanel.moc"
