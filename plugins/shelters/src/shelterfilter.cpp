// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "shelterfilter.h"

namespace ct::shelters {

bool ShelterFilter::needsAttention(const ShelterRecord &r)
{
    return r.unacknowledgedRequests > 0 || (ShelterLifecycle::isActive(r.status) && r.hasShortage()) || r.hasNoPower()
        || r.congestion.isOverCapacity();
}

bool ShelterFilter::matches(const ShelterRecord &r) const
{
    if (!statuses.isEmpty() && !statuses.contains(ShelterLifecycle::name(r.status)))
        return false;
    if (!congestionLevels.isEmpty() && !congestionLevels.contains(int(r.congestion.level())))
        return false;
    if (!powers.isEmpty() && !powers.contains(PowerSources::name(r.power)))
        return false;
    if (!hazard.isEmpty() && !r.isSuitableFor(hazard))
        return false;
    if (attentionOnly && !needsAttention(r))
        return false;
    if (!text.isEmpty()) {
        const QString needle = text.trimmed();
        if (!needle.isEmpty() && !r.name.contains(needle, Qt::CaseInsensitive) && !r.nameEn.contains(needle, Qt::CaseInsensitive)
            && !r.address.contains(needle, Qt::CaseInsensitive) && !r.sourceId.contains(needle, Qt::CaseInsensitive))
            return false;
    }
    return true;
}

} // namespace ct::shelters
