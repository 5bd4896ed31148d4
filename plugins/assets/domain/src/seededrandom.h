// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include <cmath>
#include <cstdint>

namespace ct::assets::detail {

/// \brief A small splitmix64 stream: the same seed gives the same numbers on every platform
/// (unlike the std distributions, whose algorithms are the library's choice).
class SeededRandom
{
public:
    explicit SeededRandom(std::uint64_t seed) : m_state(seed) {}
    SeededRandom(std::uint64_t seed, std::uint64_t a, std::uint64_t b) : m_state(seed)
    {
        m_state = next() ^ (a * 0x9e3779b97f4a7c15ULL);
        m_state = next() ^ (b * 0xc2b2ae3d27d4eb4fULL);
        next();
    }

    std::uint64_t next()
    {
        std::uint64_t z = (m_state += 0x9e3779b97f4a7c15ULL);
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
        return z ^ (z >> 31);
    }
    //! Uniform in [0, 1).
    double uniform() { return double(next() >> 11) * (1.0 / 9007199254740992.0); }
    //! Normal by Box–Muller.
    double normal(double mean, double sd)
    {
        const double u1 = 1.0 - uniform(); // (0, 1]
        const double u2 = uniform();
        return mean + sd * std::sqrt(-2.0 * std::log(u1)) * std::cos(6.283185307179586 * u2);
    }
    //! Integer in [from, to].
    int between(int from, int to) { return from + int(uniform() * double(to - from + 1)); }

private:
    std::uint64_t m_state;
};

} // namespace ct::assets::detail
