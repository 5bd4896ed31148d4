// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
//
// Areas drawn one at a time (DrawnAreas): bad shapes refused with the field named and nothing
// written; "safety.areas.write" for police, planners, HQ and administrators only; add and delete
// audited (the shape in WGS84); the areas then match alerts like imported ones.
#include "safetytestsupport.h"

#include "ct/safety/areacatalogue.h"
#include "ct/safety/areamatcher.h"
#include "ct/safety/drawnareas.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using namespace ct;
using namespace ct::safety;
using core::Actor;
using core::Role;

namespace {
const Actor kPolice{QStringLiteral("police"), Role::PoliceLiaison, {}};

SubscriptionArea polygon(std::vector<geo::Point> ring, QString name = QStringLiteral("区域"))
{
    SubscriptionArea a;
    a.kind = SubscriptionArea::Kind::Polygon;
    a.name = std::move(name);
    a.subscribers = 10;
    if (!ring.empty())
        ring.push_back(ring.front());
    a.polygon = ring.empty() ? geo::Geometry() : geo::Geometry::polygon({ring});
    return a;
}

SubscriptionArea radius(geo::Point centre, double metres)
{
    SubscriptionArea a;
    a.kind = SubscriptionArea::Kind::Radius;
    a.name = QStringLiteral("円");
    a.subscribers = 3;
    a.centre = centre;
    a.radiusMetres = metres;
    return a;
}
} // namespace

Q_DECLARE_METATYPE(ct::safety::SubscriptionArea)

class TestDrawnAreas : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<store::TwinStore> m_twin;

