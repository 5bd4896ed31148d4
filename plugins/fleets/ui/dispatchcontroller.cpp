// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "dispatchcontroller.h"

#include "ct/fleets/dispatchdesk.h"
#include "ct/fleets/dispatchkpis.h"
#include "ct/fleets/fleetoperationsschema.h"
#include "ct/fleets/liveoperationsschema.h"
#include "ct/fleets/requestintake.h"
#include "ct/fleets/roadtraveltimes.h"
#include "ct/fleets/stoplifecycle.h"
#include "ct/fleets/straightlinetraveltimes.h"
#include "ct/pluginapi/twinaccess.h"
#include "ct/store/twinstore.h"

#include <QLocale>
#include <QSettings>
#include <QtConcurrent/QtConcurrentRun>

#include <sqlite3.h>

#include <cmath>

namespace ct::fleets {

namespace {

QVariant number(double value)
{
    return std::isfinite(value) ? QVariant(value) : QVariant();
}

QVariantMap requestMap(const RideRequest &r)
{
    return {{QStringLiteral("id"), r.id},
            {QStringLiteral("pickupName"), r.pickupName},
            {QStringLiteral("dropoffName"), r.dropoffName},
            {QStringLiteral("earliestPickup"), r.earliestPickup},
            {QStringLiteral("latestArrival"), r.latestArrival},
            {QStringLiteral("passengers"), r.passengers},
            {QStringLiteral("wheelchair"), r.wheelchair},
            {QStringLiteral("status"), r.status},
            {QStringLiteral("vehicle"), r.vehicleId},
            {QStringLiteral("pickupEta"), r.pickupEta},
            {QStringLiteral("dropoffEta"), r.dropoffEta},
            {QStringLiteral("decision"), r.decision}};
}

QDateTime wholeMinute(const QDateTime &t)
{
    return t.isValid() ? QDateTime::fromSecsSinceEpoch(t.toSecsSinceEpoch() / 60 * 60, Qt::UTC) : t;
}

const char *const kAutoKey = "fleets/dispatch/autoReoptimise";
const char *const kAutoMinutesKey = "fleets/dispatch/autoReoptimiseMinutes";

} // namespace

DispatchController::DispatchController(QObject *parent) : QObject(parent)
{
    connect(&m_watcher, &QFutureWatcherBase::finished, this, &DispatchController::applySnapshot);
    m_watch.setInterval(kWatchMs);
    connect(&m_watch, &QTimer::timeout, this, &DispatchController::refreshIfChanged);
    m_watch.start();
    const QSettings settings;
    m_autoReoptimise = settings.value(QLatin1String(kAutoKey), false).toBool();
    m_autoMinutes = std::clamp(settings.value(QLatin1String(kAutoMinutesKey), 10).toInt(), 1, 240);
    connect(&m_autoTimer, &QTimer::timeout, this, &DispatchController::reoptimiseIfBetter);
    if (m_autoReoptimise)
        m_autoTimer.start(m_autoMinutes * 60000);
}

void DispatchController::setAutoReoptimise(bool on)
{
    if (on == m_autoReoptimise)
        return;
    m_autoReoptimise = on;
    QSettings().setValue(QLatin1String(kAutoKey), on);
    if (on)
        m_autoTimer.start(m_autoMinutes * 60000);
    else
        m_autoTimer.stop();
    emit autoReoptimiseChanged();
}

void DispatchController::setShown(bool shown)
{
    if (shown == m_shown)
        return;
    m_shown = shown;
    m_watch.setInterval(shown ? kWatchMs : kIdleWatchMs);
    if (shown)
        refreshIfChanged(); // coming back: catch up at once
    emit shownChanged();
}

void DispatchController::setAutoReoptimiseMinutes(int minutes)
{
    minutes = std::clamp(minutes, 1, 240);
    if (minutes == m_autoMinutes)
        return;
    m_autoMinutes = minutes;
    QSettings().setValue(QLatin1String(kAutoMinutesKey), minutes);
    if (m_autoTimer.isActive())
        m_autoTimer.start(m_autoMinutes * 60000);
    emit autoReoptimiseChanged();
}

QString DispatchController::changeToken() const
{
    // As the console's map overlays do: data_version moves when another connection commits,
    // total_changes counts this connection's own writes.
    auto *twin = access();
    store::TwinStore *store = twin ? twin->store() : nullptr;
    if (!store || !store->handle())
        return {};
    qint64 version = -1;
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v2(store->handle(), "PRAGMA data_version", -1, &statement, nullptr) == SQLITE_OK
        && sqlite3_step(statement) == SQLITE_ROW)
        version = sqlite3_column_int64(statement, 0);
    sqlite3_finalize(statement);
    return QStringLiteral("%1/%2/%3").arg(store->path()).arg(version).arg(sqlite3_total_changes64(store->handle()));
}

