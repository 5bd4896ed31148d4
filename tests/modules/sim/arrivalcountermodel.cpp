// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "arrivalcountermodel.h"
#include "arrivalcounterfactory.h"

#include "ct/sim/engine.h"
#include "ct/sim/householddeparture.h"
#include "ct/sim/shelterarrival.h"
#include "ct/sim/shelterstatuschange.h"
#include "ct/sim/snapshot.h"

#include <cmath>

namespace ct::sim::test {

ArrivalCounterModel::ArrivalCounterModel(const ModelContext &context)
    : m_id(context.id), m_minPersons(context.section.value(QStringLiteral("min_persons")).toInt(1))
{
    context.events.subscribe<ShelterArrival>([this](const ShelterArrival &a) {
        m_perShelter[a.fid] += a.persons;
        if (a.persons >= m_minPersons)
            ++m_arrivals;
        m_inOrder &= a.time >= m_last;
        m_last = a.time;
    });
    context.events.subscribe<HouseholdDeparture>([this](const HouseholdDeparture &d) { m_departedPersons += d.persons; });
    context.events.subscribe<ShelterStatusChange>([this](const ShelterStatusChange &c) {
        if (c.status != ShelterStatusChange::Status::Full)
            return;
        ++m_full;
        // A model's own recorded event, at the time of the event it observed.
        m_engine->record(m_id, QStringLiteral("noticed_full"), {{QStringLiteral("fid"), c.fid}});
    });
}

void ArrivalCounterModel::start(Engine &engine)
{
    m_engine = &engine;
}

void ArrivalCounterModel::handle(Engine &, const Event &)
{
}

QJsonObject ArrivalCounterModel::kpis() const
{
    QJsonObject perShelter;
    std::int64_t total = 0;
    for (auto it = m_perShelter.begin(); it != m_perShelter.end(); ++it) {
        perShelter.insert(QString::number(it.key()), qint64(it.value()));
        total += it.value();
    }
    return {{QStringLiteral("persons"), qint64(total)},
            {QStringLiteral("arrivals"), qint64(m_arrivals)},
            {QStringLiteral("departed_persons"), qint64(m_departedPersons)},
            {QStringLiteral("full_shelters"), m_full},
            {QStringLiteral("per_shelter"), perShelter}};
}

void ArrivalCounterModel::contribute(Snapshot &snapshot) const
{
    std::int64_t total = 0;
    for (auto v : m_perShelter)
        total += v;
    snapshot.extra.insert(m_id, QJsonObject{{QStringLiteral("persons"), qint64(total)}});
}

QList<core::Error> ArrivalCounterFactory::validate(const QJsonObject &section, const QString &path, const SimulationWorld &) const
{
    QList<core::Error> errors;
    for (auto it = section.begin(); it != section.end(); ++it) {
        if (it.key() != QLatin1String("min_persons"))
            errors.append(core::Error::invalidInput(QStringLiteral("unknown key (expected: min_persons)"), path + QLatin1Char('.') + it.key()));
    }
    const QJsonValue v = section.value(QStringLiteral("min_persons"));
    if (!v.isUndefined() && (!v.isDouble() || v.toDouble() < 1 || v.toDouble() != std::floor(v.toDouble())))
        errors.append(core::Error::invalidInput(QStringLiteral("expected a whole number ≥ 1"), path + QStringLiteral(".min_persons")));
    return errors;
}

std::unique_ptr<Model> ArrivalCounterFactory::create(const ModelContext &context) const
{
    return std::make_unique<ArrivalCounterModel>(context);
}

} // namespace ct::sim::test
