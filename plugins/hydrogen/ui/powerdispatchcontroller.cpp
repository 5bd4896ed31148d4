// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "powerdispatchcontroller.h"

#include "ct/hydrogen/busstatebook.h"
#include "ct/hydrogen/dispatchinputreader.h"
#include "ct/hydrogen/dispatchorderbook.h"
#include "ct/hydrogen/greedybaseline.h"
#include "ct/hydrogen/hydrogenschema.h"
#include "ct/hydrogen/planevaluator.h"
#include "ct/hydrogen/planlayerwriter.h"
#include "ct/hydrogen/powerdispatchoptimizer.h"
#include "ct/hydrogen/twindispatchproblem.h"
#include "ct/store/twinstore.h"

#include <QCoreApplication>
#include <QtConcurrent/QtConcurrentRun>

#include <atomic>
#include <cmath>
#include <limits>

namespace ct::hydrogen {

namespace {

QString tr(const char *text) { return QCoreApplication::translate("PowerDispatch", text); }

QString stateLabel(BusState state)
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

QString orderStateLabel(OrderState state)
{
    switch (state) {
    case OrderState::Pending: return tr("pending");
    case OrderState::Underway: return tr("underway");
    case OrderState::Done: return tr("done");
    case OrderState::Cancelled: return tr("cancelled");
    }
    return {};
}

QDateTime after(const QDateTime &start, double seconds) { return start.addMSecs(qint64(std::llround(seconds * 1000.0))); }

} // namespace

/// One planning run on the worker thread: its inputs, its progress, its results.
struct PlanningJob
{
    QString path;
    DispatchOptions options;
    std::atomic<double> progress{0.0};
    std::atomic<int> phase{0};          // 0 reading + travel times, 1 optimising
    std::atomic<bool> cancel{false};
    std::unique_ptr<TwinDispatchProblem> problem;
    std::optional<DispatchPlan> plan;
    double baseline = 0.0;
    QString error;

