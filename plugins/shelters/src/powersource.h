// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include <QString>

#include <array>
#include <optional>

namespace ct::shelters {

/// \brief Where a shelter's electricity comes from now (`shelter_status.power`).
enum class PowerSource { Grid, None, FuelCellBus, Generator };

/// \brief Names and titles of the power sources.
class PowerSources
{
public:
    static constexpr std::array<PowerSource, 4> kAll{PowerSource::Grid, PowerSource::None, PowerSource::FuelCellBus,
                                                     PowerSource::Generator};
    //! Stored name: "grid", "none", "fuel_cell_bus", "generator".
    static QString name(PowerSource source);
    static std::optional<PowerSource> fromName(const QString &name);
    static QString title(PowerSource source);
};

} // namespace ct::shelters
