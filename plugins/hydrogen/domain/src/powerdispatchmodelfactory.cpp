// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "ct/hydrogen/powerdispatchmodelfactory.h"

#include "ct/hydrogen/dispatchinputreader.h"
#include "ct/hydrogen/dispatchorderbook.h"
#include "ct/hydrogen/powerdispatchmodel.h"
#include "ct/hydrogen/powerdispatchoptimizer.h"
#include "ct/hydrogen/twindispatchproblem.h"

#include "ct/sim/simulationworld.h"
#include "ct/store/twinstore.h"

#include <QCoreApplication>
#include <QHash>

namespace ct::hydrogen {

namespace {

QString tr(const char *text) { return QCoreApplication::translate("PowerDispatch", text); }

struct Settings
{
    bool accepted = true;
    double horizonHours = 72.0;
    PowerDispatchModel::Factors factors;
};

Settings settingsOf(const QJsonObject &section)
{
    Settings s;
    s.accepted = section.value(QStringLiteral("plan")).toString(QStringLiteral("accepted")) == QLatin1String("accepted");
    s.horizonHours = section.value(QStringLiteral("horizon_hours")).toDouble(72.0);
    s.factors.load = section.value(QStringLiteral("load_factor")).toDouble(1.0);
    s.factors.consumption = section.value(QStringLiteral("consumption_factor")).toDouble(1.0);
    return s;
}

} // namespace

QList<core::Error> PowerDispatchModelFactory::validate(const QJsonObject &section, const QString &path,
                                                       const sim::SimulationWorld &world) const
{
    QList<core::Error> errors;
    static const QStringList keys{QStringLiteral("plan"), QStringLiteral("horizon_hours"), QStringLiteral("load_factor"),
                                  QStringLiteral("consumption_factor")};
    for (auto it = section.begin(); it != section.end(); ++it)
        if (!keys.contains(it.key()))
            errors.append(core::Error::invalidInput(tr("unknown key (expected: %1)").arg(keys.join(QStringLiteral(", "))),
                                                    path + QLatin1Char('.') + it.key()));
    const QJsonValue plan = section.value(QStringLiteral("plan"));
    if (!plan.isUndefined() && plan.toString() != QLatin1String("accepted") && plan.toString() != QLatin1String("optimise"))
        errors.append(core::Error::invalidInput(tr("expected \"accepted\" or \"optimise\""), path + QStringLiteral(".plan")));
    for (const char *key : {"horizon_hours", "load_factor", "consumption_factor"}) {
        const QJsonValue v = section.value(QLatin1String(key));
        if (!v.isUndefined() && !(v.isDouble() && v.toDouble() > 0.0))
            errors.append(core::Error::invalidInput(tr("expected a number above 0"), path + QLatin1Char('.') + QLatin1String(key)));
    }
    if (!errors.isEmpty())
        return errors;
    auto twin = store::TwinStore::open(world.twinPath(), store::TwinStore::OpenMode::ReadOnly);
    if (!twin) {
        errors.append(twin.error());
        return errors;
    }
    if (!DispatchInputReader::hasPowerNeedView(*twin.value()))
        errors.append(core::Error::notFound(tr("the twin has no view shelter_power_need (the shelters plugin provides it)"), path));
    if (settingsOf(section).accepted) {
        auto latest = DispatchOrderBook(*twin.value()).latestPlan();
        if (!latest)
            errors.append(latest.error());
        else if (!latest->has_value())
            errors.append(core::Error::notFound(tr("the twin has no accepted power dispatch plan (use \"optimise\" to plan one)"),
                                                path + QStringLiteral(".plan")));
    }
    return errors;
}

std::unique_ptr<sim::Model> PowerDispatchModelFactory::create(const sim::ModelContext &context) const
{
    const Settings settings = settingsOf(context.section);
    QJsonObject notes;
    auto problem = std::make_shared<DispatchProblem>();
    std::vector<StopSequence> plan;
    auto fail = [&](const QString &why) {
        notes.insert(QStringLiteral("error"), why);
        return std::make_unique<PowerDispatchModel>(context.id, problem, std::vector<StopSequence>{}, settings.factors, notes);
    };
    auto twin = store::TwinStore::open(context.world.twinPath(), store::TwinStore::OpenMode::ReadOnly);
    if (!twin)
        return fail(twin.error().toString());
    DispatchOptions options;
    options.horizonHours = settings.horizonHours;
    auto loaded = TwinDispatchProblem::load(*twin.value(), options);
    if (!loaded)
        return fail(loaded.error().toString());
    *problem = loaded.value()->problem();
    if (settings.accepted) {
        DispatchOrderBook book(*twin.value());
        auto latest = book.latestPlan();
        if (!latest || !latest->has_value())
            return fail(tr("the twin has no accepted power dispatch plan"));
        auto orders = book.ordersOfPlan((*latest)->id);
        if (!orders)
            return fail(orders.error().toString());
        QHash<QString, int> busIndex;
        QHash<qint64, int> shelterIndex;
        for (int b = 0; b < int(problem->buses.size()); ++b)
            busIndex.insert(problem->buses[std::size_t(b)].busId, b);
        for (int s = 0; s < int(problem->shelters.size()); ++s)
            shelterIndex.insert(problem->shelters[std::size_t(s)].fid, s);
        plan.resize(problem->buses.size());
        int skipped = 0;
        for (const DispatchOrder &order : orders.value()) {
            if (order.state == OrderState::Cancelled)
                continue;
            const auto bus = busIndex.constFind(order.busId);
            const auto shelter = shelterIndex.constFind(order.shelterFid);
            if (bus == busIndex.constEnd() || (!order.refuel && shelter == shelterIndex.constEnd())) {
                ++skipped;   // the bus is gone, or the shelter has power again
                continue;
            }
            plan[std::size_t(*bus)].push_back(order.refuel ? kRefuelStop : *shelter);
        }
        notes.insert(QStringLiteral("plan_id"), double((*latest)->id));
        notes.insert(QStringLiteral("skipped_orders"), skipped);
    } else {
        auto optimised = PowerDispatchOptimizer(*problem).optimise();
        if (!optimised)
            return fail(optimised.error().toString());
        plan = optimised->sequences();
        notes.insert(QStringLiteral("plan_id"), QStringLiteral("optimised"));
    }
    return std::make_unique<PowerDispatchModel>(context.id, problem, std::move(plan), settings.factors, notes);
}

} // namespace ct::hydrogen
