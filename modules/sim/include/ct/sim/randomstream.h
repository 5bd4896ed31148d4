// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include <QString>

#include <cstdint>

namespace ct::sim {

/// \brief A seeded random stream (xoshiro256**) with its own distributions.
///
/// The standard library's distributions are implementation-defined (libstdc++ and libc++ draw
/// different normals from the same engine), so a run would not be reproducible across
/// toolchains; every distribution here is written out. Each model derives its stream from the
/// run seed and its own name (derive()), so adding a model never shifts another model's numbers.
class RandomStream
{
public:
    explicit RandomStream(std::uint64_t seed = 1);
    //! The stream of `name` under run seed `seed` (FNV-1a of the UTF-8 name mixed into the seed).
    static RandomStream derive(std::uint64_t seed, const QString &name);

    //! Next raw 64 bits.
    std::uint64_t next();
    //! Uniform in [0, 1), 53 bits.
    double uniform();
    //! Uniform in [low, high).
    double uniform(double low, double high) { return low + (high - low) * uniform(); }
    //! Uniform integer in [0, bound) without modulo bias; 0 when bound is 0.
    std::uint64_t below(std::uint64_t bound);
    //! True with probability p.
    bool bernoulli(double p) { return uniform() < p; }
    //! Standard normal by Box–Muller (the second value is cached).
    double normal();
    double normal(double mean, double sd) { return mean + sd * normal(); }
    //! Exponential with the given mean.
    double exponential(double mean);
    //! Rayleigh with the given mean (σ = mean / √(π/2)); the classic evacuation departure curve.
    double rayleigh(double mean);

private:
    std::uint64_t m_s[4];
    double m_spare = 0.0;
    bool m_hasSpare = false;
};

} // namespace ct::sim
