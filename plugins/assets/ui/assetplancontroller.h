// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include "assetplanmodel.h"

#include "ct/assets/asset.h"
#include "ct/assets/deteriorationmodel.h"
#include "ct/assets/maintenanceplan.h"
#include "ct/pluginapi/twinbinding.h"

#include <QObject>
#include <QPointer>
#include <QVariantList>

#include <vector>

namespace ct::plugin {
class TwinAccess;
}

namespace ct::assets {

/// \brief What the assets panel works with: the inventory's grade counts, the planner's inputs
/// (annual budget, years, risk horizon), the plan table and totals, the preventive vs reactive
/// life-cycle cost curves, and saving the plan (action "assets.plan", checked by the store).
///
/// Reaches the twin through the session the console gives the panel (`twin`, a
/// plugin::TwinAccess); reads the inventory again when the session opens another twin.
class AssetPlanController : public QObject
{
    Q_OBJECT
    Q_PROPERTY(QObject *twin READ twin WRITE setTwin NOTIFY twinChanged)
    Q_PROPERTY(bool available READ isAvailable NOTIFY inventoryChanged)
    Q_PROPERTY(QString errorString READ errorString NOTIFY errorStringChanged)
    Q_PROPERTY(QString statusText READ statusText NOTIFY statusTextChanged)
    Q_PROPERTY(int assetCount READ assetCount NOTIFY inventoryChanged)
    Q_PROPERTY(QVariantList gradeCounts READ gradeCounts NOTIFY inventoryChanged)
    Q_PROPERTY(double annualBudget READ annualBudget WRITE setAnnualBudget NOTIFY settingsChanged)
    Q_PROPERTY(int years READ years WRITE setYears NOTIFY settingsChanged)
    Q_PROPERTY(int riskHorizon READ riskHorizon WRITE setRiskHorizon NOTIFY settingsChanged)
    Q_PROPERTY(int lifeCycleYears READ lifeCycleYears WRITE setLifeCycleYears NOTIFY settingsChanged)
    Q_PROPERTY(double discountRate READ discountRate WRITE setDiscountRate NOTIFY settingsChanged)
    Q_PROPERTY(ct::assets::AssetPlanModel *plan READ plan CONSTANT)
    Q_PROPERTY(bool hasPlan READ hasPlan NOTIFY planChanged)
    Q_PROPERTY(double totalCost READ totalCost NOTIFY planChanged)
    Q_PROPERTY(double totalRiskReduction READ totalRiskReduction NOTIFY planChanged)
    Q_PROPERTY(double riskBefore READ riskBefore NOTIFY planChanged)
    Q_PROPERTY(QVariantList planYears READ planYears NOTIFY planChanged)
    Q_PROPERTY(QVariantList preventiveCost READ preventiveCost NOTIFY lifeCycleChanged)
    Q_PROPERTY(QVariantList reactiveCost READ reactiveCost NOTIFY lifeCycleChanged)
    Q_PROPERTY(QVariantList gradeOutlook READ gradeOutlook NOTIFY lifeCycleChanged)
    Q_PROPERTY(double preventiveFailures READ preventiveFailures NOTIFY lifeCycleChanged)
    Q_PROPERTY(double reactiveFailures READ reactiveFailures NOTIFY lifeCycleChanged)
    Q_PROPERTY(bool mayPlan READ mayPlan NOTIFY inventoryChanged)
    Q_PROPERTY(QString planRefusal READ planRefusal NOTIFY inventoryChanged)
    Q_PROPERTY(qint64 savedPlanId READ savedPlanId NOTIFY saved)
    Q_PROPERTY(bool busy READ isBusy NOTIFY busyChanged)
    Q_PROPERTY(QVariantList modelRows READ modelRows NOTIFY modelChanged)
    Q_PROPERTY(bool mayDerive READ mayDerive NOTIFY inventoryChanged)
    Q_PROPERTY(QString deriveRefusal READ deriveRefusal NOTIFY inventoryChanged)

public:
    explicit AssetPlanController(QObject *parent = nullptr);
    ~AssetPlanController() override;

