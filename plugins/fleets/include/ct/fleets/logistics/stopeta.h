// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include <QString>

namespace ct::fleets {

/// \brief The expected arrival of a mobile supermarket at one stop of its round.
struct StopEta
{
    enum class State { Upcoming, AtStop, Departed };

    int sequence = 0;
    QString name;
    int scheduledArrival = 0;        //!< seconds after midnight
    double expectedArrival = 0.0;    //!< seconds after midnight; the actual arrival once there
    double expectedDeparture = 0.0;  //!< seconds after midnight
    double delaySeconds = 0.0;       //!< expected − scheduled arrival; negative when early
    State state = State::Upcoming;
};

} // namespace ct::fleets
