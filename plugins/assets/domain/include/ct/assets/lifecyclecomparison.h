// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include "ct/assets/asset.h"
#include "ct/assets/deteriorationmodel.h"
#include "ct/assets/interventioncatalog.h"

#include <vector>

namespace ct::assets {

/// \brief Expected life-cycle cost of two policies over many years, from the Markov chain (no
/// sampling: exact expected values, so a small case can be checked by hand).
///
/// Each year: inspect and act on the grade distribution at the start of the year, then
/// deteriorate one year (DeteriorationModel::step).
/// - **Preventive**: II → preventive repair, III → renewal, IV → replacement (at the normal price,
///   plus the consequence: the asset did fail); every asset acted on is back in I.
/// - **Reactive**: nothing until IV; then replacement × emergency premium + the consequence of
///   the failure; back in I.
/// Costs of year t (1-based) are discounted by (1 + rate)^(t − 1).
class LifeCycleComparison
{
public:
    struct Result
    {
        std::vector<double> preventiveCumulative; //!< million yen at the end of year 1 … N
        std::vector<double> reactiveCumulative;
        double preventiveFailures = 0.0;          //!< expected number of failures over N years
        double reactiveFailures = 0.0;
        double preventiveTotal() const { return preventiveCumulative.empty() ? 0.0 : preventiveCumulative.back(); }
        double reactiveTotal() const { return reactiveCumulative.empty() ? 0.0 : reactiveCumulative.back(); }
    };

    LifeCycleComparison(DeteriorationModel model, InterventionCatalog catalog);

    //! One asset from its current grade.
    Result compare(const Asset &asset, int years, double discountRate = 0.0) const;
    //! The whole inventory (sums of the assets' expected costs).
    Result compare(const std::vector<Asset> &assets, int years, double discountRate = 0.0) const;

private:
    DeteriorationModel m_model;
    InterventionCatalog m_catalog;
};

} // namespace ct::assets