void DispatchController::refreshIfChanged()
{
    if (m_busy || !access() || !access()->store())
        return;
    if (changeToken() != m_readToken)
        refresh();
}

DispatchController::~DispatchController()
{
    m_watcher.waitForFinished();
}

plugin::TwinAccess *DispatchController::access() const
{
    return m_twin ? qobject_cast<plugin::TwinAccess *>(m_twin.data()) : nullptr;
}

void DispatchController::setTwin(QObject *twin)
{
    if (m_twin == twin)
        return;
    if (m_twin)
        disconnect(m_twin, nullptr, this, nullptr);
    m_twin = twin;
    if (m_twin && m_twin->metaObject()->indexOfSignal("openedChanged()") >= 0)
        connect(m_twin, SIGNAL(openedChanged()), this, SLOT(refresh()));
    if (m_twin && m_twin->metaObject()->indexOfSignal("operatorChanged()") >= 0)
        connect(m_twin, SIGNAL(operatorChanged()), this, SLOT(refresh()));
    emit twinChanged();
    refresh();
}

void DispatchController::setKpiHours(int hours)
{
    if (hours == m_kpiHours || hours < 1 || hours > 24 * 7)
        return;
    m_kpiHours = hours;
    refresh();
}

void DispatchController::refresh()
{
    auto *twin = access();
    store::TwinStore *store = twin ? twin->store() : nullptr;
    m_mayAccept = m_mayOverride = m_mayReject = m_mayReoptimise = m_mayCreate = m_mayUpdateStops = false;
    m_refusal.clear();
    if (!store || store->schemaVersion(QStringLiteral("fleets")) < 3) {
        m_requests.clear();
        m_assigned.clear();
        m_kpis.clear();
        m_stops.clear();
        m_desk.reset();
        m_readToken.clear();
        emit changed();
        emit requestsChanged();
        emit stopsChanged();
        return;
    }
    const core::Actor actor = twin->actor();
    m_mayAccept = bool(store->mayPerform(actor, FleetOperationsSchema::acceptAction(), {}));
    m_mayOverride = bool(store->mayPerform(actor, FleetOperationsSchema::overrideAction(), {}));
    m_mayReject = bool(store->mayPerform(actor, FleetOperationsSchema::rejectAction(), {}));
    m_mayReoptimise = bool(store->mayPerform(actor, FleetOperationsSchema::reoptimiseAction(), {}));
    m_mayCreate = bool(store->mayPerform(actor, FleetOperationsSchema::requestAction(), {}));
    m_mayUpdateStops = store->schemaVersion(QStringLiteral("fleets")) >= LiveOperationsSchema::kVersion
                       && bool(store->mayPerform(actor, LiveOperationsSchema::completeStopAction(), {}));
    if (!m_mayAccept) {
        const auto status = store->mayPerform(actor, FleetOperationsSchema::acceptAction(), {});
        m_refusal = status ? QString() : status.error().message;
    }
    emit changed();
    if (m_busy) {
        m_pending = true;
        return;
    }
    if (m_travelTwin != store->path()) {
        m_travelTwin = store->path();
        m_travel.reset();
    }
    m_pending = false;
    m_busy = true;
    m_readToken = changeToken();
    m_watcher.setFuture(QtConcurrent::run(&DispatchController::compute, store->path(), m_travel, m_travelNote,
                                          QDateTime::currentDateTimeUtc(), m_kpiHours));
    emit busyChanged();
}

