// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "ct/sim/scenario.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <limits>

namespace ct::sim {

using core::Error;

namespace {

const char *typeName(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Null: return "null";
    case QJsonValue::Bool: return "a boolean";
    case QJsonValue::Double: return "a number";
    case QJsonValue::String: return "a string";
    case QJsonValue::Array: return "an array";
    case QJsonValue::Object: return "an object";
    case QJsonValue::Undefined: return "nothing";
    }
    return "something else";
}

QString index(const QString &path, int i)
{
    return QStringLiteral("%1[%2]").arg(path).arg(i);
}

QString member(const QString &path, const QString &key)
{
    return path.isEmpty() ? key : path + QLatin1Char('.') + key;
}

/// Walks the document, collecting `path: problem` errors; every reader returns a usable default
/// after an error so the walk goes on and reports everything at once.
class Reader
{
public:
    QList<Error> errors;

    void fail(const QString &path, const QString &problem) { errors.append(Error::invalidInput(problem, path)); }

    void checkKeys(const QJsonObject &o, const QString &path, const QStringList &allowed)
    {
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (!allowed.contains(it.key()))
                fail(member(path, it.key()), QStringLiteral("unknown key (expected one of: %1)").arg(allowed.join(QStringLiteral(", "))));
        }
    }

    std::optional<SimTime> duration(const QJsonObject &o, const QString &key, const QString &path, bool required,
                                    SimTime fallback)
    {
        const QString p = member(path, key);
        if (!o.contains(key)) {
            if (required) {
                fail(p, QStringLiteral("missing (a duration like \"00:30\")"));
                return std::nullopt;
            }
            return fallback;
        }
        const QJsonValue v = o.value(key);
        if (v.isString()) {
            if (auto t = parseDuration(v.toString()))
                return *t;
        }
        fail(p, QStringLiteral("expected a duration like \"00:30\""));
        return std::nullopt;
    }

    double number(const QJsonObject &o, const QString &key, const QString &path, double fallback, double min,
                  double max, bool required = false)
    {
        const QString p = member(path, key);
        if (!o.contains(key)) {
            if (required)
                fail(p, QStringLiteral("missing (a number)"));
            return fallback;
        }
        const QJsonValue v = o.value(key);
        if (!v.isDouble()) {
            fail(p, QStringLiteral("expected a number, found %1").arg(QLatin1String(typeName(v))));
            return fallback;
        }
        const double d = v.toDouble();
        if (!std::isfinite(d) || d < min || d > max) {
            fail(p, QStringLiteral("%1 is out of range (%2 to %3)").arg(d).arg(min).arg(max));
            return fallback;
        }
        return d;
    }

    QString string(const QJsonObject &o, const QString &key, const QString &path, bool required = false)
    {
        const QString p = member(path, key);
        if (!o.contains(key)) {
            if (required)
                fail(p, QStringLiteral("missing (a string)"));
            return {};
        }
        const QJsonValue v = o.value(key);
        if (!v.isString()) {
            fail(p, QStringLiteral("expected a string, found %1").arg(QLatin1String(typeName(v))));
            return {};
        }
        return v.toString();
    }

    QString choice(const QJsonObject &o, const QString &key, const QString &path, const QStringList &choices,
                   const QString &fallback, bool required = false)
    {
        if (!o.contains(key) && !required)
            return fallback;
        const QString s = string(o, key, path, required);
        if (s.isNull())
            return fallback;
        if (!choices.contains(s)) {
            fail(member(path, key), QStringLiteral("\"%1\" is not one of: %2").arg(s, choices.join(QStringLiteral(", "))));
            return fallback;
        }
        return s;
    }

    QJsonObject object(const QJsonObject &o, const QString &key, const QString &path)
    {
        if (!o.contains(key))
            return {};
        const QJsonValue v = o.value(key);
        if (!v.isObject()) {
            fail(member(path, key), QStringLiteral("expected an object, found %1").arg(QLatin1String(typeName(v))));
            return {};
        }
        return v.toObject();
    }

    QJsonArray array(const QJsonObject &o, const QString &key, const QString &path)
    {
        if (!o.contains(key))
            return {};
        const QJsonValue v = o.value(key);
        if (!v.isArray()) {
            fail(member(path, key), QStringLiteral("expected an array, found %1").arg(QLatin1String(typeName(v))));
            return {};
        }
        return v.toArray();
    }

