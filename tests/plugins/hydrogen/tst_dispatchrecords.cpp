// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
//
// The hydrogen plugin's operator actions through TwinStore::perform: bus state changes,
// accepting a plan into dispatch orders, order lifecycle, publishing the plan layers; each
// granted by the plugin's migration, refused for other roles without writing anything, and
// audited with the state before and after.
#include "outagefixture.h"

#include "ct/hydrogen/busstatebook.h"
#include "ct/hydrogen/dispatchinputreader.h"
#include "ct/hydrogen/dispatchorderbook.h"
#include "ct/hydrogen/hydrogenschema.h"
#include "ct/hydrogen/planevaluator.h"
#include "ct/hydrogen/planlayerwriter.h"
#include "ct/hydrogen/powerdispatchoptimizer.h"
#include "ct/hydrogen/powerplanreport.h"
#include "ct/hydrogen/twindispatchproblem.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace ct::hydrogen;
using ct::core::Actor;
using ct::core::Role;
using ct::store::TwinStore;

namespace {

Actor person(Role role) { return Actor{QStringLiteral("tanaka"), role, {}}; }

qint64 count(TwinStore &twin, const QString &sql)
{
    sqlite3_stmt *statement = nullptr;
    sqlite3_prepare_v2(twin.handle(), sql.toUtf8().constData(), -1, &statement, nullptr);
    qint64 value = -1;
    if (statement && sqlite3_step(statement) == SQLITE_ROW)
        value = sqlite3_column_int64(statement, 0);
    sqlite3_finalize(statement);
    return value;
}

QString text(TwinStore &twin, const QString &sql)
{
    sqlite3_stmt *statement = nullptr;
    sqlite3_prepare_v2(twin.handle(), sql.toUtf8().constData(), -1, &statement, nullptr);
    QString value;
    if (statement && sqlite3_step(statement) == SQLITE_ROW)
        value = QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(statement, 0)));
    sqlite3_finalize(statement);
    return value;
}

} // namespace

