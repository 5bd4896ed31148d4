// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include "rejectreason.h"

#include <QString>

#include <array>

namespace ct::sensors {

//! What an ingest stored and what it refused, per reason.
struct IngestReport
{
    qint64 stored = 0;
    std::array<qint64, kRejectReasonCount> rejected{};

    qint64 rejectedTotal() const
    {
        qint64 n = 0;
        for (qint64 r : rejected)
            n += r;
        return n;
    }
    qint64 count(RejectReason reason) const { return rejected[std::size_t(reason)]; }
    void add(const IngestReport &other)
    {
        stored += other.stored;
        for (std::size_t i = 0; i < rejected.size(); ++i)
            rejected[i] += other.rejected[i];
    }
    //! "stored 12, rejected 3 (unknown_sensor 2, wrong_unit 1)"
    QString summary() const
    {
        QString reasons;
        for (int i = 0; i < kRejectReasonCount; ++i)
            if (rejected[std::size_t(i)] > 0)
                reasons += (reasons.isEmpty() ? QString() : QStringLiteral(", "))
                           + QStringLiteral("%1 %2").arg(reasonName(RejectReason(i))).arg(rejected[std::size_t(i)]);
        return QStringLiteral("stored %1, rejected %2%3").arg(stored).arg(rejectedTotal())
            .arg(reasons.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(reasons));
    }
};

} // namespace ct::sensors
