// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
//
// Planned drone and robot paths on a generated twin: the Live page's robot delivery check
// (RobotDeliveryCheck: robot of the fleet → a place or any point on the walking network, length,
// time, battery, or the refusal's reason) and drone flight check share their last plan through
// the session's view settings (PlannedPath), and the `fleet_planned_path` overlay draws it: dots
// along the legs (never inside a no-fly zone for a drone), the ends larger; a refusal takes the
// drawn path away. The overlay source is compiled in from plugins/fleets/ui.
#include "plannedpathoverlaysource.h"
#include "fakesession.h"

#include "ct/citygen/citygenerator.h"
#include "ct/fleets/fleetschema.h"
#include "ct/fleets/logistics/droneflightcheck.h"
#include "ct/fleets/logistics/noflyzones.h"
#include "ct/fleets/logistics/plannedpath.h"
#include "ct/fleets/logistics/robotdeliverycheck.h"
#include "ct/geo/geometry.h"
#include "ct/pluginapi/twinaccess.h"
#include "ct/store/twinstore.h"

#include <QTemporaryDir>
#include <QtTest>

#include <ogr_geometry.h>
#include <sqlite3.h>

using namespace ct;
using namespace ct::fleets;

namespace {

bool exec(store::TwinStore &twin, const QString &sql)
{
    return sqlite3_exec(twin.handle(), sql.toUtf8().constData(), nullptr, nullptr, nullptr) == SQLITE_OK;
}

double distanceToSegment(geo::Point p, geo::Point a, geo::Point b)
{
    const double dx = b.x - a.x, dy = b.y - a.y, l2 = dx * dx + dy * dy;
    const double t = l2 > 0 ? std::clamp(((p.x - a.x) * dx + (p.y - a.y) * dy) / l2, 0.0, 1.0) : 0.0;
    return std::hypot(p.x - (a.x + t * dx), p.y - (a.y + t * dy));
}

double distanceToPolyline(geo::Point p, const std::vector<geo::Point> &line)
{
    double best = std::numeric_limits<double>::infinity();
    for (std::size_t i = 1; i < line.size(); ++i)
        best = std::min(best, distanceToSegment(p, line[i - 1], line[i]));
    return best;
}

} // namespace

class TestPlannedPath : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<store::TwinStore> m_twin;
    testing::FakeSession m_session{nullptr, core::Actor::system(QStringLiteral("tst"))};
    PlannedPathOverlaySource m_overlay;

    core::Result<plugin::Overlay> readOverlay() const
    {
        return m_overlay.read(*m_twin, m_session.actor(), m_session.viewSettings(QStringLiteral("fleets")));
    }

