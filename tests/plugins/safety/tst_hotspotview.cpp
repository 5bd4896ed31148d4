// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
//
// The safety panel as the console loads it (its QML from the plugin's resources, its types
// registered the plugin's way) on a twin with clustered alerts: the hotspot map is drawn where
// the alerts are, the chart loads, the patrol loop appears, the rules hold for the operator, and
// a screenshot is written to <build>/tests/safety_hotspot_panel.png for a person to look at.
#include "fakesession.h"
#include "panelwindow.h"
#include "safetytestsupport.h"

#include "hotspotview.h"
#include "safetycontroller.h"
#include "safetyqmltypes.h"

#include "ct/safety/alertstore.h"
#include "ct/safety/alertvalidator.h"

#include <QQmlContext>
#include <QQuickItem>
#include <QQuickView>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QtTest>

using namespace ct;
using namespace ct::safety;
using core::Actor;
using core::Role;
using testing::FakeSession;

namespace {

const QDateTime kNow = QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC);

/// Stands in for the console's TwinSession: the store and the signed-in operator.
} // namespace

class TestHotspotView : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        registerSafetyQmlTypes();
        m_twin = test::writeSafetyTwin(m_dir.filePath(QStringLiteral("t.gpkg")));
        // 300 alerts: two clusters (near school 1 and a "station" in the north-east), a background.
        QRandomGenerator rng(21);
        const geo::Point centres[] = {{test::schoolPosition(0).x + 200, test::schoolPosition(0).y - 300}, {24800, 10900}};
        store::Transaction tx(*m_twin);
        for (int i = 0; i < 300; ++i) {
            ValidatedAlert a;
            geo::Point p;
            if (i < 150 || i >= 260) {
                const geo::Point c = centres[i < 150 ? 0 : 1];
                p = {c.x + (rng.generateDouble() + rng.generateDouble() - 1.0) * 500, c.y + (rng.generateDouble() + rng.generateDouble() - 1.0) * 500};
            } else {
                p = {test::kMinX + 100 + rng.bounded(test::kSize - 200), test::kMinY + 100 + rng.bounded(test::kSize - 200)};
            }
            a.location = p;
            a.category = kAllCategories[std::size_t(i % 8)];
            a.occurredFrom = kNow.addSecs(-qint64(rng.bounded(80 * 86400)));
            a.personal.reporterContact = QStringLiteral("secret");
            auto id = AlertStore::insert(*m_twin, a, i % 5 == 0 ? AlertStatus::Verified : AlertStatus::Closed, QStringLiteral("test"),
                                         Actor::system(), kNow);
            QVERIFY(id.ok());
        }
        QVERIFY(tx.commit().ok());
    }

    void panelDrawsTheHotspots()
    {
        FakeSession session(m_twin.get(), Actor{QStringLiteral("police"), Role::PoliceLiaison, {}});
        ct::testing::PanelWindow view;
        QVERIFY2(view.open(QUrl(QStringLiteral("qrc:/citytwin/plugins/safety/qml/Panel.qml")), &session, QSize(440, 1180)),
                 qPrintable(view.error()));
        QVERIFY(QTest::qWaitForWindowExposed(&view.window()));

        auto *controller = view.panel()->property("controller").value<SafetyController *>();
        QVERIFY(controller);
        controller->setNow(kNow);
        view.panel()->setProperty("page", 1);   // the analysis tab
        QCOMPARE(controller->alertCount(), 300);   // all within the 90-day window (the oldest is 80 days)
        QVERIFY(controller->errorString().isEmpty());
        QVERIFY(controller->hotspots().size() >= 2);
        QVERIFY(controller->planPatrol());
        QVERIFY(controller->patrolRoute()->totalSeconds() <= 3600.0);

        auto *map = view.panel()->findChild<HotspotView *>(QStringLiteral("hotspotView"));
        QVERIFY(map);
        QTRY_VERIFY(map->width() > 300);
        QTest::qWait(200);
        const QImage shot = view.window().grabWindow();
        QVERIFY(!shot.isNull());
        const QString path = QStringLiteral(CITYTWIN_BINARY_DIR "/tests/safety_hotspot_panel.png");
        QVERIFY(shot.save(path));
        qInfo("screenshot: %s", qPrintable(path));

        // The hotspot surface is red-orange at the top hotspot and absent far from every alert.
        const QPointF mapOrigin = map->mapToScene(QPointF(0, 0));
        const qreal ratio = shot.devicePixelRatio();
        auto pixel = [&](geo::Point p) {
            const QPointF local = map->mapFromWorld(p.x, p.y) + mapOrigin;
            return shot.pixelColor(int(local.x() * ratio), int(local.y() * ratio));
        };
        const Hotspot &top = controller->hotspots().front();
        QVERIFY(std::hypot(top.peak.x - centres0().x, top.peak.y - centres0().y) < 400 ||
                std::hypot(top.peak.x - 24800, top.peak.y - 10900) < 400);
        // Near the peak (not on the rank badge drawn on it): the warm colours of the ramp.
        const QColor hot = pixel({top.peak.x + 150, top.peak.y + 150});
        QVERIFY2(hot.red() > hot.blue() + 60, qPrintable(hot.name()));
        const QColor cold = pixel({test::kMinX + 5900, test::kMinY + 100});
        QVERIFY2(std::abs(cold.red() - cold.blue()) < 30, qPrintable(cold.name()));

        // The chart is Qt Charts under a QApplication: the panel's Loader holds a ChartView.
        QVERIFY(controller->chartsAvailable());
        QQuickItem *chartView = nullptr;
        std::function<void(QQuickItem *)> visit = [&](QQuickItem *item) {   // the visual tree (a Loader's item has no QObject parent)
            if (item->inherits("DeclarativeChart"))   // QtCharts' ChartView (TimeChart.qml derives from it)
                chartView = item;
            for (QQuickItem *child : item->childItems())
                visit(child);
        };
        visit(view.panel());
        QVERIFY2(chartView, "the ChartView did not load");
        QVERIFY(chartView->width() > 300 && chartView->height() > 200);

        // The alerts tab: record through the panel's controller (the form's path), then its lifecycle.
        view.panel()->setProperty("page", 0);
        QMetaObject::invokeMethod(view.panel(), "mapPicked", Q_ARG(double, 21234.0), Q_ARG(double, 9321.0));
        QVariantMap form{{QStringLiteral("occurredFrom"), QStringLiteral("2026-03-01 16:30")},
                         {QStringLiteral("placeKind"), QStringLiteral("map")},
                         {QStringLiteral("x"), 21234.0},
                         {QStringLiteral("y"), 9321.0},
                         {QStringLiteral("category"), QStringLiteral("stalking")},
                         {QStringLiteral("school"), 1},
                         {QStringLiteral("reporterContact"), QStringLiteral("tel-panel")}};
        const QVariantMap recorded = controller->recordAlert(form);
        QVERIFY2(recorded.value(QStringLiteral("ok")).toBool(), qPrintable(recorded.value(QStringLiteral("error")).toString()));
        const qint64 id = recorded.value(QStringLiteral("id")).toLongLong();
        QVariantMap row;
        for (const QVariant &r : controller->alertRows())   // newest occurrence first
            if (r.toMap().value(QStringLiteral("id")).toLongLong() == id)
                row = r.toMap();
        QCOMPARE(row.value(QStringLiteral("status")).toString(), QStringLiteral("received"));
        QCOMPARE(row.value(QStringLiteral("reporterContact")).toString(), QStringLiteral("tel-panel"));
        QVERIFY(controller->may(QStringLiteral("verified"), 1));
        QVERIFY(controller->transition(id, QStringLiteral("verified"), {}).value(QStringLiteral("ok")).toBool());
        QVERIFY(!controller->transition(id, QStringLiteral("retracted"), {}).value(QStringLiteral("ok")).toBool());   // no reason
        form[QStringLiteral("occurredFrom")] = QStringLiteral("2027-01-01 10:00");
        const QVariantMap future = controller->recordAlert(form);
        QVERIFY(!future.value(QStringLiteral("ok")).toBool());
        QCOMPARE(future.value(QStringLiteral("where")).toString(), QStringLiteral("occurred_from"));
        QTest::qWait(200);
        const QString alertsPath = QStringLiteral(CITYTWIN_BINARY_DIR "/tests/safety_alerts_panel.png");
        QVERIFY(view.window().grabWindow().save(alertsPath));
        qInfo("screenshot: %s", qPrintable(alertsPath));

        // Another operator: a planner sees generalised places; a dispatcher nothing.
        session.signIn(Actor{QStringLiteral("planner"), Role::Planner, {}});
        QCOMPARE(controller->generalisedCount(), controller->alertCount());
        QVERIFY(!controller->may(QStringLiteral("received"), -1));
        QVERIFY(!controller->may(QStringLiteral("verified"), 1));
        for (const QVariant &row : controller->alertRows())
            QVERIFY(!row.toMap().contains(QStringLiteral("reporterContact")));
        QVERIFY(controller->alertCount() < 300);   // the verified ones are not public
        session.signIn(Actor{QStringLiteral("dispatcher"), Role::MobilityDispatcher, {}});
        QCOMPARE(controller->alertCount(), 0);
        QVERIFY(controller->errorString().contains(QStringLiteral("mobility-dispatcher")));
    }

    void tableStandsInForTheChart()
    {
        // Under the console's QGuiApplication the panel loads TimeTable.qml instead of the chart.
        SafetyController controller;
        controller.setNow(kNow);
        controller.setSource(m_twin.get(), Actor{QStringLiteral("police"), Role::PoliceLiaison, {}});
        QQuickView view;
        view.setInitialProperties({{QStringLiteral("controller"), QVariant::fromValue<QObject *>(&controller)}});
        view.setSource(QUrl(QStringLiteral("qrc:/citytwin/plugins/safety/qml/TimeTable.qml")));
        QVERIFY2(view.status() == QQuickView::Ready, qPrintable(view.errors().isEmpty() ? QString() : view.errors().first().toString()));
        // 8 rows × 25 columns: the header row and column, and one cell per weekday and hour.
        int cells = 0, shaded = 0;
        for (QQuickItem *item : view.rootObject()->childItems()) {
            if (!item->inherits("QQuickRectangle") || !item->property("count").isValid())
                continue;
            ++cells;
            shaded += item->property("count").toInt() > 0 ? 1 : 0;
        }
        QCOMPARE(cells, 200);
        QVERIFY(shaded > 100);   // 300 alerts spread over the week
    }

private:
    static geo::Point centres0() { return {test::schoolPosition(0).x + 200, test::schoolPosition(0).y - 300}; }

    QTemporaryDir m_dir;
    std::unique_ptr<store::TwinStore> m_twin;
};

QTEST_MAIN(TestHotspotView)
#include "tst_hotspotview.moc"
