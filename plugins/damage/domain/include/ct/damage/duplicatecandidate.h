// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include <QtGlobal>

namespace ct::damage {

/// \brief A report that may describe the same damage as another one.
struct DuplicateCandidate
{
    qint64 fid = 0;
    double distanceM = 0.0;   //!< metres between the two report points
    double hoursApart = 0.0;  //!< |difference of reported_at| in hours
    double score = 0.0;       //!< distanceM / radius + hoursApart / window: lower is more alike
};

} // namespace ct::damage
