// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "ct/fleets/logistics/supermarketroundeditor.h"

#include "ct/fleets/liveoperationsschema.h"
#include "ct/fleets/logistics/supermarketround.h"
#include "ct/pluginapi/twinaccess.h"
#include "ct/store/sqlstatement.h"
#include "ct/store/twinstore.h"

#include <QRegularExpression>

#include <cmath>

namespace ct::fleets {

using store::SqlStatement;

namespace {

QString clock(int seconds)
{
    return QStringLiteral("%1:%2").arg(seconds / 3600, 2, 10, QLatin1Char('0')).arg(seconds / 60 % 60, 2, 10, QLatin1Char('0'));
}

/// Seconds after midnight of "H:mm" / "HH:mm" (hours 0–47), or -1.
int parseClock(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^\\s*(\\d{1,2}):(\\d{2})\\s*$"));
    const auto match = pattern.match(text);
    if (!match.hasMatch())
        return -1;
    const int hours = match.captured(1).toInt(), minutes = match.captured(2).toInt();
    if (hours > 47 || minutes > 59)
        return -1;
    return hours * 3600 + minutes * 60;
}

plugin::TwinAccess *access(QObject *twin)
{
    return twin ? qobject_cast<plugin::TwinAccess *>(twin) : nullptr;
}

} // namespace

SupermarketRoundEditor::SupermarketRoundEditor(QObject *parent) : QObject(parent) {}

void SupermarketRoundEditor::setTwin(QObject *twin)
{
    if (m_twin == twin)
        return;
    if (m_twin)
        disconnect(m_twin, nullptr, this, nullptr);
    m_twin = twin;
    if (m_twin && m_twin->metaObject()->indexOfSignal("openedChanged()") >= 0)
        connect(m_twin, SIGNAL(openedChanged()), this, SLOT(reload()));
    if (m_twin && m_twin->metaObject()->indexOfSignal("operatorChanged()") >= 0)
        connect(m_twin, SIGNAL(operatorChanged()), this, SIGNAL(twinChanged()));
    reload();
}

void SupermarketRoundEditor::setVehicleId(const QString &id)
{
    if (m_vehicleId == id)
        return;
    m_vehicleId = id;
    emit vehicleIdChanged();
    reload();
}

bool SupermarketRoundEditor::permitted() const
{
    plugin::TwinAccess *session = access(m_twin);
    store::TwinStore *twin = session ? session->store() : nullptr;
    return twin && !twin->isReadOnly() && twin->schemaVersion(QStringLiteral("fleets")) >= LiveOperationsSchema::kVersion
           && twin->mayPerform(session->actor(), LiveOperationsSchema::supermarketAction(), QStringLiteral("supermarket_stop"));
}

void SupermarketRoundEditor::reload()
{
    plugin::TwinAccess *session = access(m_twin);
    store::TwinStore *twin = session ? session->store() : nullptr;
    m_vehicles.clear();
    m_busStopNames.clear();
    m_busStopPositions.clear();
    m_stops.clear();
    if (twin) {
        SqlStatement vehicles(twin->handle(), "SELECT vehicle_id FROM fleet_vehicle WHERE kind = 'mobile_supermarket' ORDER BY vehicle_id");
        while (vehicles.isValid() && vehicles.next())
            m_vehicles << vehicles.text(0);
        if (twin->hasLayer(QStringLiteral("bus_stops"))) {
            if (auto table = twin->read(QStringLiteral("bus_stops"), {QStringLiteral("name")})) {
                const int nameColumn = table->columnIndex(QStringLiteral("name"));
                for (std::size_t i = 0; i < table->size(); ++i) {
                    if (table->geometries[i].isEmpty())
                        continue;
                    const geo::Point p = table->geometries[i].points().front();
                    const QString name = nameColumn >= 0 ? table->columns[std::size_t(nameColumn)][i].toString() : QString();
                    m_busStopNames << (name.isEmpty() ? tr("Bus stop %1").arg(i + 1) : name);
                    m_busStopPositions.push_back({p.x, p.y});
                }
            }
        }
        if (!m_vehicleId.isEmpty()) {
            if (auto round = SupermarketRound::read(*twin, m_vehicleId)) {
                for (const SupermarketStop &s : *round)
                    m_stops.push_back({s, clock(s.scheduledArrival)});
            } else {
                report(false, round.error().toString());
            }
        }
    }
    setDirty(false);
    emit twinChanged();
    emit stopsChanged();
}

QVariantList SupermarketRoundEditor::stops() const
{
    QVariantList list;
    for (const Row &r : m_stops)
        list.append(QVariantMap{{QStringLiteral("name"), r.stop.name},
                                {QStringLiteral("arrival"), r.arrivalText},
                                {QStringLiteral("dwellMinutes"), r.stop.dwellSeconds / 60},
                                {QStringLiteral("x"), r.stop.position.x},
                                {QStringLiteral("y"), r.stop.position.y}});
    return list;
}

void SupermarketRoundEditor::setDirty(bool dirty)
{
    if (m_dirty == dirty)
        return;
    m_dirty = dirty;
    emit dirtyChanged();
}

void SupermarketRoundEditor::report(bool ok, const QString &message)
{
    m_failed = !ok;
    m_message = message;
    emit messageChanged();
}

void SupermarketRoundEditor::setName(int index, const QString &name)
{
    if (index < 0 || index >= count() || m_stops[std::size_t(index)].stop.name == name)
        return;
    m_stops[std::size_t(index)].stop.name = name;
    setDirty(true);
}

void SupermarketRoundEditor::setArrival(int index, const QString &text)
{
    if (index < 0 || index >= count() || m_stops[std::size_t(index)].arrivalText == text)
        return;
    m_stops[std::size_t(index)].arrivalText = text;
    setDirty(true);
}

void SupermarketRoundEditor::setDwellMinutes(int index, int minutes)
{
    if (index < 0 || index >= count() || m_stops[std::size_t(index)].stop.dwellSeconds == minutes * 60)
        return;
    m_stops[std::size_t(index)].stop.dwellSeconds = minutes * 60;
    setDirty(true);
}

void SupermarketRoundEditor::moveStop(int index, int delta)
{
    const int to = index + delta;
    if (index < 0 || index >= count() || to < 0 || to >= count() || delta == 0)
        return;
    // The times stay with the slots: moving a place earlier gives it the earlier time.
    std::swap(m_stops[std::size_t(index)].stop.name, m_stops[std::size_t(to)].stop.name);
    std::swap(m_stops[std::size_t(index)].stop.position, m_stops[std::size_t(to)].stop.position);
    setDirty(true);
    emit stopsChanged();
}

void SupermarketRoundEditor::removeStop(int index)
{
    if (index < 0 || index >= count())
        return;
    m_stops.erase(m_stops.begin() + index);
    setDirty(true);
    emit stopsChanged();
}

void SupermarketRoundEditor::append(const QString &name, double x, double y)
{
    int arrival = 10 * 3600;
    if (!m_stops.empty()) {
        const Row &last = m_stops.back();
        const int lastArrival = parseClock(last.arrivalText);
        arrival = (lastArrival >= 0 ? lastArrival : last.stop.scheduledArrival) + last.stop.dwellSeconds + 600;
    }
    SupermarketStop s;
    s.sequence = count() + 1;
    s.name = name;
    s.position = {x, y};
    s.scheduledArrival = std::min(arrival, 47 * 3600 + 59 * 60);
    s.dwellSeconds = 1200;
    m_stops.push_back({s, clock(s.scheduledArrival)});
    setDirty(true);
    emit stopsChanged();
}

void SupermarketRoundEditor::addBusStop(int busStopIndex)
{
    if (busStopIndex < 0 || busStopIndex >= m_busStopNames.size())
        return;
    const auto [x, y] = m_busStopPositions[std::size_t(busStopIndex)];
    append(m_busStopNames[busStopIndex], x, y);
}

void SupermarketRoundEditor::addAt(double x, double y, const QString &name)
{
    append(name.trimmed().isEmpty() ? tr("Stop %1").arg(count() + 1) : name.trimmed(), x, y);
}

bool SupermarketRoundEditor::save()
{
    plugin::TwinAccess *session = access(m_twin);
    store::TwinStore *twin = session ? session->store() : nullptr;
    if (!twin || m_vehicleId.isEmpty()) {
        report(false, tr("choose a mobile supermarket first"));
        return false;
    }
    std::vector<SupermarketStop> stops;
    for (std::size_t i = 0; i < m_stops.size(); ++i) {
        SupermarketStop s = m_stops[i].stop;
        s.scheduledArrival = parseClock(m_stops[i].arrivalText);
        if (s.scheduledArrival < 0) {
            report(false, QStringLiteral("supermarket_stop %1/%2.scheduled_arrival: %3")
                              .arg(m_vehicleId)
                              .arg(i + 1)
                              .arg(tr("\"%1\" is not a time like 14:30").arg(m_stops[i].arrivalText)));
            return false;
        }
        stops.push_back(s);
    }
    const core::Status status = SupermarketRound::save(*twin, session->actor(), m_vehicleId, stops);
    if (!status) {
        report(false, status.error().toString());
        return false;
    }
    report(true, tr("Round of %1 saved: %n stop(s).", nullptr, int(stops.size())).arg(m_vehicleId));
    reload();
    emit saved();
    return true;
}

} // namespace ct::fleets