    /// A road id: a whole number, or a string of digits (the twin stores road_id as text).
    std::optional<qint64> roadId(const QJsonValue &v, const QString &path)
    {
        if (v.isDouble()) {
            const double d = v.toDouble();
            if (d == std::floor(d) && d >= 0 && d < 9.0e15)
                return qint64(d);
        } else if (v.isString()) {
            bool ok = false;
            const qint64 id = v.toString().toLongLong(&ok);
            if (ok && id >= 0)
                return id;
        }
        fail(path, QStringLiteral("expected a road id (a whole number), found %1").arg(QLatin1String(typeName(v))));
        return std::nullopt;
    }

    std::vector<qint64> roadList(const QJsonObject &o, const QString &key, const QString &path, bool required)
    {
        std::vector<qint64> roads;
        const QString p = member(path, key);
        if (!o.contains(key)) {
            if (required)
                fail(p, QStringLiteral("missing (an array of road ids)"));
            return roads;
        }
        const QJsonArray a = array(o, key, path);
        for (int i = 0; i < a.size(); ++i) {
            if (auto id = roadId(a[i], index(p, i)))
                roads.push_back(*id);
        }
        if (a.isEmpty() && o.value(key).isArray())
            fail(p, QStringLiteral("is empty (name at least one road)"));
        return roads;
    }

    std::optional<Scenario::ShelterRef> shelter(const QJsonValue &v, const QString &path)
    {
        Scenario::ShelterRef ref;
        ref.path = path;
        if (v.isDouble() && v.toDouble() == std::floor(v.toDouble()) && v.toDouble() >= 1) {
            ref.fid = qint64(v.toDouble());
            return ref;
        }
        if (v.isString() && !v.toString().isEmpty()) {
            ref.sourceId = v.toString();
            return ref;
        }
        fail(path, QStringLiteral("expected a shelter (a feature id number or a source_id string), found %1")
                       .arg(QLatin1String(typeName(v))));
        return std::nullopt;
    }

    int wholeNumber(const QJsonObject &o, const QString &key, const QString &path, int fallback, int min, int max,
                    bool required = false)
    {
        const QString p = member(path, key);
        if (!o.contains(key)) {
            if (required)
                fail(p, QStringLiteral("missing (a whole number from %1 to %2)").arg(min).arg(max));
            return fallback;
        }
        const QJsonValue v = o.value(key);
        const double d = v.toDouble();
        if (!v.isDouble() || d != std::floor(d)) {
            fail(p, QStringLiteral("expected a whole number, found %1").arg(v.isDouble() ? QString::number(d) : QLatin1String(typeName(v))));
            return fallback;
        }
        if (d < min || d > max) {
            fail(p, QStringLiteral("%1 is out of range (%2 to %3)").arg(d).arg(min).arg(max));
            return fallback;
        }
        return int(d);
    }

    //! A non-empty array of [x, y] points (EPSG:6677 metres).
    std::vector<geo::Point> points(const QJsonObject &o, const QString &key, const QString &path)
    {
        std::vector<geo::Point> out;
        const QString p = member(path, key);
        const QJsonArray a = array(o, key, path);
        for (int i = 0; i < a.size(); ++i) {
            const QJsonArray xy = a[i].toArray();
            if (!a[i].isArray() || xy.size() != 2 || !xy[0].isDouble() || !xy[1].isDouble()) {
                fail(index(p, i), QStringLiteral("expected a point [x, y] in metres"));
                continue;
            }
            out.push_back({xy[0].toDouble(), xy[1].toDouble()});
        }
        if (o.value(key).isArray() && a.isEmpty())
            fail(p, QStringLiteral("is empty (name at least one point)"));
        return out;
    }

