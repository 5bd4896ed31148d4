// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include "twinsession.h"

#include <QFutureWatcher>
#include <QJsonObject>
#include <QObject>
#include <QPointF>
#include <QPointer>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

#include <map>

namespace ct::ui {

/// \brief Two recorded runs of the open twin side by side, for Simulation → Compare runs…: their
/// KPIs with the difference, and series sampled over simulated time (share evacuated, persons on
/// the way, shelter occupancy …) for the charts.
///
/// Runs come from the twin's run tables (sim::RunRecorder). The samples of both runs are decoded
/// on a worker with its own read-only connection; `loading` is true meanwhile and `loaded()`
/// follows. Created in QML with the session as a property:
///     RunComparison { session: root.session }
class RunComparison : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(ct::ui::TwinSession *session READ session WRITE setSession NOTIFY sessionChanged)
    //! Recorded runs, oldest first: [{id, label, name, seed, finishedAt}].
    Q_PROPERTY(QVariantList runs READ runs NOTIFY runsChanged)
    //! The two runs compared (run ids; 0 = none).
    Q_PROPERTY(qint64 runA READ runA WRITE setRunA NOTIFY selectionChanged)
    Q_PROPERTY(qint64 runB READ runB WRITE setRunB NOTIFY selectionChanged)
    Q_PROPERTY(bool loading READ loading NOTIFY loadingChanged)
    Q_PROPERTY(QString errorString READ errorString NOTIFY loaded)
    /// One row per KPI of either run: {key, label, a, b, delta (formatted; "—" where a run has no
    /// value), better: "a", "b" or "" (which run the difference favours, where that is known)}.
    Q_PROPERTY(QVariantList kpis READ kpis NOTIFY selectionChanged)
    //! The series both runs can be charted by: [{id, title, unit, maximum}].
    Q_PROPERTY(QVariantList series READ series NOTIFY loaded)
    //! The later end of the two runs, in minutes of simulated time.
    Q_PROPERTY(double maximumMinutes READ maximumMinutes NOTIFY loaded)

public:
    explicit RunComparison(QObject *parent = nullptr);
    ~RunComparison() override;

    TwinSession *session() const { return m_session; }
    void setSession(TwinSession *session);
    QVariantList runs() const { return m_runList; }
    qint64 runA() const { return m_runA; }
    qint64 runB() const { return m_runB; }
    void setRunA(qint64 id);
    void setRunB(qint64 id);
    bool loading() const { return m_loading; }
    QString errorString() const { return m_errorString; }
    QVariantList kpis() const;
    QVariantList series() const;
    double maximumMinutes() const { return m_maximumMinutes; }

    /// The points of `seriesId` for run A (`which` 0) or B (1): x in minutes of simulated time,
    /// y in the series' unit. Empty while loading or when the run lacks the series.
    Q_INVOKABLE QList<QPointF> points(int which, const QString &seriesId) const;
    /// Re-reads the list of runs (after a run was recorded); keeps the selection where it still exists.
    Q_INVOKABLE void refresh();

    //! Samples of one run turned into series: id → points.
    using SeriesMap = std::map<QString, QList<QPointF>>;

signals:
    void sessionChanged();
    void runsChanged();
    void selectionChanged();
    void loadingChanged();
    void loaded();

private:
    void reload();

    struct Run
    {
        qint64 id = 0;
        QString name;
        QJsonObject kpis;
    };
    const Run *find(qint64 id) const;

    QPointer<TwinSession> m_session;
    std::vector<Run> m_runs;
    QVariantList m_runList;
    qint64 m_runA = 0;
    qint64 m_runB = 0;
    QString m_errorString;
    SeriesMap m_seriesA;
    SeriesMap m_seriesB;
    double m_maximumMinutes = 0.0;
    QFutureWatcher<std::pair<QString, std::pair<SeriesMap, SeriesMap>>> m_watcher;
    bool m_loading = false;       //!< from setFuture() to the watcher's finished(), which comes queued
    bool m_reloadPending = false;
};

} // namespace ct::ui