class TestDispatchRecords : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_template = m_dir.filePath(QStringLiteral("template.gpkg"));
        testing::OutageOptions options;
        options.scale = 0.05;
        options.buses = 3;
        const QString error = testing::outageTwin(m_template, QStringLiteral(CITYTWIN_PLUGIN_DIR), options);
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    void init()
    {
        const QString path = m_dir.filePath(QStringLiteral("%1.gpkg").arg(QTest::currentTestFunction()));
        QFile::remove(path);
        QVERIFY(QFile::copy(m_template, path));
        auto twin = TwinStore::open(path);
        QVERIFY(twin.ok());
        m_twin = std::move(twin.value());
        QCOMPARE(m_twin->schemaVersion(HydrogenSchema::component()), 2);
    }

    void cleanup() { m_twin.reset(); }

    void busStateChangeIsAudited()
    {
        BusStateBook book(*m_twin, [] { return QDateTime(QDate(2026, 3, 1), QTime(9, 0), Qt::UTC); });
        const qint64 auditBefore = count(*m_twin, QStringLiteral("SELECT count(*) FROM ct_audit"));
        const QString state = text(*m_twin, QStringLiteral("SELECT state FROM fuel_cell_buses WHERE bus_id = 'FCB02'"));
        QCOMPARE(state, QStringLiteral("in_service"));
        const auto status = book.setState(person(Role::MobilityDispatcher), QStringLiteral("FCB02"), BusState::EnRoute, 150.0);
        QVERIFY2(status.ok(), status.ok() ? "" : qPrintable(status.error().toString()));
        QCOMPARE(text(*m_twin, QStringLiteral("SELECT state FROM hydrogen_bus_state WHERE bus_id = 'FCB02'")), QStringLiteral("en_route"));
        QCOMPARE(text(*m_twin, QStringLiteral("SELECT state FROM fuel_cell_buses WHERE bus_id = 'FCB02'")), QStringLiteral("en_route"));
        QCOMPARE(count(*m_twin, QStringLiteral("SELECT count(*) FROM ct_audit")), auditBefore + 1);
        const auto audit = m_twin->auditLog(1);
        QCOMPARE(audit.front().action, QStringLiteral("hydrogen.set-bus-state"));
        QCOMPARE(audit.front().target, QStringLiteral("bus:FCB02"));
        QCOMPARE(audit.front().role, Role::MobilityDispatcher);
        QCOMPARE(audit.front().before.value(QStringLiteral("state")).toString(), QStringLiteral("in_service"));
        QCOMPARE(audit.front().after.value(QStringLiteral("state")).toString(), QStringLiteral("en_route"));
        QCOMPARE(audit.front().after.value(QStringLiteral("energy_kwh")).toDouble(), 150.0);
        // The reader sees the live state.
        auto buses = DispatchInputReader::buses(*m_twin);
        QVERIFY(buses.ok());
        bool seen = false;
        for (const FuelCellBus &bus : buses.value()) {
            if (bus.busId == QLatin1String("FCB02")) {
                QCOMPARE(bus.state, BusState::EnRoute);
                QCOMPARE(bus.energyKwh, 150.0);
                seen = true;
            }
        }
        QVERIFY(seen);
        auto history = book.history(QStringLiteral("FCB02"));
        QVERIFY(history.ok());
        QCOMPARE(history->size(), std::size_t(1));
        QCOMPARE(history->front().fromState, QStringLiteral("in_service"));
        QCOMPARE(history->front().operatorName, QStringLiteral("tanaka"));
    }

    void busStateRefusals_data()
    {
        QTest::addColumn<int>("role");
        QTest::addColumn<QString>("bus");
        QTest::addColumn<int>("to");
        QTest::addColumn<double>("energy");
        QTest::addColumn<int>("kind");
        QTest::newRow("planner may not") << int(Role::Planner) << "FCB02" << int(BusState::Off) << -1.0 << int(ct::core::Error::Kind::Refused);
        QTest::newRow("shelter staff may not") << int(Role::ShelterStaff) << "FCB02" << int(BusState::Off) << -1.0 << int(ct::core::Error::Kind::Refused);
        QTest::newRow("unknown bus") << int(Role::HqCommander) << "FCB99" << int(BusState::Off) << -1.0 << int(ct::core::Error::Kind::NotFound);
        QTest::newRow("same state") << int(Role::HqCommander) << "FCB02" << int(BusState::InService) << -1.0 << int(ct::core::Error::Kind::Refused);
        QTest::newRow("energy above the tank") << int(Role::HqCommander) << "FCB02" << int(BusState::EnRoute) << 300.0 << int(ct::core::Error::Kind::InvalidInput);
        QTest::newRow("negative energy") << int(Role::HqCommander) << "FCB02" << int(BusState::EnRoute) << -5.0 << int(ct::core::Error::Kind::InvalidInput);
    }

    void busStateRefusals()
    {
        QFETCH(int, role);
        QFETCH(QString, bus);
        QFETCH(int, to);
        QFETCH(double, energy);
        QFETCH(int, kind);
        BusStateBook book(*m_twin);
        const qint64 audit = count(*m_twin, QStringLiteral("SELECT count(*) FROM ct_audit"));
        const auto status = book.setState(person(Role(role)), bus, BusState(to),
                                          energy == -1.0 ? std::nullopt : std::optional<double>(energy));
        QVERIFY(!status.ok());
        QCOMPARE(int(status.error().kind), kind);
        QCOMPARE(count(*m_twin, QStringLiteral("SELECT count(*) FROM ct_audit")), audit);
        QCOMPARE(count(*m_twin, QStringLiteral("SELECT count(*) FROM hydrogen_bus_state_history")), 0);
        QCOMPARE(text(*m_twin, QStringLiteral("SELECT state FROM fuel_cell_buses WHERE bus_id = 'FCB02'")), QStringLiteral("in_service"));
    }

    void supplyToRefuellingNeedsTheDrive()
    {
        BusStateBook book(*m_twin);
        const Actor hq = person(Role::HqCommander);
        QVERIFY(book.setState(hq, QStringLiteral("FCB02"), BusState::SupplyingPower).ok());
        const auto direct = book.setState(hq, QStringLiteral("FCB02"), BusState::Refuelling);
        QVERIFY(!direct.ok());
        QVERIFY(direct.error().message.contains(QStringLiteral("supplying_power")));
        QVERIFY(book.setState(hq, QStringLiteral("FCB02"), BusState::EnRoute).ok());
        QVERIFY(book.setState(hq, QStringLiteral("FCB02"), BusState::Refuelling).ok());
        // Energy only.
        QVERIFY(book.setState(hq, QStringLiteral("FCB02"), BusState::Refuelling, 235.0).ok());
        QCOMPARE(book.history(QStringLiteral("FCB02"))->size(), std::size_t(4));
    }

    void acceptPlanCreatesOrders()
    {
        auto loaded = TwinDispatchProblem::load(*m_twin, DispatchOptions{});
        QVERIFY(loaded.ok());
        const DispatchProblem &problem = loaded.value()->problem();
        auto plan = PowerDispatchOptimizer(problem).optimise();
        QVERIFY(plan.ok());
        int stops = 0;
        for (const BusPlan &bus : plan->buses)
            stops += int(bus.stops.size());
        QVERIFY(stops > 0);
        const QDateTime start(QDate(2026, 3, 1), QTime(9, 0), Qt::UTC);
        DispatchOrderBook book(*m_twin, [&] { return start; });

        // A planner may not accept; nothing is written.
        auto refused = book.accept(person(Role::Planner), problem, plan.value(), start);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().kind, ct::core::Error::Kind::Refused);
        QCOMPARE(count(*m_twin, QStringLiteral("SELECT count(*) FROM hydrogen_dispatch_order")), 0);

        auto accepted = book.accept(person(Role::HqCommander), problem, plan.value(), start, 123.0);
        QVERIFY2(accepted.ok(), accepted.ok() ? "" : qPrintable(accepted.error().toString()));
        auto orders = book.orders();
        QVERIFY(orders.ok());
        QCOMPARE(int(orders->size()), stops);
        double shares = 0.0;
        for (const DispatchOrder &order : orders.value()) {
            QCOMPARE(order.state, OrderState::Pending);
            QCOMPARE(order.planId, accepted.value());
            QVERIFY(order.departAt >= start);
            QVERIFY(order.arriveAt >= order.departAt);
            QVERIFY(order.serviceUntil >= order.arriveAt);
            QVERIFY(order.refuel ? order.stationFid > 0 : order.shelterFid > 0);
            shares += order.coveredPersonHours;
        }
        QVERIFY(std::abs(shares - plan->coveredPersonHours) < 1e-6);
        auto latest = book.latestPlan();
        QVERIFY(latest.ok() && latest->has_value());
        QCOMPARE((*latest)->baselinePersonHours, 123.0);
        QCOMPARE((*latest)->acceptedBy, QStringLiteral("tanaka"));
        const auto audit = m_twin->auditLog(1).front();
        QCOMPARE(audit.action, QStringLiteral("hydrogen.accept-plan"));
        QCOMPARE(audit.after.value(QStringLiteral("orders")).toArray().size(), stops);

        // Lifecycle of one order.
        const qint64 id = orders->front().id;
        const Actor dispatcher = person(Role::MobilityDispatcher);
        QVERIFY(!book.setState(dispatcher, id, OrderState::Done).ok());          // not underway yet
        QVERIFY(book.setState(dispatcher, id, OrderState::Underway).ok());
        QVERIFY(!book.setState(person(Role::Planner), id, OrderState::Done).ok()); // planners read only
        QVERIFY(book.setState(dispatcher, id, OrderState::Done).ok());
        QVERIFY(!book.setState(dispatcher, id, OrderState::Cancelled).ok());     // done is final
        QCOMPARE(m_twin->auditLog(1).front().target, DispatchOrderBook::orderTarget(id));
        QCOMPARE(m_twin->auditLog(1).front().before.value(QStringLiteral("state")).toString(), QStringLiteral("underway"));

        // A new plan cancels the pending orders of the first; the finished one stays done.
        auto second = book.accept(person(Role::HqCommander), problem, plan.value(), start.addSecs(3600));
        QVERIFY(second.ok());
        QVERIFY(second.value() > accepted.value());
        auto all = book.orders(true);
        QVERIFY(all.ok());
        for (const DispatchOrder &order : all.value()) {
            if (order.planId == accepted.value())
                QCOMPARE(order.state, order.id == id ? OrderState::Done : OrderState::Cancelled);
            else
                QCOMPARE(order.state, OrderState::Pending);
        }
        QCOMPARE(int(book.orders()->size()), stops);
    }

    void infeasibleOrEmptyPlansAreRefused()
    {
        auto loaded = TwinDispatchProblem::load(*m_twin, DispatchOptions{});
        QVERIFY(loaded.ok());
        const DispatchProblem &problem = loaded.value()->problem();
        DispatchOrderBook book(*m_twin);
        const PlanEvaluator evaluator(problem);
        DispatchPlan empty = evaluator.plan(std::vector<StopSequence>(problem.buses.size()));
        QVERIFY(!book.accept(person(Role::HqCommander), problem, empty, QDateTime::currentDateTimeUtc()).ok());
        DispatchPlan broken = empty;
        broken.feasible = false;
        QVERIFY(!book.accept(person(Role::HqCommander), problem, broken, QDateTime::currentDateTimeUtc()).ok());
        QCOMPARE(count(*m_twin, QStringLiteral("SELECT count(*) FROM hydrogen_dispatch_plan")), 0);
    }

    void publishPlanLayers()
    {
        auto loaded = TwinDispatchProblem::load(*m_twin, DispatchOptions{});
        QVERIFY(loaded.ok());
        const DispatchProblem &problem = loaded.value()->problem();
        auto plan = PowerDispatchOptimizer(problem).optimise();
        QVERIFY(plan.ok());
        const QDateTime start(QDate(2026, 3, 1), QTime(9, 0), Qt::UTC);
        auto refused = PlanLayerWriter::publish(*m_twin, person(Role::ShelterStaff), *loaded.value(), plan.value(), start);
        QVERIFY(!refused.ok());
        QVERIFY(!m_twin->hasLayer(PlanLayerWriter::routeLayer()));

        const auto status = PlanLayerWriter::publish(*m_twin, person(Role::Planner), *loaded.value(), plan.value(), start);
        QVERIFY2(status.ok(), status.ok() ? "" : qPrintable(status.error().toString()));
        int stops = 0, drives = 0;
        for (const BusPlan &bus : plan->buses) {
            stops += int(bus.stops.size());
            for (const PlanStop &stop : bus.stops)
                drives += stop.driveKm > 0.0 ? 1 : 0;
        }
        auto routes = m_twin->read(PlanLayerWriter::routeLayer(), {QStringLiteral("bus_id"), QStringLiteral("eta")});
        auto points = m_twin->read(PlanLayerWriter::stopLayer(), {QStringLiteral("label")});
        QVERIFY(routes.ok() && points.ok());
        QCOMPARE(int(routes->size()), drives);
        QCOMPARE(int(points->size()), stops);
        for (std::size_t i = 0; i < routes->size(); ++i) {
            QVERIFY(routes->geometries[i].points().size() >= 2);
            QVERIFY(!routes->columns[1][i].toString().isEmpty());
        }
        const QString firstLabel = points->columns[0][0].toString();
        QVERIFY2(firstLabel.startsWith(QStringLiteral("FCB")) && firstLabel.contains(QStringLiteral(" ▸ ")), qPrintable(firstLabel));
        QCOMPARE(m_twin->auditLog(1).front().action, QStringLiteral("hydrogen.publish-plan"));

        // Publishing again replaces; clearing empties.
        QVERIFY(PlanLayerWriter::publish(*m_twin, person(Role::Planner), *loaded.value(), plan.value(), start).ok());
        QCOMPARE(m_twin->layer(PlanLayerWriter::stopLayer())->featureCount, qint64(stops));
        QVERIFY(PlanLayerWriter::clear(*m_twin, person(Role::HqCommander)).ok());
        QCOMPARE(m_twin->layer(PlanLayerWriter::stopLayer())->featureCount, qint64(0));
        QCOMPARE(m_twin->layer(PlanLayerWriter::routeLayer())->featureCount, qint64(0));
    }

    void reportShowsThePlanInForce()
    {
        auto loaded = TwinDispatchProblem::load(*m_twin, DispatchOptions{});
        QVERIFY(loaded.ok());
        const DispatchProblem &problem = loaded.value()->problem();
        auto plan = PowerDispatchOptimizer(problem).optimise();
        QVERIFY(plan.ok());
        const QDateTime accepted(QDate(2026, 3, 1), QTime(9, 0), Qt::UTC);
        DispatchOrderBook book(*m_twin, [&] { return accepted; });
        auto id = book.accept(person(Role::HqCommander), problem, plan.value(), accepted, 100.0);
        QVERIFY(id.ok());
        auto orders = book.orders();
        QVERIFY(orders.ok());
        QVERIFY(book.setState(person(Role::HqCommander), orders->front().id, OrderState::Underway).ok());

        ct::plugin::ReportContext context;
        context.store = m_twin.get();
        context.language = QStringLiteral("en");
        context.at = accepted.addSecs(3600);
        auto sections = PowerPlanReport::sections(context);
        QCOMPARE(sections.size(), std::size_t(2));
        const auto &power = sections[0];
        QCOMPARE(power.id, QStringLiteral("hydrogen.power-plan"));
        QCOMPARE(power.tables.size(), 1);
        QCOMPARE(power.tables[0].rows.size(), int(orders->size()));
        for (const QStringList &row : power.tables[0].rows)
            QCOMPARE(row.size(), power.tables[0].headers.size());
        auto figure = [&](const QString &label) {
            for (const auto &f : power.figures)
                if (f.first == label)
                    return f.second;
            return QString();
        };
        QCOMPARE(figure(QStringLiteral("Orders underway")), QStringLiteral("1"));
        QCOMPARE(figure(QStringLiteral("Orders pending")), QString::number(orders->size() - 1));
        QCOMPARE(figure(QStringLiteral("Covered person-hours (plan)")), QLocale(QLocale::English).toString(plan->coveredPersonHours, 'f', 0));
        QCOMPARE(figure(QStringLiteral("Covered person-hours (simple greedy rule)")), QStringLiteral("100"));
        QVERIFY(power.paragraphs.front().contains(QStringLiteral("tanaka")));
        const auto &fleet = sections[1];
        QCOMPARE(fleet.id, QStringLiteral("hydrogen.fleet"));
        QCOMPARE(fleet.tables[0].rows.size(), 3);

        // Before the plan was accepted, the report says there was none.
        context.at = accepted.addSecs(-3600);
        sections = PowerPlanReport::sections(context);
        QVERIFY(sections[0].tables.isEmpty());
        QVERIFY(sections[0].paragraphs.front().contains(QStringLiteral("No power dispatch plan")));
    }

private:
    QTemporaryDir m_dir;
    QString m_template;
    std::unique_ptr<TwinStore> m_twin;
};

QTEST_GUILESS_MAIN(TestDispatchRecords)
#include "tst_dispatchrecords.moc"
