// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
//
// The assets plugin as the console uses it: loaded from its file by the plugin registry, its
// schema (and so the inventory) applied through the registry, its panel created from the
// plugin's resources with a session (plugin::TwinAccess) and rendered under Xvfb. The planner is
// run by clicking "Plan", the table sorted by clicking a heading, the plan saved by clicking
// "Save plan" (a planner may, a viewer may not) — and a screenshot to look at.
#include "assetstestsupport.h"
#include "builtplugin.h" // tests/common
#include "fakesession.h"
#include "panelwindow.h"

#include "ct/assets/assetactions.h"
#include "ct/pluginapi/domainplugin.h"
#include "ct/pluginapi/pluginregistry.h"

#include <QAbstractItemModel>
#include <QQmlComponent>
#include <QQmlEngine>
#include <QQuickItem>
#include <QQuickWindow>
#include <QtTest>

using namespace ct::assets;
using test::scalar;

namespace {

//! By object name, through the visual children too (Repeater delegates have no QObject parent).
QQuickItem *findItem(QQuickItem *root, const char *name)
{
    if (auto *found = root->findChild<QQuickItem *>(QString::fromLatin1(name)))
        return found;
    for (QQuickItem *child : root->childItems()) {
        if (child->objectName() == QLatin1String(name))
            return child;
        if (auto *found = findItem(child, name))
            return found;
    }
    return nullptr;
}

void click(QQuickWindow &window, QQuickItem *item)
{
    QVERIFY(item);
    QTRY_VERIFY(item->isVisible() && item->width() > 0);
    // an item that just became visible is placed by its layout on the next polish: click where
    // it is once it stops moving
    QPointF previous;
    QTRY_VERIFY([&] {
        const QPointF now = item->mapToScene(QPointF(0, 0));
        const bool still = now == previous;
        previous = now;
        return still;
    }());
    const QPointF centre = item->mapToScene(QPointF(item->width() / 2, item->height() / 2));
    QTest::mouseClick(&window, Qt::LeftButton, Qt::NoModifier, centre.toPoint());
}

} // namespace

