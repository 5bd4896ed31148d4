// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include "ct/fleets/logistics/supermarketstop.h"

#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QVariantList>

#include <vector>

namespace ct::fleets {

/// \brief The Live page's editor of a mobile supermarket's round: the stops (name, arrival
/// `HH:mm`, dwell in minutes) edited in memory — added at a bus stop of the twin or at a point
/// picked on the map, removed, moved up or down — and saved as one audited action
/// (SupermarketRound::save, `fleets.supermarket.write`). Bad input is refused naming the stop and
/// field, and the twin keeps its round.
///
/// Field edits (name, arrival, dwell) do not emit `stopsChanged`, so a text field being typed in
/// keeps its focus; adding, removing, moving and reloading do.
class SupermarketRoundEditor : public QObject
{
    Q_OBJECT
    Q_PROPERTY(QObject *twin READ twin WRITE setTwin NOTIFY twinChanged)
    Q_PROPERTY(QStringList vehicles READ vehicles NOTIFY twinChanged)
    Q_PROPERTY(QString vehicleId READ vehicleId WRITE setVehicleId NOTIFY vehicleIdChanged)
    /// {name, arrival ("HH:mm"), dwellMinutes, x, y} per stop, in order.
    Q_PROPERTY(QVariantList stops READ stops NOTIFY stopsChanged)
    Q_PROPERTY(int count READ count NOTIFY stopsChanged)
    //! The twin's bus stops by name, for adding a stop at one.
    Q_PROPERTY(QStringList busStops READ busStops NOTIFY twinChanged)
    Q_PROPERTY(bool dirty READ dirty NOTIFY dirtyChanged)
    Q_PROPERTY(bool permitted READ permitted NOTIFY twinChanged)
    Q_PROPERTY(QString message READ message NOTIFY messageChanged)
    Q_PROPERTY(bool lastFailed READ lastFailed NOTIFY messageChanged)

public:
    explicit SupermarketRoundEditor(QObject *parent = nullptr);

    QObject *twin() const { return m_twin; }
    void setTwin(QObject *twin);
    QStringList vehicles() const { return m_vehicles; }
    QString vehicleId() const { return m_vehicleId; }
    void setVehicleId(const QString &id);
    QVariantList stops() const;
    int count() const { return int(m_stops.size()); }
    QStringList busStops() const { return m_busStopNames; }
    bool dirty() const { return m_dirty; }
    bool permitted() const;
    QString message() const { return m_message; }
    bool lastFailed() const { return m_failed; }

    //! Reads the vehicles, the bus stops and the selected vehicle's round again (edits are lost).
    Q_INVOKABLE void reload();
    Q_INVOKABLE void setName(int index, const QString &name);
    //! "HH:mm" (hours up to 47 for a round past midnight); checked when saving.
    Q_INVOKABLE void setArrival(int index, const QString &text);
    Q_INVOKABLE void setDwellMinutes(int index, int minutes);
    Q_INVOKABLE void moveStop(int index, int delta);
    Q_INVOKABLE void removeStop(int index);
    //! Appends a stop at the twin's bus stop `busStopIndex`, due when the last one is left + 10 min.
    Q_INVOKABLE void addBusStop(int busStopIndex);
    //! Appends a stop at a point (EPSG:6677), e.g. picked on the map.
    Q_INVOKABLE void addAt(double x, double y, const QString &name);
    //! Saves the round (audited); false with `message` naming the stop and field when refused.
    Q_INVOKABLE bool save();

signals:
    void twinChanged();
    void vehicleIdChanged();
    void stopsChanged();
    void dirtyChanged();
    void messageChanged();
    //! The twin's round changed (the ETA list may read it again).
    void saved();

private:
    struct Row
    {
        SupermarketStop stop;
        QString arrivalText;   //!< as typed; parsed when saving
    };
    void setDirty(bool dirty);
    void report(bool ok, const QString &message);
    void append(const QString &name, double x, double y);

    QPointer<QObject> m_twin;
    QStringList m_vehicles;
    QString m_vehicleId;
    std::vector<Row> m_stops;
    QStringList m_busStopNames;
    std::vector<std::pair<double, double>> m_busStopPositions;
    bool m_dirty = false;
    QString m_message;
    bool m_failed = false;
};

} // namespace ct::fleets
