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
    void boundTargets_data();
    void boundTargets();
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
    QTest::newRow("viewer") << Role::Viewer << "viewer";
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
    QVERIFY(actor.bindings.isEmpty());
}

void TestActor::boundTargets_data()
{
    QTest::addColumn<QStringList>("bindings");
    QTest::addColumn<QString>("target");
    QTest::addColumn<bool>("bound");
    const QStringList one{QStringLiteral("shelter:12")};
    QTest::newRow("equal") << one << "shelter:12" << true;
    QTest::newRow("below") << one << "shelter:12/capacity" << true;
    QTest::newRow("deeper") << one << "shelter:12/rooms/3" << true;
    QTest::newRow("longer id") << one << "shelter:123" << false;
    QTest::newRow("prefix of binding") << one << "shelter:1" << false;
    QTest::newRow("other shelter") << one << "shelter:13" << false;
    QTest::newRow("empty target") << one << "" << false;
    QTest::newRow("no bindings") << QStringList() << "shelter:12" << false;
    QTest::newRow("second binding") << QStringList{QStringLiteral("shelter:1"), QStringLiteral("school:7")} << "school:7/roll" << true;
    QTest::newRow("empty binding covers nothing") << QStringList{QString()} << "shelter:12" << false;
    QTest::newRow("empty binding, empty target") << QStringList{QString()} << "" << false;
    QTest::newRow("case matters") << one << "Shelter:12" << false;
}

void TestActor::boundTargets()
{
    QFETCH(QStringList, bindings);
    QFETCH(QString, target);
    QFETCH(bool, bound);
    ct::core::Actor actor{QStringLiteral("op"), Role::ShelterStaff, bindings};
    QCOMPARE(actor.isBoundTo(target), bound);
}

QTEST_GUILESS_MAIN(TestActor)
#include "tst_actor.moc"
