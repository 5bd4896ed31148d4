// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "sensorlistmodel.h"

#include <QDateTime>

#include <algorithm>

namespace ct::sensors {

SensorListModel::SensorListModel(QObject *parent) : QAbstractListModel(parent) {}

int SensorListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_shown.size());
}

QVariant SensorListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= int(m_shown.size()))
        return {};
    const SensorRow &r = m_shown[std::size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
    case NameRole: return r.name;
    case IdRole: return r.id;
    case KindRole: return r.kind;
    case QuantityRole: return r.quantity;
    case UnitRole: return r.unit;
    case LastValueRole: return std::isnan(r.lastValue) ? QVariant() : QVariant(r.lastValue);
    case LastTimeRole: return r.lastMs > 0 ? QVariant(QDateTime::fromMSecsSinceEpoch(r.lastMs)) : QVariant();
    case LevelRole: return r.level;
    case StaleRole: return r.stale;
    case HasValueRole: return !std::isnan(r.lastValue);
    case SiteFidRole: return r.siteFid;
    default: return {};
    }
}

QHash<int, QByteArray> SensorListModel::roleNames() const
{
    return {{IdRole, "sensorId"}, {NameRole, "name"}, {KindRole, "kind"}, {QuantityRole, "quantity"},
            {UnitRole, "unit"}, {LastValueRole, "lastValue"}, {LastTimeRole, "lastTime"}, {LevelRole, "level"},
            {StaleRole, "stale"}, {HasValueRole, "hasValue"}, {SiteFidRole, "siteFid"}};
}

void SensorListModel::setRows(std::vector<SensorRow> rows)
{
    std::sort(rows.begin(), rows.end(), [](const SensorRow &a, const SensorRow &b) {
        if (a.level != b.level)
            return a.level > b.level;
        if (a.stale != b.stale)
            return a.stale;
        return a.name < b.name;
    });
    m_all = std::move(rows);
    apply();
}

bool SensorListModel::accepts(const SensorRow &r) const
{
    if (!m_kind.isEmpty() && r.kind != m_kind)
        return false;
    if (m_alarmedOnly && r.level < 1)
        return false;
    if (m_staleOnly && !r.stale)
        return false;
    return m_search.isEmpty() || r.name.contains(m_search, Qt::CaseInsensitive);
}

void SensorListModel::apply()
{
    beginResetModel();
    m_shown.clear();
    for (const SensorRow &r : m_all)
        if (accepts(r))
            m_shown.push_back(r);
    endResetModel();
    emit countChanged();
}

void SensorListModel::setKindFilter(const QString &kind)
{
    if (kind == m_kind)
        return;
    m_kind = kind;
    apply();
    emit filterChanged();
}

void SensorListModel::setAlarmedOnly(bool on)
{
    if (on == m_alarmedOnly)
        return;
    m_alarmedOnly = on;
    apply();
    emit filterChanged();
}

void SensorListModel::setStaleOnly(bool on)
{
    if (on == m_staleOnly)
        return;
    m_staleOnly = on;
    apply();
    emit filterChanged();
}

void SensorListModel::setSearch(const QString &text)
{
    if (text == m_search)
        return;
    m_search = text;
    apply();
    emit filterChanged();
}

int SensorListModel::indexOf(qint64 sensorId) const
{
    for (std::size_t i = 0; i < m_shown.size(); ++i)
        if (m_shown[i].id == sensorId)
            return int(i);
    return -1;
}

} // namespace ct::sensors
