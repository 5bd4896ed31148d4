// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

namespace ct::routing {

/// \brief Which way a one-to-many search runs.
///
/// Forward: travel *from* the sources to every node (the reach of a fire station).
/// Backward: travel from every node *to* the sources, along the backward adjacency (an evacuee
/// walking to the nearest shelter); on one-way roads the two differ.
enum class Direction { Forward, Backward };

} // namespace ct::routing
