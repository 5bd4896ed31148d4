// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include "vehiclelistmodel.h"

#include "ct/core/result.h"

#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QVariantList>
#include <QVariantMap>

namespace ct::plugin {
class TwinAccess;
}
namespace ct::store {
class TwinStore;
}

namespace ct::fleets {

/// \brief The vehicles tab of the fleets panel: the vehicle list with its filters (kind, state,
/// search), the selected vehicle's details and recent track. Re-reads the twin every few seconds
/// (positions arrive from GTFS-Realtime imports and the simulation) and when the session opens
/// another twin. The selection is shared with the plugin's map overlay (the track is drawn on the
/// main map) through the session's view settings.
class FleetController : public QObject
{
    Q_OBJECT
    Q_PROPERTY(QObject *twin READ twin WRITE setTwin NOTIFY twinChanged)
    Q_PROPERTY(ct::fleets::VehicleListModel *vehicles READ vehicles CONSTANT)
    Q_PROPERTY(int total READ total NOTIFY refreshed)
    Q_PROPERTY(QVariantList kinds READ kinds CONSTANT)
    Q_PROPERTY(QStringList states READ states NOTIFY refreshed)
    Q_PROPERTY(QString kindFilter READ kindFilter WRITE setKindFilter NOTIFY filtersChanged)
    Q_PROPERTY(QString stateFilter READ stateFilter WRITE setStateFilter NOTIFY filtersChanged)
    Q_PROPERTY(QString search READ search WRITE setSearch NOTIFY filtersChanged)
    Q_PROPERTY(QString selectedVehicle READ selectedVehicle WRITE select NOTIFY selectionChanged)
    Q_PROPERTY(QVariantMap selected READ selected NOTIFY selectionChanged)
    Q_PROPERTY(QVariantList track READ track NOTIFY selectionChanged)
    Q_PROPERTY(QString errorString READ errorString NOTIFY refreshed)
    /// Where the vehicles come from: 0 the live `fleet_vehicle` table, else a recorded simulation
    /// run's id (RecordedVehicleReader; `recordedRuns` lists the runs with vehicles). Then the
    /// list and the map's vehicle overlays show that run's vehicles at `sourceSeconds` (simulated
    /// seconds since its start, from the console's timeline while it replays the run; -1 for the
    /// run's end), read-only.
    Q_PROPERTY(qint64 sourceRunId READ sourceRunId WRITE setSourceRunId NOTIFY sourceChanged)
    Q_PROPERTY(double sourceSeconds READ sourceSeconds WRITE setSourceSeconds NOTIFY sourceSecondsChanged)
    Q_PROPERTY(QVariantList recordedRuns READ recordedRuns NOTIFY sourceChanged)
    Q_PROPERTY(QString sourceText READ sourceText NOTIFY refreshed)   //!< "Recorded run NAME at 01:15:30"

public:
    explicit FleetController(QObject *parent = nullptr);

    QObject *twin() const { return m_twin; }
    void setTwin(QObject *twin);
    VehicleListModel *vehicles() const { return m_model; }
    int total() const { return m_total; }
    QVariantList kinds() const;
    QStringList states() const { return m_states; }
    QString kindFilter() const { return m_kindFilter; }
    void setKindFilter(const QString &kind);
    QString stateFilter() const { return m_stateFilter; }
    void setStateFilter(const QString &state);
    QString search() const { return m_search; }
    void setSearch(const QString &text);
    QString selectedVehicle() const { return m_selectedId; }
    void select(const QString &vehicleId);
    QVariantMap selected() const { return m_selected; }
    QVariantList track() const { return m_track; }
    QString errorString() const { return m_error; }

    qint64 sourceRunId() const { return m_sourceRunId; }
    void setSourceRunId(qint64 runId);
    double sourceSeconds() const { return m_sourceSeconds; }
    void setSourceSeconds(double seconds);
    QVariantList recordedRuns() const { return m_recordedRuns; }
    QString sourceText() const { return m_sourceText; }
    //! Reads the runs with vehicles again (after a run was recorded); a run gone leaves "Live".
    Q_INVOKABLE void refreshRecordedRuns();

    //! Translated name of a state as stored ("in_service" → "In service").
    Q_INVOKABLE QString stateLabel(const QString &state) const;
    Q_INVOKABLE QString energyLabel(const QString &energyType) const;

public slots:
    void refresh();

signals:
    void twinChanged();
    void filtersChanged();
    void selectionChanged();
    void refreshed();
    void sourceChanged();
    void sourceSecondsChanged();
    /// A vehicle's symbol was clicked on the main map and is now selected (the panel shows the
    /// Vehicles tab).
    void pickedOnMap(const QString &vehicleId);

private slots:
    void readPick(const QString &pluginId);

private:
    plugin::TwinAccess *access() const;
    void readSelection();
    //! The vehicles shown: the live table, or the chosen run's at sourceSeconds.
    core::Result<std::vector<VehicleRecord>> readVehicles(const store::TwinStore &store);
    void shareSource() const;

    QPointer<QObject> m_twin;
    VehicleListModel *m_model;
    QTimer m_timer;
    int m_total = 0;
    QStringList m_states;
    QString m_kindFilter, m_stateFilter, m_search, m_selectedId, m_error;
    QVariantMap m_selected;
    QVariantList m_track;
    qint64 m_sourceRunId = 0;
    double m_sourceSeconds = -1.0;
    QVariantList m_recordedRuns;
    QString m_sourceText;
    std::vector<VehicleRecord> m_shown;   //!< every vehicle of the last read (before the filters)
    QTimer m_sourceTimer;                 //!< one re-read per pause in the timeline's ticks
    qint64 m_pickSerial = 0; //!< of the last map pick handled
};

} // namespace ct::fleets
