// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include "ct/sim/simtime.h"

#include <QJsonObject>
#include <QString>

namespace ct::sim {

/// \brief Something worth keeping from a run (a shelter filled, a road closed, the evacuation
/// order): written to `sim_event` when the run is recorded, compared by the determinism tests.
struct RecordedEvent
{
    SimTime time = 0;
    QString source;        //!< the model that recorded it ("evacuation")
    QString kind;          //!< "shelter_full", "road_closed", …
    QJsonObject payload;

    friend bool operator==(const RecordedEvent &, const RecordedEvent &) = default;
};

} // namespace ct::sim
