// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include <QJsonObject>
#include <QString>

#include <cstdint>
#include <memory>

namespace ct::plugin {

/// \brief A domain's model inside a simulation run (shelter occupancy, bus energy, …).
///
/// The engine owns the clock and calls advance() in time order; a model draws random numbers only
/// from the seed it is given, so a run is reproducible.
class SimulationModel
{
public:
    virtual ~SimulationModel() = default;
    /// Resets to the initial state described by the scenario's section for this model.
    virtual bool reset(const QJsonObject &scenarioSection, std::uint64_t seed, QString *error) = 0;
    /// Advances from `fromSeconds` to `toSeconds` of simulated time.
    virtual void advance(double fromSeconds, double toSeconds) = 0;
    /// Key figures of the run so far, for the batch report.
    virtual QJsonObject kpis() const = 0;
};

/// \brief Creates a plugin's simulation models; one factory per kind of model.
class SimulationModelFactory
{
public:
    virtual ~SimulationModelFactory() = default;
    virtual QString id() const = 0;              //!< the scenario section name, e.g. "shelters"
    virtual std::unique_ptr<SimulationModel> create() const = 0;
};

} // namespace ct::plugin