std::shared_ptr<DispatchController::Snapshot> DispatchController::compute(const QString &path,
                                                                           std::shared_ptr<const TravelTimeEstimator> travel,
                                                                           QString travelNote, QDateTime now, int kpiHours)
{
    auto snapshot = std::make_shared<Snapshot>();
    auto opened = store::TwinStore::open(path, store::TwinStore::OpenMode::ReadOnly);
    if (!opened) {
        snapshot->error = opened.error().toString();
        return snapshot;
    }
    const store::TwinStore &store = *opened.value();
    if (!travel) {
        auto road = RoadTravelTimes::fromTwin(store);
        if (road) {
            travel = std::move(road).value();
            travelNote.clear();
        } else {
            travel = std::make_shared<StraightLineTravelTimes>();
            travelNote = tr("No road network in this twin (%1): travel times are straight lines at 25 km/h × 1.3.").arg(road.error().message);
        }
    }
    snapshot->travel = travel;
    snapshot->travelNote = travelNote;
    auto desk = DispatchDesk::load(store, travel, now);
    if (!desk) {
        snapshot->error = desk.error().toString();
        return snapshot;
    }
    snapshot->desk = std::make_shared<DispatchDesk>(std::move(desk).value());
    const DispatchDesk &d = *snapshot->desk;
    for (const RideRequest &r : d.openRequests()) {
        QVariantMap row = requestMap(r);
        if (const auto p = d.proposal(r.id)) {
            // To the precision the page shows (HH:mm, whole minutes of wait, tenths of detour), so
            // that a re-read a few seconds later leaves an unchanged list alone.
            row.insert(QStringLiteral("proposedVehicle"), p->vehicleId);
            row.insert(QStringLiteral("proposedPickup"), wholeMinute(p->pickupEta));
            row.insert(QStringLiteral("proposedDropoff"), wholeMinute(p->dropoffEta));
            row.insert(QStringLiteral("detourMinutes"), std::round(p->detourSeconds / 6.0) / 10.0);
            row.insert(QStringLiteral("waitMinutes"), std::round(p->waitSeconds / 60.0));
        } else {
            const auto ids = d.vehicleIds();
            row.insert(QStringLiteral("noProposal"), ids.empty() ? tr("no on-demand bus in service") : d.infeasibility(r.id, ids.front()));
        }
        snapshot->requests.append(row);
    }
    for (const RideRequest &r : d.assignedRequests())
        snapshot->assigned.append(requestMap(r));
    if (auto stops = StopLifecycle::plannedStops(store)) {
        for (const PlannedStop &p : *stops)
            snapshot->stops.append(QVariantMap{{QStringLiteral("vehicle"), p.vehicleId},
                                               {QStringLiteral("sequence"), p.sequence},
                                               {QStringLiteral("requestId"), p.requestId},
                                               {QStringLiteral("pickup"), p.pickup},
                                               {QStringLiteral("placeName"), p.placeName},
                                               {QStringLiteral("passengers"), p.passengers},
                                               {QStringLiteral("plannedAt"), p.plannedAt},
                                               {QStringLiteral("started"), p.started},
                                               {QStringLiteral("startedAt"), p.startedAt},
                                               {QStringLiteral("next"), p.next}});
    } else {
        snapshot->error = stops.error().toString();
    }
    QDateTime from = now.addSecs(-3600LL * kpiHours);
    from.setTime(QTime(from.time().hour(), 0));
    auto kpis = DispatchKpis::compute(store, from, now.addSecs(3600), 3600);
    if (kpis) {
        for (const KpiSample &k : *kpis)
            snapshot->kpis.append(QVariantMap{{QStringLiteral("start"), k.start},
                                              {QStringLiteral("requests"), k.requests},
                                              {QStringLiteral("served"), k.served},
                                              {QStringLiteral("rejected"), k.rejected},
                                              {QStringLiteral("waitMinutes"), number(k.meanWaitSeconds / 60.0)},
                                              {QStringLiteral("detourFactor"), number(k.meanDetourFactor)},
                                              {QStringLiteral("occupancy"), k.occupancy},
                                              {QStringLiteral("vehicleKm"), k.vehicleKm}});
    } else {
        snapshot->error = kpis.error().toString();
    }
    return snapshot;
}

