// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include "ct/core/actor.h"
#include "ct/core/result.h"

#include <QDateTime>
#include <QFutureWatcher>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QVariantList>

#include <functional>
#include <memory>

namespace ct::plugin {
class TwinAccess;
}
namespace ct::store {
class TwinStore;
}

namespace ct::fleets {

class DispatchDesk;
class TravelTimeEstimator;

/// \brief The dispatcher's tab of the fleets panel: open on-demand requests with the insertion
/// heuristic's proposal, accept / override / reject (each an audited TwinStore::perform, enabled
/// by the operator's grants and checked again by the store), re-optimisation of the stops not yet
/// started, and the service's KPIs over the last hours.
///
/// Travel times come from the twin's road graph (loaded once per twin), or straight lines when
/// the twin has no roads (said in `travelNote`).
///
/// The desk follows the twin: every kWatchMs it compares SQLite's `PRAGMA data_version` (moves
/// when another connection commits) and this connection's change count with those of the last
/// read, and reads again when they moved. The lists are only replaced when what they hold
/// changed, so the page keeps its scroll position, selection and typing otherwise.
///
/// The on-demand buses' planned stops (`stops`) can be marked arrived, done or a no-show
/// (StopLifecycle, in order). Automatic re-optimisation (off by default; on/off and the interval
/// are remembered in QSettings, `fleets/dispatch/…`) runs the re-optimise action as the signed-in
/// operator every interval, only when the desk is up to date and the new plan drives less; what
/// it did is in `autoReport` (and the audit log).
class DispatchController : public QObject
{
    Q_OBJECT
    Q_PROPERTY(QObject *twin READ twin WRITE setTwin NOTIFY twinChanged)
    Q_PROPERTY(QVariantList requests READ requests NOTIFY requestsChanged)
    Q_PROPERTY(QVariantList assigned READ assigned NOTIFY changed)
    Q_PROPERTY(QVariantList kpis READ kpis NOTIFY changed)
    Q_PROPERTY(int kpiHours READ kpiHours WRITE setKpiHours NOTIFY changed)
    Q_PROPERTY(bool mayAccept READ mayAccept NOTIFY changed)
    Q_PROPERTY(bool mayOverride READ mayOverride NOTIFY changed)
    Q_PROPERTY(bool mayReject READ mayReject NOTIFY changed)
    Q_PROPERTY(bool mayReoptimise READ mayReoptimise NOTIFY changed)
    Q_PROPERTY(bool mayCreate READ mayCreate NOTIFY changed)
    Q_PROPERTY(QString refusal READ refusal NOTIFY changed)
    Q_PROPERTY(QString travelNote READ travelNote NOTIFY changed)
    Q_PROPERTY(QString message READ message NOTIFY messageChanged)
    Q_PROPERTY(bool lastFailed READ lastFailed NOTIFY messageChanged)
    /// True while the desk is being read and its travel times computed (on a worker thread: one
    /// Dijkstra per vehicle and request end, most of a second at scale 1).
    Q_PROPERTY(bool busy READ isBusy NOTIFY busyChanged)
    /// Every pending stop of the on-demand buses: {vehicle, sequence, requestId, pickup, placeName,
    /// passengers, plannedAt, started, startedAt, next}, by vehicle and sequence.
    Q_PROPERTY(QVariantList stops READ stops NOTIFY stopsChanged)
    Q_PROPERTY(bool mayUpdateStops READ mayUpdateStops NOTIFY changed)
    Q_PROPERTY(bool autoReoptimise READ autoReoptimise WRITE setAutoReoptimise NOTIFY autoReoptimiseChanged)
    Q_PROPERTY(int autoReoptimiseMinutes READ autoReoptimiseMinutes WRITE setAutoReoptimiseMinutes NOTIFY autoReoptimiseChanged)
    Q_PROPERTY(QString autoReport READ autoReport NOTIFY autoReportChanged)
    //! How many times the desk has been read (a test and the page can tell a re-read happened).
    Q_PROPERTY(int reads READ reads NOTIFY changed)
    /// True while the desk is on screen: the twin is then watched every kWatchMs, otherwise every
    /// kIdleWatchMs (a re-read computes the desk's travel times; no need while nobody looks).
    Q_PROPERTY(bool shown READ shown WRITE setShown NOTIFY shownChanged)

public:
    static constexpr int kWatchMs = 3000;
    static constexpr int kIdleWatchMs = 30000;

    explicit DispatchController(QObject *parent = nullptr);
    ~DispatchController() override;

