// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "runcomparison.h"

#include "ct/sim/runrecorder.h"
#include "ct/sim/simtime.h"
#include "ct/store/twinstore.h"

#include <QLocale>
#include <QSet>
#include <QtConcurrent/QtConcurrentRun>

#include <cmath>
#include <optional>

namespace ct::ui {

namespace {

using SeriesMap = RunComparison::SeriesMap;

/// The KPIs of the evacuation in the order a reader looks for them; other keys follow by name.
const QStringList kEvacuationOrder{
    QStringLiteral("share_evacuated"), QStringLiteral("sheltered"), QStringLiteral("time_to_50"), QStringLiteral("time_to_90"),
    QStringLiteral("time_to_100"), QStringLiteral("unsheltered"), QStringLiteral("unreachable"), QStringLiteral("stranded"),
    QStringLiteral("no_room"), QStringLiteral("population"), QStringLiteral("complying"), QStringLiteral("households"),
    QStringLiteral("car_households"), QStringLiteral("roads_closed"), QStringLiteral("forced_moves"),
    QStringLiteral("unsheltered_waiting"), QStringLiteral("unsheltered_moving")};

//! KPIs where less is better (times, people left behind) and where more is better.
const QSet<QString> kLowerIsBetter{QStringLiteral("evacuation.time_to_50"), QStringLiteral("evacuation.time_to_90"),
                                   QStringLiteral("evacuation.time_to_100"), QStringLiteral("evacuation.unsheltered"),
                                   QStringLiteral("evacuation.unreachable"), QStringLiteral("evacuation.stranded"),
                                   QStringLiteral("evacuation.no_room"), QStringLiteral("evacuation.unsheltered_waiting"),
                                   QStringLiteral("evacuation.unsheltered_moving"), QStringLiteral("evacuation.forced_moves")};
const QSet<QString> kHigherIsBetter{QStringLiteral("evacuation.share_evacuated"), QStringLiteral("evacuation.sheltered")};

QString kpiLabel(const QString &key)
{
    static const std::map<QString, const char *> labels{
        {QStringLiteral("evacuation.share_evacuated"), QT_TRANSLATE_NOOP("ct::ui::RunComparison", "Share evacuated")},
        {QStringLiteral("evacuation.sheltered"), QT_TRANSLATE_NOOP("ct::ui::RunComparison", "Sheltered (persons)")},
        {QStringLiteral("evacuation.time_to_50"), QT_TRANSLATE_NOOP("ct::ui::RunComparison", "Time to 50 % sheltered")},
        {QStringLiteral("evacuation.time_to_90"), QT_TRANSLATE_NOOP("ct::ui::RunComparison", "Time to 90 % sheltered")},
        {QStringLiteral("evacuation.time_to_100"), QT_TRANSLATE_NOOP("ct::ui::RunComparison", "Time to 100 % sheltered")},
        {QStringLiteral("evacuation.unsheltered"), QT_TRANSLATE_NOOP("ct::ui::RunComparison", "Not sheltered at the end")},
        {QStringLiteral("evacuation.unreachable"), QT_TRANSLATE_NOOP("ct::ui::RunComparison", "No reachable shelter")},
        {QStringLiteral("evacuation.stranded"), QT_TRANSLATE_NOOP("ct::ui::RunComparison", "Stranded on the way")},
        {QStringLiteral("evacuation.no_room"), QT_TRANSLATE_NOOP("ct::ui::RunComparison", "No room in a suitable shelter")},
        {QStringLiteral("evacuation.population"), QT_TRANSLATE_NOOP("ct::ui::RunComparison", "Population in scope")},
        {QStringLiteral("evacuation.complying"), QT_TRANSLATE_NOOP("ct::ui::RunComparison", "Persons who set out")},
        {QStringLiteral("evacuation.households"), QT_TRANSLATE_NOOP("ct::ui::RunComparison", "Households")},
        {QStringLiteral("evacuation.car_households"), QT_TRANSLATE_NOOP("ct::ui::RunComparison", "Households by car")},
        {QStringLiteral("evacuation.roads_closed"), QT_TRANSLATE_NOOP("ct::ui::RunComparison", "Roads closed")},
        {QStringLiteral("evacuation.forced_moves"), QT_TRANSLATE_NOOP("ct::ui::RunComparison", "Gridlock moves")},
        {QStringLiteral("evacuation.unsheltered_waiting"), QT_TRANSLATE_NOOP("ct::ui::RunComparison", "Not yet departed at the end")},
        {QStringLiteral("evacuation.unsheltered_moving"), QT_TRANSLATE_NOOP("ct::ui::RunComparison", "On the way at the end")},
        {QStringLiteral("run.simulated"), QT_TRANSLATE_NOOP("ct::ui::RunComparison", "Simulated time")},
        {QStringLiteral("run.end"), QT_TRANSLATE_NOOP("ct::ui::RunComparison", "End of the run")},
        {QStringLiteral("run.events_processed"), QT_TRANSLATE_NOOP("ct::ui::RunComparison", "Events processed")},
    };
    const auto found = labels.find(key);
    return found == labels.end() ? key : RunComparison::tr(found->second);
}

/// A KPI value: a number, or a simulated time (the KPIs write times as "HH:MM:SS"), or text
/// ("not reached").
struct Value
{
    std::optional<double> number; //!< seconds for times
    bool isTime = false;
    QString text;
};

Value valueOf(const QString &key, const QJsonValue &json)
{
    Value v;
    if (json.isDouble()) {
        v.number = json.toDouble();
        // The run's own times are milliseconds of simulated time.
        if (key == QLatin1String("run.simulated") || key == QLatin1String("run.end")) {
            v.isTime = true;
            *v.number /= 1000.0;
        }
    } else if (json.isString()) {
        if (const auto t = sim::parseDuration(json.toString())) {
            v.number = sim::toSeconds(*t);
            v.isTime = true;
        } else {
            v.text = json.toString();
        }
    }
    return v;
}

QString formatTime(double seconds)
{
    const qint64 s = qint64(std::llround(std::abs(seconds)));
    return QStringLiteral("%1:%2:%3").arg(s / 3600, 2, 10, QLatin1Char('0')).arg(s / 60 % 60, 2, 10, QLatin1Char('0')).arg(s % 60, 2, 10, QLatin1Char('0'));
}

bool isShare(const QString &key)
{
    return key.contains(QLatin1String("share"));
}

QString format(const QString &key, const Value &v)
{
    if (!v.number)
        return v.text.isEmpty() ? QStringLiteral("—") : v.text;
    if (v.isTime)
        return formatTime(*v.number);
    if (isShare(key))
        return QStringLiteral("%1 %").arg(QLocale().toString(*v.number * 100.0, 'f', 1));
    const double n = *v.number;
    return n == std::floor(n) ? QLocale().toString(qint64(n)) : QLocale().toString(n, 'f', 2);
}

QString formatDelta(const QString &key, const Value &a, const Value &b)
{
    if (!a.number || !b.number)
        return QStringLiteral("—");
    const double d = *b.number - *a.number;
    const QString sign = d > 0 ? QStringLiteral("+") : d < 0 ? QStringLiteral("−") : QStringLiteral("±");
    if (a.isTime)
        return sign + formatTime(d);
    if (isShare(key))
        return sign + RunComparison::tr("%1 pt").arg(QLocale().toString(std::abs(d) * 100.0, 'f', 1));
    const double m = std::abs(d);
    return sign + (m == std::floor(m) ? QLocale().toString(qint64(m)) : QLocale().toString(m, 'f', 2));
}

/// The series of one recorded run, from its samples.
SeriesMap seriesOf(const std::vector<std::shared_ptr<const sim::Snapshot>> &samples)
{
    SeriesMap out;
    for (const auto &s : samples) {
        const double minutes = sim::toSeconds(s->time) / 60.0;
        out[QStringLiteral("share")] << QPointF(minutes, s->population > 0 ? 100.0 * double(s->sheltered) / double(s->population) : 0.0);
        out[QStringLiteral("sheltered")] << QPointF(minutes, double(s->sheltered));
        out[QStringLiteral("moving")] << QPointF(minutes, double(s->moving));
        out[QStringLiteral("waiting")] << QPointF(minutes, double(s->waiting));
        out[QStringLiteral("stuck")] << QPointF(minutes, double(s->unreachable + s->stranded));
        // Shelter occupancy needs the capacities the run recorded with its shelter states.
        if (const sim::FeatureState *shelters = s->featureState(QStringLiteral("shelters"))) {
            const int occupancy = shelters->numberColumn(QStringLiteral("occupancy"));
            const int capacity = shelters->numberColumn(QStringLiteral("capacity"));
            if (occupancy >= 0 && capacity >= 0) {
                double inside = 0.0, room = 0.0;
                int full = 0;
                for (std::size_t row = 0; row < shelters->size(); ++row) {
                    const double o = shelters->number(row, occupancy);
                    const double c = shelters->number(row, capacity);
                    inside += o;
                    room += c;
                    if (c > 0 && o >= c)
                        ++full;
                }
                out[QStringLiteral("occupancy")] << QPointF(minutes, room > 0 ? 100.0 * inside / room : 0.0);
                out[QStringLiteral("full")] << QPointF(minutes, double(full));
            }
        }
    }
    return out;
}

} // namespace

RunComparison::RunComparison(QObject *parent)
    : QObject(parent)
{
    connect(&m_watcher, &QFutureWatcher<std::pair<QString, std::pair<SeriesMap, SeriesMap>>>::finished, this, [this] {
        auto result = m_watcher.result();
        m_loading = false;
        m_errorString = result.first;
        m_seriesA = std::move(result.second.first);
        m_seriesB = std::move(result.second.second);
        m_maximumMinutes = 0.0;
        for (const SeriesMap *map : {&m_seriesA, &m_seriesB}) {
            for (const auto &[id, points] : *map) {
                if (!points.isEmpty())
                    m_maximumMinutes = std::max(m_maximumMinutes, points.last().x());
            }
        }
        emit loadingChanged();
        emit loaded();
        if (m_reloadPending) {
            m_reloadPending = false;
            reload();
        }
    });
}

RunComparison::~RunComparison()
{
    m_watcher.waitForFinished();
}

void RunComparison::setSession(TwinSession *session)
{
    if (m_session == session)
        return;
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    if (m_session)
        connect(m_session, &TwinSession::openedChanged, this, &RunComparison::refresh);
    emit sessionChanged();
    refresh();
}

void RunComparison::refresh()
{
    m_runs.clear();
    m_runList.clear();
    m_errorString.clear();
    if (m_session && m_session->isOpen() && m_session->store()) {
        auto runs = sim::RunRecorder::runs(*m_session->store());
        if (!runs) {
            m_errorString = runs.error().toString();
        } else {
            for (const sim::RunInfo &info : runs.value()) {
                m_runs.push_back({info.id, info.name, info.kpis});
                m_runList << QVariantMap{
                    {QStringLiteral("id"), info.id},
                    {QStringLiteral("name"), info.name},
                    {QStringLiteral("seed"), QString::number(info.seed)},
                    {QStringLiteral("finishedAt"), info.finishedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))},
                    {QStringLiteral("label"), tr("#%1 %2 (seed %3, %4)")
                                                  .arg(info.id)
                                                  .arg(info.name, QString::number(info.seed),
                                                       info.finishedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")))}};
            }
        }
    }
    emit runsChanged();
    // Keep the runs that still exist; otherwise compare the two most recent.
    qint64 a = find(m_runA) ? m_runA : 0;
    qint64 b = find(m_runB) ? m_runB : 0;
    if (a == 0 && b == 0 && !m_runs.empty()) {
        b = m_runs.back().id;
        a = m_runs.size() >= 2 ? m_runs[m_runs.size() - 2].id : 0;
    }
    m_runA = a;
    m_runB = b;
    emit selectionChanged();
    reload();
}

const RunComparison::Run *RunComparison::find(qint64 id) const
{
    for (const Run &run : m_runs) {
        if (run.id == id)
            return &run;
    }
    return nullptr;
}

void RunComparison::setRunA(qint64 id)
{
    if (m_runA == id)
        return;
    m_runA = id;
    emit selectionChanged();
    reload();
}

void RunComparison::setRunB(qint64 id)
{
    if (m_runB == id)
        return;
    m_runB = id;
    emit selectionChanged();
    reload();
}

void RunComparison::reload()
{
    if (loading()) {
        m_reloadPending = true;
        return;
    }
    const QString path = m_session && m_session->isOpen() ? m_session->path() : QString();
    const qint64 a = find(m_runA) ? m_runA : 0;
    const qint64 b = find(m_runB) ? m_runB : 0;
    m_watcher.setFuture(QtConcurrent::run([path, a, b]() -> std::pair<QString, std::pair<SeriesMap, SeriesMap>> {
        if (path.isEmpty() || (a == 0 && b == 0))
            return {};
        // Its own connection: the console keeps using the session's.
        auto twin = store::TwinStore::open(path, store::TwinStore::OpenMode::ReadOnly);
        if (!twin)
            return {twin.error().toString(), {}};
        std::pair<SeriesMap, SeriesMap> series;
        for (auto [id, target] : {std::pair{a, &series.first}, std::pair{b, &series.second}}) {
            if (id == 0)
                continue;
            auto samples = sim::RunRecorder::replay(*twin.value(), id);
            if (!samples)
                return {samples.error().toString(), {}};
            *target = seriesOf(samples.value());
        }
        return {QString(), std::move(series)};
    }));
    m_loading = true;
    emit loadingChanged();
}

QVariantList RunComparison::kpis() const
{
    const Run *a = find(m_runA);
    const Run *b = find(m_runB);
    if (!a && !b)
        return {};
    // Every scalar KPI of either run, model by model: the evacuation first, the run last.
    QStringList models;
    for (const Run *run : {a, b}) {
        if (!run)
            continue;
        for (const QString &model : run->kpis.keys()) {
            if (!models.contains(model))
                models << model;
        }
    }
    std::sort(models.begin(), models.end(), [](const QString &x, const QString &y) {
        auto rank = [](const QString &m) { return m == QLatin1String("evacuation") ? 0 : m == QLatin1String("run") ? 2 : 1; };
        return rank(x) != rank(y) ? rank(x) < rank(y) : x < y;
    });
    QVariantList rows;
    for (const QString &model : std::as_const(models)) {
        const QJsonObject ka = a ? a->kpis.value(model).toObject() : QJsonObject();
        const QJsonObject kb = b ? b->kpis.value(model).toObject() : QJsonObject();
        QStringList keys;
        for (const QJsonObject *k : {&ka, &kb}) {
            for (auto it = k->begin(); it != k->end(); ++it) {
                // The run's own texts (scenario name, seed) are in the run's label already.
                const bool text = it->isString() && !sim::parseDuration(it->toString());
                if (model == QLatin1String("run") && text)
                    continue;
                if ((it->isDouble() || it->isString()) && !keys.contains(it.key()))
                    keys << it.key();
            }
        }
        std::sort(keys.begin(), keys.end(), [&](const QString &x, const QString &y) {
            const qsizetype rx = model == QLatin1String("evacuation") ? kEvacuationOrder.indexOf(x) : -1;
            const qsizetype ry = model == QLatin1String("evacuation") ? kEvacuationOrder.indexOf(y) : -1;
            if ((rx >= 0) != (ry >= 0))
                return rx >= 0;
            return rx >= 0 ? rx < ry : x < y;
        });
        for (const QString &name : std::as_const(keys)) {
            const QString key = model + QLatin1Char('.') + name;
            const Value va = valueOf(key, ka.value(name));
            const Value vb = valueOf(key, kb.value(name));
            QString better;
            if (va.number && vb.number && *va.number != *vb.number) {
                const bool bLower = *vb.number < *va.number;
                if (kLowerIsBetter.contains(key))
                    better = bLower ? QStringLiteral("b") : QStringLiteral("a");
                else if (kHigherIsBetter.contains(key))
                    better = bLower ? QStringLiteral("a") : QStringLiteral("b");
            }
            rows << QVariantMap{{QStringLiteral("key"), key},
                                {QStringLiteral("label"), kpiLabel(key)},
                                {QStringLiteral("a"), a ? format(key, va) : QString()},
                                {QStringLiteral("b"), b ? format(key, vb) : QString()},
                                {QStringLiteral("delta"), a && b ? formatDelta(key, va, vb) : QString()},
                                {QStringLiteral("better"), better}};
        }
    }
    return rows;
}

QVariantList RunComparison::series() const
{
    struct Known
    {
        const char *id;
        const char *title;
        const char *unit;
    };
    static const Known known[] = {
        {"share", QT_TR_NOOP("Share evacuated"), "%"},
        {"occupancy", QT_TR_NOOP("Shelter occupancy"), QT_TR_NOOP("% of capacity")},
        {"full", QT_TR_NOOP("Shelters full"), QT_TR_NOOP("shelters")},
        {"sheltered", QT_TR_NOOP("Sheltered"), QT_TR_NOOP("persons")},
        {"moving", QT_TR_NOOP("On the way"), QT_TR_NOOP("persons")},
        {"waiting", QT_TR_NOOP("Not yet departed"), QT_TR_NOOP("persons")},
        {"stuck", QT_TR_NOOP("Unreachable or stranded"), QT_TR_NOOP("persons")},
    };
    QVariantList out;
    for (const Known &k : known) {
        const QString id = QString::fromLatin1(k.id);
        double maximum = 0.0;
        bool any = false;
        for (const SeriesMap *map : {&m_seriesA, &m_seriesB}) {
            const auto found = map->find(id);
            if (found == map->end())
                continue;
            any = any || !found->second.isEmpty();
            for (const QPointF &p : found->second)
                maximum = std::max(maximum, p.y());
        }
        if (!any)
            continue;
        out << QVariantMap{{QStringLiteral("id"), id},
                           {QStringLiteral("title"), tr(k.title)},
                           {QStringLiteral("unit"), id == QLatin1String("share") ? QStringLiteral("%") : tr(k.unit)},
                           {QStringLiteral("maximum"), maximum}};
    }
    return out;
}

QList<QPointF> RunComparison::points(int which, const QString &seriesId) const
{
    if (loading())
        return {};
    const SeriesMap &map = which == 0 ? m_seriesA : m_seriesB;
    const auto found = map.find(seriesId);
    return found == map.end() ? QList<QPointF>() : found->second;
}

} // namespace ct::ui
