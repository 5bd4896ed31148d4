// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "shelterlistmodel.h"

#include "hazards.h"

#include <cmath>

namespace ct::shelters {

ShelterListModel::ShelterListModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

int ShelterListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QHash<int, QByteArray> ShelterListModel::roleNames() const
{
    return {{FidRole, "fid"},
            {NameRole, "name"},
            {DisplayNameRole, "displayName"},
            {SourceIdRole, "sourceId"},
            {AddressRole, "address"},
            {StatusRole, "status"},
            {StatusTitleRole, "statusTitle"},
            {OccupancyRole, "occupancy"},
            {CapacityRole, "capacity"},
            {RatioRole, "ratio"},
            {CongestionRole, "congestion"},
            {CongestionNameRole, "congestionName"},
            {CongestionColorRole, "congestionColor"},
            {OverCapacityRole, "overCapacity"},
            {PowerRole, "power"},
            {PowerTitleRole, "powerTitle"},
            {NoPowerRole, "noPower"},
            {ShortageRole, "shortage"},
            {ShortageTextRole, "shortageText"},
            {OpenRequestsRole, "openRequests"},
            {UnacknowledgedRole, "unacknowledged"},
            {WaitingMinutesRole, "waitingMinutes"},
            {LoadKwRole, "loadKw"},
            {MedicalCountRole, "medicalCount"},
            {HazardsRole, "hazards"},
            {AttentionRole, "attention"}};
}

QVariant ShelterListModel::data(const QModelIndex &index, int role) const
{
    if (!m_dashboard || !index.isValid() || index.row() < 0 || index.row() >= int(m_rows.size()))
        return {};
    const ShelterRecord &r = m_dashboard->shelters()[std::size_t(m_rows[std::size_t(index.row())])];
    switch (role) {
    case FidRole:
        return r.fid;
    case NameRole:
        return r.name;
    case DisplayNameRole:
        return r.displayName(m_english);
    case SourceIdRole:
        return r.sourceId;
    case AddressRole:
        return r.address;
    case StatusRole:
        return ShelterLifecycle::name(r.status);
    case StatusTitleRole:
        return ShelterLifecycle::title(r.status);
    case OccupancyRole:
        return r.occupancy;
    case CapacityRole:
        return r.capacity;
    case RatioRole:
        return std::isfinite(r.congestion.ratio()) ? r.congestion.ratio() : 9.99;
    case CongestionRole:
        return int(r.congestion.level());
    case CongestionNameRole:
        return Congestion::title(r.congestion.level());
    case CongestionColorRole:
        return Congestion::color(r.congestion.level());
    case OverCapacityRole:
        return r.congestion.isOverCapacity();
    case PowerRole:
        return PowerSources::name(r.power);
    case PowerTitleRole:
        return PowerSources::title(r.power);
    case NoPowerRole:
        return r.hasNoPower();
    case ShortageRole:
        return ShelterLifecycle::isActive(r.status) && r.hasShortage();
    case ShortageTextRole: {
        QStringList titles;
        for (const QString &item : r.shortageItems)
            titles << StockItem{item, {}, 0, 0}.title();
        return titles.join(QStringLiteral(", "));
    }
    case OpenRequestsRole:
        return r.openRequests;
    case UnacknowledgedRole:
        return r.unacknowledgedRequests;
    case WaitingMinutesRole:
        return r.oldestUnacknowledgedAt.isValid() ? int(r.oldestUnacknowledgedAt.secsTo(m_now) / 60) : -1;
    case LoadKwRole:
        return r.loadKw;
    case MedicalCountRole:
        return r.medicalCount;
    case HazardsRole: {
        QStringList titles;
        for (const QString &h : r.suitableFor)
            titles << Hazards::title(h);
        return titles.join(QStringLiteral(", "));
    }
    case AttentionRole:
        return ShelterFilter::needsAttention(r);
    }
    return {};
}

void ShelterListModel::setDashboard(std::shared_ptr<const Dashboard> dashboard, const QDateTime &now)
{
    m_dashboard = std::move(dashboard);
    m_now = now;
    rebuild();
}

void ShelterListModel::rebuild()
{
    std::vector<int> rows;
    if (m_dashboard)
        rows = m_dashboard->view(m_filter, m_key, m_ascending, m_english);
    // Same shelters in the same order: update in place (keeps the view's position).
    bool same = rows.size() == m_rows.size() && !rows.empty();
    for (std::size_t i = 0; same && i < rows.size(); ++i)
        same = rows[i] == m_rows[i];
    if (same) {
        emit dataChanged(index(0), index(int(rows.size()) - 1));
        emit countChanged();
        return;
    }
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
    emit countChanged();
}

int ShelterListModel::rowOf(qint64 fid) const
{
    if (!m_dashboard)
        return -1;
    for (std::size_t i = 0; i < m_rows.size(); ++i) {
        if (m_dashboard->shelters()[std::size_t(m_rows[i])].fid == fid)
            return int(i);
    }
    return -1;
}

qint64 ShelterListModel::fidAt(int row) const
{
    if (!m_dashboard || row < 0 || row >= int(m_rows.size()))
        return -1;
    return m_dashboard->shelters()[std::size_t(m_rows[std::size_t(row)])].fid;
}

void ShelterListModel::setStatusFilter(const QStringList &statuses)
{
    if (statuses == m_filter.statuses)
        return;
    m_filter.statuses = statuses;
    rebuild();
    emit filterChanged();
}

QVariantList ShelterListModel::congestionFilter() const
{
    QVariantList levels;
    for (int l : m_filter.congestionLevels)
        levels << l;
    return levels;
}

void ShelterListModel::setCongestionFilter(const QVariantList &levels)
{
    QList<int> values;
    for (const QVariant &v : levels)
        values << v.toInt();
    if (values == m_filter.congestionLevels)
        return;
    m_filter.congestionLevels = values;
    rebuild();
    emit filterChanged();
}

void ShelterListModel::setPowerFilter(const QStringList &powers)
{
    if (powers == m_filter.powers)
        return;
    m_filter.powers = powers;
    rebuild();
    emit filterChanged();
}

void ShelterListModel::setHazardFilter(const QString &hazard)
{
    if (hazard == m_filter.hazard)
        return;
    m_filter.hazard = hazard;
    rebuild();
    emit filterChanged();
}

void ShelterListModel::setSearchText(const QString &text)
{
    if (text == m_filter.text)
        return;
    m_filter.text = text;
    rebuild();
    emit filterChanged();
}

void ShelterListModel::setAttentionOnly(bool on)
{
    if (on == m_filter.attentionOnly)
        return;
    m_filter.attentionOnly = on;
    rebuild();
    emit filterChanged();
}

void ShelterListModel::setSortKey(const QString &key)
{
    const auto k = ShelterOrdering::fromName(key);
    if (!k || *k == m_key)
        return;
    m_key = *k;
    rebuild();
    emit orderChanged();
}

void ShelterListModel::setSortAscending(bool ascending)
{
    if (ascending == m_ascending)
        return;
    m_ascending = ascending;
    rebuild();
    emit orderChanged();
}

void ShelterListModel::setEnglishNames(bool english)
{
    if (english == m_english)
        return;
    m_english = english;
    rebuild();
    emit orderChanged();
}

} // namespace ct::shelters