class TestAssetsPanel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QString error;
        const ct::plugin::PluginInfo *info = ct::testing::loadBuiltPlugin(m_registry, QStringLiteral("assets"), &error);
        QVERIFY2(info, qPrintable(error));
        QCOMPARE(info->capabilities, (QStringList{QStringLiteral("layers"), QStringLiteral("panel"), QStringLiteral("migrations"),
                                                  QStringLiteral("importers"), QStringLiteral("report")}));
        QCOMPARE(info->instance->importers().size(), std::size_t(1));
        QCOMPARE(info->instance->importers().front()->action(), QStringLiteral("assets.import"));
        const auto layers = info->instance->layers();
        QCOMPARE(layers.size(), std::size_t(6));
        QCOMPARE(layers[0].table, QStringLiteral("asset"));
        QCOMPARE(layers[4].table, QStringLiteral("asset_grade_4"));
        QCOMPARE(layers[4].color, QStringLiteral("#d7191c"));
        QCOMPARE(layers[5].table, QStringLiteral("asset_planned"));

        // the schema and the inventory, applied the way the console applies them
        m_twin = m_city.copyTo(m_dir.filePath(QStringLiteral("twin.gpkg")), false);
        QCOMPARE(m_registry.applyMigrations(*m_twin), QStringList());
        QCOMPARE(m_twin->schemaVersion(QStringLiteral("assets")), 1);
        QVERIFY(scalar(*m_twin, QStringLiteral("SELECT count(*) FROM asset")) > 1000);
    }

    void plannerRunsFromThePanel()
    {
        ct::testing::FakeSession session(m_twin.get(), test::actor(ct::core::Role::Planner));
        ct::testing::PanelWindow view;
        QVERIFY2(view.open(QUrl(QStringLiteral("qrc:/citytwin/plugins/assets/qml/Panel.qml")), &session, QSize(440, 1000)),
                 qPrintable(view.error()));
        QQuickWindow &window = view.window();
        QQuickItem *panel = view.panel();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        QObject *controller = view.controller();
        QVERIFY(controller);
        QVERIFY(controller->property("available").toBool());
        QCOMPARE(controller->property("assetCount").toLongLong(), scalar(*m_twin, QStringLiteral("SELECT count(*) FROM asset")));
        QVERIFY(controller->property("mayPlan").toBool());

        // the budget typed into the field, then "Plan"
        auto *budget = findItem(panel, "budgetField");
        QVERIFY(budget);
        budget->setProperty("text", QStringLiteral("150"));
        click(window, findItem(panel, "planButton"));
        QTRY_VERIFY_WITH_TIMEOUT(controller->property("hasPlan").toBool(), 30000); // planned on a worker thread
        QVERIFY(!controller->property("busy").toBool());
        QCOMPARE(controller->property("annualBudget").toDouble(), 150.0);
        const QVariantList years = controller->property("planYears").toList();
        QCOMPARE(years.size(), 5);
        for (const QVariant &y : years)
            QVERIFY(y.toMap().value(QStringLiteral("spent")).toDouble() <= 150.0);
        QVERIFY(controller->property("totalCost").toDouble() > 100.0); // the budget is used
        QVERIFY(controller->property("totalRiskReduction").toDouble() > 0.0);

        auto *model = controller->property("plan").value<QAbstractItemModel *>();
        QVERIFY(model);
        const int rows = model->rowCount();
        QVERIFY(rows > 0);
        auto *list = findItem(panel, "planList");
        QVERIFY(list);
        QTRY_COMPARE(list->property("count").toInt(), rows);
        QTRY_VERIFY(list->height() > 50);
        // sorted by risk reduction, largest first; a click on "Cost" sorts by cost, largest first
        auto value = [&](int row, const char *role) {
            return QMetaObject::invokeMethod(model, "row", Q_RETURN_ARG(QVariantMap, m_row), Q_ARG(int, row)),
                   m_row.value(QString::fromLatin1(role));
        };
        QVERIFY(value(0, "riskReduction").toDouble() >= value(rows - 1, "riskReduction").toDouble());
        click(window, findItem(panel, "sort_cost"));
        QCOMPARE(model->property("sortRole").toString(), QStringLiteral("cost"));
        for (int r = 1; r < rows; ++r)
            QVERIFY(value(r - 1, "cost").toDouble() >= value(r, "cost").toDouble());
        click(window, findItem(panel, "sort_cost"));
        QVERIFY(model->property("sortAscending").toBool());
        QVERIFY(value(0, "cost").toDouble() <= value(rows - 1, "cost").toDouble());
        click(window, findItem(panel, "sort_riskReduction"));

        // the life-cycle chart: 50 years, reactive above preventive at the end
        const QVariantList preventive = controller->property("preventiveCost").toList();
        const QVariantList reactive = controller->property("reactiveCost").toList();
        QCOMPARE(preventive.size(), 50);
        QVERIFY(reactive.last().toDouble() > preventive.last().toDouble());
        auto *chart = findItem(panel, "lifeCycleChart");
        QVERIFY(chart);
        QObject *series = chart->property("preventiveSeries").value<QObject *>();
        QVERIFY(series);
        QCOMPARE(series->property("count").toInt(), 50);

        // the outlook without maintenance: today's shares in year 0, every year sums to 1, the
        // share in IV only grows (IV is absorbing)
        const QVariantList outlook = controller->property("gradeOutlook").toList();
        QCOMPARE(outlook.size(), 4);
        const QVariantList counts = controller->property("gradeCounts").toList();
        const double assetCount = controller->property("assetCount").toDouble();
        for (int g = 0; g < 4; ++g) {
            QCOMPARE(outlook[g].toList().size(), 51);
            QVERIFY(std::abs(outlook[g].toList()[0].toDouble() - counts[g].toMap().value(QStringLiteral("count")).toDouble() / assetCount) < 1e-12);
        }
        for (int t = 0; t <= 50; ++t) {
            double sum = 0;
            for (int g = 0; g < 4; ++g)
                sum += outlook[g].toList()[t].toDouble();
            QVERIFY(std::abs(sum - 1.0) < 1e-9);
            if (t > 0)
                QVERIFY(outlook[3].toList()[t].toDouble() >= outlook[3].toList()[t - 1].toDouble());
        }

        QTest::qWait(300);
        const QImage shot = view.screenshot(QStringLiteral(CITYTWIN_BINARY_DIR "/tests/assets-panel.png"));
        QVERIFY(!shot.isNull());
        QVERIFY(ct::testing::PanelWindow::sampledColours(shot, 5) > 20);

        click(window, findItem(panel, "outlookTab"));
        auto *outlookChart = findItem(panel, "gradeOutlookChart");
        QVERIFY(outlookChart);
        QTRY_VERIFY(outlookChart->isVisible());
        QCOMPARE(outlookChart->property("seriesI").value<QObject *>()->property("count").toInt(), 51);
        QTest::qWait(300);
        QVERIFY(window.grabWindow().save(QStringLiteral(CITYTWIN_BINARY_DIR "/tests/assets-panel-outlook.png")));

        // the model editor: a bad probability is refused and named, a good one changes the
        // outlook of the next run
        click(window, findItem(panel, "modelTab"));
        QTRY_VERIFY(findItem(panel, "modelEditor")->isVisible());
        bool applied = true;
        QMetaObject::invokeMethod(controller, "setModelRow", Q_RETURN_ARG(bool, applied), Q_ARG(QString, QStringLiteral("pavement")),
                                  Q_ARG(double, 1.5), Q_ARG(double, 0.1), Q_ARG(double, 0.1));
        QVERIFY(!applied);
        QVERIFY(controller->property("errorString").toString().contains(QStringLiteral("pavement")));
        auto *toII = findItem(panel, "toII_pavement");
        QVERIFY(toII);
        toII->setProperty("text", QStringLiteral("0.2"));
        click(window, findItem(panel, "apply_pavement"));
        QTRY_COMPARE(controller->property("modelRows").toList()[1].toMap().value(QStringLiteral("toII")).toDouble(), 0.2);
        QTest::qWait(200);
        QVERIFY(window.grabWindow().save(QStringLiteral(CITYTWIN_BINARY_DIR "/tests/assets-panel-model.png")));
        const double shareIAfter10 = outlook[0].toList()[10].toDouble();
        click(window, findItem(panel, "planButton"));
        QTRY_VERIFY_WITH_TIMEOUT(controller->property("gradeOutlook").toList()[0].toList()[10].toDouble() < shareIAfter10 - 1e-6, 30000);

        // "Save plan": written, audited, the map asked to reload
        const qint64 audits = scalar(*m_twin, QStringLiteral("SELECT count(*) FROM ct_audit"));
        click(window, findItem(panel, "saveButton"));
        QTRY_COMPARE(scalar(*m_twin, QStringLiteral("SELECT count(*) FROM asset_plan")), qint64(1));
        QCOMPARE(scalar(*m_twin, QStringLiteral("SELECT count(*) FROM asset_planned")), qint64(rows));
        QCOMPARE(scalar(*m_twin, QStringLiteral("SELECT count(*) FROM ct_audit")), audits + 1);
        QCOMPARE(m_twin->auditLog(1).front().action, planAction());
        QCOMPARE(session.reloads(), 1);
        // the twin with its saved plan, kept beside the screenshot for a look at the map
        // (citytwin --twin build/tests/assets-plan.gpkg --screenshot …)
        const QByteArray keep = QByteArrayLiteral(CITYTWIN_BINARY_DIR "/tests/assets-plan.gpkg");
        QFile::remove(QString::fromUtf8(keep));
        QCOMPARE(sqlite3_exec(m_twin->handle(), ("VACUUM INTO '" + keep + "'").constData(), nullptr, nullptr, nullptr), SQLITE_OK);

        // the situation report's section: the inventory by grade and the plan just saved
        ct::plugin::ReportContext context;
        context.store = m_twin.get();
        context.language = QStringLiteral("en");
        const auto sections = m_registry.find(QStringLiteral("assets"))->instance->reportSections(context);
        QCOMPARE(sections.size(), std::size_t(1));
        QCOMPARE(sections[0].id, QStringLiteral("assets.condition"));
        QCOMPARE(sections[0].tables.size(), 1);
        QCOMPARE(sections[0].tables[0].rows.size(), 4);
        QCOMPARE(sections[0].figures[0].second, QLocale(QLocale::English).toString(controller->property("assetCount").toLongLong()));
        QVERIFY2(sections[0].paragraphs.join(QString()).contains(QStringLiteral("Latest maintenance plan 1")), qPrintable(sections[0].paragraphs.join(QString())));

        // a viewer may look but not save: the button is disabled and says why
        session.signIn(test::actor(ct::core::Role::Viewer));
        QTRY_VERIFY(!controller->property("mayPlan").toBool());
        auto *save = findItem(panel, "saveButton");
        QVERIFY(!save->isEnabled());
        QVERIFY(!controller->property("planRefusal").toString().isEmpty());
        bool saved = true;
        QMetaObject::invokeMethod(controller, "savePlan", Q_RETURN_ARG(bool, saved));
        QVERIFY(!saved);
        QVERIFY(!controller->property("errorString").toString().isEmpty());
        QCOMPARE(scalar(*m_twin, QStringLiteral("SELECT count(*) FROM asset_plan")), qint64(1));
    }

private:
    test::CityTemplate m_city;
    QTemporaryDir m_dir;
    ct::plugin::PluginRegistry m_registry{ct::plugin::PluginContext{}};
    std::unique_ptr<ct::store::TwinStore> m_twin;
    QVariantMap m_row;
};

// Qt Charts' QML types need a QApplication: QTEST_MAIN makes one when Qt Widgets is linked.
QTEST_MAIN(TestAssetsPanel)
#include "tst_assetspanel.moc"
