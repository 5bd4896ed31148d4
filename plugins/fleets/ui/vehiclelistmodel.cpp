// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "vehiclelistmodel.h"

#include "ct/fleets/vehiclekind.h"

namespace ct::fleets {

VehicleListModel::VehicleListModel(QObject *parent) : QAbstractListModel(parent) {}

int VehicleListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant VehicleListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= int(m_rows.size()))
        return {};
    const VehicleRecord &v = m_rows[std::size_t(index.row())];
    const auto kind = VehicleKinds::fromId(v.kind);
    switch (role) {
    case IdRole: return v.id;
    case LabelRole: return v.label.isEmpty() ? v.id : v.label;
    case KindRole: return v.kind;
    case KindLabelRole: return kind ? VehicleKinds::label(*kind) : v.kind;
    case ColorRole: return kind ? VehicleKinds::color(*kind) : QStringLiteral("#777777");
    case StateRole: return v.state;
    case OccupancyRole: return v.occupancy;
    case CapacityRole: return v.capacity;
    case EnergyTypeRole: return v.energyType;
    case EnergyLevelRole: return v.energyLevel ? QVariant(*v.energyLevel) : QVariant();
    case UpdatedAtRole: return v.updatedAt;
    default: return {};
    }
}

QHash<int, QByteArray> VehicleListModel::roleNames() const
{
    return {{IdRole, "vehicleId"},         {LabelRole, "label"},         {KindRole, "kind"},
            {KindLabelRole, "kindLabel"},  {ColorRole, "kindColor"},     {StateRole, "state"},
            {OccupancyRole, "occupancy"},  {CapacityRole, "capacity"},   {EnergyTypeRole, "energyType"},
            {EnergyLevelRole, "energyLevel"}, {UpdatedAtRole, "updatedAt"}};
}

int VehicleListModel::indexOf(const QString &vehicleId) const
{
    for (std::size_t i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].id == vehicleId)
            return int(i);
    return -1;
}

void VehicleListModel::setVehicles(std::vector<VehicleRecord> rows)
{
    const bool sizeChange = rows.size() != m_rows.size();
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
    if (sizeChange)
        emit countChanged();
}

} // namespace ct::fleets
