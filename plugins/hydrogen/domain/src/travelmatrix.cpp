// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "ct/hydrogen/travelmatrix.h"

namespace ct::hydrogen {

TravelMatrix::TravelMatrix(int sites)
    : m_sites(sites),
      m_seconds(std::size_t(sites) * std::size_t(sites), kUnreachable),
      m_kilometres(std::size_t(sites) * std::size_t(sites), kUnreachable)
{
    for (int i = 0; i < sites; ++i)
        set(i, i, 0.0, 0.0);
}

void TravelMatrix::set(int from, int to, double seconds, double kilometres)
{
    m_seconds[index(from, to)] = seconds;
    m_kilometres[index(from, to)] = kilometres;
}

} // namespace ct::hydrogen
