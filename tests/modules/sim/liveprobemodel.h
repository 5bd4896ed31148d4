// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

// A domain model as a shelters plugin would write one, for the tests of ModelContext's branch
// from the live state: when the run is branched it opens the twin (read-only, in start(), on the
// run's thread) and starts from the live occupancy in the shelters plugin's table. What it saw is
// written to a LiveProbe the test keeps.

#include "ct/sim/model.h"
#include "ct/sim/modelcontext.h"
#include "ct/sim/modelfactory.h"

#include <QMap>
#include <QString>

#include <memory>
#include <thread>

namespace ct::sim::test {

//! What the model saw, for the test to check after the run.
struct LiveProbe
{
    bool created = false;
    bool branched = false;
    bool opened = false;
    bool readOnly = false;
    bool writeRefused = false;
    QString problem;
    QMap<qint64, int> liveOccupancy;        //!< shelter fid → persons, from shelter_status
    std::thread::id createdOn;
    std::thread::id startedOn;
    TwinOpener opener;                      //!< the context's, kept for the test to call
};

class LiveProbeModel : public Model
{
public:
    LiveProbeModel(const ModelContext &context, std::shared_ptr<LiveProbe> probe);

    QString name() const override { return m_id; }
    void start(Engine &engine) override;
    void handle(Engine &, const Event &) override {}
    QJsonObject kpis() const override;

private:
    QString m_id;
    bool m_branched;
    TwinOpener m_openTwin;
    std::shared_ptr<LiveProbe> m_probe;
};

//! Makes LiveProbeModel under "liveprobe"; every model it makes reports to the same probe.
class LiveProbeFactory : public ModelFactory
{
public:
    explicit LiveProbeFactory(std::shared_ptr<LiveProbe> probe) : m_probe(std::move(probe)) {}
    QString id() const override { return QStringLiteral("liveprobe"); }
    std::unique_ptr<Model> create(const ModelContext &context) const override
    {
        return std::make_unique<LiveProbeModel>(context, m_probe);
    }

private:
    std::shared_ptr<LiveProbe> m_probe;
};

} // namespace ct::sim::test
