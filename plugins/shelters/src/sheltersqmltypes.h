// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

namespace ct::shelters {

/// \brief The panel's C++ types for QML, under the module CityTwin.Shelters 1.0: ShelterDashboard
/// (creatable) and the list models it hands out (not creatable).
class SheltersQmlTypes
{
public:
    //! Idempotent; the plugin calls it from initialise(), the GUI tests from their setup.
    static void registerTypes();
};

} // namespace ct::shelters
