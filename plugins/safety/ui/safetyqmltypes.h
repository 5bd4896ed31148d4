// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

namespace ct::safety {

/// Registers the panel's C++ types under the QML module CityTwin.Safety 1.0 (the plugin at
/// initialisation; the GUI test before loading the panel).
void registerSafetyQmlTypes();

} // namespace ct::safety