private slots:
    void initTestCase()
    {
        citygen::GeneratorOptions options;
        options.scale = 0.05;
        const QString path = m_dir.filePath(QStringLiteral("city.gpkg"));
        auto report = citygen::CityGenerator::generate(path, options);
        QVERIFY2(report.ok(), report.ok() ? "" : qPrintable(report.error().toString()));
        auto twin = store::TwinStore::open(path, store::TwinStore::OpenMode::ReadWrite);
        QVERIFY(twin);
        m_twin = std::move(twin.value());
        QVERIFY(m_twin->migrate(QStringLiteral("fleets"), FleetSchema::migrations()));
        m_session.open(m_twin.get());
        QCOMPARE(m_overlay.descriptor().table, QStringLiteral("fleet_planned_path"));
        QCOMPARE(m_overlay.descriptor().owner, QStringLiteral("fleets"));
    }

    void robotDeliveryToAPlace()
    {
        RobotDeliveryCheck check;
        check.setTwin(&m_session);
        QVERIFY(check.robots().size() >= 2);
        QVERIFY(!check.places().isEmpty());
        const QString robot = check.robots().first();
        QVERIFY(exec(*m_twin, QStringLiteral("UPDATE fleet_vehicle SET energy_level = 0.9, cruise_speed_kmh = 6 WHERE vehicle_id = '%1'").arg(robot)));
        // Some place is reachable on the walking network (the nearest ones are, in a generated twin).
        int feasible = -1;
        for (int i = 0; i < check.places().size() && feasible < 0; ++i)
            if (check.check(robot, i))
                feasible = i;
        QVERIFY2(feasible >= 0, qPrintable(check.result()));
        QVERIFY(check.feasible());
        QVERIFY(check.metres() > 0.0);
        QVERIFY(qAbs(check.seconds() - check.metres() / (6.0 / 3.6)) < 1e-6);
        QVERIFY(qAbs(check.batteryAfter() - (0.9 - check.metres() / RobotDeliveryCheck::kFullRangeM)) < 1e-9);
        QVERIFY2(check.result().contains(QStringLiteral("battery 90 % → ")), qPrintable(check.result()));

        // Shared with the map overlay: the robot's way, from the robot to the place.
        const PlannedPath path = PlannedPath::fromSettings(m_session.viewSettings(QStringLiteral("fleets")));
        QCOMPARE(path.kind, PlannedPath::Kind::Robot);
        QCOMPARE(path.vehicleId, robot);
        QVERIFY(path.polyline.size() >= 2);
        QCOMPARE(path.metres, check.metres());
        double x = 0, y = 0;
        {
            sqlite3_stmt *s = nullptr;
            sqlite3_prepare_v2(m_twin->handle(), "SELECT x, y FROM fleet_vehicle WHERE vehicle_id = ?", -1, &s, nullptr);
            const QByteArray id = robot.toUtf8();
            sqlite3_bind_text(s, 1, id.constData(), -1, SQLITE_TRANSIENT);
            QCOMPARE(sqlite3_step(s), SQLITE_ROW);
            x = sqlite3_column_double(s, 0);
            y = sqlite3_column_double(s, 1);
            sqlite3_finalize(s);
        }
        QVERIFY(std::hypot(path.polyline.front().x - x, path.polyline.front().y - y) < 1e-6);

        // The overlay: dots along the way, every symbol on it, the two ends larger.
        auto overlay = readOverlay();
        QVERIFY(overlay);
        QVERIFY(overlay->points.size() >= 3);
        int ends = 0;
        for (const auto &p : overlay->points) {
            QVERIFY(distanceToPolyline(p.position, path.polyline) < 1e-6);
            QVERIFY(p.featureId.isEmpty()); // a plan is drawn, not picked
            ends += p.sizePixels >= 12.0f;
        }
        QCOMPARE(ends, 2);
        QVERIFY2(overlay->note.contains(robot), qPrintable(overlay->note));
        QCOMPARE(overlay->legend.size(), std::size_t(1));

        // To a point clicked on the map: the robot's own position moved 120 m east is close by.
        QVERIFY(check.checkTo(robot, x + 120.0, y));
        QVERIFY(qAbs(PlannedPath::fromSettings(m_session.viewSettings(QStringLiteral("fleets"))).polyline.back().x - (x + 120.0)) < 1e-6);
    }

    void robotRefusalsNameTheReason()
    {
        RobotDeliveryCheck check;
        check.setTwin(&m_session);
        const QString robot = check.robots().first();
        // Far off the network: refused with the distance, the drawn way taken away.
        double x = 0, y = 0;
        {
            sqlite3_stmt *s = nullptr;
            sqlite3_prepare_v2(m_twin->handle(), "SELECT x, y FROM fleet_vehicle WHERE kind = 'delivery_robot' ORDER BY vehicle_id LIMIT 1", -1, &s,
                               nullptr);
            QCOMPARE(sqlite3_step(s), SQLITE_ROW);
            x = sqlite3_column_double(s, 0);
            y = sqlite3_column_double(s, 1);
            sqlite3_finalize(s);
        }
        QVERIFY(check.checkTo(robot, x + 100.0, y + 20.0));
        QVERIFY(!PlannedPath::fromSettings(m_session.viewSettings(QStringLiteral("fleets"))).isEmpty());
        QVERIFY(!check.checkTo(robot, x + 50000.0, y));
        QVERIFY2(check.result().contains(QStringLiteral("from the nearest footway")), qPrintable(check.result()));
        QVERIFY(!check.feasible());
        QVERIFY(PlannedPath::fromSettings(m_session.viewSettings(QStringLiteral("fleets"))).isEmpty());
        auto overlay = readOverlay();
        QVERIFY(overlay);
        QVERIFY(overlay->points.empty());
        QVERIFY(!overlay->note.isEmpty());
        // Not a robot.
        QVERIFY(!check.checkTo(QStringLiteral("NOPE-1"), x, y));
        QVERIFY2(check.result().contains(QStringLiteral("NOPE-1")), qPrintable(check.result()));
        // At the reserve: refused before routing.
        QVERIFY(exec(*m_twin, QStringLiteral("UPDATE fleet_vehicle SET energy_level = 0.08 WHERE vehicle_id = '%1'").arg(robot)));
        QVERIFY(!check.checkTo(robot, x + 100.0, y + 20.0));
        QVERIFY2(check.result().contains(QStringLiteral("reserve")), qPrintable(check.result()));
        // Above the reserve but not enough for the way: 0.11 lasts 200 m, the way is longer.
        QVERIFY(exec(*m_twin, QStringLiteral("UPDATE fleet_vehicle SET energy_level = 0.11 WHERE vehicle_id = '%1'").arg(robot)));
        int refusedForRange = 0;
        for (int i = 0; i < check.places().size() && refusedForRange == 0; ++i) {
            if (!check.check(robot, i) && check.result().contains(QStringLiteral("battery lasts")))
                ++refusedForRange;
        }
        QVERIFY2(refusedForRange > 0, qPrintable(check.result()));
        QVERIFY(exec(*m_twin, QStringLiteral("UPDATE fleet_vehicle SET energy_level = 0.9 WHERE vehicle_id = '%1'").arg(robot)));
    }

    void droneFlightDrawnOutsideTheZones()
    {
        DroneFlightCheck check;
        check.setTwin(&m_session);
        QVERIFY(!check.drones().isEmpty());
        const QString drone = check.drones().first();
        QVERIFY(exec(*m_twin, QStringLiteral("UPDATE fleet_vehicle SET energy_level = 1.0 WHERE vehicle_id = '%1'").arg(drone)));
        auto zones = NoFlyZones::read(*m_twin);
        QVERIFY(zones && !zones->empty());
        std::vector<OGRPolygon> polygons;
        for (const NoFlyZone &z : *zones) {
            OGRPolygon polygon;
            auto *ring = new OGRLinearRing;
            for (const geo::Point &p : z.rings.front())
                ring->addPoint(p.x, p.y);
            ring->closeRings();
            polygon.addRingDirectly(ring);
            polygons.push_back(polygon);
        }
        // Every feasible flight (there and back) to the twin's places, the one with most legs kept.
        int checked = 0, turns = 0;
        for (int i = 0; i < check.places().size(); ++i) {
            if (!check.check(drone, i, true))
                continue;
            ++checked;
            const PlannedPath path = PlannedPath::fromSettings(m_session.viewSettings(QStringLiteral("fleets")));
            QCOMPARE(path.kind, PlannedPath::Kind::Drone);
            QVERIFY(path.polyline.size() >= 3); // out and back
            turns += path.polyline.size() > 3 ? 1 : 0;
            auto overlay = readOverlay();
            QVERIFY(overlay);
            QVERIFY(overlay->points.size() > path.polyline.size());
            for (const auto &p : overlay->points) {
                QVERIFY(distanceToPolyline(p.position, path.polyline) < 1e-6);
                OGRPoint point(p.position.x, p.position.y);
                for (const OGRPolygon &polygon : polygons)
                    QVERIFY2(!polygon.Contains(&point), qPrintable(QStringLiteral("%1, %2").arg(p.position.x).arg(p.position.y)));
            }
            // Dots at most kSpacingM apart along a leg (the path is short enough for that spacing).
            QVERIFY(path.metres / PlannedPathOverlaySource::kSpacingM < PlannedPathOverlaySource::kMaxDots);
            std::size_t dotsExpected = 0;
            for (std::size_t k = 1; k < path.polyline.size(); ++k) {
                const double leg = std::hypot(path.polyline[k].x - path.polyline[k - 1].x, path.polyline[k].y - path.polyline[k - 1].y);
                dotsExpected += std::size_t(std::max(1, int(std::ceil(leg / PlannedPathOverlaySource::kSpacingM)))) - 1;
            }
            QCOMPARE(overlay->points.size(), dotsExpected + path.polyline.size());
        }
        QVERIFY2(checked > 0, qPrintable(check.result()));
        qInfo("%d feasible flights drawn, %d with turns around a zone", checked, turns);
        // A refusal takes the drawn flight away.
        QVERIFY(exec(*m_twin, QStringLiteral("UPDATE fleet_vehicle SET energy_level = 0.1 WHERE vehicle_id = '%1'").arg(drone)));
        QVERIFY(!check.check(drone, 0, true));
        QVERIFY(PlannedPath::fromSettings(m_session.viewSettings(QStringLiteral("fleets"))).isEmpty());
        QVERIFY(readOverlay()->points.empty());
    }
};

QTEST_GUILESS_MAIN(TestPlannedPath)
#include "tst_plannedpath.moc"
