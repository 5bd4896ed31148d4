// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
//
// A recorded run's generated alerts for the analysis and the map: a week of the safety model is
// recorded into a small generated twin as a user does it (`citytwin-cli simulate … --record`),
// then RecordedAlertReader returns the run's alerts (as many as the model's KPI says) under the
// access rules, the panel's analysis and the hotspot overlay find hotspots in them (up to the
// timeline's replay time when one is given), and the live alert tables stay empty.
#include "safetytestsupport.h"

#include "alertoverlaysettings.h"
#include "hotspotoverlay.h"
#include "safetycontroller.h"

#include "ct/safety/alertreader.h"
#include "ct/safety/recordedalertreader.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include <sqlite3.h>

using namespace ct;
using namespace ct::safety;
using core::Actor;
using core::Role;

namespace {

struct CliRun
{
    int exitCode = -1;
    QString out;
    QString err;
};

CliRun cli(const QStringList &arguments)
{
    QProcess process;
    process.start(QStringLiteral(CITYTWIN_BINARY_DIR "/bin/citytwin-cli"), QStringList{QStringLiteral("--lang"), QStringLiteral("en")} + arguments);
    process.waitForFinished(300000);
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1, QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

qint64 scalar(const QString &path, const char *sql)
{
    sqlite3 *db = nullptr;
    qint64 v = -1;
    if (sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK) {
        sqlite3_stmt *st = nullptr;
        if (sqlite3_prepare_v2(db, sql, -1, &st, nullptr) == SQLITE_OK && sqlite3_step(st) == SQLITE_ROW)
            v = sqlite3_column_int64(st, 0);
        sqlite3_finalize(st);
    }
    sqlite3_close_v2(db);
    return v;
}

const QDateTime kStart(QDate(2026, 4, 1), QTime(0, 0), QTimeZone(9 * 3600));

} // namespace

class TestRecordedAlerts : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(QFileInfo::exists(QStringLiteral(CITYTWIN_BINARY_DIR "/bin/citytwin-cli")));
        QVERIFY(m_dir.isValid());
        m_twinPath = m_dir.filePath(QStringLiteral("t.gpkg"));
        test::writeSafetyTwin(m_twinPath).reset();
        // The shipped month scenario, shortened to a week (the same model section).
        QFile month(QStringLiteral(CITYTWIN_SOURCE_DIR "/data/scenarios/safety-month.json"));
        QVERIFY(month.open(QIODevice::ReadOnly));
        QJsonObject scenario = QJsonDocument::fromJson(month.readAll()).object();
        QVERIFY(scenario.contains(QStringLiteral("models")));
        scenario.insert(QStringLiteral("name"), QStringLiteral("safety week"));
        scenario.insert(QStringLiteral("duration"), QStringLiteral("168:00"));
        QFile week(m_dir.filePath(QStringLiteral("safety-week.json")));
        QVERIFY(week.open(QIODevice::WriteOnly));
        week.write(QJsonDocument(scenario).toJson());
        week.close();
        const CliRun run = cli({QStringLiteral("simulate"), week.fileName(), QStringLiteral("--twin"), m_twinPath, QStringLiteral("--record"),
                                QStringLiteral("--sample-interval"), QStringLiteral("24:00"), QStringLiteral("--json")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err));
        const QJsonObject kpis = QJsonDocument::fromJson(run.out.mid(run.out.indexOf(QLatin1Char('{'))).toUtf8()).object();
        m_kpiAlerts = kpis.value(QStringLiteral("safety")).toObject().value(QStringLiteral("alerts")).toInteger();
        QVERIFY2(m_kpiAlerts > 10, qPrintable(run.out.left(400)));
        auto twin = store::TwinStore::open(m_twinPath);
        QVERIFY2(twin, qPrintable(twin ? QString() : twin.error().toString()));
        m_twin = std::move(twin.value());
    }

    void readerReturnsTheRunsAlerts()
    {
        auto runs = RecordedAlertReader(*m_twin).runs();
        QVERIFY(runs);
        QCOMPARE(int(runs->size()), 1);
        const RecordedAlertReader::Run run = runs->front();
        QCOMPARE(run.name, QStringLiteral("safety week"));
        QCOMPARE(qint64(run.alerts), m_kpiAlerts);
        QCOMPARE(run.start, kStart.toUTC());
        QCOMPARE(run.end, kStart.toUTC().addDays(7));
        m_runId = run.id;

        // Police liaison: every alert at its generated place, published, without personal data.
        auto police = RecordedAlertReader(*m_twin).alerts(Actor{QStringLiteral("p"), Role::PoliceLiaison, {}}, m_runId);
        QVERIFY(police);
        QCOMPARE(qint64(police->size()), m_kpiAlerts);
        int exactOffGrid = 0;
        for (const Alert &a : police.value()) {
            QCOMPARE(a.detail, Alert::Detail::Full);
            QCOMPARE(a.status, AlertStatus::Published);
            QCOMPARE(a.origin, QStringLiteral("simulation"));
            QVERIFY(a.occurredFrom >= run.start && a.occurredFrom < run.end);
            QVERIFY(a.personal && a.personal->victimAgeGroup.isEmpty() && a.personal->reporterContact.isEmpty());
            QVERIFY(a.address.isEmpty() && a.description.isEmpty());
            if (std::fmod(a.location.x, 100.0) != 50.0)
                ++exactOffGrid;
        }
        QVERIFY(exactOffGrid > 0);
        QVERIFY(std::is_sorted(police->begin(), police->end(),
                               [](const Alert &a, const Alert &b) { return a.occurredFrom < b.occurredFrom; }));

        // Planner: the same alerts, only at their 100 m cell centres.
        auto planner = RecordedAlertReader(*m_twin).alerts(Actor{QStringLiteral("pl"), Role::Planner, {}}, m_runId);
        QVERIFY(planner);
        QCOMPARE(planner->size(), police->size());
        for (std::size_t i = 0; i < planner->size(); ++i) {
            const Alert &g = (*planner)[i];
            QCOMPARE(g.detail, Alert::Detail::Generalised);
            QVERIFY(!g.schoolFid && !g.personal);
            QCOMPARE(std::fmod(g.location.x, 100.0), 50.0);
            QCOMPARE(std::fmod(g.location.y, 100.0), 50.0);
            QVERIFY(std::hypot(g.location.x - (*police)[i].location.x, g.location.y - (*police)[i].location.y) <= 71.0);
        }

        // Dispatchers and viewers get nothing.
        for (Role role : {Role::MobilityDispatcher, Role::ShelterStaff, Role::Viewer})
            QVERIFY(!RecordedAlertReader(*m_twin).alerts(Actor{QStringLiteral("x"), role, {}}, m_runId));

        // A time window, and a run that does not exist.
        AlertFilter firstDays;
        firstDays.to = run.start.addDays(3);
        auto early = RecordedAlertReader(*m_twin).alerts(Actor{QStringLiteral("p"), Role::PoliceLiaison, {}}, m_runId, firstDays);
        QVERIFY(early);
        const auto expected = std::count_if(police->begin(), police->end(), [&](const Alert &a) { return a.occurredFrom < firstDays.to; });
        QCOMPARE(qint64(early->size()), qint64(expected));
        QVERIFY(early->size() < police->size());
        QVERIFY(!RecordedAlertReader(*m_twin).alerts(Actor{QStringLiteral("p"), Role::PoliceLiaison, {}}, m_runId + 1));
    }

    void liveTablesStayEmpty()
    {
        QCOMPARE(scalar(m_twinPath, "SELECT count(*) FROM safety_alert"), 0);
        QCOMPARE(scalar(m_twinPath, "SELECT count(*) FROM safety_alert_personal"), 0);
        auto live = AlertReader(*m_twin).alerts(Actor{QStringLiteral("p"), Role::PoliceLiaison, {}});
        QVERIFY(live);
        QVERIFY(live->empty());
    }

    void analysisUsesTheChosenRun()
    {
        SafetyController controller;
        controller.setRemembersParameters(false);
        controller.setSource(m_twin.get(), Actor{QStringLiteral("pl"), Role::Planner, {}});
        // Live by default: nothing recorded live, nothing found.
        QCOMPARE(controller.sourceRunId(), 0);
        QCOMPARE(controller.alertCount(), 0);
        QCOMPARE(controller.recordedRuns().size(), 1);
        QCOMPARE(controller.recordedRuns().front().toMap().value(QStringLiteral("alerts")).toLongLong(), m_kpiAlerts);

        controller.setSourceRunId(m_runId);
        QCOMPARE(controller.sourceRunId(), m_runId);
        QCOMPARE(controller.now(), kStart.toUTC().addDays(7));
        QCOMPARE(qint64(controller.alertCount()), m_kpiAlerts);
        QCOMPARE(controller.generalisedCount(), controller.alertCount());
        QVERIFY(!controller.hotspots().empty());
        QVERIFY(controller.alertRows().isEmpty());   // the management list stays the live alerts

        // The timeline replays the run at day 3: the alerts up to then.
        QSignalSpy refreshed(&controller, &SafetyController::refreshed);
        controller.setSourceSeconds(3 * 86400.0);
        QVERIFY(refreshed.wait(5000));
        QTRY_VERIFY(!controller.busy());
        AlertFilter firstDays;
        firstDays.to = kStart.toUTC().addDays(3).addSecs(1);
        auto early = RecordedAlertReader(*m_twin).alerts(Actor{QStringLiteral("pl"), Role::Planner, {}}, m_runId, firstDays);
        QVERIFY(early);
        QCOMPARE(controller.alertCount(), int(early->size()));
        QVERIFY(controller.alertCount() < m_kpiAlerts);

        // Nothing simulated is raised into the live event log, nor saved as the day's patrol.
        QCOMPARE(controller.raiseUnpatrolled(), 0);
        QVERIFY(controller.planPatrol());
        QVERIFY(!controller.savePatrol());
        QVERIFY(controller.errorString().contains(QStringLiteral("not saved")));
        QCOMPARE(scalar(m_twinPath, "SELECT count(*) FROM sqlite_master WHERE name = 'safety_patrol_routes'"), 0);

        // Back to live.
        controller.setSourceRunId(0);
        QCOMPARE(controller.alertCount(), 0);

        // A dispatcher gets no alerts from the run either.
        SafetyController dispatcher;
        dispatcher.setRemembersParameters(false);
        dispatcher.setSource(m_twin.get(), Actor{QStringLiteral("d"), Role::MobilityDispatcher, {}});
        dispatcher.setSourceRunId(m_runId);
        QCOMPARE(dispatcher.alertCount(), 0);
        QVERIFY(!dispatcher.errorString().isEmpty());
    }

    void hotspotOverlayShowsTheRun()
    {
        const Actor planner{QStringLiteral("pl"), Role::Planner, {}};
        AlertOverlaySettings settings;
        settings.runId = m_runId;
        settings.now = kStart.toUTC().addDays(7);
        QCOMPARE(AlertOverlaySettings::fromVariantMap(settings.toVariantMap()).runId, m_runId);
        auto alerts = settings.readAlerts(*m_twin, planner);
        QVERIFY(alerts);
        QCOMPARE(qint64(alerts->size()), m_kpiAlerts);
        auto overlay = HotspotOverlay().read(*m_twin, planner, settings.toVariantMap());
        QVERIFY2(overlay, qPrintable(overlay ? QString() : overlay.error().toString()));
        QVERIFY(!overlay->raster.isNull());
        int opaque = 0;
        const QImage image = overlay->raster.image.convertToFormat(QImage::Format_ARGB32);
        for (int y = 0; y < image.height(); ++y)
            for (int x = 0; x < image.width(); ++x)
                opaque += qAlpha(image.pixel(x, y)) > 0 ? 1 : 0;
        QVERIFY(opaque > 0);
        // Kept for a look: the run's hotspot surface as the map lays it on the ground.
        QVERIFY(overlay->raster.image.save(QStringLiteral(CITYTWIN_BINARY_DIR "/tests/safety-recorded-run-hotspots.png")));
        // Live (no run): the same settings show nothing.
        settings.runId = 0;
        auto live = HotspotOverlay().read(*m_twin, planner, settings.toVariantMap());
        QVERIFY(live);
        QVERIFY(live->raster.isNull());
    }

private:
    QTemporaryDir m_dir;
    QString m_twinPath;
    std::unique_ptr<store::TwinStore> m_twin;
    qint64 m_kpiAlerts = 0;
    qint64 m_runId = 0;
};

QTEST_GUILESS_MAIN(TestRecordedAlerts)
#include "tst_recordedalerts.moc"
