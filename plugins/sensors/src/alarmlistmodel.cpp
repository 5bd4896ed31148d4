// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "alarmlistmodel.h"

#include <QDateTime>

#include <algorithm>

namespace ct::sensors {

AlarmListModel::AlarmListModel(QObject *parent) : QAbstractListModel(parent) {}

int AlarmListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant AlarmListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= int(m_rows.size()))
        return {};
    const auto &[a, name] = m_rows[std::size_t(index.row())];
    switch (role) {
    case IdRole: return a.id;
    case SensorIdRole: return a.sensorId;
    case Qt::DisplayRole:
    case SensorNameRole: return name;
    case KindRole: return a.kind;
    case LevelRole: return a.level;
    case ValueRole: return a.value;
    case SinceRole: return QDateTime::fromMSecsSinceEpoch(a.raisedMs);
    case EscalatedRole: return a.escalatedMs.has_value();
    case AcknowledgedRole: return a.acknowledgedMs.has_value();
    case AcknowledgedByRole: return a.acknowledgedBy;
    default: return {};
    }
}

QHash<int, QByteArray> AlarmListModel::roleNames() const
{
    return {{IdRole, "alarmId"}, {SensorIdRole, "sensorId"}, {SensorNameRole, "sensorName"}, {KindRole, "kind"},
            {LevelRole, "level"}, {ValueRole, "value"}, {SinceRole, "since"}, {EscalatedRole, "escalated"},
            {AcknowledgedRole, "acknowledged"}, {AcknowledgedByRole, "acknowledgedBy"}};
}

void AlarmListModel::setAlarms(std::vector<Alarm> alarms, std::vector<QString> names)
{
    beginResetModel();
    m_rows.clear();
    for (std::size_t i = 0; i < alarms.size(); ++i)
        m_rows.emplace_back(std::move(alarms[i]), i < names.size() ? names[i] : QString());
    std::stable_sort(m_rows.begin(), m_rows.end(), [](const auto &x, const auto &y) {
        const Alarm &a = x.first, &b = y.first;
        if (a.escalatedMs.has_value() != b.escalatedMs.has_value())
            return a.escalatedMs.has_value();
        if (a.acknowledgedMs.has_value() != b.acknowledgedMs.has_value())
            return !a.acknowledgedMs.has_value();
        if (a.level != b.level)
            return a.level > b.level;
        return a.raisedMs < b.raisedMs;
    });
    endResetModel();
    emit countChanged();
}

int AlarmListModel::unacknowledged() const
{
    return int(std::count_if(m_rows.begin(), m_rows.end(), [](const auto &r) { return !r.first.acknowledgedMs.has_value(); }));
}

} // namespace ct::sensors
