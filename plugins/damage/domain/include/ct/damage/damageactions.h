// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include <QString>

namespace ct::damage {

/// \brief The actions of the damage component as TwinStore::perform() and `ct_permission` name
/// them, and the audit targets.
struct DamageActions
{
    static QString report() { return QStringLiteral("damage.report"); }   //!< enter a new report
    static QString triage() { return QStringLiteral("damage.triage"); }   //!< verify, assign, mark duplicate
    static QString resolve() { return QStringLiteral("damage.resolve"); } //!< close a report as dealt with
    //! Audit target of a report: "damage_report/<fid>"; a new report's is "damage_report".
    static QString target(qint64 fid) { return QStringLiteral("damage_report/%1").arg(fid); }
    //! `road_closure.source` of the roads a report closed: "damage:<fid>".
    static QString closureSource(qint64 fid) { return QStringLiteral("damage:%1").arg(fid); }
};

} // namespace ct::damage
