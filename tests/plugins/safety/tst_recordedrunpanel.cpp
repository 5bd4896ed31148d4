// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
//
// The safety panel's alert source (its real QML under Xvfb): after a run of the safety model was
// recorded (`citytwin-cli simulate … --record`), "Alerts from" offers it beside the live alerts;
// choosing it analyses the run's alerts, hands `runId` and the run's time to the main map's
// overlays (the session's view settings), and follows a timeline replaying that run.
#include "fakesession.h"
#include "panelwindow.h"
#include "safetytestsupport.h"

#include "safetycontroller.h"
#include "safetyqmltypes.h"

#include "ct/safety/recordedalertreader.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QQmlComponent>
#include <QQmlEngine>
#include <QQuickItem>
#include <QTemporaryDir>
#include <QtTest>

using namespace ct;
using namespace ct::safety;
using core::Actor;
using core::Role;
using testing::FakeSession;

namespace {

const QDateTime kStart(QDate(2026, 4, 1), QTime(0, 0), QTimeZone(9 * 3600));

} // namespace

class TestRecordedRunPanel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        registerSafetyQmlTypes();
        QVERIFY(m_dir.isValid());
        const QString twinPath = m_dir.filePath(QStringLiteral("t.gpkg"));
        test::writeSafetyTwin(twinPath).reset();
        QFile month(QStringLiteral(CITYTWIN_SOURCE_DIR "/data/scenarios/safety-month.json"));
        QVERIFY(month.open(QIODevice::ReadOnly));
        QJsonObject scenario = QJsonDocument::fromJson(month.readAll()).object();
        scenario.insert(QStringLiteral("name"), QStringLiteral("safety days"));
        scenario.insert(QStringLiteral("duration"), QStringLiteral("120:00"));
        QFile days(m_dir.filePath(QStringLiteral("days.json")));
        QVERIFY(days.open(QIODevice::WriteOnly));
        days.write(QJsonDocument(scenario).toJson());
        days.close();
        QVERIFY(record(twinPath));
        auto twin = store::TwinStore::open(twinPath);
        QVERIFY(twin);
        m_twin = std::move(twin.value());
    }

    void chooseTheRunAndFollowTheTimeline()
    {
        auto runs = RecordedAlertReader(*m_twin).runs();
        QVERIFY(runs && runs->size() == 1);
        const RecordedAlertReader::Run run = runs->front();

        FakeSession session(m_twin.get(), Actor{QStringLiteral("hq"), Role::HqCommander, {}});
        ct::testing::PanelWindow view;
        QVERIFY2(view.open(QUrl(QStringLiteral("qrc:/citytwin/plugins/safety/qml/Panel.qml")), &session, QSize(440, 900)),
                 qPrintable(view.error()));
        QVERIFY(QTest::qWaitForWindowExposed(&view.window()));
        auto *controller = view.panel()->property("controller").value<SafetyController *>();
        QVERIFY(controller);
        QCOMPARE(controller->alertCount(), 0);   // live: nothing

        auto *source = view.panel()->findChild<QQuickItem *>(QStringLiteral("alertSource"));
        QVERIFY(source);
        QTRY_VERIFY(source->isVisible());
        QCOMPARE(source->property("count").toInt(), 2);
        QCOMPARE(source->property("currentIndex").toInt(), 0);
        source->setProperty("currentIndex", 1);
        QVERIFY(QMetaObject::invokeMethod(source, "activated", Q_ARG(int, 1)));
        QCOMPARE(controller->sourceRunId(), run.id);
        QVERIFY(source->property("displayText").toString().contains(QStringLiteral("safety days")));
        QCOMPARE(controller->alertCount(), run.alerts);
        QVERIFY(!controller->hotspots().empty());
        // The main map's overlays get the run and its end as "now".
        QVariantMap shared = session.viewSettings(QStringLiteral("safety"));
        QCOMPARE(shared.value(QStringLiteral("runId")).toLongLong(), run.id);
        QCOMPARE(shared.value(QStringLiteral("now")).toDateTime(), run.end);

        // A timeline replaying this run at day 2: the panel follows its time.
        QQmlComponent component(&view.engine());
        component.setData("import QtQml\nQtObject { property string mode: \"replay\"; property var runId: 0; property real timeSeconds: 0; "
                          "signal runsChanged() }", QUrl());
        std::unique_ptr<QObject> timeline(component.create());
        QVERIFY2(timeline, qPrintable(component.errorString()));
        timeline->setProperty("runId", run.id);
        timeline->setProperty("timeSeconds", 2 * 86400.0);
        view.panel()->setProperty("timeline", QVariant::fromValue(timeline.get()));
        QCOMPARE(controller->sourceSeconds(), 2 * 86400.0);
        QTRY_COMPARE(controller->now(), kStart.toUTC().addDays(2));
        QTRY_VERIFY(!controller->busy());
        QTRY_VERIFY(controller->alertCount() < run.alerts);
        shared = session.viewSettings(QStringLiteral("safety"));
        QCOMPARE(shared.value(QStringLiteral("now")).toDateTime(), kStart.toUTC().addDays(2));
        // Back to live on the timeline: the whole run again.
        timeline->setProperty("mode", QStringLiteral("live"));
        QCOMPARE(controller->sourceSeconds(), -1.0);
        QTRY_COMPARE(controller->alertCount(), run.alerts);

        // Another run recorded: the timeline's runsChanged makes the panel offer it too.
        QVERIFY2(record(m_dir.filePath(QStringLiteral("t.gpkg"))), "second run not recorded");
        QCOMPARE(source->property("count").toInt(), 2);
        QVERIFY(QMetaObject::invokeMethod(timeline.get(), "runsChanged"));
        QCOMPARE(source->property("count").toInt(), 3);
        QCOMPARE(controller->sourceRunId(), run.id);   // the choice stays

        view.panel()->setProperty("page", 1);
        QTest::qWait(300);
        QVERIFY(view.window().grabWindow().save(QStringLiteral(CITYTWIN_BINARY_DIR "/tests/safety-recorded-run-panel.png")));
    }

private:
    // citytwin-cli simulate days.json --twin TWIN --record, as a user runs it.
    bool record(const QString &twinPath)
    {
        QProcess cli;
        cli.start(QStringLiteral(CITYTWIN_BINARY_DIR "/bin/citytwin-cli"),
                  {QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("simulate"), m_dir.filePath(QStringLiteral("days.json")),
                   QStringLiteral("--twin"), twinPath, QStringLiteral("--record"), QStringLiteral("--sample-interval"), QStringLiteral("24:00")});
        if (!cli.waitForFinished(300000) || cli.exitStatus() != QProcess::NormalExit || cli.exitCode() != 0) {
            qWarning() << cli.readAllStandardError();
            return false;
        }
        return true;
    }

    QTemporaryDir m_dir;
    std::unique_ptr<store::TwinStore> m_twin;
};

QTEST_MAIN(TestRecordedRunPanel)
#include "tst_recordedrunpanel.moc"