    std::vector<geo::Point> polygon(const QJsonObject &o, const QString &path)
    {
        std::vector<geo::Point> ring;
        const QString p = member(path, QStringLiteral("polygon"));
        if (!o.contains(QStringLiteral("polygon"))) {
            fail(p, QStringLiteral("missing (an array of [x, y] points in EPSG:6677 metres)"));
            return ring;
        }
        const QJsonArray a = array(o, QStringLiteral("polygon"), path);
        for (int i = 0; i < a.size(); ++i) {
            const QJsonArray xy = a[i].toArray();
            if (!a[i].isArray() || xy.size() != 2 || !xy[0].isDouble() || !xy[1].isDouble()) {
                fail(index(p, i), QStringLiteral("expected a point [x, y] in metres"));
                continue;
            }
            ring.push_back({xy[0].toDouble(), xy[1].toDouble()});
        }
        if (o.value(QStringLiteral("polygon")).isArray() && ring.size() < 3 && a.size() < 3)
            fail(p, QStringLiteral("a polygon needs at least 3 points, found %1").arg(a.size()));
        return ring;
    }
};

} // namespace

core::Result<Scenario> Scenario::fromJson(const QByteArray &json, QList<Error> *errorsOut)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    auto finish = [&](const QList<Error> &errors) -> core::Result<Scenario> {
        if (errorsOut)
            *errorsOut = errors;
        return errors.first();
    };
    if (parseError.error != QJsonParseError::NoError) {
        // Line and column from the byte offset, so the user can find it in an editor.
        int line = 1, column = 1;
        for (int i = 0; i < parseError.offset && i < json.size(); ++i) {
            if (json[i] == '\n') {
                ++line;
                column = 1;
            } else {
                ++column;
            }
        }
        return finish({Error::invalidInput(QStringLiteral("not valid JSON: %1").arg(parseError.errorString()),
                                           QStringLiteral("line %1, column %2").arg(line).arg(column))});
    }
    if (!document.isObject())
        return finish({Error::invalidInput(QStringLiteral("expected a JSON object at the top level"), QStringLiteral("$"))});

    Reader r;
    Scenario s;
    const QJsonObject root = document.object();
    s.document = root;
    r.checkKeys(root, {}, {QStringLiteral("format"), QStringLiteral("version"), QStringLiteral("name"),
                           QStringLiteral("description"), QStringLiteral("start"), QStringLiteral("duration"),
                           QStringLiteral("seed"), QStringLiteral("hazard"), QStringLiteral("population"),
                           QStringLiteral("shelters"), QStringLiteral("hazards"), QStringLiteral("closures"),
                           QStringLiteral("events"), QStringLiteral("buses"), QStringLiteral("models")});
    if (root.contains(QStringLiteral("format")) && r.string(root, QStringLiteral("format"), {}) != QLatin1String("citytwin-scenario"))
        r.fail(QStringLiteral("format"), QStringLiteral("expected \"citytwin-scenario\""));
    if (root.contains(QStringLiteral("version"))) {
        const double v = r.number(root, QStringLiteral("version"), {}, 1, 0, 1e9);
        if (v != 1)
            r.fail(QStringLiteral("version"), QStringLiteral("version %1 is not supported by this build (1)").arg(v));
    }
    s.name = r.string(root, QStringLiteral("name"), {}, true);
    s.description = r.string(root, QStringLiteral("description"), {});
    if (root.contains(QStringLiteral("start"))) {
        const QString text = r.string(root, QStringLiteral("start"), {});
        s.start = QDateTime::fromString(text, Qt::ISODate);
        if (!text.isNull() && !s.start.isValid())
            r.fail(QStringLiteral("start"), QStringLiteral("expected a date and time like \"2026-09-10T01:00:00+09:00\""));
    }
    if (auto d = r.duration(root, QStringLiteral("duration"), {}, true, 0)) {
        s.duration = *d;
        if (s.duration <= 0)
            r.fail(QStringLiteral("duration"), QStringLiteral("must be longer than 00:00"));
        else if (s.duration > 31 * 24 * kHour)   // a month: long-running domain models (safety alerts)
            r.fail(QStringLiteral("duration"), QStringLiteral("longer than 31 days (744:00) is not supported"));
    }
    s.seed = std::uint64_t(r.number(root, QStringLiteral("seed"), {}, 1, 0, 9007199254740991.0));
    if (root.contains(QStringLiteral("seed")) && root.value(QStringLiteral("seed")).isDouble()
        && root.value(QStringLiteral("seed")).toDouble() != std::floor(root.value(QStringLiteral("seed")).toDouble()))
        r.fail(QStringLiteral("seed"), QStringLiteral("expected a whole number"));
    s.hazard = r.choice(root, QStringLiteral("hazard"), {},
                        {QStringLiteral("flood"), QStringLiteral("inland_flood"), QStringLiteral("landslide"),
                         QStringLiteral("earthquake"), QStringLiteral("fire"), QStringLiteral("any")},
                        QStringLiteral("any"));
    if (s.hazard == QLatin1String("any"))
        s.hazard.clear();
    const SimTime end = s.duration;
    auto checkWithinRun = [&](SimTime t, const QString &path) {
        if (t > end)
            r.fail(path, QStringLiteral("%1 is after the end of the scenario (%2)").arg(formatDuration(t), formatDuration(end)));
    };

    // --- population ------------------------------------------------------------------------------
    const QJsonObject pop = r.object(root, QStringLiteral("population"), {});
    const QString pp = QStringLiteral("population");
    r.checkKeys(pop, pp, {QStringLiteral("scope"), QStringLiteral("household_size"), QStringLiteral("car_share"),
                          QStringLiteral("compliance"), QStringLiteral("trigger"), QStringLiteral("departure")});
    s.scope = r.choice(pop, QStringLiteral("scope"), pp, {QStringLiteral("all"), QStringLiteral("hazard_area")},
                       QStringLiteral("all")) == QLatin1String("hazard_area") ? Scope::HazardArea : Scope::All;
    s.householdSize = r.number(pop, QStringLiteral("household_size"), pp, 2.3, 1.0, 8.0);
    s.carShare = r.number(pop, QStringLiteral("car_share"), pp, 0.3, 0.0, 1.0);
    s.compliance = r.number(pop, QStringLiteral("compliance"), pp, 1.0, 0.0, 1.0);
    if (auto t = r.duration(pop, QStringLiteral("trigger"), pp, false, 0)) {
        s.trigger = *t;
        checkWithinRun(s.trigger, member(pp, QStringLiteral("trigger")));
    }
    const QJsonObject dep = r.object(pop, QStringLiteral("departure"), pp);
    const QString dp = member(pp, QStringLiteral("departure"));
    r.checkKeys(dep, dp, {QStringLiteral("distribution"), QStringLiteral("mean"), QStringLiteral("min"), QStringLiteral("max")});
    const QString dist = r.choice(dep, QStringLiteral("distribution"), dp,
                                  {QStringLiteral("immediate"), QStringLiteral("rayleigh"), QStringLiteral("exponential"),
                                   QStringLiteral("uniform")},
                                  QStringLiteral("rayleigh"));
    s.departure = dist == QLatin1String("immediate") ? Departure::Immediate
        : dist == QLatin1String("exponential")       ? Departure::Exponential
        : dist == QLatin1String("uniform")           ? Departure::Uniform
                                                     : Departure::Rayleigh;
    if (s.departure == Departure::Rayleigh || s.departure == Departure::Exponential) {
        if (auto t = r.duration(dep, QStringLiteral("mean"), dp, false, s.departureMean)) {
            s.departureMean = *t;
            if (s.departureMean <= 0)
                r.fail(member(dp, QStringLiteral("mean")), QStringLiteral("must be longer than 00:00"));
        }
    } else if (s.departure == Departure::Uniform) {
        const auto lo = r.duration(dep, QStringLiteral("min"), dp, false, 0);
        const auto hi = r.duration(dep, QStringLiteral("max"), dp, true, 0);
        if (lo && hi) {
            s.departureMin = *lo;
            s.departureMax = *hi;
            if (*hi < *lo)
                r.fail(member(dp, QStringLiteral("max")), QStringLiteral("%1 is before min (%2)").arg(formatDuration(*hi), formatDuration(*lo)));
        }
    }

    // --- shelters --------------------------------------------------------------------------------
    const QJsonObject sh = r.object(root, QStringLiteral("shelters"), {});
    const QString sp = QStringLiteral("shelters");
    r.checkKeys(sh, sp, {QStringLiteral("initial"), QStringLiteral("open"), QStringLiteral("closed")});
    const QString initial = r.choice(sh, QStringLiteral("initial"), sp,
                                     {QStringLiteral("all_open"), QStringLiteral("all_closed"), QStringLiteral("live")},
                                     QStringLiteral("all_open"));
    s.shelterInitial = initial == QLatin1String("live") ? ShelterInitial::Live
        : initial == QLatin1String("all_closed")        ? ShelterInitial::AllClosed
                                                        : ShelterInitial::AllOpen;
    for (const auto &[key, list] : {std::pair{QStringLiteral("open"), &s.openShelters},
                                    std::pair{QStringLiteral("closed"), &s.closedShelters}}) {
        const QJsonArray a = r.array(sh, key, sp);
        for (int i = 0; i < a.size(); ++i) {
            if (auto ref = r.shelter(a[i], index(member(sp, key), i)))
                list->push_back(*ref);
        }
    }

    // --- hazards ---------------------------------------------------------------------------------
    const QJsonArray hazards = r.array(root, QStringLiteral("hazards"), {});
    for (int i = 0; i < hazards.size(); ++i) {
        const QString hp = index(QStringLiteral("hazards"), i);
        if (!hazards[i].isObject()) {
            r.fail(hp, QStringLiteral("expected an object, found %1").arg(QLatin1String(typeName(hazards[i]))));
            continue;
        }
        const QJsonObject h = hazards[i].toObject();
        Action a;
        a.path = hp;
        const QString kind = r.choice(h, QStringLiteral("kind"), hp,
                                      {QStringLiteral("flood"), QStringLiteral("river_overtopping"),
                                       QStringLiteral("bridge_closure")},
                                      {}, true);
        if (auto t = r.duration(h, QStringLiteral("at"), hp, false, 0)) {
            a.at = *t;
            checkWithinRun(a.at, member(hp, QStringLiteral("at")));
        }
        if (kind == QLatin1String("flood")) {
            r.checkKeys(h, hp, {QStringLiteral("kind"), QStringLiteral("at"), QStringLiteral("polygon"), QStringLiteral("name")});
            a.kind = Action::Kind::FloodPolygon;
            a.polygon = r.polygon(h, hp);
        } else if (kind == QLatin1String("river_overtopping")) {
            r.checkKeys(h, hp, {QStringLiteral("kind"), QStringLiteral("at"), QStringLiteral("river"), QStringLiteral("width_m"),
                                QStringLiteral("from"), QStringLiteral("to"), QStringLiteral("name")});
            a.kind = Action::Kind::RiverOvertopping;
            a.river = r.string(h, QStringLiteral("river"), hp, true);
            a.widthM = r.number(h, QStringLiteral("width_m"), hp, 200.0, 1.0, 20000.0);
            a.from = r.number(h, QStringLiteral("from"), hp, 0.0, 0.0, 1.0);
            a.to = r.number(h, QStringLiteral("to"), hp, 1.0, 0.0, 1.0);
            if (a.to < a.from)
                r.fail(member(hp, QStringLiteral("to")), QStringLiteral("%1 is before from (%2)").arg(a.to).arg(a.from));
        } else if (kind == QLatin1String("bridge_closure")) {
            r.checkKeys(h, hp, {QStringLiteral("kind"), QStringLiteral("at"), QStringLiteral("roads"), QStringLiteral("share"),
                                QStringLiteral("name")});
            a.kind = Action::Kind::BridgeClosure;
            a.roads = r.roadList(h, QStringLiteral("roads"), hp, false);
            a.share = r.number(h, QStringLiteral("share"), hp, 1.0, 0.0, 1.0);
        } else {
            continue;
        }
        r.string(h, QStringLiteral("name"), hp);
        s.actions.push_back(a);
    }

    // --- closures --------------------------------------------------------------------------------
    const QJsonArray closures = r.array(root, QStringLiteral("closures"), {});
    for (int i = 0; i < closures.size(); ++i) {
        const QString cp = index(QStringLiteral("closures"), i);
        if (!closures[i].isObject()) {
            r.fail(cp, QStringLiteral("expected an object, found %1").arg(QLatin1String(typeName(closures[i]))));
            continue;
        }
        const QJsonObject c = closures[i].toObject();
        r.checkKeys(c, cp, {QStringLiteral("road"), QStringLiteral("roads"), QStringLiteral("at"), QStringLiteral("until"),
                            QStringLiteral("reason")});
        Action a;
        a.kind = Action::Kind::CloseRoads;
        a.path = cp;
        if (c.contains(QStringLiteral("road"))) {
            if (auto id = r.roadId(c.value(QStringLiteral("road")), member(cp, QStringLiteral("road"))))
                a.roads.push_back(*id);
        } else if (c.contains(QStringLiteral("roads"))) {
            a.roads = r.roadList(c, QStringLiteral("roads"), cp, true);
        } else {
            r.fail(member(cp, QStringLiteral("road")), QStringLiteral("missing (a road id, or \"roads\": [ids])"));
        }
        r.string(c, QStringLiteral("reason"), cp);
        const auto at = r.duration(c, QStringLiteral("at"), cp, false, 0);
        if (at) {
            a.at = *at;
            checkWithinRun(a.at, member(cp, QStringLiteral("at")));
        }
        s.actions.push_back(a);
        if (c.contains(QStringLiteral("until"))) {
            if (auto until = r.duration(c, QStringLiteral("until"), cp, false, 0)) {
                if (at && *until <= *at) {
                    r.fail(member(cp, QStringLiteral("until")), QStringLiteral("%1 is not after at (%2)")
                                                                    .arg(formatDuration(*until), formatDuration(*at)));
                } else {
                    Action reopen = a;
                    reopen.kind = Action::Kind::ReopenRoads;
                    reopen.at = *until;
                    reopen.path = member(cp, QStringLiteral("until"));
                    s.actions.push_back(reopen);
                }
            }
        }
    }

    // --- events ----------------------------------------------------------------------------------
    const QJsonArray events = r.array(root, QStringLiteral("events"), {});
    for (int i = 0; i < events.size(); ++i) {
        const QString ep = index(QStringLiteral("events"), i);
        if (!events[i].isObject()) {
            r.fail(ep, QStringLiteral("expected an object, found %1").arg(QLatin1String(typeName(events[i]))));
            continue;
        }
        const QJsonObject e = events[i].toObject();
        Action a;
        a.path = ep;
        if (auto t = r.duration(e, QStringLiteral("at"), ep, true, 0)) {
            a.at = *t;
            checkWithinRun(a.at, member(ep, QStringLiteral("at")));
        }
        const QString kind = r.choice(e, QStringLiteral("kind"), ep,
                                      {QStringLiteral("open_shelter"), QStringLiteral("close_shelter"),
                                       QStringLiteral("close_road"), QStringLiteral("reopen_road")},
                                      {}, true);
        if (kind == QLatin1String("open_shelter") || kind == QLatin1String("close_shelter")) {
            r.checkKeys(e, ep, {QStringLiteral("at"), QStringLiteral("kind"), QStringLiteral("shelter")});
            a.kind = kind == QLatin1String("open_shelter") ? Action::Kind::OpenShelter : Action::Kind::CloseShelter;
            if (!e.contains(QStringLiteral("shelter")))
                r.fail(member(ep, QStringLiteral("shelter")), QStringLiteral("missing (a feature id or source_id)"));
            else if (auto ref = r.shelter(e.value(QStringLiteral("shelter")), member(ep, QStringLiteral("shelter"))))
                a.shelter = *ref;
        } else if (kind == QLatin1String("close_road") || kind == QLatin1String("reopen_road")) {
            r.checkKeys(e, ep, {QStringLiteral("at"), QStringLiteral("kind"), QStringLiteral("road")});
            a.kind = kind == QLatin1String("close_road") ? Action::Kind::CloseRoads : Action::Kind::ReopenRoads;
            if (!e.contains(QStringLiteral("road")))
                r.fail(member(ep, QStringLiteral("road")), QStringLiteral("missing (a road id)"));
            else if (auto id = r.roadId(e.value(QStringLiteral("road")), member(ep, QStringLiteral("road"))))
                a.roads.push_back(*id);
        } else {
            continue;
        }
        s.actions.push_back(a);
    }

    // --- buses -----------------------------------------------------------------------------------
    if (root.contains(QStringLiteral("buses"))) {
        const QJsonObject b = r.object(root, QStringLiteral("buses"), {});
        const QString bp = QStringLiteral("buses");
        r.checkKeys(b, bp, {QStringLiteral("count"), QStringLiteral("capacity"), QStringLiteral("pcu"), QStringLiteral("stops"),
                            QStringLiteral("depots"), QStringLiteral("start"), QStringLiteral("dwell"), QStringLiteral("walk_limit")});
        s.buses.enabled = root.value(QStringLiteral("buses")).isObject();
        s.buses.count = r.wholeNumber(b, QStringLiteral("count"), bp, 0, 1, 10000, true);
        s.buses.capacity = r.wholeNumber(b, QStringLiteral("capacity"), bp, 50, 8, 500);
        s.buses.pcu = r.number(b, QStringLiteral("pcu"), bp, 2.0, 0.5, 10.0);
        if (b.contains(QStringLiteral("stops"))) {
            const QJsonValue v = b.value(QStringLiteral("stops"));
            if (v.isString()) {
                if (v.toString() != QLatin1String("bus_stops"))
                    r.fail(member(bp, QStringLiteral("stops")),
                           QStringLiteral("\"%1\" is not a collection point layer (expected \"bus_stops\" or [[x, y], …])").arg(v.toString()));
            } else if (v.isArray()) {
                s.buses.stopsFromTwin = false;
                s.buses.stops = r.points(b, QStringLiteral("stops"), bp);
            } else {
                r.fail(member(bp, QStringLiteral("stops")),
                       QStringLiteral("expected \"bus_stops\" or an array of [x, y] points, found %1").arg(QLatin1String(typeName(v))));
            }
        }
        if (b.contains(QStringLiteral("depots"))) {
            const QJsonValue v = b.value(QStringLiteral("depots"));
            if (v.isArray()) {
                s.buses.depots = r.points(b, QStringLiteral("depots"), bp);
            } else if (!(v.isString() && v.toString() == QLatin1String("stops"))) {
                r.fail(member(bp, QStringLiteral("depots")),
                       QStringLiteral("expected an array of [x, y] points or \"stops\" (the busiest collection points)"));
            }
        }
        if (auto t = r.duration(b, QStringLiteral("start"), bp, false, -1)) {
            s.buses.start = *t;
            if (*t >= 0)
                checkWithinRun(*t, member(bp, QStringLiteral("start")));
        }
        if (auto t = r.duration(b, QStringLiteral("dwell"), bp, false, s.buses.dwell)) {
            s.buses.dwell = *t;
            if (*t > kHour)
                r.fail(member(bp, QStringLiteral("dwell")), QStringLiteral("%1 is longer than an hour").arg(formatDuration(*t)));
        }
        if (auto t = r.duration(b, QStringLiteral("walk_limit"), bp, false, s.buses.walkLimit))
            s.buses.walkLimit = *t;
    }

    if (s.scope == Scope::HazardArea
        && std::none_of(s.actions.begin(), s.actions.end(), [](const Action &a) {
               return a.kind == Action::Kind::FloodPolygon || a.kind == Action::Kind::RiverOvertopping;
           }))
        r.fail(QStringLiteral("population.scope"),
               QStringLiteral("\"hazard_area\" needs a flood or river_overtopping hazard to define the area"));

    s.models = r.object(root, QStringLiteral("models"), {});
    for (auto it = s.models.begin(); it != s.models.end(); ++it) {
        if (!it.value().isObject())
            r.fail(member(QStringLiteral("models"), it.key()), QStringLiteral("expected an object (the model's section)"));
    }

    if (!r.errors.isEmpty())
        return finish(r.errors);
    if (errorsOut)
        errorsOut->clear();
    return s;
}

core::Result<Scenario> Scenario::fromFile(const QString &path, QList<Error> *errors)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        const Error e = Error::notFound(QStringLiteral("cannot read the scenario: %1").arg(file.errorString()), path);
        if (errors)
            *errors = {e};
        return e;
    }
    return fromJson(file.readAll(), errors);
}

std::vector<Scenario::Action> Scenario::timeline() const
{
    std::vector<Action> sorted = actions;
    std::stable_sort(sorted.begin(), sorted.end(), [](const Action &a, const Action &b) { return a.at < b.at; });
    return sorted;
}

} // namespace ct::sim
