// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "ct/assets/lifecyclecomparison.h"

#include <cmath>

namespace ct::assets {

LifeCycleComparison::LifeCycleComparison(DeteriorationModel model, InterventionCatalog catalog)
    : m_model(std::move(model)), m_catalog(std::move(catalog))
{
}

LifeCycleComparison::Result LifeCycleComparison::compare(const Asset &asset, int years, double discountRate) const
{
    Result r;
    const double consequence = m_catalog.consequence(asset);
    const double preventive = m_catalog.cost(asset, Intervention::Preventive);
    const double renewal = m_catalog.cost(asset, Intervention::Renewal);
    const double replacement = m_catalog.cost(asset, Intervention::Replacement);
    const double emergency = replacement * m_catalog.emergencyPremium();
    constexpr std::size_t I = 0, II = 1, III = 2, IV = 3;

    GradeVector prevState = DeteriorationModel::certain(asset.grade);
    GradeVector reactState = prevState;
    double prevSum = 0.0, reactSum = 0.0;
    for (int t = 0; t < years; ++t) {
        const double discount = 1.0 / std::pow(1.0 + discountRate, double(t));
        // preventive: act on II, III and IV; all of them are back in I
        prevSum += discount * (prevState[II] * preventive + prevState[III] * renewal + prevState[IV] * (replacement + consequence));
        r.preventiveFailures += prevState[IV];
        prevState = {prevState[I] + prevState[II] + prevState[III] + prevState[IV], 0.0, 0.0, 0.0};
        prevState = m_model.step(asset.type, prevState);
        r.preventiveCumulative.push_back(prevSum);
        // reactive: only failures, at the emergency price and with their consequence
        reactSum += discount * reactState[IV] * (emergency + consequence);
        r.reactiveFailures += reactState[IV];
        reactState[I] += reactState[IV];
        reactState[IV] = 0.0;
        reactState = m_model.step(asset.type, reactState);
        r.reactiveCumulative.push_back(reactSum);
    }
    return r;
}

LifeCycleComparison::Result LifeCycleComparison::compare(const std::vector<Asset> &assets, int years, double discountRate) const
{
    Result total;
    total.preventiveCumulative.assign(std::size_t(std::max(0, years)), 0.0);
    total.reactiveCumulative.assign(std::size_t(std::max(0, years)), 0.0);
    for (const Asset &asset : assets) {
        const Result r = compare(asset, years, discountRate);
        for (std::size_t t = 0; t < r.preventiveCumulative.size(); ++t) {
            total.preventiveCumulative[t] += r.preventiveCumulative[t];
            total.reactiveCumulative[t] += r.reactiveCumulative[t];
        }
        total.preventiveFailures += r.preventiveFailures;
        total.reactiveFailures += r.reactiveFailures;
    }
    return total;
}

} // namespace ct::assets
