// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

namespace ct::sensors {

/// \brief The panel's C++ types for QML under the module CityTwin.Sensors 1.0: SensorPanel
/// (creatable) and the list models it hands out (not creatable).
class SensorsQmlTypes
{
public:
    //! Idempotent; the plugin calls it from initialise(), the GUI tests from their setup.
    static void registerTypes();
};

} // namespace ct::sensors
