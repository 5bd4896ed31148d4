// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include "ct/store/migration.h"

#include <QString>

namespace ct::safety {

/// \brief The safety domain's own tables, their schema steps and their permission grants.
class SafetySchema
{
public:
    /// The component name in `ct_schema` (the plugin id).
    static QString component() { return QStringLiteral("safety"); }
    /// Forward steps: v1 alerts with personal data apart; v2 intake fields, lifecycle steps and
    /// the permission grants; further steps add areas, outbox and patrols.
    static store::MigrationList migrations();
    /// The pseudo-layer name of the alerts on the command line and in exports.
    static QString alertLayer() { return QStringLiteral("safety_alerts"); }
};

} // namespace ct::safety
