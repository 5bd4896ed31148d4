// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include "ct/assets/assettype.h"
#include "ct/assets/grade.h"
#include "ct/core/result.h"

#include <array>
#include <vector>

namespace ct::store {
class TwinStore;
}

namespace ct::assets {

/// \brief A discrete-time Markov chain of condition grades per asset type: the probability that
/// an asset in grade g is in grade h one year later.
///
/// Assets only deteriorate on their own (h ≥ g); IV is absorbing (a failed asset stays failed
/// until an intervention). The defaults (defaults()) are one-step chains whose annual
/// probabilities of dropping one grade are
///
/// | type | I→II | II→III | III→IV | mean years from I to IV |
/// |---|---|---|---|---|
/// | bridge | 0.025 | 0.015 | 0.04 | 132 |
/// | pavement | 0.06 | 0.05 | 0.08 | 49 |
/// | water pipe | 0.02 | 0.012 | 0.04 | 158 |
/// | sewer pipe | 0.018 | 0.01 | 0.04 | 181 |
///
/// chosen so that a bridge of the 1970s build-out, kept in service by urgent repairs as
/// Japanese municipalities do, is about 30 % I, 50 % II, 10–15 % III today (MLIT's
/// first inspection cycle 2014–2018 for bridges, roughly: 40 % I, 50 % II, 10 % III, 0.1 % IV),
/// that III → IV is the fastest step (a damaged member deteriorates quickly), and that pavement
/// wears about three times faster than structures. Any row may be replaced (setRow()); the twin keeps the model in
/// `asset_transition` (read(), write()).
class DeteriorationModel
{
public:
    using Matrix = std::array<GradeVector, kGradeCount>;

    //! The documented defaults above.
    static DeteriorationModel defaults();
    //! One-step chain: drop one grade with probabilities {I→II, II→III, III→IV}.
    static Matrix oneStep(double fromI, double fromII, double fromIII);

    /// Replaces the annual transition row of `from` for `type`. Refused (model unchanged) when a
    /// probability is outside [0, 1], the row does not sum to 1 (±1e-9), a row moves to a better
    /// grade, or row IV is not "stays IV".
    core::Status setRow(AssetType type, Grade from, const GradeVector &row);
    //! Replaces the whole matrix of `type` (every row checked as in setRow()).
    core::Status setMatrix(AssetType type, const Matrix &matrix);
    const Matrix &matrix(AssetType type) const { return m_matrices[std::size_t(type)]; }
    double probability(AssetType type, Grade from, Grade to) const;

    //! The distribution one year after `distribution`.
    GradeVector step(AssetType type, const GradeVector &distribution) const;
    //! The distribution `years` after `initial` (P^years applied; years = 0 returns `initial`).
    GradeVector distributionAfter(AssetType type, const GradeVector &initial, int years) const;
    //! The expected distribution of year 0 … `years` (years + 1 vectors).
    std::vector<GradeVector> trajectory(AssetType type, const GradeVector &initial, int years) const;
    /// Probability that an asset now in `grade` is in IV (has failed) within `years` years; IV
    /// being absorbing, this is P^years[grade][IV]. 1 for an asset already in IV.
    double failureProbability(AssetType type, Grade grade, int years) const;
    /// The grade one year after `from` for a uniform draw `u` in [0, 1): the first grade whose
    /// cumulative probability exceeds u. The same u always gives the same grade.
    Grade sample(AssetType type, Grade from, double u) const;

    //! The model kept in the twin's `asset_transition` (the defaults for types without rows).
    static core::Result<DeteriorationModel> read(const store::TwinStore &twin);
    //! Writes every row into `asset_transition` (inside the caller's transaction).
    core::Status write(store::TwinStore &twin) const;

    //! A delta distribution: probability 1 at `grade`.
    static GradeVector certain(Grade grade);

    friend bool operator==(const DeteriorationModel &, const DeteriorationModel &) = default;

private:
    std::array<Matrix, kAssetTypeCount> m_matrices{};
};

} // namespace ct::assets
