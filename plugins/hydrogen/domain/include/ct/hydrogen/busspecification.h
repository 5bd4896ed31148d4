// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

namespace ct::hydrogen {

/// \brief The figures of one fuel-cell bus model that power dispatch depends on.
///
/// Energies are "exportable kWh": electricity the bus can hand to a shelter. Driving is charged in
/// the same unit, so one number (energy left) says how much supply and how much driving remain.
struct BusSpecification
{
    double exportKw = 9.0;          //!< maximum external power output (kW)
    double tankKwh = 235.0;         //!< exportable energy of a full tank (kWh)
    double drivingKwhPerKm = 0.85;  //!< exportable energy one km of driving costs (kWh/km)
    double refuelMinutes = 20.0;    //!< at the station: coupling, filling to full, leaving (min)

    /// Toyota SORA (production fuel-cell bus, on sale in Japan since March 2018).
    ///
    /// - Export: "9 kW maximum output, and electricity supply of 235 kWh" through the external
    ///   power output device (Toyota press release "Toyota Launches Production Model 'Sora' FC
    ///   Bus", 28 March 2018). Those are exportKw and tankKwh.
    /// - Hydrogen: ten tanks, 600 L in total at 70 MPa (same press release), about 24 kg of H2 at
    ///   the density of hydrogen at 70 MPa and 15 °C (≈ 40 kg/m³).
    /// - Driving: Toyota publishes no consumption figure. Twelve-metre fuel-cell buses in European
    ///   service (JIVE project reports) use about 8–9 kg H2 per 100 km; with 8.5 kg/100 km a full
    ///   tank (24 kg) drives ≈ 280 km, i.e. 235 kWh / 280 km ≈ 0.85 exportable kWh per km. An
    ///   estimate, documented as such; operators can set their own figure.
    /// - Refuelling: a bus fills in about 10–15 minutes at a 70 MPa dispenser; 20 minutes
    ///   includes coupling and leaving the forecourt (estimate).
    static BusSpecification sora() { return {}; }
};

} // namespace ct::hydrogen
