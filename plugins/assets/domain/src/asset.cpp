// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "ct/assets/asset.h"

namespace ct::assets {

double Asset::size() const
{
    return isPricedByArea(type) ? areaM2 : lengthM;
}

} // namespace ct::assets
