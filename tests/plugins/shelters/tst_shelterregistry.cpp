// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "shelterstestsupport.h"

#include "messagethread.h"
#include "requestbook.h"
#include "shelterreader.h"
#include "shelterregistry.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

using namespace ct;
using namespace ct::shelters;

namespace {

/// The operators of the matrix. Staff "bound" are bound to shelter 1, the target of every action;
/// staff "elsewhere" to shelter 2.
core::Actor operatorFor(const QString &key)
{
    using core::Role;
    if (key == QLatin1String("administrator"))
        return {QStringLiteral("admin"), Role::Administrator, {}};
    if (key == QLatin1String("hq-commander"))
        return test::hq();
    if (key == QLatin1String("staff-bound"))
        return test::staff(1);
    if (key == QLatin1String("staff-elsewhere"))
        return test::staff(2, QStringLiteral("staff-other"));
    if (key == QLatin1String("staff-unbound"))
        return {QStringLiteral("staff-none"), Role::ShelterStaff, {}};
    if (key == QLatin1String("planner"))
        return test::planner();
    if (key == QLatin1String("mobility-dispatcher"))
        return {QStringLiteral("dispatch"), Role::MobilityDispatcher, {}};
    if (key == QLatin1String("police-liaison"))
        return {QStringLiteral("police"), Role::PoliceLiaison, {}};
    // A school liaison bound to a school with the same number must not pass as shelter staff.
    return {QStringLiteral("school"), Role::SchoolLiaison, {QStringLiteral("school:1"), QStringLiteral("shelter:1")}};
}

const QStringList kOperators{QStringLiteral("administrator"), QStringLiteral("hq-commander"), QStringLiteral("staff-bound"),
                             QStringLiteral("staff-elsewhere"), QStringLiteral("staff-unbound"), QStringLiteral("planner"),
                             QStringLiteral("mobility-dispatcher"), QStringLiteral("police-liaison"),
                             QStringLiteral("school-liaison")};

/// Ids in the template twin: request 1 is requested, request 2 dispatched (both of shelter 1).
using Action = std::function<core::Status(store::TwinStore &, const core::Actor &)>;

const QList<QPair<QString, Action>> &actions()
{
    static const QList<QPair<QString, Action>> list{
        {QStringLiteral("shelters.transition"),
         [](store::TwinStore &t, const core::Actor &a) { return ShelterRegistry(t).transition(a, 1, ShelterStatus::Full); }},
        {QStringLiteral("shelters.checkin"), [](store::TwinStore &t, const core::Actor &a) { return ShelterRegistry(t).checkIn(a, 1, 5); }},
        {QStringLiteral("shelters.checkout"), [](store::TwinStore &t, const core::Actor &a) { return ShelterRegistry(t).checkOut(a, 1, 2); }},
        {QStringLiteral("shelters.stock"),
         [](store::TwinStore &t, const core::Actor &a) { return ShelterRegistry(t).setStock(a, 1, QStringLiteral("water"), 100); }},
        {QStringLiteral("shelters.power"),
         [](store::TwinStore &t, const core::Actor &a) { return ShelterRegistry(t).setPower(a, 1, PowerSource::None); }},
        {QStringLiteral("shelters.outage"),
         [](store::TwinStore &t, const core::Actor &a) { return ShelterRegistry(t).setExpectedOutage(a, 1, 24); }},
        {QStringLiteral("shelters.medical"),
         [](store::TwinStore &t, const core::Actor &a) { return ShelterRegistry(t).setMedicalCount(a, 1, QStringLiteral("oxygen"), 2); }},
        {QStringLiteral("shelters.message"),
         [](store::TwinStore &t, const core::Actor &a) -> core::Status {
             auto id = MessageThread(t).post(a, 1, QStringLiteral("hello"));
             return id ? core::Status() : core::Status(id.error());
         }},
        {QStringLiteral("shelters.request"),
         [](store::TwinStore &t, const core::Actor &a) -> core::Status {
             auto id = RequestBook(t).create(a, 1, RequestKind::Staff, QStringLiteral("two nurses"));
             return id ? core::Status() : core::Status(id.error());
         }},
        {QStringLiteral("shelters.handle-request"),
         [](store::TwinStore &t, const core::Actor &a) { return RequestBook(t).acknowledge(a, 1); }},
        {QStringLiteral("shelters.confirm-delivery"),
         [](store::TwinStore &t, const core::Actor &a) { return RequestBook(t).deliver(a, 2); }},
    };
    return list;
}

//! The grants as the brief defines them, written out independently of the migration.
bool expectedAllowed(const QString &operatorKey, const QString &action)
{
    if (operatorKey == QLatin1String("hq-commander"))
        return true;
    if (operatorKey == QLatin1String("staff-bound"))
        return action != QLatin1String("shelters.outage") && action != QLatin1String("shelters.handle-request");
    return false;
}

} // namespace

