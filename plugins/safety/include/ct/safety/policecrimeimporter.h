// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include "ct/core/actor.h"
#include "ct/pluginapi/importer.h"
#include "ct/safety/category.h"

#include <QDateTime>
#include <functional>

namespace ct::safety {

/// \brief Reads the national police crime open data (都道府県警察 犯罪発生情報 CSV, UTF-8 or
/// Shift_JIS) into safety alerts, through GDAL's CSV driver.
///
/// Required columns: 罪名, 手口, 市区町村コード（発生地）, 市区町村（発生地）, 町丁目（発生地）,
/// 発生年月日（始期）; also read when present: 発生時（始期）, 管轄警察署（発生地）,
/// 管轄交番・駐在所（発生地）, 発生場所, 発生場所の詳細, 被害者の年齢 (personal data, stored apart).
/// - Place: the 町丁目 is looked up in the twin's gazetteer (neighbourhood subscription areas,
///   schools, police boxes); "竹園１丁目" falls back to "竹園" when only that is known (counted as
///   approximate). Rows of another municipality, unknown 町丁目, or places outside the boundary are
///   skipped, each with "file:line: reason".
/// - Time: the day in JST, the hour when 発生時 gives one (HH:00–HH:59), else the whole day; no
///   date or a future date skips the row.
/// - Category: from 罪名 and 手口 (声かけ, つきまとい, 痴漢/わいせつ, 公然わいせつ, 盗撮, 暴行/傷害/強盗;
///   anything else is "other" with the offence kept in the description).
/// - Stored as closed historical alerts (origin "police-open-data"); a row imported again (same
///   offence, method, place, date and hour) updates its alert instead of adding one.
/// Structural problems (not a CSV, a missing column, broken encoding) refuse the whole file.
class PoliceCrimeImporter : public plugin::Importer
{
public:
    using Clock = std::function<QDateTime()>;
    /// Tsukuba (茨城県つくば市); the twin's metadata "safety.municipality_code" overrides it.
    static constexpr const char *kDefaultMunicipalityCode = "08220";

    explicit PoliceCrimeImporter(Clock clock = {});

    QString id() const override { return QStringLiteral("safety.police-crime-csv"); }
    QString title() const override;
    int confidence(const QString &path) const override;
    /// Imports inside the caller's transaction (the console's "layer.import").
    core::Result<plugin::ImportSummary> import(store::TwinStore &store, const QString &path) override;
    /// Police liaison and administrators (not every role with "layer.import").
    QString action() const override { return QStringLiteral("safety.crime-data.import"); }
    /// The same as one action of `actor` ("safety.crime-data.import": police, administrators).
    core::Result<plugin::ImportSummary> importAs(store::TwinStore &store, const core::Actor &actor, const QString &path);

    /// The category of an offence (罪名) and method (手口).
    static Category categoryFor(const QString &offence, const QString &method);

private:
    Clock m_clock;
};

} // namespace ct::safety
