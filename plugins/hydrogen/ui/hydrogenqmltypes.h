// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

namespace ct::hydrogen {

/// \brief The panel's C++ types for QML, under the module CityTwin.Hydrogen 1.0:
/// PowerDispatchController (creatable).
class HydrogenQmlTypes
{
public:
    //! Idempotent; the plugin calls it from initialise(), the GUI tests from their setup.
    static void registerTypes();
};

} // namespace ct::hydrogen
