// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "assetplancontroller.h"

#include "ct/assets/assetactions.h"
#include "ct/assets/assetinventory.h"
#include "ct/assets/assetschema.h"
#include "ct/assets/interventioncatalog.h"
#include "ct/assets/lifecyclecomparison.h"
#include "ct/assets/maintenanceplanner.h"
#include "ct/pluginapi/twinaccess.h"
#include "ct/store/twinstore.h"

#include <QDate>
#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>
#include <QLocale>

#include <algorithm>

namespace ct::assets {

AssetPlanController::AssetPlanController(QObject *parent) : QObject(parent), m_model(new AssetPlanModel(this))
{
    connect(&m_session, &plugin::TwinBinding::sessionChanged, this, &AssetPlanController::reload);
    connect(&m_session, &plugin::TwinBinding::operatorChanged, this, &AssetPlanController::inventoryChanged);
    m_settings.firstYear = QDate::currentDate().year();
}

AssetPlanController::~AssetPlanController() = default;

void AssetPlanController::setTwin(QObject *twin)
{
    if (!m_session.setTwin(twin))
        return;
    emit twinChanged();
    reload();
}

void AssetPlanController::setError(const QString &error)
{
    if (m_errorString == error)
        return;
    m_errorString = error;
    emit errorStringChanged();
}

void AssetPlanController::setStatus(const QString &status)
{
    if (m_statusText == status)
        return;
    m_statusText = status;
    emit statusTextChanged();
}

void AssetPlanController::reload()
{
    ++m_generation;
    m_assets.clear();
    m_available = false;
    m_hasPlan = false;
    m_plan = {};
    m_model->clear();
    setError({});
    auto *twin = access();
    store::TwinStore *store = twin ? twin->store() : nullptr;
    if (store && store->hasLayer(AssetSchema::layerName())) {
        auto assets = AssetInventory(*store).read();
        auto model = DeteriorationModel::read(*store);
        if (!assets)
            setError(assets.error().toString());
        else if (!model)
            setError(model.error().toString());
        else {
            m_assets = std::move(assets.value());
            m_deterioration = model.value();
            m_available = true;
        }
    }
    emit modelChanged();
    emit inventoryChanged();
    emit planChanged();
}

QVariantList AssetPlanController::gradeCounts() const
{
    std::array<int, kGradeCount> counts{};
    for (const Asset &a : m_assets)
        ++counts[std::size_t(gradeIndex(a.grade))];
    QVariantList out;
    for (Grade g : allGrades())
        out << QVariantMap{{QStringLiteral("grade"), gradeCode(g)},
                           {QStringLiteral("label"), gradeLabel(g)},
                           {QStringLiteral("color"), gradeColor(g)},
                           {QStringLiteral("count"), counts[std::size_t(gradeIndex(g))]}};
    return out;
}

void AssetPlanController::setAnnualBudget(double millionYen)
{
    millionYen = std::max(0.0, millionYen);
    if (qFuzzyCompare(m_settings.annualBudget, millionYen))
        return;
    m_settings.annualBudget = millionYen;
    emit settingsChanged();
}

void AssetPlanController::setYears(int years)
{
    years = std::clamp(years, 1, 30);
    if (m_settings.years == years)
        return;
    m_settings.years = years;
    emit settingsChanged();
}

void AssetPlanController::setRiskHorizon(int years)
{
    years = std::clamp(years, 1, 50);
    if (m_settings.riskHorizon == years)
        return;
    m_settings.riskHorizon = years;
    emit settingsChanged();
}

void AssetPlanController::setLifeCycleYears(int years)
{
    years = std::clamp(years, 1, 100);
    if (m_lifeCycleYears == years)
        return;
    m_lifeCycleYears = years;
    emit settingsChanged();
}

void AssetPlanController::setDiscountRate(double rate)
{
    rate = std::clamp(rate, 0.0, 0.2);
    if (qFuzzyCompare(1.0 + m_discountRate, 1.0 + rate))
        return;
    m_discountRate = rate;
    emit settingsChanged();
}

QVariantList AssetPlanController::planYears() const
{
    QVariantList out;
    for (const PlanYear &y : m_plan.years)
        out << QVariantMap{{QStringLiteral("year"), y.year},         {QStringLiteral("budget"), y.budget},
                           {QStringLiteral("spent"), y.spent},       {QStringLiteral("riskBefore"), y.riskBefore},
                           {QStringLiteral("riskReduction"), y.riskReduction}, {QStringLiteral("interventions"), y.interventions},
                           {QStringLiteral("candidates"), y.candidates}};
    return out;
}

QVariantList AssetPlanController::modelRows() const
{
    QVariantList out;
    for (AssetType type : allAssetTypes()) {
        const DeteriorationModel::Matrix &m = m_deterioration.matrix(type);
        const bool oneStep = m == DeteriorationModel::oneStep(m[0][1], m[1][2], m[2][3]);
        out << QVariantMap{{QStringLiteral("type"), assetTypeCode(type)},
                           {QStringLiteral("label"), assetTypeLabel(type)},
                           {QStringLiteral("toII"), m[0][1]},
                           {QStringLiteral("toIII"), m[1][2]},
                           {QStringLiteral("toIV"), m[2][3]},
                           {QStringLiteral("oneStep"), oneStep}};
    }
    return out;
}

bool AssetPlanController::setModelRow(const QString &typeCode, double toII, double toIII, double toIV)
{
    setError({});
    AssetType type;
    if (!parseAssetType(typeCode, &type)) {
        setError(tr("Unknown asset type \"%1\".").arg(typeCode));
        return false;
    }
    if (core::Status s = m_deterioration.setMatrix(type, DeteriorationModel::oneStep(toII, toIII, toIV)); !s) {
        setError(s.error().toString());
        return false;
    }
    emit modelChanged();
    return true;
}

bool AssetPlanController::saveModel()
{
    setError({});
    auto *twin = access();
    if (!twin || !twin->store() || !m_available) {
        setError(tr("This twin has no asset inventory."));
        return false;
    }
    if (core::Status s = AssetInventory(*twin->store()).saveModel(twin->actor(), m_deterioration); !s) {
        setError(s.error().toString());
        return false;
    }
    setStatus(tr("Deterioration model saved."));
    return true;
}

QString AssetPlanController::refusal(const QString &action) const
{
    auto *twin = access();
    if (!twin || !twin->store())
        return tr("No twin is open.");
    if (twin->store()->isReadOnly())
        return tr("The twin is open read-only.");
    core::Status s = twin->store()->mayPerform(twin->actor(), action, action == planAction() ? QStringLiteral("plan") : QStringLiteral("roads"));
    return s ? QString() : s.error().toString();
}

bool AssetPlanController::mayPlan() const
{
    return m_available && refusal(planAction()).isEmpty();
}

QString AssetPlanController::planRefusal() const
{
    return refusal(planAction());
}

bool AssetPlanController::mayDerive() const
{
    return m_available && refusal(importAction()).isEmpty();
}

QString AssetPlanController::deriveRefusal() const
{
    return refusal(importAction());
}

bool AssetPlanController::deriveInventory()
{
    setError({});
    auto *twin = access();
    if (!twin || !twin->store() || !m_available) {
        setError(tr("This twin has no asset inventory."));
        return false;
    }
    auto derived = AssetInventory(*twin->store()).deriveFromTwin(twin->actor());
    if (!derived) {
        setError(derived.error().toString());
        return false;
    }
    reload();
    setStatus(tr("%n asset(s) derived from the twin's roads.", nullptr, int(derived.value())));
    emit saved(); // the grade layers changed: the map reads the twin again
    return true;
}

namespace {

struct PlanRun
{
    MaintenancePlan plan;
    LifeCycleComparison::Result lifeCycle;
    std::vector<GradeVector> outlook; //!< expected number of assets per grade, year 0 … N
};

//! Expected assets per grade over `years` with no intervention: the chain per type from today's counts.
std::vector<GradeVector> outlookOf(const std::vector<Asset> &assets, const DeteriorationModel &model, int years)
{
    std::array<GradeVector, kAssetTypeCount> counts{};
    for (const Asset &a : assets)
        counts[std::size_t(a.type)][std::size_t(gradeIndex(a.grade))] += 1.0;
    std::vector<GradeVector> total(std::size_t(years) + 1, GradeVector{});
    for (AssetType type : allAssetTypes()) {
        const auto trajectory = model.trajectory(type, counts[std::size_t(type)], years);
        for (std::size_t t = 0; t < trajectory.size(); ++t)
            for (std::size_t g = 0; g < kGradeCount; ++g)
                total[t][g] += trajectory[t][g];
    }
    return total;
}

} // namespace

bool AssetPlanController::runPlan()
{
    setError({});
    if (!m_available) {
        setError(tr("This twin has no asset inventory."));
        return false;
    }
    if (m_busy)
        return false;
    m_busy = true;
    emit busyChanged();
    // the worker gets copies: the inventory may be read again while it runs
    const int generation = m_generation;
    auto future = QtConcurrent::run([assets = m_assets, model = m_deterioration, settings = m_settings, years = m_lifeCycleYears,
                                     rate = m_discountRate]() {
        const InterventionCatalog catalog = InterventionCatalog::defaults();
        PlanRun run;
        run.plan = MaintenancePlanner(model, catalog).plan(assets, settings);
        run.lifeCycle = LifeCycleComparison(model, catalog).compare(assets, years, rate);
        run.outlook = outlookOf(assets, model, years);
        return run;
    });
    auto *watcher = new QFutureWatcher<PlanRun>(this);
    connect(watcher, &QFutureWatcher<PlanRun>::finished, this, [this, watcher, generation]() {
        watcher->deleteLater();
        m_busy = false;
        emit busyChanged();
        if (generation != m_generation)
            return; // another twin (or the same one re-read) since: the result is stale
        const PlanRun run = watcher->result();
        m_plan = run.plan;
        m_hasPlan = true;
        m_model->setPlan(m_plan, m_assets);
        m_preventive.clear();
        m_reactive.clear();
        for (double v : run.lifeCycle.preventiveCumulative)
            m_preventive << v;
        for (double v : run.lifeCycle.reactiveCumulative)
            m_reactive << v;
        m_gradeOutlook.clear();
        const double count = std::max<double>(1.0, double(m_assets.size()));
        for (int g = 0; g < kGradeCount; ++g) {
            QVariantList shares;
            for (const GradeVector &v : run.outlook)
                shares << v[std::size_t(g)] / count;
            m_gradeOutlook << QVariant(shares);
        }
        m_preventiveFailures = run.lifeCycle.preventiveFailures;
        m_reactiveFailures = run.lifeCycle.reactiveFailures;
        const QLocale locale;
        setStatus(tr("%n intervention(s) over %1 years; %2 million yen of %3 spent", nullptr, int(m_plan.items.size()))
                      .arg(m_plan.settings.years)
                      .arg(locale.toString(m_plan.totalCost(), 'f', 1),
                           locale.toString(m_plan.settings.annualBudget * m_plan.settings.years, 'f', 1)));
        emit planChanged();
        emit lifeCycleChanged();
    });
    watcher->setFuture(future);
    return true;
}

bool AssetPlanController::savePlan()
{
    setError({});
    auto *twin = access();
    if (!twin || !twin->store() || !m_hasPlan) {
        setError(tr("Run the planner first."));
        return false;
    }
    auto id = AssetInventory(*twin->store()).savePlan(twin->actor(), m_plan, m_assets);
    if (!id) {
        setError(id.error().toString());
        return false;
    }
    m_savedPlanId = id.value();
    setStatus(tr("Plan %1 saved.").arg(m_savedPlanId));
    emit saved();
    return true;
}

} // namespace ct::assets
