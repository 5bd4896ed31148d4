// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include "ct/core/error.h"
#include "ct/sim/simtime.h"

#include <QJsonValue>
#include <QList>
#include <QString>

#include <optional>
#include <vector>

namespace ct::sensors {

/// \brief A rainfall input: intensities in mm/h, each held for one time step (a bar chart over
/// time, piecewise constant), starting `offset` after the run's start. Zero before and after.
///
/// A single number instead of a list is a constant intensity for the whole run.
class Hyetograph
{
public:
    Hyetograph() = default;
    Hyetograph(sim::SimTime step, std::vector<double> mmPerHour, sim::SimTime offset = 0);
    //! Constant `mmPerHour` from `offset` on, for ever.
    static Hyetograph constant(double mmPerHour, sim::SimTime offset = 0);

    //! Intensity (mm/h) in force at `t`: the step containing t (steps are [start, end)).
    double intensityAt(sim::SimTime t) const;
    //! The first time after `t` at which the intensity may change (a step boundary); a far
    //! future time when it never changes again.
    sim::SimTime nextChange(sim::SimTime t) const;
    //! Rain depth (mm) that falls between `from` and `to`.
    double depthMm(sim::SimTime from, sim::SimTime to) const;
    double peakMmPerHour() const;
    //! Total depth (mm) of a finite hyetograph (0 for a constant one with no end).
    double totalMm() const;
    bool isConstant() const { return m_constant; }
    sim::SimTime step() const { return m_step; }
    sim::SimTime offset() const { return m_offset; }
    const std::vector<double> &values() const { return m_values; }

    /// Reads `rain` (a number, or a list of numbers) for `step`/`offset`. Errors name `path` and,
    /// for a list, the element (`path[3]`); intensities must be finite, 0 … 500 mm/h.
    static std::optional<Hyetograph> fromJson(const QJsonValue &rain, sim::SimTime step, sim::SimTime offset,
                                              const QString &path, QList<core::Error> &errors);

private:
    sim::SimTime m_step = sim::kHour;
    sim::SimTime m_offset = 0;
    std::vector<double> m_values;
    bool m_constant = false;
};

} // namespace ct::sensors
