// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include "ct/core/error.h"
#include "ct/sim/model.h"
#include "ct/sim/modelcontext.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <memory>
#include <vector>

namespace ct::sim {

/// \brief Builds one kind of model for a run: how a domain (a plugin, a test) adds its model to
/// the engine beside the evacuation.
///
/// A model runs when the scenario has a `models.<id>` section, or in every run when
/// runsWithoutSection() says so. Its Model::name() must be id(): that names its KPIs (in
/// `simulate --json`, the run record and the comparison of runs), its recorded events and its
/// random stream. Models are created in the order of their ids, after the evacuation model, so a
/// run is reproducible whatever order the plugins were loaded in.
class ModelFactory
{
public:
    virtual ~ModelFactory() = default;

    //! Stable id, lower case, e.g. "shelters"; "evacuation" and "run" are taken.
    virtual QString id() const = 0;
    //! True to run even when the scenario has no section for it (with an empty section).
    virtual bool runsWithoutSection() const { return false; }
    /// Checks the scenario's section before anything runs; every error names its JSON path,
    /// starting with `path` (= "models.<id>"). The default accepts any object.
    virtual QList<core::Error> validate(const QJsonObject &section, const QString &path, const SimulationWorld &world) const
    {
        Q_UNUSED(section);
        Q_UNUSED(path);
        Q_UNUSED(world);
        return {};
    }
    //! A new model for one run (never null for a section that passed validate()).
    virtual std::unique_ptr<Model> create(const ModelContext &context) const = 0;
};

//! The factories a run may use (the loaded plugins', a test's).
using ModelFactoryList = std::vector<std::shared_ptr<ModelFactory>>;

} // namespace ct::sim
