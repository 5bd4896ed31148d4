// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include "ct/core/actor.h"
#include "ct/pluginapi/twinbinding.h"

#include <QObject>
#include <QVariantList>
#include <QVariantMap>

#include <functional>

namespace ct::store {
class TwinStore;
}

namespace ct::sensors {

/// \brief The model behind the sensors panel's energy dashboard: daily kWh and CO₂ of the city
/// over the last `days` local days with data, against the reduction target, a table per
/// facility, the issues in the readings (gaps, counter resets) and the settings.
///
/// `twin` is the console's session (plugin::TwinAccess); tests call setSource(). The emission
/// factor and the target are changed through EnergyAccounts (TwinStore::perform): the store
/// refuses an operator without `sensors.energy.configure` whatever the panel shows;
/// `mayConfigure` asks the same in advance.
class EnergyDashboard : public QObject
{
    Q_OBJECT
    Q_PROPERTY(QObject *twin READ twin WRITE setTwin NOTIFY twinChanged)
    Q_PROPERTY(bool ready READ isReady NOTIFY refreshed)
    Q_PROPERTY(int days READ days WRITE setDays NOTIFY refreshed)
    Q_PROPERTY(QDateTime from READ from NOTIFY refreshed)
    Q_PROPERTY(QDateTime to READ to NOTIFY refreshed)
    Q_PROPERTY(QString firstDay READ firstDay NOTIFY refreshed)
    Q_PROPERTY(QString lastDay READ lastDay NOTIFY refreshed)
    Q_PROPERTY(QVariantList series READ series NOTIFY refreshed)
    Q_PROPERTY(QVariantList facilities READ facilities NOTIFY refreshed)
    Q_PROPERTY(QVariantList issues READ issues NOTIFY refreshed)
    Q_PROPERTY(QVariantMap totals READ totals NOTIFY refreshed)
    Q_PROPERTY(QVariantMap target READ target NOTIFY refreshed)
    Q_PROPERTY(QVariantMap settings READ settings NOTIFY refreshed)
    Q_PROPERTY(int meterCount READ meterCount NOTIFY refreshed)
    Q_PROPERTY(QString demoNote READ demoNote NOTIFY refreshed)
    Q_PROPERTY(bool mayConfigure READ mayConfigure NOTIFY refreshed)
    Q_PROPERTY(QString errorString READ errorString NOTIFY errorStringChanged)

public:
    using Clock = std::function<qint64()>;

    explicit EnergyDashboard(QObject *parent = nullptr);

    QObject *twin() const { return m_session.twin(); }
    void setTwin(QObject *twin);
    //! Without a session: a store and an operator directly (tests). The store must outlive the model.
    void setSource(store::TwinStore *store, const core::Actor &actor);
    void setClock(Clock clock) { m_clock = std::move(clock); }

    bool isReady() const { return m_ready; }
    int days() const { return m_days; }
    void setDays(int days);
    QDateTime from() const;
    QDateTime to() const;
    //! The first and last day shown, "yyyy-MM-dd" in Japan time (QML would format in the machine's zone).
    QString firstDay() const { return m_firstDay; }
    QString lastDay() const { return m_lastDay; }
    //! [{t: ms of local midnight, date: "yyyy-MM-dd", kwh, co2Kg, complete}, …] for the city.
    QVariantList series() const { return m_series; }
    //! [{facility, kind, meters, kwh, co2Kg, dailyKwh, incompleteDays, gaps, resets}, …]
    QVariantList facilities() const { return m_facilities; }
    //! [{kind: "gap"|"reset"|"invalid", meter, from, to, fromText, toText ("MM-dd HH:mm" Japan time), before, after}, …], newest first.
    QVariantList issues() const { return m_issues; }
    //! {kwh, co2Kg, completeDays}
    QVariantMap totals() const { return m_totals; }
    //! {set, baselineFrom, baselineTo, percent, baselineDailyKwh, targetDailyKwh, targetDailyCo2Kg,
    //!  actualDailyKwh, reductionPercent, progress, onTrack, computable, baselineDays, actualDays}
    QVariantMap target() const { return m_target; }
    //! {emissionFactor, emissionFactorSource, baselineFrom, baselineTo, targetPercent}
    QVariantMap settings() const { return m_settings; }
    int meterCount() const { return m_meterCount; }
    QString demoNote() const { return m_demoNote; }
    bool mayConfigure() const;
    QString errorString() const { return m_errorString; }

    Q_INVOKABLE void refresh();
    //! kg-CO₂/kWh with its source; false (errorString) when refused or out of range.
    Q_INVOKABLE bool setEmissionFactor(double kgPerKwh, const QString &source);
    //! Baseline days "yyyy-MM-dd" (inclusive) and the reduction in percent.
    Q_INVOKABLE bool setTarget(const QString &baselineFrom, const QString &baselineTo, double percent);

signals:
    void twinChanged();
    void refreshed();
    void errorStringChanged();

private slots:
    void onSessionChanged();

private:
    store::TwinStore *store() const { return m_session.store(); }
    //! Without a session or source a nameless Viewer: granted nothing.
    core::Actor actor() const { return m_session.actor(); }
    void setError(const QString &message);
    void clear();
    qint64 now() const;

    plugin::TwinBinding m_session; //!< the console's session, or setSource()'s store and operator
    Clock m_clock;
    bool m_ready = false;
    int m_days = 28;
    qint64 m_fromMs = 0;
    qint64 m_toMs = 0;
    QString m_firstDay;
    QString m_lastDay;
    QVariantList m_series;
    QVariantList m_facilities;
    QVariantList m_issues;
    QVariantMap m_totals;
    QVariantMap m_target;
    QVariantMap m_settings;
    int m_meterCount = 0;
    QString m_demoNote;
    QString m_errorString;
};

} // namespace ct::sensors
