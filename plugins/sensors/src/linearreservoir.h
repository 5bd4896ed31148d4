// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

namespace ct::sensors {

/// \brief Rainfall → discharge of one river catchment: effective rainfall through a runoff
/// coefficient, routed through a single linear reservoir, on top of a constant base flow.
///
/// The direct runoff Qd (m³/s) obeys k·dQd/dt = C·i·A/3.6 − Qd (i in mm/h, A in km², 3.6 turns
/// mm/h·km² into m³/s), i.e. storage S = k·Qd. For an intensity held constant over Δt the exact
/// solution is Qd(t+Δt) = R + (Qd(t) − R)·e^(−Δt/k) with R = C·i·A/3.6, so advance() is exact for
/// piecewise-constant rainfall whatever the step; from rest under constant rain
/// Qd(t) = C·i·A/3.6·(1 − e^(−t/k)). Discharge = base flow + Qd.
class LinearReservoir
{
public:
    LinearReservoir() = default;
    /// `storageSeconds` is the reservoir constant k (> 0), `baseFlow` in m³/s.
    LinearReservoir(double areaKm2, double runoffCoefficient, double storageSeconds, double baseFlow);

    //! Moves on by `seconds` under a constant rainfall intensity (mm/h).
    void advance(double seconds, double intensityMmPerHour);
    //! Base flow plus direct runoff (m³/s).
    double discharge() const { return m_baseFlow + m_direct; }
    double directRunoff() const { return m_direct; }

    double areaKm2() const { return m_area; }
    double runoffCoefficient() const { return m_coefficient; }
    double storageSeconds() const { return m_storage; }
    double baseFlow() const { return m_baseFlow; }

    //! The equilibrium direct runoff of a steady intensity: C·i·A/3.6 (m³/s).
    static double equilibrium(double intensityMmPerHour, double areaKm2, double runoffCoefficient);
    //! Discharge `seconds` after constant rain starts on a catchment at base flow (the analytic solution).
    static double constantRainDischarge(double intensityMmPerHour, double areaKm2, double runoffCoefficient, double storageSeconds,
                                        double baseFlow, double seconds);
    /// The default reservoir constant of a catchment (hours): 0.35·A^0.4 (A in km²) — about half an
    /// hour for a 3 km² brook, 2.6 h for 150 km², 4.8 h for the 700 km² of the 小貝川 at Tsukuba; the
    /// usual power-law growth of a catchment's lag time with its area.
    static double defaultStorageHours(double areaKm2);

private:
    double m_area = 0.0;
    double m_coefficient = 0.0;
    double m_storage = 3600.0;
    double m_baseFlow = 0.0;
    double m_direct = 0.0;
};

} // namespace ct::sensors
