// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "ct/core/actor.h"

#include <QTest>

using ct::core::Role;

class TestActor : public QObject
{
    Q_OBJECT

private slots:
    void roleNamesRoundTrip_data();
    void roleNamesRoundTrip();
    void unknownRoleNameIsRejected();
    void systemActor();
};

void TestActor::roleNamesRoundTrip_data()
{
    QTest::addColumn<Role>("role");
    QTest::addColumn<QString>("name");
    QTest::newRow("administrator") << Role::Administrator << "administrator";
    QTest::newRow("hq commander") << Role::HqCommander << "hq-commander";
    QTest::newRow("shelter staff") << Role::ShelterStaff << "shelter-staff";
    QTest::newRow("planner") << Role::Planner << "planner";
    QTest::newRow("dispatcher") << Role::MobilityDispatcher << "mobility-dispatcher";
    QTest::newRow("police liaison") << Role::PoliceLiaison << "police-liaison";
    QTest::newRow("school liaison") << Role::SchoolLiaison << "school-liaison";
    QTest::newRow("system") << Role::System << "system";
}

void TestActor::roleNamesRoundTrip()
{
    QFETCH(Role, role);
    QFETCH(QString, name);
    QCOMPARE(ct::core::roleName(role), name);
    Role parsed = Role::Administrator;
    QVERIFY(ct::core::roleFromName(name, &parsed));
    QCOMPARE(parsed, role);
}

void TestActor::unknownRoleNameIsRejected()
{
    Role parsed = Role::Planner;
    QVERIFY(!ct::core::roleFromName(QStringLiteral("superuser"), &parsed));
    QCOMPARE(parsed, Role::Planner); // untouched
    QVERIFY(!ct::core::roleFromName(QStringLiteral("HQ-Commander"), &parsed)); // names are exact
}

void TestActor::systemActor()
{
    const auto actor = ct::core::Actor::system(QStringLiteral("citytwin-cli"));
    QCOMPARE(actor.operatorName, QStringLiteral("citytwin-cli"));
    QCOMPARE(actor.role, Role::System);
}

QTEST_GUILESS_MAIN(TestActor)
#include "tst_actor.moc"
