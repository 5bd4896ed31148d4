// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include "ct/fleets/logistics/stopeta.h"

#include <QAbstractListModel>
#include <QPointer>
#include <QStringList>

#include <memory>
#include <vector>

namespace ct::routing {
class RoadGraph;
}
namespace ct::store {
class TwinStore;
}

namespace ct::fleets {

/// \brief The stops of one mobile supermarket with their ETAs for the fleets panel (what
/// residents see: "14:50到着予定").
///
/// refresh() reads the round (`supermarket_stop`), replays today's positions of the vehicle
/// (`fleet_position_history`, else its last position in `fleet_vehicle`) through SupermarketEta
/// — so the stops it has been to count as left — and works out the times from its last report,
/// driving on the twin's car network (built once per twin; straight lines at 20 km/h when the
/// twin has no roads). Report times are taken in Japan time (Asia/Tokyo).
class SupermarketEtaModel : public QAbstractListModel
{
    Q_OBJECT
    Q_PROPERTY(QObject *twin READ twin WRITE setTwin NOTIFY twinChanged)
    Q_PROPERTY(QStringList vehicles READ vehicles NOTIFY refreshed)
    Q_PROPERTY(QString vehicleId READ vehicleId WRITE setVehicleId NOTIFY vehicleIdChanged)
    Q_PROPERTY(QString headline READ headline NOTIFY refreshed)
    Q_PROPERTY(QString lastReport READ lastReport NOTIFY refreshed)
    Q_PROPERTY(QString errorString READ errorString NOTIFY refreshed)

public:
    enum Role { SequenceRole = Qt::UserRole + 1, NameRole, ScheduledRole, EtaTextRole, DelayMinutesRole, StateRole };

    explicit SupermarketEtaModel(QObject *parent = nullptr);
    ~SupermarketEtaModel() override;

    QObject *twin() const { return m_twin; }
    void setTwin(QObject *twin);
    QStringList vehicles() const { return m_vehicles; }
    QString vehicleId() const { return m_vehicleId; }
    void setVehicleId(const QString &id);
    /// "<next stop>: Arriving at 14:50" for the next stop not yet left.
    QString headline() const { return m_headline; }
    QString lastReport() const { return m_lastReport; }
    QString errorString() const { return m_error; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    Q_INVOKABLE void refresh();

signals:
    void twinChanged();
    void vehicleIdChanged();
    void refreshed();

private:
    QString load(store::TwinStore &twin);

    QPointer<QObject> m_twin;
    QStringList m_vehicles;
    QString m_vehicleId;
    std::vector<StopEta> m_etas;
    QString m_headline;
    QString m_lastReport;
    QString m_error;
    const store::TwinStore *m_graphTwin = nullptr;
    std::shared_ptr<const routing::RoadGraph> m_graph;
};

} // namespace ct::fleets
