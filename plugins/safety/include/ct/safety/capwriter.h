// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include "ct/safety/capmessage.h"

#include <QByteArray>

namespace ct::safety {

/// \brief Writes a CAP 1.2 message (OASIS Common Alerting Protocol, namespace
/// urn:oasis:names:tc:emergency:cap:1.2) in the element order the schema requires.
///
/// Mapping: CAP category "Security" (crime); urgency "Expected", certainty "Observed" (the police
/// verified it before publishing); severity "Moderate" for assault, "Minor" otherwise; response
/// type "Monitor". Polygons are "lat,lon" pairs, closed, six decimals (≈ 0.1 m).
class CapWriter
{
public:
    static QByteArray write(const CapMessage &message);
    /// CAP's dateTime form: 2026-03-01T16:40:00+09:00 (no fraction; "-00:00" never "Z").
    static QString capTime(const QDateTime &t);
};

} // namespace ct::safety
