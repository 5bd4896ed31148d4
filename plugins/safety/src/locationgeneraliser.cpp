// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "ct/safety/locationgeneraliser.h"

#include <cmath>

namespace ct::safety {

geo::Point LocationGeneraliser::generalise(geo::Point exact)
{
    return {std::floor(exact.x / kCellMetres) * kCellMetres + kCellMetres / 2.0,
            std::floor(exact.y / kCellMetres) * kCellMetres + kCellMetres / 2.0};
}

} // namespace ct::safety
