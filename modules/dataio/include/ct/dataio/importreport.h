// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include "ct/dataio/sourceformat.h"

#include <QJsonObject>
#include <QStringList>
#include <QString>

#include <vector>

namespace ct::dataio {

/// \brief One row (feature, line) left out of an import, with the reason.
struct SkippedRow
{
    QString where;   //!< "shelters.csv:12", "tran.gml:feature tran_dde0…"
    QString reason;
};

/// \brief Counts for one twin layer written by an import.
struct LayerCount
{
    QString layer;
    qint64 imported = 0;  //!< new features
    qint64 updated = 0;   //!< features whose stable id already existed
};

/// \brief What one import of one file did: shown to the user, printed by `--json`, stored as the
/// `after` of the audit row.
struct ImportReport
{
    QString file;
    SourceFormat format = SourceFormat::Unknown;
    QString encoding;                 //!< text encoding used for CSV sources
    std::vector<LayerCount> layers;   //!< in the order first written
    std::vector<SkippedRow> skippedRows;
    QStringList warnings;             //!< things that worked but the user should know (a layer without stable ids …)
    QString error;                    //!< empty on success; the import was rolled back otherwise

    qint64 imported() const;
    qint64 updated() const;
    qint64 skipped() const { return qint64(skippedRows.size()); }
    /// The main layer: the first one written ("" when nothing was written).
    QString layer() const { return layers.empty() ? QString() : layers.front().layer; }
    /// Counts of `name`, created on first use.
    LayerCount &layerCount(const QString &name);

    /// {"file","format","layer","layers":[…],"imported","updated","skipped","skippedRows":[{"where","reason"}],
    ///  "encoding","warnings":[…],"error": null|"…"}
    QJsonObject toJson() const;
};

} // namespace ct::dataio
