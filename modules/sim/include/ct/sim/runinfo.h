// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include "ct/sim/simtime.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <cstdint>

namespace ct::sim {

/// \brief One recorded run as listed from the twin's `sim_run` table.
struct RunInfo
{
    qint64 id = 0;
    QString name;                 //!< the scenario's name
    QJsonObject scenario;         //!< the scenario document as run
    std::uint64_t seed = 0;
    QString initialState;         //!< "scenario" or "live" (branched from the operational state)
    QDateTime startedAt;          //!< wall clock, UTC
    QDateTime finishedAt;
    SimTime simulated = 0;        //!< simulated time reached
    QJsonObject kpis;
    int eventCount = 0;
    int sampleCount = 0;
};

} // namespace ct::sim
