// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "rejectreason.h"

namespace ct::sensors {

QString reasonName(RejectReason reason)
{
    switch (reason) {
    case RejectReason::Malformed: return QStringLiteral("malformed");
    case RejectReason::UnknownSensor: return QStringLiteral("unknown_sensor");
    case RejectReason::NotANumber: return QStringLiteral("not_a_number");
    case RejectReason::MissingValue: return QStringLiteral("missing_value");
    case RejectReason::WrongUnit: return QStringLiteral("wrong_unit");
    case RejectReason::BadTimestamp: return QStringLiteral("bad_timestamp");
    case RejectReason::FutureTimestamp: return QStringLiteral("future_timestamp");
    }
    return {};
}

} // namespace ct::sensors
