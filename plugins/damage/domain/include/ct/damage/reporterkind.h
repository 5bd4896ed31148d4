// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include <QString>

#include <vector>

namespace ct::damage {

/// \brief Who reported the damage. A resident's report is entered by an operator on their
/// behalf; the operator who entered it is recorded separately (DamageReport::enteredBy).
enum class ReporterKind { Staff, Resident, Other };

const std::vector<ReporterKind> &allReporterKinds();
/// Stored name: staff, resident, other.
QString reporterKindName(ReporterKind kind);
bool reporterKindFromName(const QString &name, ReporterKind *kind);
/// Translated label (context "ReporterKind").
QString reporterKindLabel(ReporterKind kind);

} // namespace ct::damage
