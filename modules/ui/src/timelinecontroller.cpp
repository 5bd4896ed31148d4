// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "timelinecontroller.h"

#include "map/mapcontroller.h"
#include "twinsession.h"

#include "ct/pluginapi/featurestatesource.h"
#include "ct/sim/runrecorder.h"
#include "ct/sim/scenario.h"
#include "ct/sim/simulation.h"
#include "ct/sim/simulationrunner.h"
#include "ct/sim/simulationworld.h"
#include "ct/store/twinstore.h"

#include <QColor>
#include <QDateTime>
#include <QFileInfo>
#include <QLocale>
#include <QLoggingCategory>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace ct::ui {

Q_LOGGING_CATEGORY(lcTimeline, "citytwin.timeline")

namespace {
const QColor kCarColour(QStringLiteral("#e4572e"));
const QColor kWalkerColour(QStringLiteral("#2b6cb0"));
constexpr int kClockIntervalMs = 40;
} // namespace

/// What the loading worker hands back: the world built from the twin and the parsed scenario.
struct TimelineController::Prepared
{
    std::unique_ptr<sim::SimulationWorld> world;
    std::unique_ptr<sim::Scenario> scenario;
    QString error;
};

TimelineController::TimelineController(TwinSession &session, QString scenarioFolder, QObject *parent)
    : QObject(parent), m_session(session), m_scenarioFolder(std::move(scenarioFolder))
{
    m_clock.setInterval(kClockIntervalMs);
    connect(&m_clock, &QTimer::timeout, this, [this] {
        if (m_mode == QLatin1String("replay"))
            tickReplay();
        emit timeChanged();
    });
    m_clock.start();
    connect(&m_session, &TwinSession::openedChanged, this, [this] {
        backToLive();
        refreshRuns();
    });
    m_liveStateTimer.setInterval(liveStateInterval());
    connect(&m_liveStateTimer, &QTimer::timeout, this, &TimelineController::refreshLiveStates);
    connect(&m_preparation, &QFutureWatcher<std::shared_ptr<Prepared>>::finished, this, [this] {
        auto prepared = m_preparation.result();
        m_preparing = false;
        if (!prepared->error.isEmpty()) {
            setErrorString(prepared->error);
            emit stateChanged();
            return;
        }
        m_world = std::move(prepared->world);
        sim::SimulationOptions options;
        options.models = m_factories;
        m_start = prepared->scenario->start;
        const QString name = prepared->scenario->name;
        auto simulation = std::make_unique<sim::Simulation>(*m_world, std::move(*prepared->scenario), options);
        m_runner = std::make_unique<sim::SimulationRunner>(std::move(simulation));
        m_snapshotPending = std::make_shared<std::atomic<bool>>(false);
        const auto pending = m_snapshotPending;
        QPointer<TimelineController> self(this);
        // Called on the engine's thread at frame rate: wake the GUI thread once, skipping frames it
        // has not caught up with. The GUI then shows the newest snapshot published by then, so
        // the last one of a run (or of a seek) is never the one skipped.
        m_runner->setSnapshotCallback([self, pending](std::shared_ptr<const sim::Snapshot>) {
            if (pending->exchange(true))
                return;
            QMetaObject::invokeMethod(
                self.data(),
                [self, pending] {
                    pending->store(false);
                    if (self && self->m_runner)
                        self->show(self->m_runner->latestSnapshot());
                },
                Qt::QueuedConnection);
        });
        m_runner->setSpeedFactor(m_speed);
        m_runner->start(true);
        setMode(QStringLiteral("simulation"), name);
        show(m_runner->latestSnapshot());
        emit stateChanged();
    });
}

TimelineController::~TimelineController()
{
    m_preparation.waitForFinished();
    stopSimulation();
}

bool TimelineController::playing() const
{
    if (m_mode == QLatin1String("simulation"))
        return m_runner && !m_runner->isPaused() && !m_runner->isFinished();
    if (m_mode == QLatin1String("replay"))
        return m_replayPlaying;
    return true; // live time always runs
}

bool TimelineController::finished() const
{
    return m_mode == QLatin1String("simulation") && m_runner && m_runner->isFinished();
}

bool TimelineController::canRecord() const
{
    return m_mode == QLatin1String("simulation") && m_runner && !m_session.readOnly() && (!playing() || finished());
}