private slots:
    void initTestCase() { m_twin = test::writeSafetyTwin(m_dir.filePath(QStringLiteral("t.gpkg")), false); }

    void badShapesAreRefused_data()
    {
        QTest::addColumn<SubscriptionArea>("area");
        QTest::addColumn<QString>("where");
        QTest::addColumn<QString>("says");
        QTest::newRow("two corners") << polygon({{21000, 7000}, {22000, 7000}}) << "polygon" << "three corners";
        QTest::newRow("no corners") << polygon({}) << "polygon" << "three corners";
        QTest::newRow("bow tie") << polygon({{21000, 7000}, {22000, 8000}, {22000, 7000}, {21000, 8000}}) << "polygon" << "crosses itself";
        QTest::newRow("on one line") << polygon({{21000, 7000}, {22000, 7000}, {23000, 7000}}) << "polygon" << "crosses itself";
        QTest::newRow("corner outside") << polygon({{25000, 7000}, {26500, 7000}, {25500, 8000}}) << "polygon" << "Corner 2";
        QTest::newRow("wholly outside") << polygon({{1000, 1000}, {2000, 1000}, {1500, 2000}}) << "polygon" << "outside the city";
        QTest::newRow("no name") << polygon({{21000, 7000}, {22000, 7000}, {21500, 8000}}, QStringLiteral("  ")) << "name" << "name";
        QTest::newRow("radius too small") << radius({22000, 9000}, 5) << "radius_m" << "between 10 m";
        QTest::newRow("radius too large") << radius({22000, 9000}, 50000) << "radius_m" << "between 10 m";
        QTest::newRow("radius not a number") << radius({22000, 9000}, std::nan("")) << "radius_m" << "between 10 m";
        QTest::newRow("centre outside") << radius({30000, 9000}, 300) << "centre" << "outside the city";
        SubscriptionArea negative = radius({22000, 9000}, 300);
        negative.subscribers = -1;
        QTest::newRow("negative subscribers") << negative << "subscribers" << "subscribers";
    }
    void badShapesAreRefused()
    {
        QFETCH(SubscriptionArea, area);
        QFETCH(QString, where);
        QFETCH(QString, says);
        const auto before = m_twin->auditLog(1000).size();
        auto added = DrawnAreas::add(*m_twin, kPolice, area);
        QVERIFY(!added);
        QCOMPARE(added.error().where, where);
        QVERIFY2(added.error().message.contains(says), qPrintable(added.error().message));
        QCOMPARE(m_twin->auditLog(1000).size(), before);
        QVERIFY(AreaCatalogue::read(*m_twin)->empty());
    }

    void whoMayDraw_data()
    {
        QTest::addColumn<int>("role");
        QTest::addColumn<bool>("allowed");
        QTest::newRow("police-liaison") << int(Role::PoliceLiaison) << true;
        QTest::newRow("planner") << int(Role::Planner) << true;
        QTest::newRow("hq-commander") << int(Role::HqCommander) << true;
        QTest::newRow("administrator") << int(Role::Administrator) << true;
        QTest::newRow("school-liaison") << int(Role::SchoolLiaison) << false;
        QTest::newRow("mobility-dispatcher") << int(Role::MobilityDispatcher) << false;
        QTest::newRow("shelter-staff") << int(Role::ShelterStaff) << false;
        QTest::newRow("viewer") << int(Role::Viewer) << false;
    }
    void whoMayDraw()
    {
        QFETCH(int, role);
        QFETCH(bool, allowed);
        const Actor actor{QStringLiteral("someone"), Role(role), {QStringLiteral("school:1")}};
        SubscriptionArea a = radius({22000, 9000}, 300);
        a.areaId = QStringLiteral("role-%1").arg(role);
        auto added = DrawnAreas::add(*m_twin, actor, a);
        QCOMPARE(added.ok(), allowed);
        const auto areas = AreaCatalogue::read(*m_twin).value();
        QCOMPARE(std::any_of(areas.begin(), areas.end(), [&](const SubscriptionArea &x) { return x.areaId == a.areaId; }), allowed);
        if (allowed) {
            QVERIFY(DrawnAreas::remove(*m_twin, Actor{QStringLiteral("viewer"), Role::Viewer, {}}, a.areaId).error().kind
                    == core::Error::Kind::Refused);
            QVERIFY(DrawnAreas::remove(*m_twin, actor, a.areaId).ok());
        }
    }

    void addedAreaMatchesAndIsAudited()
    {
        auto id = DrawnAreas::add(*m_twin, kPolice, polygon({{21000, 7000}, {23000, 7000}, {23000, 9000}, {21000, 9000}}, QStringLiteral("竹園")));
        QVERIFY2(id.ok(), qPrintable(id.ok() ? QString() : id.error().toString()));
        QVERIFY(id.value().startsWith(QStringLiteral("drawn-")));
        auto second = DrawnAreas::add(*m_twin, kPolice, radius({24000, 10000}, 500));
        QVERIFY(second.ok());
        QVERIFY(second.value() != id.value());

        const auto audit = m_twin->auditLog(2);
        QCOMPARE(audit[0].action, QStringLiteral("safety.areas.write"));
        QCOMPARE(audit[0].target, QStringLiteral("safety_areas/%1").arg(second.value()));
        const QJsonArray centre = audit[0].after.value(QStringLiteral("shape")).toObject().value(QStringLiteral("centre_wgs84")).toArray();
        QCOMPARE(centre.size(), 2);
        QVERIFY(std::abs(centre[0].toDouble() - 140.1) < 0.3 && std::abs(centre[1].toDouble() - 36.1) < 0.3);
        const QJsonArray ring = audit[1].after.value(QStringLiteral("shape")).toObject().value(QStringLiteral("ring_wgs84")).toArray();
        QCOMPARE(ring.size(), 5);

        // Matched like imported areas: inside the square, inside the circle, in neither.
        const auto areas = AreaCatalogue::read(*m_twin).value();
        AreaMatcher matcher(areas);
        auto names = [&](geo::Point p) {
            QStringList n;
            for (int i : matcher.match(p))
                n << areas[std::size_t(i)].areaId;
            n.sort();
            return n;
        };
        QCOMPARE(names({22000, 8000}), QStringList{id.value()});
        QCOMPARE(names({24300, 10100}), QStringList{second.value()});
        QVERIFY(names({25500, 7500}).isEmpty());

        QVERIFY(DrawnAreas::remove(*m_twin, kPolice, id.value()).ok());
        QCOMPARE(m_twin->auditLog(1)[0].before.value(QStringLiteral("name")).toString(), QStringLiteral("竹園"));
        auto missing = DrawnAreas::remove(*m_twin, kPolice, id.value());
        QVERIFY(!missing.ok());
        QCOMPARE(missing.error().kind, core::Error::Kind::NotFound);
    }
};

QTEST_GUILESS_MAIN(TestDrawnAreas)
#include "tst_drawnareas.moc"
