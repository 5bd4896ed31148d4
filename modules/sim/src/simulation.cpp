// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "ct/sim/simulation.h"

#include "ct/store/twinstore.h"

#include <QSet>

#include <algorithm>

namespace ct::sim {

namespace {

bool isReserved(const QString &id)
{
    return id == QLatin1String("evacuation") || id == QLatin1String("run");
}

//! The factories in id order (the order models are created and subscribe in).
ModelFactoryList sortedById(ModelFactoryList models)
{
    models.erase(std::remove(models.begin(), models.end(), nullptr), models.end());
    std::stable_sort(models.begin(), models.end(), [](const auto &a, const auto &b) { return a->id() < b->id(); });
    return models;
}

} // namespace

QList<core::Error> Simulation::validate(const SimulationWorld &world, const Scenario &scenario, const ModelFactoryList &models)
{
    using core::Error;
    QList<Error> errors = world.validate(scenario);
    QSet<QString> ids;
    for (const auto &factory : sortedById(models)) {
        const QString id = factory->id();
        if (id.isEmpty() || isReserved(id))
            errors.append(Error::invalidInput(QStringLiteral("a plugin provides a model with the reserved id \"%1\"").arg(id),
                                              QStringLiteral("models")));
        else if (ids.contains(id))
            errors.append(Error::invalidInput(QStringLiteral("two loaded plugins provide a model \"%1\"").arg(id),
                                              QStringLiteral("models.%1").arg(id)));
        ids.insert(id);
    }
    for (auto it = scenario.models.begin(); it != scenario.models.end(); ++it) {
        const QString path = QStringLiteral("models.%1").arg(it.key());
        const auto factory = std::find_if(models.begin(), models.end(), [&](const auto &f) { return f && f->id() == it.key(); });
        if (factory == models.end()) {
            errors.append(Error::invalidInput(QStringLiteral("no model \"%1\" is provided by the loaded plugins").arg(it.key()), path));
            continue;
        }
        errors += (*factory)->validate(it.value().toObject(), path, world);
    }
    return errors;
}

Simulation::Simulation(const SimulationWorld &world, Scenario scenario, SimulationOptions options)
    : m_world(world)
    , m_scenario(std::move(scenario))
    , m_options(options)
{
    if (m_options.seed)
        m_scenario.seed = *m_options.seed;
    const SimTime end = m_options.until ? *m_options.until : m_scenario.duration;
    m_engine = std::make_unique<Engine>(m_scenario.seed, end);
    auto evacuation = std::make_unique<EvacuationModel>(m_world, m_scenario, m_options.evacuation);
    m_evacuation = evacuation.get();
    m_engine->addModel(std::move(evacuation));

    QSet<QString> created;
    for (const auto &factory : sortedById(m_options.models)) {
        const QString id = factory->id();
        const bool hasSection = m_scenario.models.contains(id);
        if (isReserved(id) || created.contains(id) || (!hasSection && !factory->runsWithoutSection()))
            continue;
        ModelContext context{id, m_scenario.models.value(id).toObject(), m_scenario, m_world, m_scenario.seed,
                             m_engine->events()};
        context.branchedFromLive = m_scenario.branchesFromLive();
        context.openTwin = [path = m_world.twinPath()]() -> core::Result<std::unique_ptr<store::TwinStore>> {
            if (path.isEmpty())
                return core::Error::notFound(QStringLiteral("the run's world was not read from a twin file"));
            return store::TwinStore::open(path, store::TwinStore::OpenMode::ReadOnly);
        };
        std::unique_ptr<Model> model = factory->create(context);
        if (!model)
            continue;
        created.insert(id);
        m_engine->addModel(std::move(model));
    }
}

const Model *Simulation::model(const QString &name) const
{
    for (int i = 0; i < m_engine->modelCount(); ++i) {
        if (m_engine->model(i)->name() == name)
            return m_engine->model(i);
    }
    return nullptr;
}

QStringList Simulation::modelNames() const
{
    QStringList names;
    for (int i = 0; i < m_engine->modelCount(); ++i)
        names << m_engine->model(i)->name();
    return names;
}

Simulation::~Simulation() = default;

void Simulation::takeDueSamples()
{
    if (m_options.sampleInterval <= 0)
        return;
    while (m_nextSample <= m_engine->now() && m_nextSample <= m_engine->endTime()) {
        if (m_nextSample == m_engine->now())
            m_samples.push_back(m_engine->snapshot());
        m_nextSample += m_options.sampleInterval;
    }
}

void Simulation::advanceTo(SimTime t)
{
    m_engine->start();
    const SimTime target = std::min(t, m_engine->endTime());
    // Stop at every sample time on the way so each sample sees exactly that instant (after the
    // events of that millisecond).
    for (;;) {
        SimTime next = target;
        if (m_options.sampleInterval > 0 && m_nextSample <= target)
            next = std::max(m_engine->now(), m_nextSample);
        m_engine->runUntil(next);
        takeDueSamples();
        if (m_engine->now() >= target)
            break;
    }
}

bool Simulation::step()
{
    m_engine->start();
    if (m_engine->isFinished())
        return false;
    advanceTo(m_engine->nextEventTime());
    return !m_engine->isFinished();
}

void Simulation::run(const std::function<void(SimTime, SimTime)> &progress)
{
    const SimTime chunk = std::max<SimTime>(kMinute, m_engine->endTime() / 200);
    while (!m_engine->isFinished()) {
        advanceTo(m_engine->now() + chunk);
        if (progress)
            progress(m_engine->now(), m_engine->endTime());
    }
}

QJsonObject Simulation::kpis() const
{
    QJsonObject k = m_engine->kpis();
    k.insert(QStringLiteral("run"), QJsonObject{{QStringLiteral("scenario"), m_scenario.name},
                                                 {QStringLiteral("seed"), QString::number(m_engine->seed())},
                                                 {QStringLiteral("simulated"), formatDuration(m_engine->now())},
                                                 {QStringLiteral("end"), formatDuration(m_engine->endTime())},
                                                 {QStringLiteral("events_processed"), qint64(m_engine->eventsProcessed())}});
    return k;
}

} // namespace ct::sim
