// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
//
// The energy dashboard in the sensors panel as the console loads it (the real plugin library):
// a twin with four generated facility meters and the demo readings (EnergyDemo) ending at the
// local midnight before today, shown to a planner (may change the factor and the target) and to
// a viewer (refused by the store). Screenshot: tests/sensors-panel-energy.png in the build folder.
#include "energytestsupport.h"
#include "fakesession.h"
#include "sensorstestsupport.h"

#include "energyaccounts.h"
#include "energydemo.h"
#include "energyledger.h"

#include "ct/pluginapi/domainplugin.h"
#include "ct/pluginapi/pluginregistry.h"

#include <QDateTime>
#include <QLocale>
#include <QQuickItem>
#include <QQuickStyle>
#include <QQuickView>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace ct;
using namespace ct::sensors;

namespace {

QObject *findByObjectName(QObject *root, const QString &name)
{
    if (root->objectName() == name)
        return root;
    for (QObject *child : root->children())
        if (QObject *found = findByObjectName(child, name))
            return found;
    if (auto *item = qobject_cast<QQuickItem *>(root))
        for (QQuickItem *child : item->childItems())
            if (QObject *found = findByObjectName(child, name))
                return found;
    return nullptr;
}

core::Actor planner() { return {QStringLiteral("planner-ito"), core::Role::Planner, {}}; }
core::Actor viewer() { return {QStringLiteral("guest"), core::Role::Viewer, {}}; }

} // namespace

class TestEnergyPanel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void dashboardShowsTotalsAgainstTheTarget();
    void viewerIsRefused();

private:
    std::unique_ptr<QQuickView> open(testing::FakeSession &session);
    QObject *dashboard(QQuickView &view);

    QTemporaryDir m_dir;
    std::unique_ptr<plugin::PluginRegistry> m_plugins;
    std::unique_ptr<store::TwinStore> m_twin;
    QUrl m_panel;
};

void TestEnergyPanel::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QQuickStyle::setStyle(QStringLiteral("Fusion"));
    m_plugins = std::make_unique<plugin::PluginRegistry>(plugin::PluginContext{});
    m_plugins->loadFile(QStringLiteral(CITYTWIN_PLUGIN_DIR "/citytwin_plugin_sensors.so"));
    const plugin::PluginInfo *info = m_plugins->find(QStringLiteral("sensors"));
    QVERIFY(info);
    QVERIFY2(info->isLoaded(), qPrintable(info->error));
    m_panel = info->instance->panel();

    auto created = store::TwinStore::create(m_dir.filePath(QStringLiteral("energy.gpkg")));
    QVERIFY(created);
    m_twin = std::move(created.value());
    QVERIFY(test::writeGeneratedSites(*m_twin, {{QStringLiteral("竹園東小学校"), QStringLiteral("school")},
                                                {QStringLiteral("吾妻交流センター"), QStringLiteral("community_centre")},
                                                {QStringLiteral("つくば市役所"), QStringLiteral("public")},
                                                {QStringLiteral("谷田部中学校"), QStringLiteral("school")},
                                                {QStringLiteral("桜交流センター"), QStringLiteral("community_centre")}}));
    QVERIFY(m_plugins->applyMigrations(*m_twin).isEmpty()); // not generated: no demo data yet
    QCOMPARE(EnergyAccounts(*m_twin).meters()->size(), std::size_t(0));
    const QDate today = QDateTime::currentDateTime().toTimeZone(EnergyLedger::cityZone()).date();
    QVERIFY(m_twin->begin());
    QVERIFY(EnergyDemo::seed(*m_twin, today, 1));
    QVERIFY(m_twin->commit());
    QCOMPARE(EnergyAccounts(*m_twin).meters()->size(), std::size_t(5));
}

void TestEnergyPanel::init()
{
    QTest::failOnWarning(QRegularExpression(QStringLiteral("qrc:/citytwin/plugins/sensors/")));
}

std::unique_ptr<QQuickView> TestEnergyPanel::open(testing::FakeSession &session)
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
    view->resize(QSize(440, 1000));
    view->show();
    if (!QTest::qWaitForWindowExposed(view.get()))
        return nullptr;
    view->rootObject()->setProperty("tab", 3);
    return view;
}

QObject *TestEnergyPanel::dashboard(QQuickView &view)
{
    return findByObjectName(view.rootObject(), QStringLiteral("energyDashboard"));
}

