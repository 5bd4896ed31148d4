// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include "ct/geo/geometry.h"
#include "ct/pluginapi/layerdescriptor.h"

#include <vector>

namespace ct::ui {

/// The city's base layers, owned by no plugin: boundary, water, roads, buildings, …
std::vector<plugin::LayerDescriptor> coreLayerDescriptors();

/// A plain style for a layer no one describes (an imported generic layer), by geometry type.
plugin::LayerDescriptor defaultDescriptor(const QString &table, const QString &title, geo::GeometryType type);

} // namespace ct::ui