void TimelineController::setSpeed(double speed)
{
    speed = std::clamp(speed, 1.0, 3600.0);
    if (qFuzzyCompare(speed, m_speed))
        return;
    m_speed = speed;
    if (m_runner)
        m_runner->setSpeedFactor(speed);
    emit stateChanged();
}

double TimelineController::timeSeconds() const
{
    if (m_mode == QLatin1String("replay"))
        return m_replaySeconds;
    if (m_shown)
        return sim::toSeconds(m_shown->time);
    return 0.0;
}

double TimelineController::endSeconds() const
{
    if (m_mode == QLatin1String("replay"))
        return m_replay.empty() ? 0.0 : sim::toSeconds(m_replay.back()->time);
    if (m_runner)
        return sim::toSeconds(m_runner->endTime());
    return 0.0;
}

double TimelineController::progress() const
{
    const double end = endSeconds();
    return end > 0 ? std::clamp(timeSeconds() / end, 0.0, 1.0) : 0.0;
}

QString TimelineController::clockText() const
{
    const QDateTime at = m_mode == QLatin1String("live")
        ? QDateTime::currentDateTime()
        : (m_start.isValid() ? m_start : QDateTime::currentDateTime()).addMSecs(qint64(timeSeconds() * 1000));
    return QLocale().toString(at, QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

QString TimelineController::elapsedText() const
{
    return sim::formatDuration(sim::fromSeconds(timeSeconds()));
}

QVariantMap TimelineController::figures() const
{
    if (!m_shown || m_mode == QLatin1String("live"))
        return {};
    return {{QStringLiteral("population"), qint64(m_shown->population)},
            {QStringLiteral("waiting"), qint64(m_shown->waiting)},
            {QStringLiteral("moving"), qint64(m_shown->moving)},
            {QStringLiteral("sheltered"), qint64(m_shown->sheltered)},
            {QStringLiteral("unreachable"), qint64(m_shown->unreachable)},
            {QStringLiteral("stranded"), qint64(m_shown->stranded)}};
}

MapController *TimelineController::map() const
{
    return static_cast<MapController *>(m_map.data());
}

void TimelineController::setMap(MapController *map)
{
    if (m_map == map)
        return;
    m_map = map;
    emit mapChanged();
    showAgents();
    showStates();
}

void TimelineController::setModelFactories(std::vector<std::shared_ptr<sim::ModelFactory>> factories)
{
    m_factories = std::move(factories);
}

void TimelineController::setFeatureStateSources(std::vector<std::shared_ptr<plugin::FeatureStateSource>> sources)
{
    m_stateSources = std::move(sources);
    refreshLiveStates();
}

void TimelineController::refreshLiveStates()
{
    if (m_mode != QLatin1String("live"))
        return;
    m_liveStates.clear();
    if (m_session.isOpen()) {
        for (const auto &source : m_stateSources) {
            auto state = source->read(*m_session.store());
            if (!state) {
                const QString message = QStringLiteral("%1: %2").arg(source->layer(), state.error().toString());
                if (!m_reportedStateErrors.contains(message)) {
                    m_reportedStateErrors << message;
                    qCWarning(lcTimeline).noquote() << "live state of" << message;
                }
                continue;
            }
            m_liveStates.push_back(std::make_shared<const sim::FeatureState>(std::move(state).value()));
        }
    }
    if (m_stateSources.empty() || !m_session.isOpen())
        m_liveStateTimer.stop();
    else if (!m_liveStateTimer.isActive())
        m_liveStateTimer.start();
    showStates();
}

void TimelineController::showStates()
{
    MapController *target = map();
    if (!target)
        return;
    if (m_mode == QLatin1String("live")) {
        target->setFeatureStates(m_liveStates);
        return;
    }
    // The snapshot's own states, shared with it (the aliasing pointers keep the snapshot alive;
    // nothing is copied and nothing can change them).
    std::vector<std::shared_ptr<const sim::FeatureState>> states;
    if (m_shown) {
        for (const sim::FeatureState &state : m_shown->featureStates)
            states.emplace_back(m_shown, &state);
    }
    target->setFeatureStates(std::move(states));
}

void TimelineController::setMode(const QString &mode, const QString &title)
{
    m_mode = mode;
    m_title = title;
    emit modeChanged();
    emit timeChanged();
}

void TimelineController::setErrorString(const QString &message)
{
    m_errorString = message;
    emit errorStringChanged();
}

bool TimelineController::startSimulation(const QUrl &scenarioUrl, qint64 seed)
{
    if (m_preparing)
        return false;
    if (!m_session.isOpen()) {
        setErrorString(tr("Open a twin before running a scenario."));
        return false;
    }
    const QString scenarioPath = scenarioUrl.isLocalFile() ? scenarioUrl.toLocalFile() : scenarioUrl.toString();
    // Validate at once so that a bad file is reported before anything else happens.
    auto scenario = sim::Scenario::fromFile(scenarioPath);
    if (!scenario) {
        // Name the file: the validator's message names the place inside it.
        const QString message = scenario.error().toString();
        const QString file = QFileInfo(scenarioPath).fileName();
        setErrorString(message.contains(file) ? message : QStringLiteral("%1: %2").arg(file, message));
        return false;
    }
    if (seed >= 0)
        scenario->seed = std::uint64_t(seed);
    backToLive();
    setErrorString({});
    m_preparing = true;
    emit stateChanged();
    const QString twin = m_session.path();
    const QString file = QFileInfo(scenarioPath).fileName();
    auto parsed = std::make_shared<sim::Scenario>(std::move(scenario).value());
    m_preparation.setFuture(QtConcurrent::run([twin, parsed, file, factories = m_factories]() {
        auto prepared = std::make_shared<Prepared>();
        auto store = store::TwinStore::open(twin, store::TwinStore::OpenMode::ReadOnly);
        if (!store) {
            prepared->error = store.error().toString();
            return prepared;
        }
        auto world = sim::SimulationWorld::load(*store.value());
        if (!world) {
            prepared->error = world.error().toString();
            return prepared;
        }
        // The scenario against this twin and the loaded plugins' models (unknown model sections,
        // unknown roads and shelters …), before anything runs.
        const QList<core::Error> problems = sim::Simulation::validate(world.value(), *parsed, factories);
        if (!problems.isEmpty()) {
            QStringList lines;
            for (const core::Error &e : problems)
                lines << e.toString();
            prepared->error = QStringLiteral("%1: %2").arg(file, lines.join(QStringLiteral("\n")));
            return prepared;
        }
        prepared->world = std::make_unique<sim::SimulationWorld>(std::move(world).value());
        prepared->scenario = std::make_unique<sim::Scenario>(std::move(*parsed));
        return prepared;
    }));
    return true;
}

bool TimelineController::replay(qint64 runId)
{
    if (!m_session.isOpen())
        return false;
    auto samples = sim::RunRecorder::replay(*m_session.store(), runId);
    auto info = sim::RunRecorder::run(*m_session.store(), runId);
    if (!samples || !info) {
        setErrorString(!samples ? samples.error().toString() : info.error().toString());
        return false;
    }
    if (samples->empty()) {
        setErrorString(tr("Run %1 has no recorded samples to replay.").arg(runId));
        return false;
    }
    backToLive();
    setErrorString({});
    m_replay = std::move(samples).value();
    m_replaySeconds = 0;
    m_replayPlaying = false;
    m_start = QDateTime::fromString(info->scenario.value(QStringLiteral("start")).toString(), Qt::ISODate);
    m_runId = runId;
    setMode(QStringLiteral("replay"), info->name);
    show(m_replay.front());
    emit stateChanged();
    return true;
}

void TimelineController::play()
{
    if (m_mode == QLatin1String("simulation") && m_runner) {
        m_runner->resume();
    } else if (m_mode == QLatin1String("replay")) {
        if (m_replaySeconds >= endSeconds())
            m_replaySeconds = 0;
        m_replayPlaying = true;
        m_lastTickMs = QDateTime::currentMSecsSinceEpoch();
    }
    emit stateChanged();
}

void TimelineController::pause()
{
    if (m_mode == QLatin1String("simulation") && m_runner)
        m_runner->pause();
    else if (m_mode == QLatin1String("replay"))
        m_replayPlaying = false;
    emit stateChanged();
}

void TimelineController::togglePlay()
{
    playing() ? pause() : play();
}

void TimelineController::step()
{
    if (m_mode == QLatin1String("simulation") && m_runner) {
        m_runner->pause();
        m_runner->step();
    } else if (m_mode == QLatin1String("replay") && !m_replay.empty()) {
        m_replayPlaying = false;
        // The next recorded sample after the one shown.
        for (const auto &sample : m_replay) {
            if (sim::toSeconds(sample->time) > m_replaySeconds + 1e-9) {
                m_replaySeconds = sim::toSeconds(sample->time);
                show(sample);
                break;
            }
        }
    }
    emit stateChanged();
}

void TimelineController::seek(double seconds)
{
    if (m_mode == QLatin1String("simulation") && m_runner) {
        if (seconds > timeSeconds()) {
            // Seeking is not watching: run there as fast as the engine can, then pace again.
            m_seekTarget = sim::fromSeconds(seconds);
            m_runner->setSpeedFactor(0);
            m_runner->runUntil(m_seekTarget);
        }
    } else if (m_mode == QLatin1String("replay") && !m_replay.empty()) {
        m_replaySeconds = std::clamp(seconds, 0.0, endSeconds());
        tickReplay();
    }
    emit stateChanged();
}

void TimelineController::tickReplay()
{
    if (m_replay.empty())
        return;
    if (m_replayPlaying) {
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        m_replaySeconds += (now - m_lastTickMs) / 1000.0 * m_speed;
        m_lastTickMs = now;
        if (m_replaySeconds >= endSeconds()) {
            m_replaySeconds = endSeconds();
            m_replayPlaying = false;
            emit stateChanged();
        }
    }
    // The last sample at or before the time shown.
    auto it = std::upper_bound(m_replay.begin(), m_replay.end(), m_replaySeconds,
                               [](double t, const std::shared_ptr<const sim::Snapshot> &s) { return t < sim::toSeconds(s->time); });
    if (it != m_replay.begin() && *std::prev(it) != m_shown)
        show(*std::prev(it));
}

bool TimelineController::record()
{
    if (!canRecord())
        return false;
    m_runner->stop();
    const auto runId = sim::RunRecorder::record(*m_session.store(), m_session.actor(), m_runner->simulation(),
                                                m_start, QDateTime::currentDateTimeUtc());
    if (!runId) {
        setErrorString(runId.error().toString());
        emit stateChanged();
        return false;
    }
    refreshRuns();
    emit stateChanged();
    emit recorded(runId.value());
    return true;
}

void TimelineController::stopSimulation()
{
    if (m_runner)
        m_runner->stop();
    m_runner.reset();
    m_world.reset();
}

void TimelineController::backToLive()
{
    stopSimulation();
    m_replay.clear();
    m_replayPlaying = false;
    m_shown.reset();
    m_start = {};
    showAgents();
    setMode(QStringLiteral("live"), {});
    refreshLiveStates();
    emit stateChanged();
}

void TimelineController::refreshRuns()
{
    m_runs.clear();
    if (m_session.isOpen()) {
        const auto runs = sim::RunRecorder::runs(*m_session.store());
        if (runs) {
            for (const auto &run : runs.value()) {
                m_runs.append(QVariantMap{{QStringLiteral("id"), run.id},
                                          {QStringLiteral("name"), run.name},
                                          {QStringLiteral("seed"), QString::number(run.seed)},
                                          {QStringLiteral("finishedAt"), run.finishedAt}});
            }
        }
    }
    emit runsChanged();
}

void TimelineController::show(std::shared_ptr<const sim::Snapshot> snapshot)
{
    m_shown = std::move(snapshot);
    if (m_seekTarget >= 0 && m_runner && m_shown && (m_shown->time >= m_seekTarget || m_runner->isFinished())) {
        m_seekTarget = -1;
        m_runner->setSpeedFactor(m_speed);
    }
    showAgents();
    showStates();
    emit timeChanged();
    emit stateChanged();
}

void TimelineController::showAgents()
{
    MapController *target = map();
    if (!target)
        return;
    std::vector<geo::Point> positions;
    std::vector<QColor> colours;
    if (m_shown && m_mode != QLatin1String("live")) {
        const std::size_t count = m_shown->positions.size() / 2;
        positions.reserve(count);
        colours.reserve(count);
        for (std::size_t i = 0; i < count; ++i) {
            positions.push_back({m_shown->positions[2 * i], m_shown->positions[2 * i + 1]});
            const bool walking = i < m_shown->modes.size() && m_shown->modes[i] == 1;
            colours.push_back(walking ? kWalkerColour : kCarColour);
        }
    }
    target->setDynamicPoints(agentLayer(), positions, colours);
}

} // namespace ct::ui