    QObject *twin() const { return m_session.twin(); }
    void setTwin(QObject *twin);
    bool isAvailable() const { return m_available; }
    QString errorString() const { return m_errorString; }
    QString statusText() const { return m_statusText; }
    int assetCount() const { return int(m_assets.size()); }
    QVariantList gradeCounts() const;
    double annualBudget() const { return m_settings.annualBudget; }
    void setAnnualBudget(double millionYen);
    int years() const { return m_settings.years; }
    void setYears(int years);
    int riskHorizon() const { return m_settings.riskHorizon; }
    void setRiskHorizon(int years);
    int lifeCycleYears() const { return m_lifeCycleYears; }
    void setLifeCycleYears(int years);
    double discountRate() const { return m_discountRate; }
    void setDiscountRate(double rate);
    AssetPlanModel *plan() const { return m_model; }
    bool hasPlan() const { return m_hasPlan; }
    double totalCost() const { return m_plan.totalCost(); }
    double totalRiskReduction() const { return m_plan.totalRiskReduction(); }
    double riskBefore() const { return m_plan.years.empty() ? 0.0 : m_plan.years.front().riskBefore; }
    QVariantList planYears() const;
    QVariantList preventiveCost() const { return m_preventive; }
    QVariantList reactiveCost() const { return m_reactive; }
    /// Expected share of the inventory in each grade if nothing is done, year 0 … life cycle
    /// (DeteriorationModel::trajectory summed over the assets): four lists, I … IV, of fractions.
    QVariantList gradeOutlook() const { return m_gradeOutlook; }
    double preventiveFailures() const { return m_preventiveFailures; }
    double reactiveFailures() const { return m_reactiveFailures; }
    bool mayPlan() const;
    QString planRefusal() const;
    qint64 savedPlanId() const { return m_savedPlanId; }
    /// The deterioration model per asset type: {type, label, toII, toIII, toIV, oneStep} — the
    /// annual probabilities of dropping a grade, and whether the type's chain is one-step (only
    /// those rows are edited here; other shapes are set in `asset_transition`).
    QVariantList modelRows() const;
    bool mayDerive() const;
    QString deriveRefusal() const;
    bool isBusy() const { return m_busy; }

    //! Reads the inventory and the deterioration model from the twin again.
    Q_INVOKABLE void reload();
    /// Runs the planner and the life-cycle comparison with the current settings on a worker
    /// thread (a whole city's inventory takes a second or two); planChanged() when done. False
    /// when there is no inventory or a run is still going.
    Q_INVOKABLE bool runPlan();
    /// Derives the inventory from the twin's roads again (audited "assets.import"), for a twin
    /// whose roads were imported after the plugin's schema; false with errorString when refused.
    Q_INVOKABLE bool deriveInventory();
    /// Sets a type's one-step chain (I→II, II→III, III→IV per year) for the next runs; not
    /// saved. False with errorString for probabilities outside 0–1.
    Q_INVOKABLE bool setModelRow(const QString &type, double toII, double toIII, double toIV);
    //! Saves the model in the twin (audited "assets.plan").
    Q_INVOKABLE bool saveModel();
    //! Saves the current plan (audited "assets.plan"); false with errorString when refused.
    Q_INVOKABLE bool savePlan();

signals:
    void twinChanged();
    void inventoryChanged();
    void settingsChanged();
    void planChanged();
    void lifeCycleChanged();
    void errorStringChanged();
    void statusTextChanged();
    //! The plan was saved; the panel asks the session to reload the map (the plan layer).
    void saved();
    void busyChanged();
    void modelChanged();

private:
    plugin::TwinAccess *access() const { return m_session.access(); }
    void setError(const QString &error);
    void setStatus(const QString &status);
    QString refusal(const QString &action) const;

    plugin::TwinBinding m_session; //!< the console's session
    AssetPlanModel *m_model;
    bool m_available = false;
    QString m_errorString;
    QString m_statusText;
    std::vector<Asset> m_assets;
    DeteriorationModel m_deterioration = DeteriorationModel::defaults();
    PlanSettings m_settings;
    MaintenancePlan m_plan;
    bool m_hasPlan = false;
    int m_lifeCycleYears = 50;
    double m_discountRate = 0.0;
    QVariantList m_preventive, m_reactive, m_gradeOutlook;
    double m_preventiveFailures = 0.0, m_reactiveFailures = 0.0;
    qint64 m_savedPlanId = 0;
    bool m_busy = false;
    int m_generation = 0; //!< reload() makes the result of a run still going stale
};

} // namespace ct::assets
