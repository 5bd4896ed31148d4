// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QVariantList>

#include <memory>

namespace ct::store {
class TwinStore;
}

namespace ct::fleets {

class DronePlanner;

/// \brief The fleets panel's drone flight check: can drone D fly to place P (and back) around the
/// twin's no-fly zones with the battery it has now?
///
/// Drones are the `fleet_vehicle` rows of kind drone (position, `energy_level` as the charge,
/// `cruise_speed_kmh`); places are the twin's hospitals, shelters and bus stops by name. The zones
/// come from `no_fly_zones` (read when the twin is set and by refresh()), planned with
/// DronePlanner (clearance 10 m, full-battery range 16 km, 20 % reserve).
class DroneFlightCheck : public QObject
{
    Q_OBJECT
    Q_PROPERTY(QObject *twin READ twin WRITE setTwin NOTIFY twinChanged)
    Q_PROPERTY(QStringList drones READ drones NOTIFY refreshed)
    Q_PROPERTY(QStringList places READ places NOTIFY refreshed)
    Q_PROPERTY(int zoneCount READ zoneCount NOTIFY refreshed)
    Q_PROPERTY(QString result READ result NOTIFY checked)
    Q_PROPERTY(bool feasible READ feasible NOTIFY checked)

public:
    explicit DroneFlightCheck(QObject *parent = nullptr);
    ~DroneFlightCheck() override;

    QObject *twin() const { return m_twin; }
    void setTwin(QObject *twin);
    QStringList drones() const { return m_drones; }
    QStringList places() const { return m_placeNames; }
    int zoneCount() const { return m_zoneCount; }
    QString result() const { return m_result; }
    bool feasible() const { return m_feasible; }

    Q_INVOKABLE void refresh();
    /// Plans the flight of drone `drone` to place `place` (an entry of places()); the outcome is
    /// in result() ("2.35 km, 3 legs, 3 min 16 s; battery 62 %") or the refusal's reason.
    Q_INVOKABLE bool check(const QString &drone, int place, bool returnToStart);

signals:
    void twinChanged();
    void refreshed();
    void checked();

private:
    store::TwinStore *store() const;

    QPointer<QObject> m_twin;
    QStringList m_drones;
    QStringList m_placeNames;
    QVariantList m_placePoints;
    int m_zoneCount = 0;
    std::unique_ptr<DronePlanner> m_planner;
    QString m_plannerError;
    QString m_result;
    bool m_feasible = false;
};

} // namespace ct::fleets