void TestEnergyPanel::dashboardShowsTotalsAgainstTheTarget()
{
    testing::FakeSession session(m_twin.get(), planner());
    auto view = open(session);
    QVERIFY(view);
    QObject *model = nullptr;
    QTRY_VERIFY((model = dashboard(*view)) != nullptr);
    QVERIFY(model->property("ready").toBool());
    QVERIFY(model->property("mayConfigure").toBool());
    QCOMPARE(model->property("meterCount").toInt(), 5);
    QVERIFY(model->property("demoNote").toString().contains(QStringLiteral("not measurements")));
    const QVariantList series = model->property("series").toList();
    QCOMPARE(series.size(), 28);
    // The last day shown is yesterday (Japan time): the demo readings end at today's midnight.
    const QDate yesterday = QDateTime::currentDateTime().toTimeZone(EnergyLedger::cityZone()).date().addDays(-1);
    QCOMPARE(series.last().toMap().value(QStringLiteral("date")).toString(), yesterday.toString(Qt::ISODate));
    // The chart holds the same days as the store's report.
    auto report = EnergyAccounts(*m_twin).report(yesterday.addDays(-27), yesterday);
    QVERIFY(report);
    QObject *panel = findByObjectName(view->rootObject(), QStringLiteral("energyLoader"));
    QVERIFY(panel);
    QObject *energyView = panel->property("item").value<QObject *>();
    QVERIFY(energyView);
    auto *kwhSeries = energyView->property("kwhSeries").value<QObject *>();
    QCOMPARE(kwhSeries->property("count").toInt(), 28);
    QPointF last;
    QVERIFY(QMetaObject::invokeMethod(kwhSeries, "at", Q_RETURN_ARG(QPointF, last), Q_ARG(int, 27)));
    QCOMPARE(last.y(), report->city.back().kwh);
    auto *target = energyView->property("kwhTarget").value<QObject *>();
    QCOMPARE(target->property("count").toInt(), 2);
    QPointF goal;
    QVERIFY(QMetaObject::invokeMethod(target, "at", Q_RETURN_ARG(QPointF, goal), Q_ARG(int, 0)));
    QVERIFY(qFuzzyCompare(goal.y(), report->target.targetDailyKwh));
    const QVariantMap t = model->property("target").toMap();
    QVERIFY(t.value(QStringLiteral("computable")).toBool());
    QVERIFY(t.value(QStringLiteral("reductionPercent")).toDouble() > 5.0);
    QCOMPARE(model->property("facilities").toList().size(), 5);
    QVERIFY(model->property("issues").toList().size() >= 2); // the demo's outage and meter change
    QObject *summary = findByObjectName(view->rootObject(), QStringLiteral("energySummary"));
    QVERIFY(summary);
    const QString text = summary->property("text").toString();
    QVERIFY2(text.contains(QStringLiteral("from 5 meters")), qPrintable(text));
    QVERIFY2(text.contains(yesterday.addDays(-27).toString(Qt::ISODate) + QStringLiteral(" – ") + yesterday.toString(Qt::ISODate)), qPrintable(text));
    QTest::qWait(300);
    const QImage image = view->grabWindow();
    QVERIFY(!image.isNull());
    const QString path = QStringLiteral(CITYTWIN_BINARY_DIR "/tests/sensors-panel-energy.png");
    QVERIFY(image.save(path));
    qInfo().noquote() << "screenshot" << path;

    // A planner changes the factor: CO₂ follows, one audit row.
    const double kwh = model->property("totals").toMap().value(QStringLiteral("kwh")).toDouble();
    bool ok = false;
    QVERIFY(QMetaObject::invokeMethod(model, "setEmissionFactor", Q_RETURN_ARG(bool, ok), Q_ARG(double, 0.45),
                                      Q_ARG(QString, QStringLiteral("test factor"))));
    QVERIFY2(ok, qPrintable(model->property("errorString").toString()));
    QVERIFY(qFuzzyCompare(model->property("totals").toMap().value(QStringLiteral("co2Kg")).toDouble(), kwh * 0.45));
    QCOMPARE(m_twin->auditLog(1).front().action, EnergyAccounts::configureAction());
    QVERIFY(QMetaObject::invokeMethod(model, "setEmissionFactor", Q_RETURN_ARG(bool, ok), Q_ARG(double, 0.555),
                                      Q_ARG(QString, QStringLiteral("back to the default"))));
    QVERIFY(ok);
}

void TestEnergyPanel::viewerIsRefused()
{
    testing::FakeSession session(m_twin.get(), viewer());
    auto view = open(session);
    QVERIFY(view);
    QObject *model = nullptr;
    QTRY_VERIFY((model = dashboard(*view)) != nullptr);
    QVERIFY(!model->property("mayConfigure").toBool());
    const int audits = int(m_twin->auditLog(1000).size());
    bool ok = true;
    QVERIFY(QMetaObject::invokeMethod(model, "setTarget", Q_RETURN_ARG(bool, ok), Q_ARG(QString, QStringLiteral("2026-01-01")),
                                      Q_ARG(QString, QStringLiteral("2026-01-31")), Q_ARG(double, 30.0)));
    QVERIFY(!ok);
    QVERIFY(!model->property("errorString").toString().isEmpty());
    QCOMPARE(int(m_twin->auditLog(1000).size()), audits);
    QCOMPARE(EnergyAccounts(*m_twin).config()->targetPercent, 10.0);
}

QTEST_MAIN(TestEnergyPanel)
#include "tst_energypanel.moc"
