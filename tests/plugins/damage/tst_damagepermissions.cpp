// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
//
// Who may do what with damage reports, enforced by the store (TwinStore::perform and
// ct_permission), for every role and every damage action: an allowed action changes the
// report and writes one audit row; a refused one names the role and the action and writes
// nothing. The UI's mayPerform() answers the same.
#include "damagetestsupport.h"

#include "ct/damage/damageactions.h"

#include <QtTest>

using namespace ct::damage;
using ct::core::Error;
using ct::core::Role;
using test::Footprint;

Q_DECLARE_METATYPE(ct::core::Role)

namespace {

enum class Act { Report, Verify, Assign, Resolve, MarkDuplicate };

} // namespace

Q_DECLARE_METATYPE(Act)

class TestDamagePermissions : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_twin = m_city.copyTo(m_dir->filePath(QStringLiteral("twin.gpkg")));
        m_inside = test::pointInCity(*m_twin);
    }

    void matrix_data()
    {
        QTest::addColumn<Role>("role");
        QTest::addColumn<Act>("act");
        QTest::addColumn<bool>("allowed");
        // The grants of the damage schema, written out independently of its SQL:
        //                        report verify assign resolve duplicate
        struct Row { Role role; bool grants[5]; };
        const Row rows[] = {
            {Role::Administrator,      {true,  true,  true,  true,  true}},
            {Role::HqCommander,        {true,  true,  true,  true,  true}},
            {Role::ShelterStaff,       {true,  false, false, false, false}},
            {Role::Planner,            {true,  false, false, false, false}},
            {Role::MobilityDispatcher, {true,  false, false, true,  false}},
            {Role::PoliceLiaison,      {true,  false, false, false, false}},
            {Role::SchoolLiaison,      {true,  false, false, false, false}},
            {Role::Viewer,             {false, false, false, false, false}},
            {Role::System,             {true,  true,  true,  true,  true}},
        };
        const char *acts[] = {"report", "verify", "assign", "resolve", "duplicate"};
        for (const Row &row : rows) {
            for (int a = 0; a < 5; ++a) {
                QTest::newRow(qPrintable(ct::core::roleName(row.role) + QLatin1Char(' ') + QLatin1String(acts[a])))
                    << row.role << Act(a) << row.grants[a];
            }
        }
    }
    void matrix()
    {
        QFETCH(Role, role);
        QFETCH(Act, act);
        QFETCH(bool, allowed);
        DamageRegistry registry(*m_twin);
        const auto system = ct::core::Actor::system(QStringLiteral("test"));
        // A report in the state the action needs, prepared by the system.
        const qint64 original = registry.submit(system, test::sampleReport(m_inside)).value();
        const qint64 fid = registry.submit(system, test::sampleReport(m_inside)).value();
        if (act == Act::Assign || act == Act::Resolve)
            QVERIFY(registry.verify(system, fid));
        if (act == Act::Resolve)
            QVERIFY(registry.assign(system, fid, QStringLiteral("team")));
        const ct::core::Actor who = test::actor(role);
        QString action;
        switch (act) {
        case Act::Report: action = DamageActions::report(); break;
        case Act::Resolve: action = DamageActions::resolve(); break;
        default: action = DamageActions::triage(); break;
        }
        const QString target = act == Act::Report ? DamageSchema::layerName() : DamageActions::target(fid);
        QCOMPARE(m_twin->mayPerform(who, action, target).ok(), allowed);

        const Footprint before = Footprint::of(*m_twin);
        ct::core::Status status;
        switch (act) {
        case Act::Report: {
            auto result = registry.submit(who, test::sampleReport(m_inside));
            status = result.ok() ? ct::core::Status() : ct::core::Status(result.error());
            break;
        }
        case Act::Verify: status = registry.verify(who, fid); break;
        case Act::Assign: status = registry.assign(who, fid, QStringLiteral("crew")); break;
        case Act::Resolve: status = registry.resolve(who, fid); break;
        case Act::MarkDuplicate: status = registry.markDuplicate(who, fid, original); break;
        }
        QCOMPARE(status.ok(), allowed);
        if (allowed) {
            QCOMPARE(test::scalar(*m_twin, "SELECT count(*) FROM ct_audit"), before.audit + 1);
            const auto audit = m_twin->auditLog(1);
            QCOMPARE(audit[0].role, role);
            QCOMPARE(audit[0].action, action);
        } else {
            QCOMPARE(status.error().kind, Error::Kind::Refused);
            QVERIFY2(status.error().message.contains(ct::core::roleName(role)) && status.error().message.contains(action),
                     qPrintable(status.error().message));
            const Footprint after = Footprint::of(*m_twin);
            QVERIFY2(after == before, after.toText() + " vs " + before.toText());
        }
    }

    void readOnlyTwinRefusesEverything()
    {
        // a twin opened read-only: even the system cannot write
        const QString path = m_dir->filePath(QStringLiteral("twin.gpkg"));
        auto ro = ct::store::TwinStore::open(path, ct::store::TwinStore::OpenMode::ReadOnly);
        QVERIFY(ro.ok());
        DamageRegistry registry(*ro.value());
        auto fid = registry.submit(ct::core::Actor::system(), test::sampleReport(m_inside));
        QVERIFY(!fid.ok());
    }

private:
    test::CityTemplate m_city;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ct::store::TwinStore> m_twin;
    ct::geo::Point m_inside;
};

QTEST_GUILESS_MAIN(TestDamagePermissions)
#include "tst_damagepermissions.moc"
