// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include "ct/sim/featurestyle.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <vector>

namespace ct::sim {

/// \brief The state of some features of one twin layer at one instant: a few numeric and text
/// attributes per feature id (shelters: occupancy, capacity, load, status), and how the map
/// should draw them.
///
/// Produced by a simulation model into each Snapshot (Model::contribute), recorded with the run's
/// samples and restored by replay; produced from the live tables by a plugin's
/// FeatureStateSource. The view restyles the layer's symbols from it and never reads anything
/// else, so every layer shows the state at the timeline's time.
///
/// Values are stored row by row: numbers[row * numberNames.size() + column].
struct FeatureState
{
    QString layer;                  //!< the twin table, e.g. "shelters"
    std::vector<qint64> fids;       //!< one row per feature
    QStringList numberNames;
    std::vector<double> numbers;
    QStringList textNames;
    QStringList texts;
    FeatureStyle style;

    std::size_t size() const { return fids.size(); }
    //! Appends a feature; `numberValues` and `textValues` in the order of the names.
    void append(qint64 fid, const std::vector<double> &numberValues, const QStringList &textValues = {});
    //! Row of `fid`, or -1.
    int row(qint64 fid) const;
    //! Column of a numeric / text attribute, or -1.
    int numberColumn(const QString &name) const { return int(numberNames.indexOf(name)); }
    int textColumn(const QString &name) const { return int(textNames.indexOf(name)); }
    double number(std::size_t row, int column) const
    {
        return numbers[row * std::size_t(numberNames.size()) + std::size_t(column)];
    }
    QString text(std::size_t row, int column) const
    {
        return texts[qsizetype(row * std::size_t(textNames.size()) + std::size_t(column))];
    }

    /// Everything but the fids and numbers (names, texts, style), for the run record; the fids
    /// and numbers are stored bit for bit beside it.
    QJsonObject describe() const;
    //! Rebuilds a state from describe() and the stored fids and numbers.
    static FeatureState restore(const QString &layer, const QJsonObject &description, std::vector<qint64> fids,
                                std::vector<double> numbers);

    friend bool operator==(const FeatureState &, const FeatureState &) = default;
};

} // namespace ct::sim
