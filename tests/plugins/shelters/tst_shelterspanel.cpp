// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
//
// The shelters panel as the console loads it: the real plugin library (its QML resources and the
// types it registers in initialise()), a twin with shelters in every state, and a session object
// that hands out the store and the operator. Screenshots of the dashboard and a shelter's detail
// go to the build folder (tests/shelters-panel-*.png).
#include "shelterstestsupport.h"

#include "fakesession.h" // tests/common

#include "messagethread.h"
#include "requestbook.h"
#include "shelterregistry.h"

#include "ct/pluginapi/domainplugin.h"
#include "ct/pluginapi/pluginregistry.h"

#include <QDir>
#include <QLocale>
#include <QQmlContext>
#include <QQmlEngine>
#include <QQuickItem>
#include <QQuickStyle>
#include <QQuickView>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace ct;
using namespace ct::shelters;

namespace {

QObject *findByObjectName(QObject *root, const QString &name)
{
    if (root->objectName() == name)
        return root;
    for (QObject *child : root->children()) {
        if (QObject *found = findByObjectName(child, name))
            return found;
    }
    if (auto *item = qobject_cast<QQuickItem *>(root)) {
        for (QQuickItem *child : item->childItems()) {
            if (QObject *found = findByObjectName(child, name))
                return found;
        }
    }
    return nullptr;
}

QObject *findDashboard(QObject *root)
{
    for (QObject *child : root->children()) {
        if (QByteArray(child->metaObject()->className()).contains("ShelterDashboard"))
            return child;
    }
    return nullptr;
}

} // namespace