void DispatchController::applySnapshot()
{
    const std::shared_ptr<Snapshot> snapshot = m_watcher.result();
    // A snapshot of a twin the session no longer has open is dropped.
    auto *twin = access();
    if (snapshot && twin && twin->store() && twin->store()->path() == m_travelTwin) {
        if (snapshot->travel) {
            m_travel = snapshot->travel;
            m_travelNote = snapshot->travelNote;
        }
        m_desk = snapshot->desk;
        m_deskToken = m_readToken;
        ++m_reads;
        // Lists that did not change stay the same objects for QML (scroll position, selection).
        const bool requestsDiffer = m_requests != snapshot->requests;
        const bool stopsDiffer = m_stops != snapshot->stops;
        if (requestsDiffer)
            m_requests = snapshot->requests;
        if (m_assigned != snapshot->assigned)
            m_assigned = snapshot->assigned;
        if (m_kpis != snapshot->kpis)
            m_kpis = snapshot->kpis;
        if (stopsDiffer)
            m_stops = snapshot->stops;
        if (!snapshot->error.isEmpty())
            report(false, snapshot->error);
        emit changed();
        if (requestsDiffer)
            emit requestsChanged();
        if (stopsDiffer)
            emit stopsChanged();
    }
    m_busy = false;
    if (m_pending)
        refresh();
    if (!m_busy)
        emit busyChanged();
}

QVariantList DispatchController::choices(qint64 requestId) const
{
    QVariantList list;
    if (!m_desk)
        return list;
    QStringList feasible;
    for (const DispatchProposal &p : m_desk->alternatives(requestId)) {
        feasible << p.vehicleId;
        list.append(QVariantMap{{QStringLiteral("vehicle"), p.vehicleId},
                                {QStringLiteral("feasible"), true},
                                {QStringLiteral("pickupEta"), p.pickupEta},
                                {QStringLiteral("dropoffEta"), p.dropoffEta},
                                {QStringLiteral("detourMinutes"), p.detourSeconds / 60.0}});
    }
    for (const QString &id : m_desk->vehicleIds())
        if (!feasible.contains(id))
            list.append(QVariantMap{{QStringLiteral("vehicle"), id},
                                    {QStringLiteral("feasible"), false},
                                    {QStringLiteral("reason"), m_desk->infeasibility(requestId, id)}});
    return list;
}

void DispatchController::report(bool ok, const QString &message)
{
    m_failed = !ok;
    m_message = message;
    emit messageChanged();
}

bool DispatchController::finish(bool ok, const QString &success, const QString &failure)
{
    report(ok, ok ? success : failure);
    if (ok)
        emit decided();
    refresh();
    return ok;
}

bool DispatchController::accept(qint64 requestId)
{
    auto *twin = access();
    if (!twin || !twin->store() || !m_desk)
        return false;
    const auto s = m_desk->accept(*twin->store(), twin->actor(), requestId);
    return finish(bool(s), tr("Request %1 accepted.").arg(requestId), s ? QString() : s.error().message);
}

bool DispatchController::overrideWith(qint64 requestId, const QString &vehicleId)
{
    auto *twin = access();
    if (!twin || !twin->store() || !m_desk)
        return false;
    const auto s = m_desk->override(*twin->store(), twin->actor(), requestId, vehicleId);
    return finish(bool(s), tr("Request %1 given to %2.").arg(requestId).arg(vehicleId), s ? QString() : s.error().message);
}

bool DispatchController::reject(qint64 requestId, const QString &reason)
{
    auto *twin = access();
    if (!twin || !twin->store() || !m_desk)
        return false;
    const auto s = m_desk->reject(*twin->store(), twin->actor(), requestId, reason);
    return finish(bool(s), tr("Request %1 rejected.").arg(requestId), s ? QString() : s.error().message);
}

bool DispatchController::reoptimise()
{
    auto *twin = access();
    if (!twin || !twin->store() || !m_desk)
        return false;
    double saved = 0.0;
    const auto s = m_desk->reoptimise(*twin->store(), twin->actor(), &saved);
    return finish(bool(s),
                  saved > 0 ? tr("Stops re-planned: %1 min less driving.").arg(saved / 60.0, 0, 'f', 1)
                            : tr("No better plan found; the stops stay as they are."),
                  s ? QString() : s.error().message);
}

