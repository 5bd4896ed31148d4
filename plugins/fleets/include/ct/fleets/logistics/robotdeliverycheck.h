// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QVariantList>

#include <memory>

namespace ct::fleets {

class RobotRouter;

/// \brief The fleets panel's robot delivery check (Live page, next to the drone flight check):
/// can delivery robot R reach place P — a hospital, shelter or bus stop of the twin by name, or any
/// point clicked on the map — on the pedestrian network, and with what battery left?
///
/// Robots are the `fleet_vehicle` rows of kind delivery_robot with a position (`energy_level` the
/// charge, `cruise_speed_kmh` the pace, else RobotRouter's 6 km/h). Routed with RobotRouter on the
/// twin's walking graph (built on the first check, again after refresh()); the robot's range is its
/// charge above a 10 % reserve of kFullRangeM. The way found is shared with the map overlay
/// `fleet_planned_path` (PlannedPath); a refusal names its reason and takes the drawn way away.
class RobotDeliveryCheck : public QObject
{
    Q_OBJECT
    Q_PROPERTY(QObject *twin READ twin WRITE setTwin NOTIFY twinChanged)
    Q_PROPERTY(QStringList robots READ robots NOTIFY refreshed)
    Q_PROPERTY(QStringList places READ places NOTIFY refreshed)
    Q_PROPERTY(QString result READ result NOTIFY checked)
    Q_PROPERTY(bool feasible READ feasible NOTIFY checked)
    Q_PROPERTY(double metres READ metres NOTIFY checked)
    Q_PROPERTY(double seconds READ seconds NOTIFY checked)
    Q_PROPERTY(double batteryAfter READ batteryAfter NOTIFY checked)   //!< 0..1 at arrival, NaN before

public:
    //! What a full battery lasts on the pavement (metres).
    static constexpr double kFullRangeM = 20000.0;
    //! Charge kept in reserve (share of a full battery).
    static constexpr double kReserve = 0.10;

    explicit RobotDeliveryCheck(QObject *parent = nullptr);
    ~RobotDeliveryCheck() override;

    QObject *twin() const { return m_twin; }
    void setTwin(QObject *twin);
    QStringList robots() const { return m_robots; }
    QStringList places() const { return m_placeNames; }
    QString result() const { return m_result; }
    bool feasible() const { return m_feasible; }
    double metres() const { return m_metres; }
    double seconds() const { return m_seconds; }
    double batteryAfter() const { return m_batteryAfter; }

    Q_INVOKABLE void refresh();
    /// Routes robot `robot` to place `place` (an entry of places()); the outcome is in result()
    /// ("1.84 km, 19 min 10 s; battery 80 % → 71 %") or the refusal's reason.
    Q_INVOKABLE bool check(const QString &robot, int place);
    /// The same to the point (x, y) EPSG:6677 metres, e.g. clicked on the map.
    Q_INVOKABLE bool checkTo(const QString &robot, double x, double y);

signals:
    void twinChanged();
    void refreshed();
    void checked();

private:
    bool refuse(const QString &reason);

    QPointer<QObject> m_twin;
    QStringList m_robots;
    QStringList m_placeNames;
    QVariantList m_placePoints;
    std::unique_ptr<RobotRouter> m_router;
    QString m_routerError;
    QString m_result;
    bool m_feasible = false;
    double m_metres = 0.0;
    double m_seconds = 0.0;
    double m_batteryAfter = 0.0;
};

} // namespace ct::fleets
