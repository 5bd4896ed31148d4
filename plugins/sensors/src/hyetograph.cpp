// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "hyetograph.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <algorithm>
#include <cmath>
#include <limits>

namespace ct::sensors {

namespace {
constexpr double kMaxIntensity = 500.0; // mm/h: beyond any recorded rainfall (world record ≈ 300 mm/h)
constexpr sim::SimTime kNever = std::numeric_limits<sim::SimTime>::max() / 4;
}

Hyetograph::Hyetograph(sim::SimTime step, std::vector<double> mmPerHour, sim::SimTime offset)
    : m_step(std::max<sim::SimTime>(step, 1)), m_offset(offset), m_values(std::move(mmPerHour))
{
}

Hyetograph Hyetograph::constant(double mmPerHour, sim::SimTime offset)
{
    Hyetograph h(sim::kHour, {mmPerHour}, offset);
    h.m_constant = true;
    return h;
}

double Hyetograph::intensityAt(sim::SimTime t) const
{
    if (m_values.empty() || t < m_offset)
        return 0.0;
    if (m_constant)
        return m_values.front();
    const sim::SimTime index = (t - m_offset) / m_step;
    return index < sim::SimTime(m_values.size()) ? m_values[std::size_t(index)] : 0.0;
}

sim::SimTime Hyetograph::nextChange(sim::SimTime t) const
{
    if (m_values.empty())
        return kNever;
    if (t < m_offset)
        return m_offset;
    if (m_constant)
        return kNever;
    const sim::SimTime index = (t - m_offset) / m_step;
    if (index >= sim::SimTime(m_values.size()))
        return kNever;
    return m_offset + (index + 1) * m_step;
}

double Hyetograph::depthMm(sim::SimTime from, sim::SimTime to) const
{
    double depth = 0.0;
    for (sim::SimTime t = from; t < to;) {
        const sim::SimTime end = std::min(to, nextChange(t));
        depth += intensityAt(t) * double(end - t) / double(sim::kHour);
        t = end;
    }
    return depth;
}

double Hyetograph::peakMmPerHour() const
{
    return m_values.empty() ? 0.0 : *std::max_element(m_values.begin(), m_values.end());
}

double Hyetograph::totalMm() const
{
    if (m_constant)
        return 0.0;
    double sum = 0.0;
    for (double v : m_values)
        sum += v * double(m_step) / double(sim::kHour);
    return sum;
}

std::optional<Hyetograph> Hyetograph::fromJson(const QJsonValue &rain, sim::SimTime step, sim::SimTime offset, const QString &path,
                                               QList<core::Error> &errors)
{
    auto bad = [](double v) { return !std::isfinite(v) || v < 0.0 || v > kMaxIntensity; };
    const QString range = QCoreApplication::translate("Rainfall", "expected a rainfall intensity from 0 to %1 mm/h").arg(kMaxIntensity);
    if (rain.isDouble()) {
        if (bad(rain.toDouble())) {
            errors << core::Error::invalidInput(range, path);
            return std::nullopt;
        }
        return constant(rain.toDouble(), offset);
    }
    if (!rain.isArray()) {
        errors << core::Error::invalidInput(
            QCoreApplication::translate("Rainfall", "expected a list of rainfall intensities in mm/h, one per time step, or one number"), path);
        return std::nullopt;
    }
    const QJsonArray list = rain.toArray();
    if (list.isEmpty()) {
        errors << core::Error::invalidInput(QCoreApplication::translate("Rainfall", "the rainfall list is empty"), path);
        return std::nullopt;
    }
    std::vector<double> values;
    bool ok = true;
    for (int i = 0; i < list.size(); ++i) {
        if (!list[i].isDouble() || bad(list[i].toDouble())) {
            errors << core::Error::invalidInput(range, QStringLiteral("%1[%2]").arg(path).arg(i));
            ok = false;
            continue;
        }
        values.push_back(list[i].toDouble());
    }
    if (!ok)
        return std::nullopt;
    return Hyetograph(step, std::move(values), offset);
}

} // namespace ct::sensors