    QObject *twin() const { return m_twin; }
    void setTwin(QObject *twin);
    QVariantList requests() const { return m_requests; }
    QVariantList assigned() const { return m_assigned; }
    QVariantList kpis() const { return m_kpis; }
    int kpiHours() const { return m_kpiHours; }
    void setKpiHours(int hours);
    bool mayAccept() const { return m_mayAccept; }
    bool mayOverride() const { return m_mayOverride; }
    bool mayReject() const { return m_mayReject; }
    bool mayReoptimise() const { return m_mayReoptimise; }
    bool mayCreate() const { return m_mayCreate; }
    QString refusal() const { return m_refusal; }
    QString travelNote() const { return m_travelNote; }
    QString message() const { return m_message; }
    bool lastFailed() const { return m_failed; }
    bool isBusy() const { return m_busy; }
    QVariantList stops() const { return m_stops; }
    bool mayUpdateStops() const { return m_mayUpdateStops; }
    bool autoReoptimise() const { return m_autoReoptimise; }
    void setAutoReoptimise(bool on);
    int autoReoptimiseMinutes() const { return m_autoMinutes; }
    //! 1…240 minutes.
    void setAutoReoptimiseMinutes(int minutes);
    QString autoReport() const { return m_autoReport; }
    int reads() const { return m_reads; }
    bool shown() const { return m_shown; }
    void setShown(bool shown);

    /// Every on-demand bus for the override choice: {vehicle, feasible, pickupEta, dropoffEta,
    /// detourMinutes, reason}, feasible ones first (cheapest first).
    Q_INVOKABLE QVariantList choices(qint64 requestId) const;
    Q_INVOKABLE bool accept(qint64 requestId);
    Q_INVOKABLE bool overrideWith(qint64 requestId, const QString &vehicleId);
    Q_INVOKABLE bool reject(qint64 requestId, const QString &reason);
    Q_INVOKABLE bool reoptimise();
    /// Enters a ride for a caller: {pickupX, pickupY, dropoffX, dropoffY (EPSG:6677),
    /// pickupName, dropoffName, earliestPickup, latestArrival (dates), passengers, wheelchair};
    /// checked by RequestIntake (the message names what is wrong).
    Q_INVOKABLE bool createRequest(const QVariantMap &request);
    //! The vehicle has arrived at its next stop `sequence` (StopLifecycle::start).
    Q_INVOKABLE bool startStop(const QString &vehicleId, int sequence);
    //! The stop is done: rider picked up or set down.
    Q_INVOKABLE bool completeStop(const QString &vehicleId, int sequence);
    //! Nobody came to the pick-up: the ride is cancelled (no_show).
    Q_INVOKABLE bool noShow(const QString &vehicleId, int sequence);
    /// One round of the automatic re-optimisation now: re-optimises (audited) only when the desk
    /// is up to date with the twin and the new plan drives less. True when it changed the plan.
    Q_INVOKABLE bool reoptimiseIfBetter();

public slots:
    void refresh();
    //! Reads again when the twin changed since the last read (the watch timer calls it).
    void refreshIfChanged();

signals:
    void twinChanged();
    void changed();
    void messageChanged();
    void busyChanged();
    void autoReoptimiseChanged();
    //! Only when the list's content changed (QML would otherwise rebuild its delegates).
    void requestsChanged();
    void stopsChanged();
    void autoReportChanged();
    void shownChanged();
    //! A decision changed the twin (the map's overlays may want to re-read).
    void decided();

private:
    /// What a refresh computes away from the GUI thread, from its own read-only connection.
    struct Snapshot
    {
        std::shared_ptr<const TravelTimeEstimator> travel;
        QString travelNote;
        std::shared_ptr<DispatchDesk> desk;
        QVariantList requests, assigned, kpis, stops;
        QString error;
    };
    QString changeToken() const;
    bool stopAction(const QString &done,
                    const std::function<core::Status(store::TwinStore &, const core::Actor &)> &action);
    static std::shared_ptr<Snapshot> compute(const QString &path, std::shared_ptr<const TravelTimeEstimator> travel,
                                             QString travelNote, QDateTime now, int kpiHours);
    void applySnapshot();
    plugin::TwinAccess *access() const;
    void report(bool ok, const QString &message);
    bool finish(bool ok, const QString &success, const QString &failure);

    QPointer<QObject> m_twin;
    QString m_travelTwin;                              //!< twin path the travel times belong to
    std::shared_ptr<const TravelTimeEstimator> m_travel;
    std::shared_ptr<DispatchDesk> m_desk;
    QFutureWatcher<std::shared_ptr<Snapshot>> m_watcher;
    bool m_pending = false;
    bool m_busy = false;  //!< from starting a read until its snapshot is applied on this thread
    QVariantList m_requests, m_assigned, m_kpis;
    int m_kpiHours = 12;
    bool m_mayAccept = false, m_mayOverride = false, m_mayReject = false, m_mayReoptimise = false, m_mayCreate = false;
    QString m_refusal, m_travelNote, m_message;
    bool m_failed = false;
    QVariantList m_stops;
    bool m_mayUpdateStops = false;
    QTimer m_watch;
    QString m_readToken;       //!< change token when the running or last read started
    QString m_deskToken;       //!< change token the current m_desk was read at
    int m_reads = 0;
    QTimer m_autoTimer;
    bool m_autoReoptimise = false;
    int m_autoMinutes = 10;
    QString m_autoReport;
    bool m_shown = true;
};

} // namespace ct::fleets
