// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include <cmath>
#include <cstdint>
#include <random>

namespace ct::citygen {

/// \brief A seeded random stream with its own distributions.
///
/// std::mt19937_64's output is fixed by the C++ standard, but std::uniform_real_distribution and
/// friends are not, so the same seed would give different cities with another standard library.
/// Each generation stage creates its own stream from (seed, stage salt) so that changing one stage
/// does not shift the others.
class Random
{
public:
    Random(std::uint64_t seed, std::uint64_t salt) : m_engine(mix(seed * 0x9E3779B97F4A7C15ull ^ mix(salt))) {}

    //! Uniform in [0, 1).
    double uniform() { return double(m_engine() >> 11) * 0x1.0p-53; }
    //! Uniform in [lo, hi).
    double uniform(double lo, double hi) { return lo + (hi - lo) * uniform(); }
    //! Uniform integer in [lo, hi] (inclusive).
    int uniformInt(int lo, int hi)
    {
        if (hi <= lo)
            return lo;
        const auto span = std::uint64_t(hi - lo) + 1;
        return lo + int(m_engine() % span);
    }
    //! True with probability p.
    bool chance(double p) { return uniform() < p; }
    //! Standard normal by Box–Muller (no cached second value, so the stream stays simple).
    double normal()
    {
        const double u1 = 1.0 - uniform();  // (0, 1]
        const double u2 = uniform();
        return std::sqrt(-2.0 * std::log(u1)) * std::cos(2.0 * 3.14159265358979323846 * u2);
    }
    double normal(double mean, double sigma) { return mean + sigma * normal(); }

    //! SplitMix64 finaliser, also used to hash ids into stable pseudo-random numbers.
    static std::uint64_t mix(std::uint64_t z)
    {
        z += 0x9E3779B97F4A7C15ull;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
        return z ^ (z >> 31);
    }

private:
    std::mt19937_64 m_engine;
};

/// Salts of the stage streams; never renumber (it would change every city).
namespace salt {
inline constexpr std::uint64_t kBoundary = 1;
inline constexpr std::uint64_t kRivers = 2;
inline constexpr std::uint64_t kRoads = 3;
inline constexpr std::uint64_t kFacilities = 4;
inline constexpr std::uint64_t kBuildings = 5;
inline constexpr std::uint64_t kTransit = 6;
inline constexpr std::uint64_t kSensors = 7;
inline constexpr std::uint64_t kPlaces = 8;
} // namespace salt

} // namespace ct::citygen
