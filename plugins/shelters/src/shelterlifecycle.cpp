// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "shelterlifecycle.h"

#include <QCoreApplication>

namespace ct::shelters {

using core::Error;

bool ShelterLifecycle::isAllowed(ShelterStatus from, ShelterStatus to)
{
    using S = ShelterStatus;
    switch (from) {
    case S::Closed:
        return to == S::Opening;
    case S::Opening:
        return to == S::Open || to == S::Closing;
    case S::Open:
        return to == S::Full || to == S::Closing;
    case S::Full:
        return to == S::Open || to == S::Closing;
    case S::Closing:
        return to == S::Closed;
    }
    return false;
}

core::Status ShelterLifecycle::check(ShelterStatus from, ShelterStatus to, int occupancy)
{
    if (from == to)
        return Error::refused(QCoreApplication::translate("Shelters", "the shelter is already %1").arg(title(to)));
    if (!isAllowed(from, to)) {
        return Error::refused(QCoreApplication::translate("Shelters", "a shelter cannot go from %1 to %2")
                                  .arg(title(from), title(to)));
    }
    if (to == ShelterStatus::Closed && occupancy > 0) {
        return Error::refused(QCoreApplication::translate("Shelters", "%n evacuee(s) still inside: check them out before closing",
                                                          nullptr, occupancy));
    }
    return {};
}

QString ShelterLifecycle::name(ShelterStatus status)
{
    switch (status) {
    case ShelterStatus::Closed:
        return QStringLiteral("closed");
    case ShelterStatus::Opening:
        return QStringLiteral("opening");
    case ShelterStatus::Open:
        return QStringLiteral("open");
    case ShelterStatus::Full:
        return QStringLiteral("full");
    case ShelterStatus::Closing:
        return QStringLiteral("closing");
    }
    return {};
}

std::optional<ShelterStatus> ShelterLifecycle::fromName(const QString &name)
{
    for (ShelterStatus s : kStatuses) {
        if (ShelterLifecycle::name(s) == name)
            return s;
    }
    return std::nullopt;
}

QString ShelterLifecycle::title(ShelterStatus status)
{
    switch (status) {
    case ShelterStatus::Closed:
        return QCoreApplication::translate("Shelters", "closed");
    case ShelterStatus::Opening:
        return QCoreApplication::translate("Shelters", "opening");
    case ShelterStatus::Open:
        return QCoreApplication::translate("Shelters", "open");
    case ShelterStatus::Full:
        return QCoreApplication::translate("Shelters", "full");
    case ShelterStatus::Closing:
        return QCoreApplication::translate("Shelters", "closing");
    }
    return {};
}

bool ShelterLifecycle::admitsEvacuees(ShelterStatus status)
{
    return status == ShelterStatus::Opening || status == ShelterStatus::Open || status == ShelterStatus::Full;
}

} // namespace ct::shelters
