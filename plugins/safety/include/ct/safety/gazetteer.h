// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include "ct/core/result.h"
#include "ct/geo/point.h"

#include <QHash>
#include <QString>

#include <optional>

namespace ct::store {
class TwinStore;
}

namespace ct::safety {

/// \brief Place names of the twin → positions, for alerts given by address and for the police
/// open data, whose locations are 町丁目 (town and block) names rather than coordinates.
///
/// Names come from the twin's schools and police boxes and from the named neighbourhoods among
/// the subscription areas (their centre). Lookup normalises the text (NFKC, so full-width digits
/// match; kanji numerals before 丁目; no spaces; no 茨城県/つくば市 prefix) and falls back from
/// "竹園1丁目2番" to "竹園1丁目" to "竹園"; such a match is reported as not exact.
class Gazetteer
{
public:
    struct Match
    {
        QString name;       //!< the gazetteer entry that matched
        geo::Point point;   //!< EPSG:6677
        bool exact = true;  //!< false when only a coarser part of the text matched
    };

    /// Reads the names of `schools`, `police_boxes` and the neighbourhood subscription areas
    /// (whichever exist).
    static core::Result<Gazetteer> fromTwin(const store::TwinStore &twin);

    /// Adds (or replaces) one name.
    void add(const QString &name, geo::Point point);
    std::optional<Match> find(const QString &text) const;
    int size() const { return int(m_entries.size()); }

    /// The form names are compared in.
    static QString normalise(const QString &text);

private:
    struct Entry
    {
        QString name;
        geo::Point point;
    };
    QHash<QString, Entry> m_entries;
};

} // namespace ct::safety
