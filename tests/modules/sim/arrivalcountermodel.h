// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

// A domain model as a plugin would write one, for the tests: it knows nothing of the evacuation
// model but what the event bus tells it (departures, arrivals at shelters, shelters filling), and
// reports its own counts as KPIs under its id. The tests check its counts against the evacuation
// model's own figures, so the bus must deliver every event exactly once.

#include "ct/sim/model.h"
#include "ct/sim/modelcontext.h"

#include <QMap>

#include <cstdint>

namespace ct::sim::test {

class ArrivalCounterModel : public Model
{
public:
    explicit ArrivalCounterModel(const ModelContext &context);

    QString name() const override { return m_id; }
    void start(Engine &engine) override;
    void handle(Engine &engine, const Event &event) override;
    QJsonObject kpis() const override;
    void contribute(Snapshot &snapshot) const override;

    //! Persons counted in, per shelter fid.
    const QMap<qint64, std::int64_t> &perShelter() const { return m_perShelter; }
    std::int64_t departedPersons() const { return m_departedPersons; }
    std::int64_t arrivals() const { return m_arrivals; }
    int fullShelters() const { return m_full; }
    //! Order check: arrivals never go back in time.
    bool inTimeOrder() const { return m_inOrder; }

private:
    QString m_id;
    Engine *m_engine = nullptr;
    int m_minPersons = 1;                    //!< the scenario section's "min_persons"
    QMap<qint64, std::int64_t> m_perShelter;
    std::int64_t m_arrivals = 0;             //!< admissions of at least min_persons
    std::int64_t m_departedPersons = 0;
    int m_full = 0;
    SimTime m_last = 0;
    bool m_inOrder = true;
};

} // namespace ct::sim::test
