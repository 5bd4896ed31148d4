// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "fleetcontroller.h"

#include "ct/fleets/vehiclefilter.h"
#include "ct/fleets/vehiclekind.h"
#include "ct/fleets/vehiclereader.h"
#include "ct/pluginapi/twinaccess.h"
#include "ct/store/twinstore.h"

#include <QCoreApplication>
#include <QSet>

namespace ct::fleets {

namespace {
//! How often the list follows the table (ms).
constexpr int kRefreshMs = 3000;
} // namespace

FleetController::FleetController(QObject *parent) : QObject(parent), m_model(new VehicleListModel(this))
{
    m_timer.setInterval(kRefreshMs);
    connect(&m_timer, &QTimer::timeout, this, &FleetController::refresh);
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
    if (m_twin && m_twin->metaObject()->indexOfSignal("openedChanged()") >= 0)
        connect(m_twin, SIGNAL(openedChanged()), this, SLOT(refresh()));
    // A click on a vehicle's symbol on the main map arrives as the view setting `picked`.
    if (m_twin && m_twin->metaObject()->indexOfSignal("viewSettingsChanged(QString)") >= 0)
        connect(m_twin, SIGNAL(viewSettingsChanged(QString)), this, SLOT(readPick(QString)));
    emit twinChanged();
    refresh();
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
    if (!store || store->schemaVersion(QStringLiteral("fleets")) < 3) {
        m_timer.stop();
        m_model->setVehicles({});
        m_total = 0;
        m_states.clear();
        emit refreshed();
        readSelection();
        return;
    }
    if (!m_timer.isActive())
        m_timer.start();
    auto all = VehicleReader::vehicles(*store);
    if (!all) {
        m_error = all.error().toString();
        emit refreshed();
        return;
    }
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
    if (store && !m_selectedId.isEmpty() && store->schemaVersion(QStringLiteral("fleets")) >= 3) {
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
