// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include "ct/fleets/vehiclerecord.h"

#include <QAbstractListModel>

#include <vector>

namespace ct::fleets {

/// \brief The vehicle list of the fleets panel: the filtered rows of `fleet_vehicle`.
class VehicleListModel : public QAbstractListModel
{
    Q_OBJECT
    Q_PROPERTY(int count READ count NOTIFY countChanged)

public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        LabelRole,
        KindRole,
        KindLabelRole,
        ColorRole,
        StateRole,
        OccupancyRole,
        CapacityRole,
        EnergyTypeRole,
        EnergyLevelRole,
        UpdatedAtRole
    };

    explicit VehicleListModel(QObject *parent = nullptr);
    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
    int count() const { return int(m_rows.size()); }
    //! Replaces the rows, keeping the model's identity for the view.
    void setVehicles(std::vector<VehicleRecord> rows);
    const std::vector<VehicleRecord> &vehicles() const { return m_rows; }
    //! Row of vehicle `vehicleId` (-1 when the filters hide it).
    Q_INVOKABLE int indexOf(const QString &vehicleId) const;

signals:
    void countChanged();

private:
    std::vector<VehicleRecord> m_rows;
};

} // namespace ct::fleets
