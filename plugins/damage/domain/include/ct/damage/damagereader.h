// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include "ct/core/result.h"
#include "ct/damage/damagereport.h"
#include "ct/damage/triagestep.h"
#include "ct/routing/roadclosure.h"

#include <QByteArray>
#include <QDateTime>

#include <vector>

namespace ct::store {
class TwinStore;
}

namespace ct::damage {

/// \brief Read-only access to the damage part of a twin: reports, photos, triage steps and the
/// closures reports caused. Never writes, so the situation report and read-only twins use it.
class DamageReader
{
public:
    explicit DamageReader(const store::TwinStore &store) : m_store(store) {}

    /// Whether the twin has the damage schema (the plugin's migration has run).
    bool hasSchema() const;
    core::Result<DamageReport> report(qint64 fid) const;
    /// Every report, by fid.
    core::Result<std::vector<DamageReport>> reports() const;
    /// The photo's bytes (empty when the report has none).
    core::Result<QByteArray> photo(qint64 fid) const;
    /// The report's steps through the queue, oldest first.
    core::Result<std::vector<TriageStep>> steps(qint64 fid) const;
    /// Every step of every report taken at or before `until`, oldest first.
    core::Result<std::vector<TriageStep>> allSteps(const QDateTime &until) const;
    /// Road closures the report caused, active or ended, oldest first.
    core::Result<std::vector<routing::RoadClosure>> closures(qint64 fid) const;

private:
    core::Result<std::vector<DamageReport>> query(qint64 fid) const;
    core::Result<std::vector<TriageStep>> stepQuery(const char *sql, qint64 fid, const QString &until) const;
    const store::TwinStore &m_store;
};

} // namespace ct::damage
