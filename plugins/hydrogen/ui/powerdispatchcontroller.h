// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include "ct/core/actor.h"
#include "ct/hydrogen/dispatchplan.h"
#include "ct/pluginapi/twinbinding.h"

#include <QDateTime>
#include <QFutureWatcher>
#include <QObject>
#include <QTimer>
#include <QVariantList>
#include <QVariantMap>

#include <memory>
#include <optional>

namespace ct::store {
class TwinStore;
}

namespace ct::hydrogen {

class TwinDispatchProblem;
struct PlanningJob;

/// \brief The hydrogen panel's brain: the bus list, planning power dispatch on a worker thread
/// with progress, the proposed plan as table rows with per-stop edits, showing it on the map,
/// accepting it into dispatch orders and moving orders along.
///
/// `twin` is the console's session (it implements plugin::TwinAccess: the store and the acting
/// operator). Every change goes through the store's perform() — bus state, plan layers, orders —
/// so the operator's role is checked there whatever the panel shows; `may` only tells the panel
/// which buttons to enable. Planning reads the twin on its own read-only connection in the
/// worker, so the console stays responsive; the plan itself is a proposal held here until it is
/// shown on the map or accepted.
class PowerDispatchController : public QObject
{
    Q_OBJECT
    Q_PROPERTY(QObject *twin READ twin WRITE setTwin NOTIFY twinChanged)
    Q_PROPERTY(bool ready READ isReady NOTIFY busesChanged)
    Q_PROPERTY(QVariantList buses READ buses NOTIFY busesChanged)
    Q_PROPERTY(bool needViewAvailable READ needViewAvailable NOTIFY busesChanged)
    Q_PROPERTY(QString statusText READ statusText NOTIFY statusChanged)
    Q_PROPERTY(bool statusIsError READ statusIsError NOTIFY statusChanged)
    Q_PROPERTY(bool busy READ isBusy NOTIFY busyChanged)
    Q_PROPERTY(double progress READ progress NOTIFY progressChanged)
    Q_PROPERTY(QString progressText READ progressText NOTIFY progressChanged)
    Q_PROPERTY(double horizonHours READ horizonHours WRITE setHorizonHours NOTIFY horizonHoursChanged)
    Q_PROPERTY(bool hasPlan READ hasPlan NOTIFY planChanged)
    Q_PROPERTY(QVariantList planRows READ planRows NOTIFY planChanged)
    Q_PROPERTY(QVariantMap planSummary READ planSummary NOTIFY planChanged)
    Q_PROPERTY(QVariantList orders READ orders NOTIFY ordersChanged)
    Q_PROPERTY(QVariantMap may READ may NOTIFY permissionsChanged)
    Q_PROPERTY(QString operatorName READ operatorName NOTIFY permissionsChanged)
    Q_PROPERTY(QString operatorRole READ operatorRole NOTIFY permissionsChanged)
    Q_PROPERTY(QVariantList stateOptions READ stateOptions CONSTANT)

public:
    explicit PowerDispatchController(QObject *parent = nullptr);
    ~PowerDispatchController() override;

    QObject *twin() const { return m_session.twin(); }
    void setTwin(QObject *twin);

    bool isReady() const { return m_ready; }
    QVariantList buses() const { return m_buses; }
    bool needViewAvailable() const { return m_needView; }
    QString statusText() const { return m_status; }
    bool statusIsError() const { return m_statusIsError; }
    bool isBusy() const { return bool(m_job); }
    double progress() const { return m_progress; }
    QString progressText() const { return m_progressText; }
    double horizonHours() const { return m_horizonHours; }
    void setHorizonHours(double hours);
    bool hasPlan() const { return m_plan.has_value(); }
    QVariantList planRows() const { return m_rows; }
    QVariantMap planSummary() const;
    QVariantList orders() const { return m_orders; }
    QVariantMap may() const;
    QString operatorName() const;
    QString operatorRole() const;
    QVariantList stateOptions() const;

    /// Reads buses, the view's presence, orders and permissions again.
    Q_INVOKABLE void refresh();
    /// Starts planning on a worker thread (busy, progress); the plan arrives with planChanged().
    Q_INVOKABLE void planDispatch();
    Q_INVOKABLE void cancelPlanning();
    /// Moves a plan row's stop to bus `busId` (best position there); false, with a status
    /// message, when that bus cannot do it (energy, closed roads).
    Q_INVOKABLE bool reassignStop(int row, const QString &busId);
    /// Drops a plan row's stop.
    Q_INVOKABLE bool cancelStop(int row);
    /// Writes the proposed plan to the map layers (hydrogen.publish-plan).
    Q_INVOKABLE bool showPlanOnMap();
    /// Turns the proposed plan into dispatch orders (hydrogen.accept-plan) and shows it on the map.
    Q_INVOKABLE bool acceptPlan();
    Q_INVOKABLE void discardPlan();
    /// "underway", "done" or "cancelled" (hydrogen.update-order).
    Q_INVOKABLE bool setOrderState(qint64 orderId, const QString &state);
    /// hydrogen.set-bus-state; `state` one of stateOptions' values.
    Q_INVOKABLE bool setBusState(const QString &busId, const QString &state);

    //! For tests and the simulation: the proposal and its problem (null without a plan).
    const DispatchPlan *plan() const { return m_plan ? &*m_plan : nullptr; }
    const TwinDispatchProblem *problem() const { return m_problem.get(); }

signals:
    void twinChanged();
    void busesChanged();
    void statusChanged();
    void busyChanged();
    void progressChanged();
    void horizonHoursChanged();
    void planChanged();
    void ordersChanged();
    void permissionsChanged();
    /// A planning run ended (with a plan or with the reason in statusText).
    void planningFinished(bool ok);

private:
    store::TwinStore *store() const;
    core::Actor actor() const;
    void setStatus(const QString &text, bool error);
    void setPlan(DispatchPlan plan);
    void rebuildRows();
    void readOrders();
    bool applyEdit(std::vector<StopSequence> sequences, const QString &done);
    bool publish();
    void reloadMap();
    void finishPlanning();

private slots:
    void onSessionChanged();
    void onTwinUpdated();

private:

    plugin::TwinBinding m_session; //!< the console's session
    bool m_ready = false;
    bool m_needView = false;
    QVariantList m_buses;
    QString m_status;
    bool m_statusIsError = false;
    double m_progress = 0.0;
    QString m_progressText;
    double m_horizonHours = 72.0;

    std::shared_ptr<PlanningJob> m_job;
    QFutureWatcher<void> m_watcher;
    QTimer m_progressTimer;

    std::unique_ptr<TwinDispatchProblem> m_problem;
    std::optional<DispatchPlan> m_plan;
    double m_optimisedObjective = 0.0;
    double m_baselineObjective = 0.0;
    QDateTime m_startsAt;
    QVariantList m_rows;
    std::vector<std::pair<int, int>> m_rowStops;   // row → (bus, stop)
    QVariantList m_orders;
};

} // namespace ct::hydrogen
