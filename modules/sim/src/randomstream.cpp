// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "ct/sim/randomstream.h"

#include <cmath>
#include <numbers>

namespace ct::sim {

namespace {

std::uint64_t splitmix64(std::uint64_t &state)
{
    std::uint64_t z = (state += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
}

std::uint64_t rotl(std::uint64_t x, int k)
{
    return (x << k) | (x >> (64 - k));
}

} // namespace

RandomStream::RandomStream(std::uint64_t seed)
{
    std::uint64_t state = seed;
    for (auto &s : m_s)
        s = splitmix64(state);
}

RandomStream RandomStream::derive(std::uint64_t seed, const QString &name)
{
    std::uint64_t hash = 0xcbf29ce484222325ull;
    for (char c : name.toUtf8()) {
        hash ^= std::uint8_t(c);
        hash *= 0x100000001b3ull;
    }
    std::uint64_t mixed = seed ^ hash;
    return RandomStream(splitmix64(mixed));
}

std::uint64_t RandomStream::next()
{
    const std::uint64_t result = rotl(m_s[1] * 5, 7) * 9;
    const std::uint64_t t = m_s[1] << 17;
    m_s[2] ^= m_s[0];
    m_s[3] ^= m_s[1];
    m_s[1] ^= m_s[2];
    m_s[0] ^= m_s[3];
    m_s[2] ^= t;
    m_s[3] = rotl(m_s[3], 45);
    return result;
}

double RandomStream::uniform()
{
    return double(next() >> 11) * 0x1.0p-53;
}

std::uint64_t RandomStream::below(std::uint64_t bound)
{
    if (bound == 0)
        return 0;
    // Lemire's rejection on the high product is overkill here; plain rejection of the biased tail.
    const std::uint64_t limit = ~std::uint64_t(0) - (~std::uint64_t(0) % bound);
    std::uint64_t x;
    do {
        x = next();
    } while (x >= limit);
    return x % bound;
}

double RandomStream::normal()
{
    if (m_hasSpare) {
        m_hasSpare = false;
        return m_spare;
    }
    double u1;
    do {
        u1 = uniform();
    } while (u1 <= 0.0);
    const double u2 = uniform();
    const double r = std::sqrt(-2.0 * std::log(u1));
    const double theta = 2.0 * std::numbers::pi * u2;
    m_spare = r * std::sin(theta);
    m_hasSpare = true;
    return r * std::cos(theta);
}

double RandomStream::exponential(double mean)
{
    return -mean * std::log1p(-uniform());
}

double RandomStream::rayleigh(double mean)
{
    const double sigma = mean / std::sqrt(std::numbers::pi / 2.0);
    return sigma * std::sqrt(-2.0 * std::log1p(-uniform()));
}

} // namespace ct::sim