    void run()
    {
        auto twin = store::TwinStore::open(path, store::TwinStore::OpenMode::ReadOnly);
        if (!twin) {
            error = twin.error().toString();
            return;
        }
        auto loaded = TwinDispatchProblem::load(*twin.value(), options, [this](double f) {
            progress = 0.6 * f;
            return !cancel.load();
        });
        if (!loaded) {
            error = loaded.error().toString();
            return;
        }
        phase = 1;
        problem = std::move(loaded.value());
        baseline = GreedyBaseline(problem->problem()).plan().coveredPersonHours;
        PowerDispatchOptimizer optimizer(problem->problem());
        optimizer.setProgress([this](double f) {
            progress = 0.6 + 0.4 * f;
            return !cancel.load();
        });
        auto optimised = optimizer.optimise();
        if (!optimised) {
            error = optimised.error().toString();
            return;
        }
        plan = std::move(optimised.value());
        progress = 1.0;
    }
};

PowerDispatchController::PowerDispatchController(QObject *parent) : QObject(parent)
{
    m_progressTimer.setInterval(100);
    connect(&m_progressTimer, &QTimer::timeout, this, [this] {
        if (!m_job)
            return;
        m_progress = m_job->progress.load();
        m_progressText = m_job->phase.load() == 0 ? tr("Reading the twin and driving times over the roads…")
                                                   : tr("Optimising the dispatch…");
        emit progressChanged();
    });
    connect(&m_watcher, &QFutureWatcher<void>::finished, this, &PowerDispatchController::finishPlanning);
    // Another twin (or none): the proposal is void. Another operator or re-read layers: read again.
    connect(&m_session, &plugin::TwinBinding::sessionChanged, this, &PowerDispatchController::onSessionChanged);
    connect(&m_session, &plugin::TwinBinding::operatorChanged, this, &PowerDispatchController::onTwinUpdated);
    connect(&m_session, &plugin::TwinBinding::layersReloaded, this, &PowerDispatchController::onTwinUpdated);
}

PowerDispatchController::~PowerDispatchController()
{
    if (m_job) {
        m_job->cancel = true;
        m_watcher.waitForFinished();
    }
}

void PowerDispatchController::setTwin(QObject *twin)
{
    if (!m_session.setTwin(twin))
        return;
    emit twinChanged();
    onSessionChanged();
}

void PowerDispatchController::onSessionChanged()
{
    discardPlan();
    refresh();
}

void PowerDispatchController::onTwinUpdated()
{
    refresh();
}

store::TwinStore *PowerDispatchController::store() const { return m_session.store(); }
core::Actor PowerDispatchController::actor() const { return m_session.actor(); }

QString PowerDispatchController::operatorName() const { return m_session.operatorName(); }
QString PowerDispatchController::operatorRole() const { return m_session.operatorRole(); }

void PowerDispatchController::setStatus(const QString &text, bool error)
{
    m_status = text;
    m_statusIsError = error;
    emit statusChanged();
}

void PowerDispatchController::setHorizonHours(double hours)
{
    if (hours == m_horizonHours || !(hours > 0.0))
        return;
    m_horizonHours = hours;
    emit horizonHoursChanged();
}

QVariantList PowerDispatchController::stateOptions() const
{
    QVariantList options;
    for (const BusState s : {BusState::InService, BusState::EnRoute, BusState::SupplyingPower, BusState::Refuelling, BusState::Off})
        options.append(QVariantMap{{QStringLiteral("value"), busStateName(s)}, {QStringLiteral("label"), stateLabel(s)}});
    return options;
}

QVariantMap PowerDispatchController::may() const
{
    store::TwinStore *twin = store();
    const core::Actor who = actor();
    auto allowed = [&](const QString &action, const QString &target) {
        return twin && !twin->isReadOnly() && twin->mayPerform(who, action, target).ok();
    };
    return {{QStringLiteral("setBusState"), allowed(HydrogenSchema::setBusStateAction(), QString())},
            {QStringLiteral("publish"), allowed(HydrogenSchema::publishPlanAction(), PlanLayerWriter::target())},
            {QStringLiteral("accept"), allowed(HydrogenSchema::acceptPlanAction(), DispatchOrderBook::planTarget())},
            {QStringLiteral("updateOrder"), allowed(HydrogenSchema::updateOrderAction(), QString())},
            {QStringLiteral("plan"), twin != nullptr}};
}

void PowerDispatchController::refresh()
{
    store::TwinStore *twin = store();
    m_buses.clear();
    m_ready = false;
    m_needView = false;
    if (!twin) {
        setStatus(tr("Open a twin to see its fuel-cell buses."), false);
    } else {
        auto buses = DispatchInputReader::buses(*twin);
        if (!buses) {
            setStatus(buses.error().toString(), true);
        } else {
            m_ready = true;
            for (const FuelCellBus &bus : buses.value()) {
                m_buses.append(QVariantMap{{QStringLiteral("busId"), bus.busId},
                                           {QStringLiteral("name"), bus.name},
                                           {QStringLiteral("fid"), bus.fid},
                                           {QStringLiteral("state"), busStateName(bus.state)},
                                           {QStringLiteral("stateLabel"), stateLabel(bus.state)},
                                           {QStringLiteral("energyKwh"), bus.energyKwh},
                                           {QStringLiteral("energyFraction"), bus.energyKwh / bus.specification.tankKwh},
                                           {QStringLiteral("exportKw"), bus.specification.exportKw},
                                           {QStringLiteral("available"), bus.isAvailable()}});
            }
            m_needView = DispatchInputReader::hasPowerNeedView(*twin);
            if (!m_needView)
                setStatus(tr("Power dispatch needs the view shelter_power_need of the shelters plugin (schema 2 or later); "
                             "this twin does not have it, so shelters without power cannot be read."),
                          true);
            else if (m_statusIsError && !m_job)
                setStatus(QString(), false);
        }
    }
    readOrders();
    emit busesChanged();
    emit permissionsChanged();
}

void PowerDispatchController::readOrders()
{
    m_orders.clear();
    store::TwinStore *twin = store();
    if (twin) {
        auto orders = DispatchOrderBook(*twin).orders();
        if (orders) {
            for (const DispatchOrder &o : orders.value()) {
                m_orders.append(QVariantMap{{QStringLiteral("orderId"), o.id},
                                            {QStringLiteral("busId"), o.busId},
                                            {QStringLiteral("refuel"), o.refuel},
                                            {QStringLiteral("target"), o.refuel ? tr("hydrogen station") : o.shelterName},
                                            {QStringLiteral("departText"), PlanLayerWriter::etaText(o.departAt)},
                                            {QStringLiteral("etaText"), PlanLayerWriter::etaText(o.arriveAt)},
                                            {QStringLiteral("hours"), o.serviceHours()},
                                            {QStringLiteral("personHours"), o.coveredPersonHours},
                                            {QStringLiteral("state"), orderStateName(o.state)},
                                            {QStringLiteral("stateLabel"), orderStateLabel(o.state)},
                                            {QStringLiteral("canStart"), o.state == OrderState::Pending},
                                            {QStringLiteral("canFinish"), o.state == OrderState::Underway},
                                            {QStringLiteral("canCancel"), o.state == OrderState::Pending || o.state == OrderState::Underway}});
            }
        }
    }
    emit ordersChanged();
}

void PowerDispatchController::planDispatch()
{
    store::TwinStore *twin = store();
    if (m_job)
        return;
    if (!twin) {
        setStatus(tr("Open a twin first."), true);
        return;
    }
    if (!DispatchInputReader::hasPowerNeedView(*twin)) {
        setStatus(tr("Power dispatch needs the view shelter_power_need of the shelters plugin (schema 2 or later); "
                     "this twin does not have it."),
                  true);
        emit planningFinished(false);
        return;
    }
    m_job = std::make_shared<PlanningJob>();
    m_job->path = twin->path();
    m_job->options.horizonHours = m_horizonHours;
    m_startsAt = QDateTime::currentDateTimeUtc();
    m_progress = 0.0;
    m_progressText = tr("Reading the twin and driving times over the roads…");
    emit progressChanged();
    emit busyChanged();
    setStatus(tr("Planning…"), false);
    std::shared_ptr<PlanningJob> job = m_job;
    m_watcher.setFuture(QtConcurrent::run([job] { job->run(); }));
    m_progressTimer.start();
}

void PowerDispatchController::cancelPlanning()
{
    if (m_job)
        m_job->cancel = true;
}

void PowerDispatchController::finishPlanning()
{
    m_progressTimer.stop();
    std::shared_ptr<PlanningJob> job = std::move(m_job);
    m_job.reset();
    emit busyChanged();
    if (!job)
        return;
    if (!job->plan) {
        setStatus(job->cancel ? tr("Planning cancelled.") : job->error, !job->cancel);
        emit planningFinished(false);
        return;
    }
    if (!store() || store()->path() != job->path) {
        // Another twin was opened meanwhile: the plan belongs to the one that was closed.
        setStatus(tr("The twin changed while planning; plan again."), true);
        emit planningFinished(false);
        return;
    }
    m_problem = std::move(job->problem);
    m_optimisedObjective = job->plan->coveredPersonHours;
    m_baselineObjective = job->baseline;
    const auto &summary = m_problem->summary();
    setPlan(std::move(*job->plan));
    QString text = tr("Planned %1 buses for %2 shelters without power in %3 ms.")
                       .arg(summary.availableBuses)
                       .arg(summary.needyShelters)
                       .arg(m_plan->elapsedMs, 0, 'f', 0);
    if (summary.closedRoads > 0)
        text += QLatin1Char(' ') + tr("%n road(s) closed.", nullptr, summary.closedRoads);
    setStatus(text, false);
    emit planningFinished(true);
}

void PowerDispatchController::setPlan(DispatchPlan plan)
{
    m_plan = std::move(plan);
    rebuildRows();
    emit planChanged();
}

void PowerDispatchController::discardPlan()
{
    if (!m_plan && !m_problem)
        return;
    m_plan.reset();
    m_problem.reset();
    m_rows.clear();
    m_rowStops.clear();
    emit planChanged();
}

void PowerDispatchController::rebuildRows()
{
    m_rows.clear();
    m_rowStops.clear();
    if (!m_plan || !m_problem)
        return;
    const DispatchProblem &p = m_problem->problem();
    for (const BusPlan &bus : m_plan->buses) {
        const FuelCellBus &vehicle = p.buses[std::size_t(bus.bus)];
        for (std::size_t k = 0; k < bus.stops.size(); ++k) {
            const PlanStop &stop = bus.stops[k];
            const bool supply = stop.kind == PlanStop::Kind::Supply;
            m_rowStops.push_back({bus.bus, int(k)});
            m_rows.append(QVariantMap{
                {QStringLiteral("row"), int(m_rowStops.size() - 1)},
                {QStringLiteral("busId"), vehicle.busId},
                {QStringLiteral("busName"), vehicle.name},
                {QStringLiteral("first"), k == 0},
                {QStringLiteral("refuel"), !supply},
                {QStringLiteral("target"), supply ? p.shelters[std::size_t(stop.shelter)].name
                                                  : p.stations[std::size_t(stop.station)].name},
                {QStringLiteral("shelterFid"), supply ? p.shelters[std::size_t(stop.shelter)].fid : 0},
                {QStringLiteral("departText"), PlanLayerWriter::etaText(after(m_startsAt, stop.departSeconds))},
                {QStringLiteral("etaText"), PlanLayerWriter::etaText(after(m_startsAt, stop.arriveSeconds))},
                {QStringLiteral("hours"), stop.serviceHours()},
                {QStringLiteral("personHours"), stop.coveredPersonHours},
                {QStringLiteral("energyArrive"), stop.energyOnArrivalKwh},
                {QStringLiteral("energyLeave"), stop.energyOnDepartureKwh}});
        }
    }
}

QVariantMap PowerDispatchController::planSummary() const
{
    if (!m_plan)
        return {};
    int stops = 0, busesUsed = 0;
    for (const BusPlan &bus : m_plan->buses) {
        stops += int(bus.stops.size());
        busesUsed += bus.stops.empty() ? 0 : 1;
    }
    return {{QStringLiteral("coveredPersonHours"), m_plan->coveredPersonHours},
            {QStringLiteral("optimisedPersonHours"), m_optimisedObjective},
            {QStringLiteral("baselinePersonHours"), m_baselineObjective},
            {QStringLiteral("edited"), m_plan->algorithm == QLatin1String("edited")},
            {QStringLiteral("feasible"), m_plan->feasible},
            {QStringLiteral("stops"), stops},
            {QStringLiteral("busesUsed"), busesUsed},
            {QStringLiteral("elapsedMs"), m_plan->elapsedMs},
            {QStringLiteral("startsText"), PlanLayerWriter::etaText(m_startsAt)},
            {QStringLiteral("horizonHours"), m_problem ? m_problem->problem().options.horizonHours : m_horizonHours}};
}

bool PowerDispatchController::applyEdit(std::vector<StopSequence> sequences, const QString &done)
{
    const PlanEvaluator evaluator(m_problem->problem());
    DispatchPlan edited = evaluator.plan(sequences);
    if (!edited.feasible) {
        QString why;
        for (const BusPlan &bus : edited.buses)
            if (!bus.feasible)
                why = bus.problem;
        setStatus(tr("Not changed: %1").arg(why), true);
        return false;
    }
    edited.algorithm = QStringLiteral("edited");
    setPlan(std::move(edited));
    setStatus(done, false);
    return true;
}

bool PowerDispatchController::reassignStop(int row, const QString &busId)
{
    if (!m_plan || row < 0 || row >= int(m_rowStops.size()))
        return false;
    const DispatchProblem &p = m_problem->problem();
    int target = -1;
    for (int b = 0; b < int(p.buses.size()); ++b)
        if (p.buses[std::size_t(b)].busId == busId)
            target = b;
    const auto [bus, stop] = m_rowStops[std::size_t(row)];
    if (target < 0 || target == bus) {
        setStatus(tr("Choose another bus."), true);
        return false;
    }
    if (!p.buses[std::size_t(target)].isAvailable()) {
        setStatus(tr("Bus %1 is off: it cannot be dispatched.").arg(busId), true);
        return false;
    }
    std::vector<StopSequence> sequences = m_plan->sequences();
    const int token = sequences[std::size_t(bus)][std::size_t(stop)];
    sequences[std::size_t(bus)].erase(sequences[std::size_t(bus)].begin() + stop);
    if (int(sequences[std::size_t(target)].size()) >= p.options.maxStopsPerBus) {
        setStatus(tr("Bus %1 already has %2 stops.").arg(busId).arg(p.options.maxStopsPerBus), true);
        return false;
    }
    // The best feasible place for the stop in the other bus's sequence.
    const PlanEvaluator evaluator(p);
    double best = -std::numeric_limits<double>::infinity();
    StopSequence chosen;
    for (std::size_t q = 0; q <= sequences[std::size_t(target)].size(); ++q) {
        std::vector<StopSequence> trial = sequences;
        trial[std::size_t(target)].insert(trial[std::size_t(target)].begin() + std::ptrdiff_t(q), token);
        const double value = evaluator.objective(trial);
        if (value > best) {
            best = value;
            chosen = trial[std::size_t(target)];
        }
    }
    if (!std::isfinite(best)) {
        setStatus(tr("Not changed: bus %1 cannot reach that stop with the energy it has, even with refuelling stops as planned.").arg(busId),
                  true);
        return false;
    }
    sequences[std::size_t(target)] = std::move(chosen);
    return applyEdit(std::move(sequences), tr("Stop moved to bus %1.").arg(busId));
}

bool PowerDispatchController::cancelStop(int row)
{
    if (!m_plan || row < 0 || row >= int(m_rowStops.size()))
        return false;
    std::vector<StopSequence> sequences = m_plan->sequences();
    const auto [bus, stop] = m_rowStops[std::size_t(row)];
    sequences[std::size_t(bus)].erase(sequences[std::size_t(bus)].begin() + stop);
    return applyEdit(std::move(sequences), tr("Stop removed from the plan."));
}

bool PowerDispatchController::publish()
{
    store::TwinStore *twin = store();
    const auto status = PlanLayerWriter::publish(*twin, actor(), *m_problem, *m_plan, m_startsAt);
    if (!status) {
        setStatus(status.error().toString(), true);
        return false;
    }
    return true;
}

void PowerDispatchController::reloadMap()
{
    // The session re-reads its layers (a new layer appears) and the map reloads with them.
    m_session.reloadTwin();
}

bool PowerDispatchController::showPlanOnMap()
{
    if (!m_plan || !store())
        return false;
    if (!publish())
        return false;
    setStatus(tr("The plan is on the map (layers \"Power plan routes\" and \"Power plan stops\")."), false);
    reloadMap();
    return true;
}

bool PowerDispatchController::acceptPlan()
{
    store::TwinStore *twin = store();
    if (!m_plan || !twin)
        return false;
    auto accepted = DispatchOrderBook(*twin).accept(actor(), m_problem->problem(), *m_plan, m_startsAt, m_baselineObjective);
    if (!accepted) {
        setStatus(accepted.error().toString(), true);
        return false;
    }
    // The map shows what was accepted; without the grant to publish, the orders still stand.
    const bool shown = twin->mayPerform(actor(), HydrogenSchema::publishPlanAction(), PlanLayerWriter::target()).ok() && publish();
    discardPlan();
    readOrders();
    setStatus(shown ? tr("Plan %1 accepted: dispatch orders created and shown on the map.").arg(accepted.value())
                    : tr("Plan %1 accepted: dispatch orders created.").arg(accepted.value()),
              false);
    if (shown)
        reloadMap();
    return true;
}

bool PowerDispatchController::setOrderState(qint64 orderId, const QString &state)
{
    store::TwinStore *twin = store();
    OrderState to = OrderState::Pending;
    if (!twin || !orderStateFromName(state, &to))
        return false;
    const auto status = DispatchOrderBook(*twin).setState(actor(), orderId, to);
    if (!status) {
        setStatus(status.error().toString(), true);
        return false;
    }
    readOrders();
    setStatus(tr("Order %1 is %2.").arg(orderId).arg(orderStateLabel(to)), false);
    return true;
}

bool PowerDispatchController::setBusState(const QString &busId, const QString &state)
{
    store::TwinStore *twin = store();
    BusState to = BusState::Off;
    if (!twin || !busStateFromName(state, &to))
        return false;
    const auto status = BusStateBook(*twin).setState(actor(), busId, to);
    if (!status) {
        setStatus(status.error().toString(), true);
        return false;
    }
    refresh();
    setStatus(tr("Bus %1 is %2.").arg(busId, stateLabel(to)), false);
    return true;
}

} // namespace ct::hydrogen
