// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include "dashboard.h"
#include "messagelistmodel.h"
#include "requestlistmodel.h"
#include "shelterlistmodel.h"
#include "timestamp.h"

#include "ct/core/actor.h"
#include "ct/pluginapi/twinbinding.h"

#include <QObject>
#include <QTimer>
#include <QVariantMap>

#include <memory>

namespace ct::store {
class TwinStore;
}

namespace ct::shelters {

/// \brief The HQ dashboard behind the shelters panel: the totals, the shelter list, the selected
/// shelter's detail, thread and requests, the queue of open requests, and the operator's actions.
///
/// Collaborators come in as properties: `twin` is the console's session, which implements
/// plugin::TwinAccess (the store and the signed-in operator); tests and the benchmark call
/// setSource() instead. Every action goes through the registry, the request book or the thread,
/// so the store checks the operator's permissions whatever the panel shows; `may` tells the panel
/// which buttons to enable for the selected shelter (the same check, asked in advance). The
/// dashboard re-reads the twin after each action and every `refreshInterval` milliseconds (other
/// consoles may share the twin).
class ShelterDashboard : public QObject
{
    Q_OBJECT
    Q_PROPERTY(QObject *twin READ twin WRITE setTwin NOTIFY twinChanged)
    Q_PROPERTY(bool ready READ isReady NOTIFY refreshed)
    Q_PROPERTY(ct::shelters::ShelterListModel *shelters READ shelters CONSTANT)
    Q_PROPERTY(ct::shelters::RequestListModel *openRequests READ openRequests CONSTANT)
    Q_PROPERTY(ct::shelters::RequestListModel *shelterRequests READ shelterRequests CONSTANT)
    Q_PROPERTY(ct::shelters::MessageListModel *messages READ messages CONSTANT)
    Q_PROPERTY(QVariantMap totals READ totals NOTIFY refreshed)
    Q_PROPERTY(qint64 selectedFid READ selectedFid WRITE setSelectedFid NOTIFY selectionChanged)
    Q_PROPERTY(QVariantMap selected READ selected NOTIFY selectionChanged)
    Q_PROPERTY(QVariantMap may READ may NOTIFY selectionChanged)
    Q_PROPERTY(QString operatorName READ operatorName NOTIFY operatorChanged)
    Q_PROPERTY(QString operatorRole READ operatorRole NOTIFY operatorChanged)
    Q_PROPERTY(QString errorString READ errorString NOTIFY errorStringChanged)
    Q_PROPERTY(int refreshInterval READ refreshInterval WRITE setRefreshInterval NOTIFY refreshIntervalChanged)
    Q_PROPERTY(QVariantList statusOptions READ statusOptions CONSTANT)
    Q_PROPERTY(QVariantList powerOptions READ powerOptions CONSTANT)
    Q_PROPERTY(QVariantList hazardOptions READ hazardOptions CONSTANT)
    Q_PROPERTY(QVariantList congestionOptions READ congestionOptions CONSTANT)
    Q_PROPERTY(QVariantList requestKindOptions READ requestKindOptions CONSTANT)
    Q_PROPERTY(QVariantList stockItemOptions READ stockItemOptions NOTIFY refreshed)
    Q_PROPERTY(QVariantList medicalNeedOptions READ medicalNeedOptions NOTIFY refreshed)

public:
    explicit ShelterDashboard(QObject *parent = nullptr);
    ~ShelterDashboard() override;

    QObject *twin() const { return m_session.twin(); }
    void setTwin(QObject *twin);
    /// Without a session object: a store and an operator directly (tests, the benchmark). The
    /// store must outlive the dashboard or the next setSource().
    void setSource(store::TwinStore *store, const core::Actor &actor);
    //! The clock for waiting times and action timestamps (tests); the wall clock by default.
    void setClock(Clock clock) { m_clock = std::move(clock); }

    bool isReady() const { return m_dashboard != nullptr; }
    ShelterListModel *shelters() const { return m_shelters; }
    RequestListModel *openRequests() const { return m_openRequests; }
    RequestListModel *shelterRequests() const { return m_shelterRequests; }
    MessageListModel *messages() const { return m_messages; }
    QVariantMap totals() const { return m_totals; }
    qint64 selectedFid() const { return m_selectedFid; }
    void setSelectedFid(qint64 fid);
    QVariantMap selected() const { return m_selected; }
    QVariantMap may() const { return m_may; }
    QString operatorName() const;
    QString operatorRole() const;
    QString errorString() const { return m_errorString; }
    int refreshInterval() const { return m_timer.interval(); }
    void setRefreshInterval(int milliseconds);
    //! The dashboard of the last refresh (null before the first).
    std::shared_ptr<const Dashboard> dashboard() const { return m_dashboard; }

    QVariantList statusOptions() const;
    QVariantList powerOptions() const;
    QVariantList hazardOptions() const;
    QVariantList congestionOptions() const;
    QVariantList requestKindOptions() const;
    QVariantList stockItemOptions() const;
    QVariantList medicalNeedOptions() const;

    //! Re-reads everything from the twin.
    Q_INVOKABLE void refresh();

    // --- actions on the selected shelter; false (with errorString) when refused -----------------
    Q_INVOKABLE bool transition(const QString &status, const QString &note = {});
    Q_INVOKABLE bool checkIn(int persons);
    Q_INVOKABLE bool checkOut(int persons);
    Q_INVOKABLE bool setStock(const QString &item, double quantity);
    Q_INVOKABLE bool setPower(const QString &source);
    Q_INVOKABLE bool setExpectedOutage(double hours);
    Q_INVOKABLE bool setMedicalCount(const QString &need, int persons);
    Q_INVOKABLE bool postMessage(const QString &body);
    Q_INVOKABLE bool createRequest(const QString &kind, const QString &detail, const QString &item = {}, double quantity = 0);
    // --- actions on a request (of any shelter) --------------------------------------------------
    Q_INVOKABLE bool acknowledge(qint64 requestId);
    Q_INVOKABLE bool dispatch(qint64 requestId);
    Q_INVOKABLE bool deliver(qint64 requestId);
    Q_INVOKABLE bool decline(qint64 requestId, const QString &reason);

signals:
    void twinChanged();
    void refreshed();
    void selectionChanged();
    void operatorChanged();
    void errorStringChanged();
    void refreshIntervalChanged();
    //! An action went through (`what` is a short translated confirmation for a status line).
    void actionDone(const QString &what);
    //! An action was refused or failed; `message` says why (also in errorString).
    void actionFailed(const QString &message);

private slots:
    void onSessionChanged();

private:
    store::TwinStore *store() const;
    core::Actor actor() const;
    bool finish(const core::Status &status, const QString &done);
    //! Emits selectionChanged() when the detail or the permissions changed, or when `force`.
    void rebuildSelection(bool force = false);
    void computePermissions();
    void setErrorString(const QString &message);
    std::vector<RequestListModel::Row> rowsOf(std::vector<ShelterRequest> requests) const;
    QDateTime now() const { return Timestamp::now(m_clock); }

    plugin::TwinBinding m_session; //!< the console's session, or setSource()'s store and operator
    Clock m_clock;
    QTimer m_timer;
    std::shared_ptr<const Dashboard> m_dashboard;
    ShelterListModel *m_shelters;
    RequestListModel *m_openRequests;
    RequestListModel *m_shelterRequests;
    MessageListModel *m_messages;
    QVariantMap m_totals;
    qint64 m_selectedFid = -1;
    QVariantMap m_selected;
    QVariantMap m_may;
    QString m_errorString;
};

} // namespace ct::shelters
