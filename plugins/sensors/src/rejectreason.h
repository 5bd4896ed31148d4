// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include <QString>

namespace ct::sensors {

//! Why a reading was not stored; counted per reason by the ingestor.
enum class RejectReason {
    Malformed,        //!< not JSON / not the expected shape / not a number
    UnknownSensor,    //!< no sensor with that alias or source id
    NotANumber,       //!< NaN or infinite value
    MissingValue,     //!< the feed says there is no value (AMeDAS null)
    WrongUnit,        //!< the feed's unit differs from the sensor's
    BadTimestamp,     //!< missing or unreadable time
    FutureTimestamp   //!< further ahead of the clock than the tolerance
};

QString reasonName(RejectReason reason);
constexpr int kRejectReasonCount = 7;

} // namespace ct::sensors