/// \brief The registry's actions in the store: who may do what, audit rows, and refusals that
/// leave the twin exactly as it was.
class TestShelterRegistry : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_template = m_dir.filePath(QStringLiteral("template.gpkg"));
        auto twin = test::makeTwin(m_template, {{QStringLiteral("One"), 100}, {QStringLiteral("Two"), 100}});
        ShelterRegistry registry(*twin);
        RequestBook book(*twin);
        const core::Actor sys = test::system();
        QVERIFY(registry.transition(sys, 1, ShelterStatus::Opening).ok());
        QVERIFY(registry.transition(sys, 1, ShelterStatus::Open).ok());
        QVERIFY(registry.checkIn(sys, 1, 10).ok());
        QCOMPARE(book.create(sys, 1, RequestKind::Supplies, QStringLiteral("water"), QStringLiteral("water"), 500.0).value(), qint64(1));
        QCOMPARE(book.create(sys, 1, RequestKind::Power, QStringLiteral("generator")).value(), qint64(2));
        QVERIFY(book.acknowledge(sys, 2).ok());
        QVERIFY(book.dispatch(sys, 2).ok());
    }

    void roleActionMatrix_data()
    {
        QTest::addColumn<QString>("operatorKey");
        QTest::addColumn<QString>("action");
        QTest::addColumn<bool>("allowed");
        for (const QString &op : kOperators) {
            for (const auto &[action, run] : actions())
                QTest::addRow("%s %s", qPrintable(op), qPrintable(action)) << op << action << expectedAllowed(op, action);
        }
    }

    void roleActionMatrix()
    {
        QFETCH(QString, operatorKey);
        QFETCH(QString, action);
        QFETCH(bool, allowed);
        auto twin = copyTemplate();
        const core::Actor actor = operatorFor(operatorKey);
        const QString before = test::contents(*twin);
        const qint64 auditBefore = test::scalar(*twin, "SELECT count(*) FROM ct_audit");
        core::Status done;
        for (const auto &[name, run] : actions()) {
            if (name == action)
                done = run(*twin, actor);
        }
        QVERIFY2(done.ok() == allowed, qPrintable(done.ok() ? QStringLiteral("allowed") : done.error().toString()));
        if (allowed) {
            QCOMPARE(test::scalar(*twin, "SELECT count(*) FROM ct_audit"), auditBefore + 1);
            const auto audit = twin->auditLog(1);
            QCOMPARE(audit.front().action, action);
            QCOMPARE(audit.front().operatorName, actor.operatorName);
            QCOMPARE(audit.front().role, actor.role);
            QVERIFY(audit.front().target.startsWith(QLatin1String("shelter:1")));
            QVERIFY(test::contents(*twin) != before);
        } else {
            QCOMPARE(done.error().kind, core::Error::Kind::Refused);
            // The store's refusal names the role and the action.
            QVERIFY2(done.error().message.contains(action), qPrintable(done.error().message));
            QVERIFY2(done.error().message.contains(core::roleName(actor.role)), qPrintable(done.error().message));
            QCOMPARE(test::contents(*twin), before);
        }
        // mayPerform (what the UI asks) agrees with perform.
        const QString target = action.contains(QLatin1String("request")) && action != QLatin1String("shelters.request")
            ? QStringLiteral("shelter:1/request:1")
            : QStringLiteral("shelter:1");
        QCOMPARE(twin->mayPerform(actor, action, target).ok(), allowed);
    }

    void invalidInputWritesNothing_data()
    {
        QTest::addColumn<int>("which");
        QTest::addColumn<int>("kind");
        QTest::newRow("check in 0") << 0 << int(core::Error::Kind::InvalidInput);
        QTest::newRow("check in -3") << 1 << int(core::Error::Kind::InvalidInput);
        QTest::newRow("check out more than inside") << 2 << int(core::Error::Kind::Refused);
        QTest::newRow("check out -1") << 3 << int(core::Error::Kind::InvalidInput);
        QTest::newRow("negative stock") << 4 << int(core::Error::Kind::Refused);
        QTest::newRow("unknown stock item") << 5 << int(core::Error::Kind::InvalidInput);
        QTest::newRow("negative medical count") << 6 << int(core::Error::Kind::InvalidInput);
        QTest::newRow("unknown medical need") << 7 << int(core::Error::Kind::InvalidInput);
        QTest::newRow("negative outage") << 8 << int(core::Error::Kind::InvalidInput);
        QTest::newRow("unknown shelter: transition") << 9 << int(core::Error::Kind::NotFound);
        QTest::newRow("unknown shelter: check in") << 10 << int(core::Error::Kind::NotFound);
        QTest::newRow("unknown shelter: stock") << 11 << int(core::Error::Kind::NotFound);
        QTest::newRow("unknown shelter: medical") << 12 << int(core::Error::Kind::NotFound);
        QTest::newRow("unknown shelter: power") << 13 << int(core::Error::Kind::NotFound);
        QTest::newRow("check in to a closed shelter") << 14 << int(core::Error::Kind::Refused);
        QTest::newRow("NaN stock") << 15 << int(core::Error::Kind::InvalidInput);
        QTest::newRow("huge check in") << 16 << int(core::Error::Kind::InvalidInput);
    }

    void invalidInputWritesNothing()
    {
        QFETCH(int, which);
        QFETCH(int, kind);
        auto twin = copyTemplate();
        ShelterRegistry r(*twin);
        const core::Actor a = test::hq();
        const QString before = test::contents(*twin);
        core::Status s;
        switch (which) {
        case 0: s = r.checkIn(a, 1, 0); break;
        case 1: s = r.checkIn(a, 1, -3); break;
        case 2: s = r.checkOut(a, 1, 11); break;
        case 3: s = r.checkOut(a, 1, -1); break;
        case 4: s = r.setStock(a, 1, QStringLiteral("water"), -1); break;
        case 5: s = r.setStock(a, 1, QStringLiteral("caviar"), 5); break;
        case 6: s = r.setMedicalCount(a, 1, QStringLiteral("oxygen"), -1); break;
        case 7: s = r.setMedicalCount(a, 1, QStringLiteral("magic"), 1); break;
        case 8: s = r.setExpectedOutage(a, 1, -5); break;
        case 9: s = r.transition(a, 99, ShelterStatus::Opening); break;
        case 10: s = r.checkIn(a, 99, 1); break;
        case 11: s = r.setStock(a, 99, QStringLiteral("water"), 1); break;
        case 12: s = r.setMedicalCount(a, 99, QStringLiteral("oxygen"), 1); break;
        case 13: s = r.setPower(a, 99, PowerSource::None); break;
        case 14: s = r.checkIn(a, 2, 1); break;
        case 15: s = r.setStock(a, 1, QStringLiteral("water"), std::nan("")); break;
        case 16: s = r.checkIn(a, 1, ShelterRegistry::kMaxPersonsPerAction + 1); break;
        }
        QVERIFY(!s.ok());
        QCOMPARE(int(s.error().kind), kind);
        QVERIFY(!s.error().message.isEmpty());
        QCOMPARE(test::contents(*twin), before);
    }

    void checkInAndOutCount()
    {
        auto twin = copyTemplate();
        ShelterRegistry r(*twin);
        QVERIFY(r.checkIn(test::staff(1), 1, 95).ok());   // 105 of 100: allowed, flagged
        ShelterReader reader(*twin);
        auto rec = reader.read(1);
        QCOMPARE(rec->occupancy, 105);
        QVERIFY(rec->congestion.isOverCapacity());
        QCOMPARE(rec->congestion.level(), Congestion::Level::Critical);
        QVERIFY(r.checkOut(test::staff(1), 1, 105).ok());
        rec = reader.read(1);
        QCOMPARE(rec->occupancy, 0);
        QCOMPARE(test::scalar(*twin, "SELECT count(*) FROM shelter_headcount"), qint64(3));
        QCOMPARE(test::scalar(*twin, "SELECT sum(delta) FROM shelter_headcount"), qint64(0));
        QCOMPARE(test::scalar(*twin, "SELECT occupancy FROM shelter_headcount ORDER BY id DESC LIMIT 1"), qint64(0));
        const auto audit = twin->auditLog(2);
        QCOMPARE(audit[0].action, QStringLiteral("shelters.checkout"));
        QCOMPARE(audit[0].before.value(QStringLiteral("occupancy")).toInt(), 105);
        QCOMPARE(audit[0].after.value(QStringLiteral("occupancy")).toInt(), 0);
        QCOMPARE(audit[1].action, QStringLiteral("shelters.checkin"));
        QCOMPARE(audit[1].after.value(QStringLiteral("delta")).toInt(), 95);
    }

    //! The view the hydrogen plugin reads: its columns, defaults and the load model.
    void powerNeedView()
    {
        auto twin = copyTemplate();
        ShelterRegistry r(*twin);
        const core::Actor a = test::hq();
        QVERIFY(r.setPower(a, 1, PowerSource::None).ok());
        QVERIFY(r.setExpectedOutage(a, 1, 48).ok());
        QVERIFY(r.setMedicalCount(a, 1, QStringLiteral("oxygen"), 2).ok());
        QVERIFY(r.setMedicalCount(a, 1, QStringLiteral("dialysis"), 3).ok());
        QVERIFY(r.setMedicalCount(a, 1, QStringLiteral("insulin"), 4).ok());

        sqlite3_stmt *st = nullptr;
        QCOMPARE(sqlite3_prepare_v2(twin->handle(),
                                    "SELECT shelter_fid, name, capacity, occupancy, medical_count, power, expected_outage_hours,"
                                    " load_kw, status FROM shelter_power_need ORDER BY shelter_fid",
                                    -1, &st, nullptr),
                 SQLITE_OK);
        QCOMPARE(sqlite3_step(st), SQLITE_ROW);
        QCOMPARE(sqlite3_column_int64(st, 0), qint64(1));
        QCOMPARE(QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(st, 1))), QStringLiteral("One"));
        QCOMPARE(sqlite3_column_int(st, 2), 100);
        QCOMPARE(sqlite3_column_int(st, 3), 10);
        QCOMPARE(sqlite3_column_int(st, 4), 9);
        QCOMPARE(QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(st, 5))), QStringLiteral("none"));
        QCOMPARE(sqlite3_column_type(st, 6), SQLITE_FLOAT);
        QCOMPARE(sqlite3_column_double(st, 6), 48.0);
        // 5 kW base + 0.1 kW × 10 persons + 2 × 0.35 (oxygen) + 3 × 0 (dialysis) + 4 × 0.005 (insulin)
        const double expected = 5.0 + 1.0 + 0.7 + 0.0 + 0.02;
        QCOMPARE(sqlite3_column_type(st, 7), SQLITE_FLOAT);
        QVERIFY(qAbs(sqlite3_column_double(st, 7) - expected) < 1e-9);
        QCOMPARE(QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(st, 8))), QStringLiteral("open"));
        // Shelter 2 has no operating row yet: defaults, closed, no load.
        QCOMPARE(sqlite3_step(st), SQLITE_ROW);
        QCOMPARE(sqlite3_column_int64(st, 0), qint64(2));
        QCOMPARE(sqlite3_column_int(st, 3), 0);
        QCOMPARE(sqlite3_column_int(st, 4), 0);
        QCOMPARE(QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(st, 5))), QStringLiteral("grid"));
        QCOMPARE(sqlite3_column_double(st, 6), 72.0);
        QCOMPARE(sqlite3_column_double(st, 7), 0.0);
        QCOMPARE(QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(st, 8))), QStringLiteral("closed"));
        QCOMPARE(sqlite3_step(st), SQLITE_DONE);
        sqlite3_finalize(st);

        // The reader computes the same load as the view.
        ShelterReader reader(*twin);
        auto rec = reader.read(1);
        QVERIFY(qAbs(rec->loadKw - expected) < 1e-9);
        QCOMPARE(rec->medicalCount, 9);
        QVERIFY(rec->hasNoPower());
        QCOMPARE(rec->expectedOutageHours, 48.0);
        // HQ retunes the model in the twin; both follow.
        QCOMPARE(sqlite3_exec(twin->handle(), "UPDATE shelter_load_model SET base_kw = 8, per_person_kw = 0.2", nullptr, nullptr, nullptr), SQLITE_OK);
        rec = reader.read(1);
        QVERIFY(qAbs(rec->loadKw - (8.0 + 2.0 + 0.72)) < 1e-9);
        QCOMPARE(test::scalar(*twin, "SELECT CAST(round(load_kw * 1000) AS INTEGER) FROM shelter_power_need WHERE shelter_fid = 1"),
                 qint64(10720));
    }

    //! Versions 1 → 2 on a twin that had only the first schema, with live rows in it.
    void migratesFromVersionOne()
    {
        const QString path = m_dir.filePath(QStringLiteral("v1.gpkg"));
        auto twin = test::makeTwin(path, {{QStringLiteral("One"), 100}}, false);
        store::MigrationList first = ShelterSchema::migrations();
        first.resize(1);
        QVERIFY(twin->migrate(ShelterSchema::component(), first).ok());
        QCOMPARE(sqlite3_exec(twin->handle(), "INSERT INTO shelter_status (shelter_fid, status, occupancy) VALUES (1, 'open', 40)",
                              nullptr, nullptr, nullptr),
                 SQLITE_OK);
        QVERIFY(twin->migrate(ShelterSchema::component(), ShelterSchema::migrations()).ok());
        QCOMPARE(twin->schemaVersion(ShelterSchema::component()), 2);
        QCOMPARE(test::scalar(*twin, "SELECT occupancy FROM shelter_power_need WHERE shelter_fid = 1"), qint64(40));
        QCOMPARE(test::scalar(*twin, "SELECT CAST(expected_outage_hours AS INTEGER) FROM shelter_status WHERE shelter_fid = 1"), qint64(72));
        ShelterRegistry r(*twin);
        QVERIFY(r.checkIn(test::hq(), 1, 2).ok());
    }

private:
    std::unique_ptr<store::TwinStore> copyTemplate()
    {
        const QString path = m_dir.filePath(QStringLiteral("case%1.gpkg").arg(++m_count));
        if (!QFile::copy(m_template, path))
            qFatal("cannot copy the template twin");
        auto twin = store::TwinStore::open(path);
        if (!twin)
            qFatal("%s", qPrintable(twin.error().toString()));
        return std::move(twin.value());
    }

    QTemporaryDir m_dir;
    QString m_template;
    int m_count = 0;
};

QTEST_GUILESS_MAIN(TestShelterRegistry)
#include "tst_shelterregistry.moc"