bool DispatchController::createRequest(const QVariantMap &request)
{
    auto *twin = access();
    if (!twin || !twin->store() || !m_travel)
        return false;
    NewRideRequest r;
    r.pickupName = request.value(QStringLiteral("pickupName")).toString();
    r.dropoffName = request.value(QStringLiteral("dropoffName")).toString();
    r.pickup = {request.value(QStringLiteral("pickupX"), qQNaN()).toDouble(), request.value(QStringLiteral("pickupY"), qQNaN()).toDouble()};
    r.dropoff = {request.value(QStringLiteral("dropoffX"), qQNaN()).toDouble(), request.value(QStringLiteral("dropoffY"), qQNaN()).toDouble()};
    r.earliestPickup = request.value(QStringLiteral("earliestPickup")).toDateTime().toUTC();
    r.latestArrival = request.value(QStringLiteral("latestArrival")).toDateTime().toUTC();
    r.passengers = request.value(QStringLiteral("passengers"), 1).toInt();
    r.wheelchair = request.value(QStringLiteral("wheelchair")).toBool();
    const auto id = RequestIntake::submit(*twin->store(), twin->actor(), r, *m_travel, QDateTime::currentDateTimeUtc());
    return finish(bool(id), id ? tr("Request %1 entered.").arg(id.value()) : QString(), id ? QString() : id.error().message);
}

bool DispatchController::stopAction(const QString &done,
                                    const std::function<core::Status(store::TwinStore &, const core::Actor &)> &action)
{
    auto *twin = access();
    if (!twin || !twin->store())
        return false;
    const auto s = action(*twin->store(), twin->actor());
    return finish(bool(s), done, s ? QString() : s.error().message);
}

bool DispatchController::startStop(const QString &vehicleId, int sequence)
{
    return stopAction(tr("%1 has arrived at its next stop.").arg(vehicleId),
                      [&](store::TwinStore &store, const core::Actor &actor) {
        return StopLifecycle::start(store, actor, vehicleId, sequence, QDateTime::currentDateTimeUtc());
    });
}

bool DispatchController::completeStop(const QString &vehicleId, int sequence)
{
    return stopAction(tr("%1's stop is done.").arg(vehicleId), [&](store::TwinStore &store, const core::Actor &actor) {
        return StopLifecycle::complete(store, actor, vehicleId, sequence, QDateTime::currentDateTimeUtc());
    });
}

bool DispatchController::noShow(const QString &vehicleId, int sequence)
{
    return stopAction(tr("No-show recorded; the ride is cancelled."), [&](store::TwinStore &store, const core::Actor &actor) {
        return StopLifecycle::noShow(store, actor, vehicleId, sequence, QDateTime::currentDateTimeUtc());
    });
}

bool DispatchController::reoptimiseIfBetter()
{
    auto *twin = access();
    store::TwinStore *store = twin ? twin->store() : nullptr;
    const QString clock = QLocale().toString(QTime::currentTime(), QStringLiteral("HH:mm"));
    auto say = [this](const QString &text) {
        m_autoReport = text;
        emit autoReportChanged();
    };
    if (!store || !m_desk || store->isReadOnly())
        return false;
    if (!m_mayReoptimise) {
        say(tr("Automatic re-optimisation at %1 skipped: you may not re-optimise.").arg(clock));
        return false;
    }
    // Only on a desk read after the twin's last change: otherwise read first, try next time.
    if (m_busy || changeToken() != m_deskToken) {
        refresh();
        say(tr("Automatic re-optimisation at %1 waited for the desk to be read again.").arg(clock));
        return false;
    }
    auto saving = m_desk->reoptimisationSaving();
    if (!saving) {
        say(tr("Automatic re-optimisation at %1: %2").arg(clock, saving.error().message));
        return false;
    }
    if (*saving <= 0.0) {
        say(tr("Automatic re-optimisation at %1: no plan drives less; nothing changed.").arg(clock));
        return false;
    }
    double saved = 0.0;
    QStringList moved;
    const auto s = m_desk->reoptimise(*store, twin->actor(), &saved, &moved);
    if (!s) {
        say(tr("Automatic re-optimisation at %1 failed: %2").arg(clock, s.error().message));
        return false;
    }
    say(moved.isEmpty() ? tr("Automatic re-optimisation at %1: %2 min less driving (stops re-ordered).").arg(clock).arg(saved / 60.0, 0, 'f', 1)
                        : tr("Automatic re-optimisation at %1: %2 min less driving; moved %3.")
                              .arg(clock)
                              .arg(saved / 60.0, 0, 'f', 1)
                              .arg(moved.join(QStringLiteral(", "))));
    emit decided();
    refresh();
    return true;
}

} // namespace ct::fleets
