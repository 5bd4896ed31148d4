// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include "alarm.h"

#include <QAbstractListModel>

#include <vector>

namespace ct::sensors {

/// \brief The active alarms of the panel (threshold and stale), escalated and unacknowledged first.
class AlarmListModel : public QAbstractListModel
{
    Q_OBJECT
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
    Q_PROPERTY(int unacknowledged READ unacknowledged NOTIFY countChanged)

public:
    enum Roles { IdRole = Qt::UserRole + 1, SensorIdRole, SensorNameRole, KindRole, LevelRole, ValueRole, SinceRole,
                 EscalatedRole, AcknowledgedRole, AcknowledgedByRole };

    explicit AlarmListModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    //! `names[i]` is the name of the sensor of `alarms[i]`.
    void setAlarms(std::vector<Alarm> alarms, std::vector<QString> names);
    int unacknowledged() const;

signals:
    void countChanged();

private:
    std::vector<std::pair<Alarm, QString>> m_rows;
};

} // namespace ct::sensors