class TestSheltersPanel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QQuickStyle::setStyle(QStringLiteral("Fusion")); // as the console does
        m_plugins = std::make_unique<plugin::PluginRegistry>(plugin::PluginContext{});
        m_plugins->loadFile(QStringLiteral(CITYTWIN_PLUGIN_DIR "/citytwin_plugin_shelters.so"));
        const plugin::PluginInfo *info = m_plugins->find(QStringLiteral("shelters"));
        QVERIFY(info);
        QVERIFY2(info->isLoaded(), qPrintable(info->error));
        m_panel = info->instance->panel();

        std::vector<test::TestShelter> shelters = {
            {QStringLiteral("桜中学校"), 400, true, true, true, true, true, QStringLiteral("Sakura Junior High")},
            {QStringLiteral("竹園東小学校"), 300, false, true, true, true, false, QStringLiteral("Takezono-higashi Elementary")},
            {QStringLiteral("吾妻小学校"), 250, true, true, true, true, true, QStringLiteral("Azuma Elementary")},
            {QStringLiteral("筑波大学体育館"), 600, true, false, true, true, true, QStringLiteral("Univ. of Tsukuba Gym")},
            {QStringLiteral("二の宮公園"), 120, false, false, true, true, false, QStringLiteral("Ninomiya Park")},
            {QStringLiteral("並木中等教育学校"), 350, true, true, true, true, true, QStringLiteral("Namiki Secondary")},
        };
        m_twin = test::makeTwin(m_dir.filePath(QStringLiteral("panel.gpkg")), shelters);
        // Migrations through the plugin, as the console applies them (already at version 2: no-op).
        QVERIFY(m_plugins->applyMigrations(*m_twin).isEmpty());
        ShelterRegistry r(*m_twin);
        RequestBook book(*m_twin);
        MessageThread thread(*m_twin);
        const core::Actor sys = test::system();
        auto open = [&](qint64 fid, int people) {
            QVERIFY(r.transition(sys, fid, ShelterStatus::Opening).ok());
            QVERIFY(r.transition(sys, fid, ShelterStatus::Open).ok());
            QVERIFY(r.checkIn(sys, fid, people).ok());
        };
        open(1, 352);          // 88 %: critical
        open(2, 150);          // 50 %: moderate
        open(3, 260);          // over capacity
        QVERIFY(r.transition(sys, 3, ShelterStatus::Full).ok());
        QVERIFY(r.transition(sys, 4, ShelterStatus::Opening).ok());
        open(6, 40);
        QVERIFY(r.setPower(sys, 2, PowerSource::None).ok());
        QVERIFY(r.setPower(sys, 6, PowerSource::FuelCellBus).ok());
        QVERIFY(r.setMedicalCount(sys, 1, QStringLiteral("oxygen"), 3).ok());
        QVERIFY(r.setMedicalCount(sys, 1, QStringLiteral("dialysis"), 2).ok());
        for (const char *item : {"water", "food", "toilet_bags", "diapers", "baby_formula"})
            QVERIFY(r.setStock(sys, 1, QString::fromLatin1(item), 5000).ok());
        QVERIFY(r.setStock(sys, 1, QStringLiteral("blankets"), 300).ok());
        QVERIFY(r.setStock(sys, 1, QStringLiteral("medical_kits"), 4).ok());
        QVERIFY(book.create(test::staff(1), 1, RequestKind::Supplies, QStringLiteral("for tonight"), QStringLiteral("blankets"), 60.0).ok());
        QVERIFY(book.create(test::staff(3), 3, RequestKind::Staff, QStringLiteral("two nurses")).ok());
        const qint64 acked = book.create(test::staff(2), 2, RequestKind::Power, QStringLiteral("generator or fuel-cell bus")).value();
        QVERIFY(book.acknowledge(sys, acked).ok());
        QVERIFY(thread.post(test::hq(), 1, QStringLiteral("How many need oxygen?")).ok());
        QVERIFY(thread.post(test::staff(1), 1, QStringLiteral("Three, concentrators running. Blankets short for tonight.")).ok());
    }

    void init()
    {
        // Any warning from the panel's QML (a failed binding, a missing property) fails the test.
        QTest::failOnWarning(QRegularExpression(QStringLiteral("qrc:/citytwin/plugins/shelters/")));
    }

    void dashboardOverview()
    {
        testing::FakeSession session(m_twin.get(), test::hq());
        QQuickView view;
        view.setInitialProperties({{QStringLiteral("twin"), QVariant::fromValue<QObject *>(&session)}});
        view.setResizeMode(QQuickView::SizeRootObjectToView);
        view.setSource(m_panel);
        QVERIFY2(view.status() == QQuickView::Ready, qPrintable(errorsOf(view)));
        view.resize(380, 980);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QObject *dashboard = findDashboard(view.rootObject());
        QVERIFY(dashboard);
        QVERIFY(dashboard->property("ready").toBool());
        const QVariantMap totals = dashboard->property("totals").toMap();
        QCOMPARE(totals.value(QStringLiteral("openShelters")).toInt(), 4);
        QCOMPARE(totals.value(QStringLiteral("evacuees")).toInt(), 352 + 150 + 260 + 40);
        QCOMPARE(totals.value(QStringLiteral("noPower")).toInt(), 1);
        QCOMPARE(totals.value(QStringLiteral("openRequests")).toInt(), 3);
        QCOMPARE(totals.value(QStringLiteral("unacknowledgedRequests")).toInt(), 2);
        auto *list = dashboard->property("shelters").value<QObject *>();
        QCOMPARE(list->property("count").toInt(), 6);
        QTest::qWait(200);
        save(view, QStringLiteral("overview"));

        // Flood filter: the two flood-unsuitable shelters disappear from the list.
        list->setProperty("hazardFilter", QStringLiteral("flood"));
        QCOMPARE(list->property("count").toInt(), 4);
        list->setProperty("hazardFilter", QString());

        // The requests tab: new ones first.
        view.rootObject()->setProperty("overviewTab", 1);
        QTest::qWait(200);
        save(view, QStringLiteral("requests"));
        view.rootObject()->setProperty("overviewTab", 0);
    }

    void detailWithPermissions()
    {
        testing::FakeSession session(m_twin.get(), test::hq());
        QQuickView view;
        view.setInitialProperties({{QStringLiteral("twin"), QVariant::fromValue<QObject *>(&session)}});
        view.setResizeMode(QQuickView::SizeRootObjectToView);
        view.setSource(m_panel);
        QVERIFY2(view.status() == QQuickView::Ready, qPrintable(errorsOf(view)));
        view.resize(380, 1400);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QObject *dashboard = findDashboard(view.rootObject());
        QVERIFY(dashboard);
        QSignalSpy activated(view.rootObject(), SIGNAL(featureActivated(QString, QVariant)));
        QVERIFY(QMetaObject::invokeMethod(view.rootObject(), "openShelter", Q_ARG(QVariant, QVariant(qint64(1)))));
        QCOMPARE(activated.count(), 1);
        QObject *stack = findByObjectName(view.rootObject(), QStringLiteral("stack"));
        QVERIFY(stack);
        QTRY_COMPARE(stack->property("depth").toInt(), 2);
        QTRY_VERIFY(!stack->property("busy").toBool());
        QCOMPARE(dashboard->property("selected").toMap().value(QStringLiteral("occupancy")).toInt(), 352);
        QVariantMap may = dashboard->property("may").toMap();
        for (const char *action : {"transition", "checkin", "checkout", "stock", "power", "outage", "medical", "message", "request",
                                   "handleRequest", "confirmDelivery"})
            QVERIFY2(may.value(QString::fromLatin1(action)).toBool(), action);
        QTest::qWait(300);
        save(view, QStringLiteral("detail-hq"));

        // Closing a shelter with people inside asks first; nothing changes until confirmed.
        QObject *closeButton = findByObjectName(view.rootObject(), QStringLiteral("transition-closing"));
        QVERIFY(closeButton);
        QVERIFY(closeButton->property("enabled").toBool());
        QVERIFY(QMetaObject::invokeMethod(closeButton, "clicked"));
        QObject *confirm = findByObjectName(view.rootObject(), QStringLiteral("confirmClose"));
        QVERIFY(confirm);
        QTRY_VERIFY(confirm->property("opened").toBool());
        QTest::qWait(300);
        save(view, QStringLiteral("confirm-close"));
        QCOMPARE(dashboard->property("selected").toMap().value(QStringLiteral("status")).toString(), QStringLiteral("open"));
        QVERIFY(QMetaObject::invokeMethod(confirm, "reject"));
        QCOMPARE(dashboard->property("selected").toMap().value(QStringLiteral("status")).toString(), QStringLiteral("open"));

        // Shelter staff of shelter 2: controls of shelter 1 disabled, of shelter 2 enabled, and
        // the store refuses what the panel would not offer.
        session.signIn(test::staff(2));
        QCOMPARE(dashboard->property("operatorRole").toString(), QStringLiteral("shelter-staff"));
        may = dashboard->property("may").toMap();
        QVERIFY(!may.value(QStringLiteral("transition")).toBool());
        QVERIFY(!may.value(QStringLiteral("message")).toBool());
        QVERIFY(!closeButton->property("enabled").toBool());
        bool done = true;
        QVERIFY(QMetaObject::invokeMethod(dashboard, "checkIn", Q_RETURN_ARG(bool, done), Q_ARG(int, 1)));
        QVERIFY(!done);
        QVERIFY2(dashboard->property("errorString").toString().contains(QLatin1String("shelter-staff")),
                 qPrintable(dashboard->property("errorString").toString()));
        QTest::qWait(300);
        save(view, QStringLiteral("detail-other-staff"));
        dashboard->setProperty("selectedFid", qint64(2));
        may = dashboard->property("may").toMap();
        QVERIFY(may.value(QStringLiteral("checkin")).toBool());
        QVERIFY(may.value(QStringLiteral("request")).toBool());
        QVERIFY(!may.value(QStringLiteral("outage")).toBool());        // HQ's figure
        QVERIFY(!may.value(QStringLiteral("handleRequest")).toBool()); // HQ's decision
        QVERIFY(QMetaObject::invokeMethod(dashboard, "checkIn", Q_RETURN_ARG(bool, done), Q_ARG(int, 3)));
        QVERIFY(done);
        QCOMPARE(dashboard->property("selected").toMap().value(QStringLiteral("occupancy")).toInt(), 153);

        // A planner reads only.
        session.signIn(test::planner());
        may = dashboard->property("may").toMap();
        for (auto it = may.cbegin(); it != may.cend(); ++it) {
            if (it.key() != QLatin1String("reason"))
                QVERIFY2(!it.value().toBool(), qPrintable(it.key()));
        }
        QVERIFY(may.value(QStringLiteral("reason")).toString().contains(QLatin1String("planner")));
    }

private:
    static QString errorsOf(const QQuickView &view)
    {
        QStringList lines;
        for (const QQmlError &e : view.errors())
            lines << e.toString();
        return lines.join(QLatin1Char('\n'));
    }

    void save(QQuickView &view, const QString &name)
    {
        const QImage image = view.grabWindow();
        QVERIFY(!image.isNull());
        const QString path = QStringLiteral(CITYTWIN_BINARY_DIR "/tests/shelters-panel-%1.png").arg(name);
        QVERIFY(image.save(path));
        qInfo().noquote() << "screenshot" << path;
    }

    QTemporaryDir m_dir;
    std::unique_ptr<plugin::PluginRegistry> m_plugins;
    std::unique_ptr<store::TwinStore> m_twin;
    QUrl m_panel;
};

QTEST_MAIN(TestSheltersPanel)
#include "tst_shelterspanel.moc"
