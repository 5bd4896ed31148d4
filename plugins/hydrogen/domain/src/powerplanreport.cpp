// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "ct/hydrogen/powerplanreport.h"

#include "ct/hydrogen/dispatchinputreader.h"
#include "ct/hydrogen/dispatchorderbook.h"
#include "ct/hydrogen/hydrogenschema.h"
#include "ct/hydrogen/planlayerwriter.h"

#include "ct/store/twinstore.h"

#include <QCoreApplication>
#include <QLocale>

#include <map>

namespace ct::hydrogen {

namespace {

QString tr(const char *text) { return QCoreApplication::translate("PowerPlanReport", text); }

QString busState(BusState state)
{
    switch (state) {
    case BusState::InService: return tr("in service");
    case BusState::EnRoute: return tr("en route");
    case BusState::SupplyingPower: return tr("supplying power");
    case BusState::Refuelling: return tr("refuelling");
    case BusState::Off: return tr("off");
    }
    return {};
}

QString orderState(OrderState state)
{
    switch (state) {
    case OrderState::Pending: return tr("pending");
    case OrderState::Underway: return tr("underway");
    case OrderState::Done: return tr("done");
    case OrderState::Cancelled: return tr("cancelled");
    }
    return {};
}

} // namespace

std::vector<plugin::ReportSection> PowerPlanReport::sections(const plugin::ReportContext &context)
{
    if (!context.store)
        return {};
    // The store is only read here; the readers take it non-const for their statements.
    auto &twin = const_cast<store::TwinStore &>(*context.store);
    const QLocale locale(context.language == QLatin1String("ja") ? QLocale::Japanese : QLocale::English);
    const QDateTime at = context.at.isValid() ? context.at.toUTC() : QDateTime::currentDateTimeUtc();

    plugin::ReportSection plan;
    plan.id = QStringLiteral("hydrogen.power-plan");
    plan.title = tr("Power dispatch by fuel-cell buses");
    plan.order = 30;
    DispatchOrderBook book(twin);
    // A twin never opened for writing with this plugin (the report only reads): no plan tables yet.
    if (twin.schemaVersion(HydrogenSchema::component()) == 0) {
        plan.paragraphs << tr("No power dispatch data yet: the hydrogen plugin's tables are created when the twin is first opened "
                              "for writing (in the console, or by a writing citytwin-cli command).");
    } else if (auto accepted = book.latestPlan(at); !accepted) {
        plan.paragraphs << tr("The power dispatch plans cannot be read: %1").arg(accepted.error().toString());
    } else if (!accepted->has_value()) {
        plan.paragraphs << tr("No power dispatch plan had been accepted by the time of the report.");
    } else {
        const AcceptedPlan &p = **accepted;
        plan.paragraphs << tr("Plan %1, accepted %2 by %3 (%4), covers %5 h from %6. Covered person-hours weigh each person "
                              "by the hours of power the plan brings to their shelter; persons with medical needs count three times.")
                               .arg(p.id)
                               .arg(PlanLayerWriter::etaText(p.acceptedAt), p.acceptedBy, p.role)
                               .arg(locale.toString(p.horizonHours, 'f', 0), PlanLayerWriter::etaText(p.startsAt));
        auto orders = book.ordersOfPlan(p.id);
        if (!orders) {
            plan.paragraphs << tr("The dispatch orders cannot be read: %1").arg(orders.error().toString());
        } else {
            std::map<OrderState, int> byState;
            plugin::ReportTable table;
            table.title = tr("Dispatch orders");
            table.headers = {tr("Bus"), tr("Destination"), tr("Departure"), tr("Arrival"), tr("Until"), tr("Supply (h)"),
                             tr("Person-hours"), tr("State")};
            for (const DispatchOrder &o : orders.value()) {
                ++byState[o.state];
                table.rows.append({o.busId, o.refuel ? tr("hydrogen station (refuelling)") : o.shelterName, PlanLayerWriter::etaText(o.departAt),
                                   PlanLayerWriter::etaText(o.arriveAt), PlanLayerWriter::etaText(o.serviceUntil),
                                   o.refuel ? QString() : locale.toString(o.serviceHours(), 'f', 1),
                                   o.refuel ? QString() : locale.toString(o.coveredPersonHours, 'f', 0), orderState(o.state)});
            }
            plan.figures = {
                {tr("Covered person-hours (plan)"), locale.toString(p.coveredPersonHours, 'f', 0)},
                {tr("Covered person-hours (simple greedy rule)"), p.baselinePersonHours > 0 ? locale.toString(p.baselinePersonHours, 'f', 0) : QStringLiteral("—")},
                {tr("Orders pending"), locale.toString(byState[OrderState::Pending])},
                {tr("Orders underway"), locale.toString(byState[OrderState::Underway])},
                {tr("Orders done"), locale.toString(byState[OrderState::Done])},
                {tr("Orders cancelled"), locale.toString(byState[OrderState::Cancelled])},
            };
            plan.tables.append(table);
            plan.paragraphs << tr("Order states are shown as they are now.");
        }
    }

    plugin::ReportSection fleet;
    fleet.id = QStringLiteral("hydrogen.fleet");
    fleet.title = tr("Fuel-cell buses");
    fleet.order = 31;
    auto buses = DispatchInputReader::buses(twin);
    if (!buses) {
        fleet.paragraphs << tr("The buses cannot be read: %1").arg(buses.error().toString());
    } else {
        plugin::ReportTable table;
        table.headers = {tr("Bus"), tr("Name"), tr("State"), tr("Energy (kWh)"), tr("Supply left at full output (h)")};
        double energy = 0.0;
        int available = 0;
        for (const FuelCellBus &bus : buses.value()) {
            table.rows.append({bus.busId, bus.name, busState(bus.state), locale.toString(bus.energyKwh, 'f', 0),
                               locale.toString(bus.energyKwh / bus.specification.exportKw, 'f', 1)});
            energy += bus.energyKwh;
            available += bus.isAvailable() ? 1 : 0;
        }
        fleet.figures = {{tr("Buses"), locale.toString(int(buses->size()))},
                         {tr("Buses available for dispatch (not off)"), locale.toString(available)},
                         {tr("Exportable energy on board"), tr("%1 kWh").arg(locale.toString(energy, 'f', 0))}};
        fleet.tables.append(table);
    }
    return {plan, fleet};
}

} // namespace ct::hydrogen
