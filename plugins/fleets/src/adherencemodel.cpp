// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "ct/fleets/adherencemodel.h"

#include "ct/fleets/gtfstime.h"
#include "ct/fleets/scheduleadherence.h"
#include "ct/pluginapi/twinaccess.h"
#include "ct/store/twinstore.h"

#include <QFile>
#include <QUrl>

#include <cmath>

namespace ct::fleets {

AdherenceModel::AdherenceModel(QObject *parent) : QAbstractListModel(parent) {}

void AdherenceModel::setTwin(QObject *twin)
{
    if (m_twin == twin)
        return;
    m_twin = twin;
    emit twinChanged();
    refresh();
}

void AdherenceModel::setLateThresholdSeconds(int seconds)
{
    if (seconds == m_lateThreshold || seconds < 0)
        return;
    beginResetModel();
    m_lateThreshold = seconds;
    endResetModel();
    emit refreshed();
}

int AdherenceModel::lateCount() const
{
    int late = 0;
    for (const AdherenceEntry &e : m_entries)
        late += e.known() && e.delaySeconds >= m_lateThreshold ? 1 : 0;
    return late;
}

void AdherenceModel::refresh()
{
    auto *session = m_twin ? qobject_cast<plugin::TwinAccess *>(m_twin) : nullptr;
    store::TwinStore *twin = session ? session->store() : nullptr;
    beginResetModel();
    m_entries.clear();
    m_error.clear();
    if (twin) {
        auto entries = ScheduleAdherence::compute(*twin);
        if (entries)
            m_entries = std::move(entries.value());
        else
            m_error = entries.error().toString();
    }
    endResetModel();
    emit refreshed();
}

bool AdherenceModel::exportCsv(const QUrl &file)
{
    const QString path = file.isLocalFile() ? file.toLocalFile() : file.toString();
    QFile out(path);
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate) || out.write(ScheduleAdherence::toCsv(m_entries)) < 0) {
        m_error = tr("%1: cannot write: %2").arg(path, out.errorString());
        emit refreshed();
        return false;
    }
    return true;
}

QString AdherenceModel::delayText(int delaySeconds)
{
    const int minutes = int(std::lround(std::abs(delaySeconds) / 60.0));
    if (minutes == 0)
        return tr("on time");
    return delaySeconds > 0 ? tr("%n min late", nullptr, minutes) : tr("%n min early", nullptr, minutes);
}

int AdherenceModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

QVariant AdherenceModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= int(m_entries.size()))
        return {};
    const AdherenceEntry &e = m_entries[std::size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
    case VehicleIdRole: return e.vehicleId;
    case LabelRole: return e.label.isEmpty() ? e.vehicleId : e.label;
    case TripIdRole: return e.tripId;
    case RouteIdRole: return e.routeId;
    case ScheduledRole: return e.known() ? GtfsTime::format(e.scheduled) : QString();
    case DelaySecondsRole: return e.delaySeconds;
    case DelayTextRole: return e.known() ? delayText(e.delaySeconds) : e.problem;
    case NextStopRole: return e.nextStopName.isEmpty() ? e.nextStopId : e.nextStopName;
    case KnownRole: return e.known();
    case LateRole: return e.known() && e.delaySeconds >= m_lateThreshold;
    default: return {};
    }
}

QHash<int, QByteArray> AdherenceModel::roleNames() const
{
    return {{VehicleIdRole, "vehicleId"}, {LabelRole, "label"},   {TripIdRole, "tripId"},   {RouteIdRole, "routeId"},
            {ScheduledRole, "scheduled"}, {DelaySecondsRole, "delaySeconds"}, {DelayTextRole, "delayText"},
            {NextStopRole, "nextStop"},   {KnownRole, "known"},   {LateRole, "late"}};
}

} // namespace ct::fleets
