// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include "ct/core/result.h"
#include "ct/safety/alertdraft.h"
#include "ct/safety/cityboundary.h"
#include "ct/safety/gazetteer.h"
#include "ct/safety/validatedalert.h"

#include <QDateTime>
#include <QHash>

namespace ct::store {
class TwinStore;
}

namespace ct::safety {

/// \brief Checks an AlertDraft against the twin and the clock: refuses an alert without a time
/// or a place, a time in the future, a place outside the city or one that cannot be found, an
/// unknown category or school, a range that ends before it starts. The error's `where` names the
/// field ("occurred_from", "place", "category", …).
class AlertValidator
{
public:
    /// Clock skew between the operator's device and the console that is still accepted (s).
    static constexpr int kFutureToleranceSeconds = 120;

    AlertValidator(CityBoundary boundary, Gazetteer gazetteer, QHash<qint64, geo::Point> schools);
    /// Reads the boundary, the gazetteer and the school positions of the twin.
    static core::Result<AlertValidator> fromTwin(const store::TwinStore &twin);

    core::Result<ValidatedAlert> validate(const AlertDraft &draft, const QDateTime &now) const;

    const CityBoundary &boundary() const { return m_boundary; }
    const Gazetteer &gazetteer() const { return m_gazetteer; }
    const QHash<qint64, geo::Point> &schools() const { return m_schools; }

private:
    CityBoundary m_boundary;
    Gazetteer m_gazetteer;
    QHash<qint64, geo::Point> m_schools;  //!< school fid → position
};

} // namespace ct::safety
