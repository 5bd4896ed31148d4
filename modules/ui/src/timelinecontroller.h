// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include <QDateTime>
#include <QFutureWatcher>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

#include <atomic>
#include <memory>
#include <vector>

namespace ct::sim {
class ModelFactory;
class Simulation;
class SimulationRunner;
class SimulationWorld;
struct FeatureState;
struct Snapshot;
} // namespace ct::sim
namespace ct::plugin {
class FeatureStateSource;
}

namespace ct::ui {

class MapController;
class TwinSession;

/// \brief One timeline for the console: live (now), a simulation running on the engine's worker
/// thread, or the replay of a run recorded in the twin. Play, pause, step, speed 1×–3600×, seek;
/// the map shows the moving agents of the time shown, and every layer with a feature state
/// (shelters filling up …) is restyled from the snapshot shown, or in live mode from the
/// plugins' live FeatureStateSources.
///
/// Simulations run the loaded plugins' models (setModelFactories) beside the evacuation.
class TimelineController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("TimelineController is created by the application")
    Q_PROPERTY(QString mode READ mode NOTIFY modeChanged)                 //!< "live", "simulation", "replay"
    Q_PROPERTY(bool preparing READ preparing NOTIFY stateChanged)         //!< loading the twin for a run
    Q_PROPERTY(bool playing READ playing NOTIFY stateChanged)
    Q_PROPERTY(bool finished READ finished NOTIFY stateChanged)
    Q_PROPERTY(bool canRecord READ canRecord NOTIFY stateChanged)
    Q_PROPERTY(double speed READ speed WRITE setSpeed NOTIFY stateChanged) //!< simulated seconds per second
    Q_PROPERTY(double timeSeconds READ timeSeconds NOTIFY timeChanged)
    Q_PROPERTY(double endSeconds READ endSeconds NOTIFY modeChanged)
    Q_PROPERTY(double progress READ progress NOTIFY timeChanged)
    Q_PROPERTY(QString clockText READ clockText NOTIFY timeChanged)       //!< "2026-11-25 02:15:30"
    Q_PROPERTY(QString elapsedText READ elapsedText NOTIFY timeChanged)   //!< "01:15:30" since the start
    Q_PROPERTY(QString title READ title NOTIFY modeChanged)               //!< scenario or run name
    Q_PROPERTY(qint64 runId READ runId NOTIFY modeChanged)                //!< the run replayed; 0 otherwise
    Q_PROPERTY(QVariantMap figures READ figures NOTIFY timeChanged)       //!< population, waiting, moving, sheltered, unreachable, stranded
    Q_PROPERTY(QString errorString READ errorString NOTIFY errorStringChanged)
    Q_PROPERTY(QVariantList runs READ runs NOTIFY runsChanged)            //!< recorded runs: [{id, name, seed, finishedAt}]
    Q_PROPERTY(ct::ui::MapController *map READ map WRITE setMap NOTIFY mapChanged)
    Q_PROPERTY(QUrl scenarioFolder READ scenarioFolder CONSTANT)            //!< the shipped example scenarios

public:
    /// Name of the map's layer of moving agents.
    static QString agentLayer() { return QStringLiteral("sim_agents"); }

    /// `scenarioFolder` holds the shipped scenarios (share/citytwin/scenarios).
    TimelineController(TwinSession &session, QString scenarioFolder, QObject *parent = nullptr);
    ~TimelineController() override;

    /// The domain models a simulation may run (the loaded plugins' factories); a scenario section
    /// for any other model id is refused when the run is prepared.
    void setModelFactories(std::vector<std::shared_ptr<sim::ModelFactory>> factories);
    /// The plugins' live per-feature states, read when the twin opens and every
    /// liveStateInterval() while the timeline is live.
    void setFeatureStateSources(std::vector<std::shared_ptr<plugin::FeatureStateSource>> sources);
    static constexpr int liveStateInterval() { return 3000; } //!< ms

