// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "fleetcontroller.h"

#include "ct/fleets/recordedvehiclereader.h"
#include "ct/fleets/vehiclefilter.h"
#include "ct/fleets/vehiclekind.h"
#include "ct/fleets/vehiclereader.h"
#include "ct/pluginapi/twinaccess.h"
#include "ct/sim/simtime.h"
#include "ct/store/twinstore.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>

namespace ct::fleets {

namespace {
//! How often the list follows the table (ms).
constexpr int kRefreshMs = 3000;
} // namespace

FleetController::FleetController(QObject *parent) : QObject(parent), m_model(new VehicleListModel(this))
{
    m_timer.setInterval(kRefreshMs);
    connect(&m_timer, &QTimer::timeout, this, &FleetController::refresh);
    m_sourceTimer.setSingleShot(true);
    m_sourceTimer.setInterval(100);
    connect(&m_sourceTimer, &QTimer::timeout, this, &FleetController::refresh);
}

plugin::TwinAccess *FleetController::access() const
{
    return m_twin ? qobject_cast<plugin::TwinAccess *>(m_twin.data()) : nullptr;
}

void FleetController::setTwin(QObject *twin)
{
    if (m_twin == twin)
        return;
    if (m_twin)
        disconnect(m_twin, nullptr, this, nullptr);
    m_twin = twin;
    if (m_twin && m_twin->metaObject()->indexOfSignal("openedChanged()") >= 0) {
        connect(m_twin, SIGNAL(openedChanged()), this, SLOT(refreshRecordedRuns()));
        connect(m_twin, SIGNAL(openedChanged()), this, SLOT(refresh()));
    }
    // A click on a vehicle's symbol on the main map arrives as the view setting `picked`.
    if (m_twin && m_twin->metaObject()->indexOfSignal("viewSettingsChanged(QString)") >= 0)
        connect(m_twin, SIGNAL(viewSettingsChanged(QString)), this, SLOT(readPick(QString)));
    emit twinChanged();
    refreshRecordedRuns();
    refresh();
}

void FleetController::refreshRecordedRuns()
{
    QVariantList list;
    bool found = false;
    auto *twin = access();
    if (store::TwinStore *store = twin ? twin->store() : nullptr) {
        if (auto runs = RecordedVehicleReader(*store).runs()) {
            for (const RecordedVehicleReader::Run &run : *runs) {
                list << QVariantMap{{QStringLiteral("id"), run.id}, {QStringLiteral("name"), run.name},
                                    {QStringLiteral("endSeconds"), run.endSeconds}, {QStringLiteral("layers"), run.layers}};
                found = found || run.id == m_sourceRunId;
            }
        }
    }
    const qint64 runId = found ? m_sourceRunId : 0;   // a run that is gone (another twin) leaves "Live"
    if (list == m_recordedRuns && runId == m_sourceRunId)
        return;
    m_recordedRuns = list;
    const bool sourceGone = runId != m_sourceRunId;
    m_sourceRunId = runId;
    emit sourceChanged();
    if (sourceGone) {
        shareSource();
        refresh();
    }
}

void FleetController::setSourceRunId(qint64 runId)
{
    runId = std::max<qint64>(0, runId);
    if (runId == m_sourceRunId)
        return;
    m_sourceRunId = runId;
    refreshRecordedRuns();   // checks the run exists (else back to live)
    emit sourceChanged();
    shareSource();
    select(QString());       // a live vehicle is not in the run, nor a run's vehicle live
    refresh();
}

void FleetController::setSourceSeconds(double seconds)
{
    seconds = seconds < 0.0 ? -1.0 : seconds;
    if (seconds == m_sourceSeconds)
        return;
    m_sourceSeconds = seconds;
    emit sourceSecondsChanged();
    shareSource();
    if (m_sourceRunId > 0)
        m_sourceTimer.start();   // the timeline ticks often: one read per pause
}

void FleetController::shareSource() const
{
    // The main map's vehicle overlays (VehicleOverlaySource) follow the list's source.
    auto *twin = access();
    if (!twin)
        return;
    QVariantMap settings = twin->viewSettings(QStringLiteral("fleets"));
    settings.remove(QStringLiteral("vehicleRunId"));
    settings.remove(QStringLiteral("vehicleRunSeconds"));
    if (m_sourceRunId > 0) {
        settings.insert(QStringLiteral("vehicleRunId"), m_sourceRunId);
        if (m_sourceSeconds >= 0.0)
            settings.insert(QStringLiteral("vehicleRunSeconds"), m_sourceSeconds);
    }
    twin->setViewSettings(QStringLiteral("fleets"), settings);
}

core::Result<std::vector<VehicleRecord>> FleetController::readVehicles(const store::TwinStore &store)
{
    if (m_sourceRunId <= 0) {
        m_sourceText.clear();
        return VehicleReader::vehicles(store);
    }
    RecordedVehicleReader reader(store);
    auto run = reader.run(m_sourceRunId);
    if (!run)
        return run.error();
    auto picture = reader.vehicles(m_sourceRunId, m_sourceSeconds);
    if (!picture)
        return picture.error();
    m_sourceText = tr("Recorded run %1 at %2 (simulated, read-only)").arg(run->name, sim::formatDuration(sim::fromSeconds(picture->seconds)));
    return picture->vehicles;
}

QVariantList FleetController::kinds() const
{
    QVariantList list;
    for (VehicleKind kind : VehicleKinds::all())
        list.append(QVariantMap{{QStringLiteral("id"), VehicleKinds::id(kind)},
                                {QStringLiteral("label"), VehicleKinds::label(kind)},
                                {QStringLiteral("color"), VehicleKinds::color(kind)}});
    return list;
}

void FleetController::setKindFilter(const QString &kind)
{
    if (kind == m_kindFilter)
        return;
    m_kindFilter = kind;
    emit filtersChanged();
    refresh();
}

void FleetController::setStateFilter(const QString &state)
{
    if (state == m_stateFilter)
        return;
    m_stateFilter = state;
    emit filtersChanged();
    refresh();
}

void FleetController::setSearch(const QString &text)
{
    if (text == m_search)
        return;
    m_search = text;
    emit filtersChanged();
    refresh();
}

void FleetController::select(const QString &vehicleId)
{
    if (vehicleId == m_selectedId)
        return;
    m_selectedId = vehicleId;
    if (auto *twin = access()) {
        QVariantMap settings = twin->viewSettings(QStringLiteral("fleets"));
        settings.insert(QStringLiteral("selectedVehicle"), vehicleId);
        twin->setViewSettings(QStringLiteral("fleets"), settings);
    }
    readSelection();
}

void FleetController::readPick(const QString &pluginId)
{
    auto *twin = access();
    if (!twin || pluginId != QLatin1String("fleets"))
        return;
    const QVariantMap picked = twin->viewSettings(pluginId).value(QStringLiteral("picked")).toMap();
    const qint64 serial = picked.value(QStringLiteral("serial")).toLongLong();
    if (serial == m_pickSerial || !picked.value(QStringLiteral("overlay")).toString().startsWith(QLatin1String("fleet_vehicles_")))
        return;
    m_pickSerial = serial;
    const QString id = picked.value(QStringLiteral("id")).toString();
    if (id.isEmpty())
        return;
    select(id);
    emit pickedOnMap(id);
}

void FleetController::refresh()
{
    auto *twin = access();
    store::TwinStore *store = twin ? twin->store() : nullptr;
    m_error.clear();
    if (!store || (m_sourceRunId <= 0 && store->schemaVersion(QStringLiteral("fleets")) < 3)) {
        m_timer.stop();
        m_model->setVehicles({});
        m_shown.clear();
        m_sourceText.clear();
        m_total = 0;
        m_states.clear();
        emit refreshed();
        readSelection();
        return;
    }
    if (!m_timer.isActive())
        m_timer.start();
    auto all = readVehicles(*store);
    if (!all) {
        m_error = all.error().toString();
        m_model->setVehicles({});
        m_shown.clear();
        m_total = 0;
        emit refreshed();
        readSelection();
        return;
    }
    m_shown = *all;
    m_total = int(all->size());
    QSet<QString> states;
    for (const VehicleRecord &v : *all)
        if (!v.state.isEmpty())
            states.insert(v.state);
    m_states = QStringList(states.begin(), states.end());
    m_states.sort();
    VehicleFilter filter;
    if (!m_kindFilter.isEmpty())
        filter.kinds << m_kindFilter;
    filter.state = m_stateFilter;
    filter.search = m_search;
    m_model->setVehicles(filter.apply(*all));
    emit refreshed();
    readSelection();
}

void FleetController::readSelection()
{
    m_selected.clear();
    m_track.clear();
    auto *twin = access();
    store::TwinStore *store = twin ? twin->store() : nullptr;
    if (store && !m_selectedId.isEmpty() && m_sourceRunId > 0) {
        // A recorded run's vehicle: as last read from the run, its track from the run's samples.
        for (const VehicleRecord &v : m_shown)
            if (v.id == m_selectedId) {
                const auto kind = VehicleKinds::fromId(v.kind);
                m_selected = {{QStringLiteral("id"), v.id},
                              {QStringLiteral("label"), v.label},
                              {QStringLiteral("kind"), v.kind},
                              {QStringLiteral("kindLabel"), kind ? VehicleKinds::label(*kind) : v.kind},
                              {QStringLiteral("color"), kind ? VehicleKinds::color(*kind) : QStringLiteral("#777777")},
                              {QStringLiteral("state"), v.state},
                              {QStringLiteral("capacity"), v.capacity},
                              {QStringLiteral("occupancy"), v.occupancy},
                              {QStringLiteral("energyLevel"), v.energyLevel ? QVariant(*v.energyLevel) : QVariant()},
                              {QStringLiteral("heading"), v.headingDeg ? QVariant(*v.headingDeg) : QVariant()},
                              {QStringLiteral("x"), v.x ? QVariant(*v.x) : QVariant()},
                              {QStringLiteral("y"), v.y ? QVariant(*v.y) : QVariant()},
                              {QStringLiteral("updatedAt"), v.updatedAt},
                              {QStringLiteral("simulated"), true}};
                break;
            }
        if (auto points = RecordedVehicleReader(*store).track(m_sourceRunId, m_selectedId, m_sourceSeconds)) {
            for (const TrackPoint &p : *points)
                m_track.append(QVariantMap{{QStringLiteral("x"), p.x}, {QStringLiteral("y"), p.y}, {QStringLiteral("at"), p.at}});
        }
    } else if (store && !m_selectedId.isEmpty() && store->schemaVersion(QStringLiteral("fleets")) >= 3) {
        auto all = VehicleReader::vehicles(*store);
        if (all) {
            for (const VehicleRecord &v : *all) {
                if (v.id != m_selectedId)
                    continue;
                const auto kind = VehicleKinds::fromId(v.kind);
                m_selected = {{QStringLiteral("id"), v.id},
                              {QStringLiteral("label"), v.label.isEmpty() ? v.id : v.label},
                              {QStringLiteral("kind"), v.kind},
                              {QStringLiteral("kindLabel"), kind ? VehicleKinds::label(*kind) : v.kind},
                              {QStringLiteral("color"), kind ? VehicleKinds::color(*kind) : QStringLiteral("#777777")},
                              {QStringLiteral("state"), v.state},
                              {QStringLiteral("capacity"), v.capacity},
                              {QStringLiteral("wheelchairPlaces"), v.wheelchairPlaces},
                              {QStringLiteral("occupancy"), v.occupancy},
                              {QStringLiteral("energyType"), v.energyType},
                              {QStringLiteral("energyLevel"), v.energyLevel ? QVariant(*v.energyLevel) : QVariant()},
                              {QStringLiteral("speedProfile"), v.speedProfile},
                              {QStringLiteral("cruiseKmh"), v.cruiseKmh ? QVariant(*v.cruiseKmh) : QVariant()},
                              {QStringLiteral("maxKmh"), v.maxKmh ? QVariant(*v.maxKmh) : QVariant()},
                              {QStringLiteral("heading"), v.headingDeg ? QVariant(*v.headingDeg) : QVariant()},
                              {QStringLiteral("x"), v.x ? QVariant(*v.x) : QVariant()},
                              {QStringLiteral("y"), v.y ? QVariant(*v.y) : QVariant()},
                              {QStringLiteral("updatedAt"), v.updatedAt}};
                break;
            }
        }
        if (auto points = VehicleReader::track(*store, m_selectedId)) {
            for (const TrackPoint &p : *points)
                m_track.append(QVariantMap{{QStringLiteral("x"), p.x}, {QStringLiteral("y"), p.y}, {QStringLiteral("at"), p.at}});
        }
    }
    emit selectionChanged();
}

QString FleetController::stateLabel(const QString &state) const
{
    static const std::pair<const char *, const char *> labels[] = {
        {"idle", QT_TRANSLATE_NOOP("FleetStates", "Idle")},
        {"in_service", QT_TRANSLATE_NOOP("FleetStates", "In service")},
        {"en_route", QT_TRANSLATE_NOOP("FleetStates", "En route")},
        {"charging", QT_TRANSLATE_NOOP("FleetStates", "Charging")},
        {"out_of_service", QT_TRANSLATE_NOOP("FleetStates", "Out of service")},
        {"maintenance", QT_TRANSLATE_NOOP("FleetStates", "Maintenance")},
        {"in_transit_to", QT_TRANSLATE_NOOP("FleetStates", "In transit")},
        {"incoming_at", QT_TRANSLATE_NOOP("FleetStates", "Arriving")},
        {"stopped_at", QT_TRANSLATE_NOOP("FleetStates", "At a stop")},
        // States of simulated vehicles (a recorded run's on-demand buses, robots and drones).
        {"driving", QT_TRANSLATE_NOOP("FleetStates", "Driving")},
        {"waiting", QT_TRANSLATE_NOOP("FleetStates", "Waiting")},
        {"boarding", QT_TRANSLATE_NOOP("FleetStates", "Boarding")},
        {"to_depot", QT_TRANSLATE_NOOP("FleetStates", "To the depot")},
        {"delivering", QT_TRANSLATE_NOOP("FleetStates", "Delivering")},
        {"handover", QT_TRANSLATE_NOOP("FleetStates", "Handing over")},
        {"returning", QT_TRANSLATE_NOOP("FleetStates", "Returning")},
    };
    for (const auto &[id, label] : labels)
        if (state == QLatin1String(id))
            return QCoreApplication::translate("FleetStates", label);
    return state;
}

QString FleetController::energyLabel(const QString &energyType) const
{
    if (energyType == QLatin1String("battery"))
        return QCoreApplication::translate("FleetStates", "Battery");
    if (energyType == QLatin1String("fuel"))
        return QCoreApplication::translate("FleetStates", "Fuel");
    if (energyType == QLatin1String("hydrogen"))
        return QCoreApplication::translate("FleetStates", "Hydrogen");
    return energyType;
}

} // namespace ct::fleets
