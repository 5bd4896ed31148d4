// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
//
// The safety panel's analysis parameters: accepted ranges, remembered in QSettings (the test's
// own XDG_CONFIG_HOME, see CMakeLists.txt), and a change redone on a worker thread with the
// same result as a direct run — only the newest of several quick changes lands.
#include "fakesession.h"
#include "safetytestsupport.h"

#include "alertoverlaysettings.h"
#include "safetycontroller.h"


#include "ct/safety/alertstore.h"
#include "ct/safety/kerneldensity.h"
#include "ct/safety/safetyanalysis.h"
#include "ct/safety/validatedalert.h"

#include <QRandomGenerator>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include <cmath>

using namespace ct;
using namespace ct::safety;
using core::Actor;
using core::Role;
using testing::FakeSession;

namespace {

/// The console session as far as the panel needs it: store, operator, view settings.
const QDateTime kNow = QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC);
const Actor kPolice{QStringLiteral("police"), Role::PoliceLiaison, {}};
}

class TestAnalysisParameters : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY2(qEnvironmentVariable("XDG_CONFIG_HOME").contains(QStringLiteral("tst_safety_parameters")),
                 "run through ctest: the test keeps its settings apart from the user's");
        QSettings().remove(QStringLiteral("safety/analysis"));
        m_twin = test::writeSafetyTwin(m_dir.filePath(QStringLiteral("t.gpkg")));
        QRandomGenerator rng(5);
        store::Transaction tx(*m_twin);
        for (int i = 0; i < 120; ++i) {
            ValidatedAlert a;
            const geo::Point c = i % 2 ? geo::Point{21500, 8000} : geo::Point{24500, 10500};
            a.location = {c.x + (rng.generateDouble() - 0.5) * 800, c.y + (rng.generateDouble() - 0.5) * 800};
            a.category = kAllCategories[std::size_t(i % 8)];
            a.occurredFrom = kNow.addSecs(-qint64(rng.bounded(200 * 86400)));
            QVERIFY(AlertStore::insert(*m_twin, a, AlertStatus::Verified, QStringLiteral("test"), Actor::system(), kNow).ok());
        }
        QVERIFY(tx.commit().ok());
    }

    void rangesAreEnforced_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<double>("given");
        QTest::addColumn<double>("expected");
        QTest::newRow("bandwidth below") << "bandwidthMetres" << 5.0 << 100.0;
        QTest::newRow("bandwidth above") << "bandwidthMetres" << 1e6 << 3000.0;
        QTest::newRow("bandwidth inside") << "bandwidthMetres" << 650.0 << 650.0;
        QTest::newRow("cell below") << "cellMetres" << 1.0 << 25.0;
        QTest::newRow("cell above") << "cellMetres" << 2000.0 << 500.0;
        QTest::newRow("window zero") << "windowDays" << 0.0 << 1.0;
        QTest::newRow("window above") << "windowDays" << 9999.0 << 3650.0;
        QTest::newRow("near-repeat metres negative") << "nearRepeatMetres" << -50.0 << 10.0;
        QTest::newRow("near-repeat days above") << "nearRepeatDays" << 1000.0 << 365.0;
        QTest::newRow("patrol below") << "patrolMinutes" << 1.0 << 10.0;
        QTest::newRow("patrol inside") << "patrolMinutes" << 90.0 << 90.0;
    }
    void rangesAreEnforced()
    {
        QFETCH(QString, key);
        QFETCH(double, given);
        QFETCH(double, expected);
        SafetyController controller;
        controller.setRemembersParameters(false);
        QVERIFY(controller.setProperty(qPrintable(key), given));
        QCOMPARE(controller.property(qPrintable(key)).toDouble(), expected);
        // The range the panel's spin box gets is the one enforced.
        const QVariantMap range = controller.ranges().value(key).toMap();
        QVERIFY(range.value(QStringLiteral("from")).toDouble() <= expected);
        QVERIFY(range.value(QStringLiteral("to")).toDouble() >= expected);
        QCOMPARE(AnalysisParameters::accepts(key, given), given == expected);
    }

    void notANumberFallsBackToTheDefault()
    {
        AnalysisParameters p;
        p.bandwidthMetres = std::nan("");
        p.cellMetres = 70.0;
        const AnalysisParameters fitted = p.clamped();
        QCOMPARE(fitted.bandwidthMetres, AnalysisParameters().bandwidthMetres);
        QCOMPARE(fitted.cellMetres, 70.0);
        QVERIFY(!AnalysisParameters::accepts(QStringLiteral("nosuch"), 1.0));
    }

    void parametersAreRemembered()
    {
        {
            SafetyController first;
            QCOMPARE(first.bandwidthMetres(), 400.0);   // nothing remembered yet
            first.setBandwidthMetres(750);
            first.setCellMetres(100);
            first.setWindowDays(30);
            first.setNearRepeatMetres(350);
            first.setNearRepeatDays(7);
            first.setPatrolMinutes(45);
        }
        SafetyController second;
        QCOMPARE(second.bandwidthMetres(), 750.0);
        QCOMPARE(second.cellMetres(), 100.0);
        QCOMPARE(second.windowDays(), 30);
        QCOMPARE(second.nearRepeatMetres(), 350.0);
        QCOMPARE(second.nearRepeatDays(), 7);
        QCOMPARE(second.patrolMinutes(), 45);

        // A hand-edited value out of range comes back inside it; a controller told not to
        // remember leaves the settings alone.
        QSettings().setValue(QStringLiteral("safety/analysis/cellMetres"), 3);
        SafetyController third;
        QCOMPARE(third.cellMetres(), 25.0);
        third.setRemembersParameters(false);
        third.setBandwidthMetres(1200);
        QCOMPARE(QSettings().value(QStringLiteral("safety/analysis/bandwidthMetres")).toDouble(), 750.0);
        third.setRemembersParameters(true);
        third.resetParameters();
        SafetyController fourth;
        QCOMPARE(fourth.parameters(), AnalysisParameters());
    }

    void changeIsAnalysedOffTheUiThread()
    {
        SafetyController controller;
        controller.setRemembersParameters(false);
        controller.resetParameters();
        controller.setNow(kNow);
        controller.setSource(m_twin.get(), kPolice);
        QVERIFY(!controller.busy());
        const int inWindow = controller.alertCount();   // 90 days
        QVERIFY(inWindow > 20 && inWindow < 120);
        const std::size_t cellsBefore = controller.density().values.size();

        QSignalSpy refreshed(&controller, &SafetyController::refreshed);
        QSignalSpy busy(&controller, &SafetyController::busyChanged);
        // Three quick changes: one run, with the last values.
        controller.setBandwidthMetres(250);
        controller.setCellMetres(100);
        controller.setWindowDays(365);
        QVERIFY(!controller.busy());          // not yet: the changes are gathered first
        QCOMPARE(controller.alertCount(), inWindow);   // the old result stays until the new one is in
        QTRY_VERIFY(busy.count() >= 1);
        QTRY_VERIFY_WITH_TIMEOUT(!controller.busy(), 20000);
        QCOMPARE(refreshed.count(), 1);
        QCOMPARE(controller.alertCount(), 120);
        QVERIFY(controller.density().values.size() < cellsBefore);   // 100 m cells instead of 50 m
        QCOMPARE(controller.density().cellMetres, 100.0);

        // The same as a direct run with those parameters (the worker computes what the UI thread would).
        SafetyAnalysis::Input input;
        input.alerts = controller.alerts();
        input.extent = controller.extent();
        input.parameters = controller.parameters();
        const SafetyAnalysis::Result direct = SafetyAnalysis::run(input);
        QCOMPARE(direct.grid.values.size(), controller.density().values.size());
        for (std::size_t i = 0; i < direct.grid.values.size(); ++i)
            QVERIFY(std::abs(direct.grid.values[i] - controller.density().values[i]) < 1e-12);
        QCOMPARE(direct.hotspots.size(), controller.hotspots().size());
        QCOMPARE(direct.nearRepeats, controller.nearRepeats());

        // A near-repeat distance of 10 m flags fewer alerts than one of 2 km.
        controller.setNearRepeatMetres(10);
        QTRY_VERIFY_WITH_TIMEOUT(refreshed.count() == 2 && !controller.busy(), 20000);
        const int few = controller.nearRepeatCount();
        controller.setNearRepeatMetres(2000);
        QTRY_VERIFY_WITH_TIMEOUT(refreshed.count() == 3 && !controller.busy(), 20000);
        QVERIFY2(controller.nearRepeatCount() > few, qPrintable(QStringLiteral("%1 vs %2").arg(controller.nearRepeatCount()).arg(few)));

        // The patrol budget is not an analysis parameter: no run, but a suggested loop is re-planned.
        QVERIFY(controller.planPatrol());
        QSignalSpy patrol(&controller, &SafetyController::patrolChanged);
        controller.setPatrolMinutes(20);
        QCOMPARE(patrol.count(), 1);
        QVERIFY(controller.patrolRoute()->totalSeconds() <= 20 * 60.0);
        QTest::qWait(400);
        QCOMPARE(refreshed.count(), 3);
    }

    void parametersAreSharedWithTheMapOverlays()
    {
        FakeSession session(m_twin.get(), Actor{QStringLiteral("police"), Role::PoliceLiaison, {}});
        SafetyController controller;
        controller.setRemembersParameters(false);
        controller.resetParameters();
        controller.setTwin(&session);
        controller.setNow(kNow);
        controller.setBandwidthMetres(900);
        controller.setNearRepeatDays(30);
        const AlertOverlaySettings shared = AlertOverlaySettings::fromVariantMap(session.viewSettings(QStringLiteral("safety")));
        QCOMPARE(shared.parameters.bandwidthMetres, 900.0);
        QCOMPARE(shared.parameters.nearRepeatDays, 30);
        QCOMPARE(shared.parameters.cellMetres, controller.cellMetres());
        QCOMPARE(shared.parameters.windowDays, controller.windowDays());
        QCOMPARE(shared.now, kNow);
        QTRY_VERIFY_WITH_TIMEOUT(!controller.busy(), 20000);
    }

    void refreshOverridesARunningChange()
    {
        SafetyController controller;
        controller.setRemembersParameters(false);
        controller.setNow(kNow);
        controller.setSource(m_twin.get(), kPolice);
        controller.setCellMetres(200);
        controller.refresh();   // at once, with the new cell size; the gathered run is dropped
        QCOMPARE(controller.density().cellMetres, 200.0);
        QSignalSpy refreshed(&controller, &SafetyController::refreshed);
        QTest::qWait(500);
        QCOMPARE(refreshed.count(), 0);
        QVERIFY(!controller.busy());
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<store::TwinStore> m_twin;
};

QTEST_GUILESS_MAIN(TestAnalysisParameters)
#include "tst_analysisparameters.moc"