    QString mode() const { return m_mode; }
    bool preparing() const { return m_preparing; }
    bool playing() const;
    bool finished() const;
    bool canRecord() const;
    double speed() const { return m_speed; }
    void setSpeed(double speed);
    double timeSeconds() const;
    double endSeconds() const;
    double progress() const;
    QString clockText() const;
    QString elapsedText() const;
    QString title() const { return m_title; }
    qint64 runId() const { return m_mode == QLatin1String("replay") ? m_runId : 0; }
    QVariantMap figures() const;
    QString errorString() const { return m_errorString; }
    QVariantList runs() const { return m_runs; }
    MapController *map() const;
    QUrl scenarioFolder() const { return QUrl::fromLocalFile(m_scenarioFolder); }
    void setMap(MapController *map);

    /// Starts a simulation of `scenario` (a JSON file) on the open twin, paused at 00:00 until
    /// play(). Loading runs on a worker; false (and errorString) for an invalid scenario or no twin.
    Q_INVOKABLE bool startSimulation(const QUrl &scenario, qint64 seed = -1);
    /// Shows a run recorded in the twin; false (and errorString) if it cannot be read.
    Q_INVOKABLE bool replay(qint64 runId);
    Q_INVOKABLE void play();
    Q_INVOKABLE void pause();
    Q_INVOKABLE void togglePlay();
    Q_INVOKABLE void step();
    /// Simulation: runs forward to `seconds` (a simulation cannot go back; replay it for that).
    /// Replay: jumps to the sample at or before `seconds`.
    Q_INVOKABLE void seek(double seconds);
    /// Writes the simulation (stopped where it is) into the twin as a recorded run.
    Q_INVOKABLE bool record();
    /// Ends a simulation or replay and returns to the live state.
    Q_INVOKABLE void backToLive();
    /// Re-reads the list of recorded runs (after opening another twin).
    Q_INVOKABLE void refreshRuns();
    /// Re-reads the live feature states now (after an operator changed them); does nothing
    /// outside live mode.
    Q_INVOKABLE void refreshLiveStates();

signals:
    void modeChanged();
    void stateChanged();
    void timeChanged();
    void errorStringChanged();
    void runsChanged();
    void mapChanged();
    void recorded(qint64 runId);

private:
    struct Prepared;
    void setMode(const QString &mode, const QString &title);
    void setErrorString(const QString &message);
    void show(std::shared_ptr<const sim::Snapshot> snapshot);
    void showAgents();
    void showStates();
    void tickReplay();
    void stopSimulation();

    TwinSession &m_session;
    QString m_scenarioFolder;
    QPointer<QObject> m_map;        //!< a MapController (QObject here: the header stays light)
    QString m_mode = QStringLiteral("live");
    QString m_title;
    qint64 m_runId = 0;                         //!< the run replayed
    QString m_errorString;
    bool m_preparing = false;
    double m_speed = 60.0;
    QDateTime m_start;                          //!< wall-clock time of simulated 0
    QVariantList m_runs;

    std::unique_ptr<sim::SimulationWorld> m_world;
    std::unique_ptr<sim::SimulationRunner> m_runner;
    std::shared_ptr<const sim::Snapshot> m_shown;
    std::shared_ptr<std::atomic<bool>> m_snapshotPending;
    QFutureWatcher<std::shared_ptr<Prepared>> m_preparation;
    std::int64_t m_seekTarget = -1;             //!< simulated ms a seek runs to at full speed; -1 none

    std::vector<std::shared_ptr<const sim::Snapshot>> m_replay; //!< recorded samples, time order
    double m_replaySeconds = 0;
    bool m_replayPlaying = false;
    QTimer m_clock;                             //!< live clock and replay pacing
    qint64 m_lastTickMs = 0;

    std::vector<std::shared_ptr<sim::ModelFactory>> m_factories;
    std::vector<std::shared_ptr<plugin::FeatureStateSource>> m_stateSources;
    std::vector<std::shared_ptr<const sim::FeatureState>> m_liveStates;
    QTimer m_liveStateTimer;
    QStringList m_reportedStateErrors;          //!< live source errors already logged (once each)
};

} // namespace ct::ui
