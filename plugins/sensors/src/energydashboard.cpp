// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "energydashboard.h"

#include "energyaccounts.h"
#include "energyledger.h"

#include "ct/store/sqlstatement.h"
#include "ct/store/twinstore.h"

#include <QCoreApplication>
#include <QDateTime>

#include <cmath>

namespace ct::sensors {

using store::SqlStatement;

namespace {

bool hasEnergyTables(const store::TwinStore &twin)
{
    SqlStatement q(twin.handle(), "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'energy_config'");
    return q.isValid() && q.next();
}

//! NaN does not survive QVariant → JS as a number the views can test; undefined does.
QVariant number(double v)
{
    return std::isfinite(v) ? QVariant(v) : QVariant();
}

QString issueKind(EnergyIssue::Kind kind)
{
    switch (kind) {
    case EnergyIssue::Kind::Gap: return QStringLiteral("gap");
    case EnergyIssue::Kind::CounterReset: return QStringLiteral("reset");
    case EnergyIssue::Kind::InvalidReading: return QStringLiteral("invalid");
    }
    return {};
}

} // namespace

EnergyDashboard::EnergyDashboard(QObject *parent) : QObject(parent)
{
    connect(&m_session, &plugin::TwinBinding::sessionChanged, this, &EnergyDashboard::onSessionChanged);
    connect(&m_session, &plugin::TwinBinding::operatorChanged, this, &EnergyDashboard::onSessionChanged);
}

void EnergyDashboard::setTwin(QObject *twin)
{
    if (!m_session.setTwin(twin))
        return;
    emit twinChanged();
    onSessionChanged();
}

void EnergyDashboard::setSource(store::TwinStore *store, const core::Actor &actor)
{
    m_session.setSource(store, actor);
    onSessionChanged();
}

void EnergyDashboard::onSessionChanged()
{
    setError({});
    refresh();
}

qint64 EnergyDashboard::now() const
{
    return m_clock ? m_clock() : QDateTime::currentMSecsSinceEpoch();
}

void EnergyDashboard::setError(const QString &message)
{
    if (message == m_errorString)
        return;
    m_errorString = message;
    emit errorStringChanged();
}

void EnergyDashboard::setDays(int days)
{
    if (days < 1 || days > 366 || days == m_days)
        return;
    m_days = days;
    refresh();
}

QDateTime EnergyDashboard::from() const
{
    return QDateTime::fromMSecsSinceEpoch(m_fromMs, EnergyLedger::cityZone());
}

QDateTime EnergyDashboard::to() const
{
    return QDateTime::fromMSecsSinceEpoch(m_toMs, EnergyLedger::cityZone());
}

bool EnergyDashboard::mayConfigure() const
{
    store::TwinStore *twin = store();
    return twin && twin->mayPerform(actor(), EnergyAccounts::configureAction(), QStringLiteral("energy:*")).ok();
}

void EnergyDashboard::clear()
{
    m_ready = false;
    m_firstDay.clear();
    m_lastDay.clear();
    m_series.clear();
    m_facilities.clear();
    m_issues.clear();
    m_totals.clear();
    m_target.clear();
    m_settings.clear();
    m_meterCount = 0;
    m_demoNote.clear();
}

void EnergyDashboard::refresh()
{
    clear();
    store::TwinStore *twin = store();
    if (!twin || !hasEnergyTables(*twin)) {
        emit refreshed();
        return;
    }
    EnergyAccounts accounts(*twin);
    const qint64 nowMs = now();
    const QDate today = QDateTime::fromMSecsSinceEpoch(nowMs, EnergyLedger::cityZone()).date();
    auto newest = accounts.newestDay();
    if (!newest) {
        setError(newest.error().toString());
        emit refreshed();
        return;
    }
    const QDate to = newest->has_value() && newest->value() < today ? newest->value() : today;
    const QDate from = to.addDays(-(m_days - 1));
    auto report = accounts.report(from, to, nowMs);
    if (!report) {
        setError(report.error().toString());
        emit refreshed();
        return;
    }
    const EnergyLedger ledger(EnergyLedger::cityZone(), from, to);
    m_fromMs = ledger.rangeStartMs();
    m_toMs = ledger.rangeEndMs();
    m_firstDay = from.toString(Qt::ISODate);
    m_lastDay = to.toString(Qt::ISODate);
    int completeDays = 0;
    for (const EnergyDay &d : report->city) {
        m_series.append(QVariantMap{{QStringLiteral("t"), double(ledger.dayStartMs(d.date))},
                                    {QStringLiteral("date"), d.date.toString(Qt::ISODate)},
                                    {QStringLiteral("kwh"), d.kwh},
                                    {QStringLiteral("co2Kg"), d.co2Kg},
                                    {QStringLiteral("hasData"), d.hasData},
                                    {QStringLiteral("complete"), d.complete}});
        completeDays += d.complete ? 1 : 0;
    }
    std::map<qint64, QString> meterNames;
    if (auto meters = accounts.meters(); meters) {
        m_meterCount = int(meters->size());
        for (const EnergyMeter &m : meters.value())
            meterNames[m.sensorId] = m.name;
    }
    for (const FacilityEnergy &f : report->facilities)
        m_facilities.append(QVariantMap{{QStringLiteral("facility"), f.facility},
                                        {QStringLiteral("kind"), f.kind},
                                        {QStringLiteral("meters"), f.meters},
                                        {QStringLiteral("kwh"), f.kwh},
                                        {QStringLiteral("co2Kg"), f.co2Kg},
                                        {QStringLiteral("dailyKwh"), f.days.empty() ? 0.0 : f.kwh / double(f.days.size())},
                                        {QStringLiteral("incompleteDays"), f.incompleteDays},
                                        {QStringLiteral("gaps"), f.gaps},
                                        {QStringLiteral("resets"), f.resets}});
    for (auto it = report->issues.rbegin(); it != report->issues.rend(); ++it)
        m_issues.append(QVariantMap{{QStringLiteral("kind"), issueKind(it->kind)},
                                    {QStringLiteral("meter"), meterNames.count(it->sensorId) ? meterNames[it->sensorId] : QString::number(it->sensorId)},
                                    {QStringLiteral("from"), QDateTime::fromMSecsSinceEpoch(it->fromMs, EnergyLedger::cityZone())},
                                    {QStringLiteral("to"), QDateTime::fromMSecsSinceEpoch(it->toMs, EnergyLedger::cityZone())},
                                    {QStringLiteral("fromText"), QDateTime::fromMSecsSinceEpoch(it->fromMs, EnergyLedger::cityZone()).toString(QStringLiteral("MM-dd HH:mm"))},
                                    {QStringLiteral("toText"), QDateTime::fromMSecsSinceEpoch(it->toMs, EnergyLedger::cityZone()).toString(QStringLiteral("MM-dd HH:mm"))},
                                    {QStringLiteral("before"), it->before},
                                    {QStringLiteral("after"), it->after}});
    m_totals = {{QStringLiteral("kwh"), report->kwh}, {QStringLiteral("co2Kg"), report->co2Kg},
                {QStringLiteral("completeDays"), completeDays}};
    const EnergyConfig &c = report->config;
    const EnergyTarget &t = report->target;
    m_settings = {{QStringLiteral("emissionFactor"), c.emissionFactor},
                  {QStringLiteral("emissionFactorSource"), c.emissionFactorSource},
                  {QStringLiteral("baselineFrom"), c.baselineFrom.isValid() ? c.baselineFrom.toString(Qt::ISODate) : QString()},
                  {QStringLiteral("baselineTo"), c.baselineTo.isValid() ? c.baselineTo.toString(Qt::ISODate) : QString()},
                  {QStringLiteral("targetPercent"), number(c.targetPercent)}};
    m_target = {{QStringLiteral("set"), t.set},
                {QStringLiteral("baselineFrom"), c.baselineFrom.toString(Qt::ISODate)},
                {QStringLiteral("baselineTo"), c.baselineTo.toString(Qt::ISODate)},
                {QStringLiteral("percent"), number(c.targetPercent)},
                {QStringLiteral("baselineDays"), t.baselineDays},
                {QStringLiteral("actualDays"), t.actualDays},
                {QStringLiteral("baselineDailyKwh"), number(t.baselineDailyKwh)},
                {QStringLiteral("targetDailyKwh"), number(t.targetDailyKwh)},
                {QStringLiteral("targetDailyCo2Kg"), number(t.targetDailyKwh * c.emissionFactor)},
                {QStringLiteral("actualDailyKwh"), number(t.actualDailyKwh)},
                {QStringLiteral("reductionPercent"), number(t.reductionPercent)},
                {QStringLiteral("progress"), number(t.progress)},
                {QStringLiteral("onTrack"), t.onTrack},
                {QStringLiteral("computable"), t.computable()}};
    m_demoNote = twin->metadata(QStringLiteral("energy.demo"));
    m_ready = true;
    emit refreshed();
}

bool EnergyDashboard::setEmissionFactor(double kgPerKwh, const QString &source)
{
    store::TwinStore *twin = store();
    if (!twin) {
        setError(QCoreApplication::translate("Sensors", "no twin is open"));
        return false;
    }
    auto done = EnergyAccounts(*twin).setEmissionFactor(actor(), kgPerKwh, source);
    if (!done) {
        setError(done.error().message);
        return false;
    }
    setError({});
    refresh();
    return true;
}

bool EnergyDashboard::setTarget(const QString &baselineFrom, const QString &baselineTo, double percent)
{
    store::TwinStore *twin = store();
    if (!twin) {
        setError(QCoreApplication::translate("Sensors", "no twin is open"));
        return false;
    }
    auto done = EnergyAccounts(*twin).setTarget(actor(), QDate::fromString(baselineFrom.trimmed(), Qt::ISODate),
                                                QDate::fromString(baselineTo.trimmed(), Qt::ISODate), percent);
    if (!done) {
        setError(done.error().message);
        return false;
    }
    setError({});
    refresh();
    return true;
}

} // namespace ct::sensors
