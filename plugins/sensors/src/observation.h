// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include "rejectreason.h"

#include <QString>

#include <limits>
#include <vector>

namespace ct::sensors {

//! A reading as a feed gives it, before the sensor is looked up.
struct Observation
{
    QString key;        //!< alias or source id ("sta:12", "ngsi:urn:…#height", "amedas:40336/temp")
    qint64 tMs = 0;
    double value = std::numeric_limits<double>::quiet_NaN();
    QString unit;       //!< as the feed names it; empty when the feed does not say
    int quality = 0;
    QString where;      //!< file:line, topic or JSON path, for the log
};

//! A payload part that was refused before lookup (malformed, missing value, bad time).
struct Rejection
{
    RejectReason reason = RejectReason::Malformed;
    QString where;
    QString detail;
};

struct ParsedPayload
{
    std::vector<Observation> observations;
    std::vector<Rejection> rejections;
};

} // namespace ct::sensors
