// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "rainfallsettings.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace ct::sensors {

using core::Error;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Rainfall", text);
}

/// Reads the keys of one JSON object, each error with its path.
class Reader
{
public:
    Reader(const QJsonObject &object, QString path, QList<Error> &errors) : m_object(object), m_path(std::move(path)), m_errors(errors) {}

    QString at(const QString &key) const { return m_path + QLatin1Char('.') + key; }

    void allow(const QStringList &keys) const
    {
        for (auto it = m_object.begin(); it != m_object.end(); ++it)
            if (!keys.contains(it.key()))
                m_errors << Error::invalidInput(tr("unknown key (expected one of: %1)").arg(keys.join(QStringLiteral(", "))), at(it.key()));
    }

    void number(const char *key, double low, double high, double &out) const
    {
        const QJsonValue v = m_object.value(QLatin1String(key));
        if (v.isUndefined())
            return;
        if (!v.isDouble() || !(v.toDouble() >= low) || !(v.toDouble() <= high)) {
            m_errors << Error::invalidInput(tr("expected a number from %1 to %2").arg(low).arg(high), at(QLatin1String(key)));
            return;
        }
        out = v.toDouble();
    }

    //! A positive number (> low).
    void positive(const char *key, double high, double &out) const
    {
        const QJsonValue v = m_object.value(QLatin1String(key));
        if (v.isUndefined())
            return;
        if (!v.isDouble() || !(v.toDouble() > 0.0) || !(v.toDouble() <= high)) {
            m_errors << Error::invalidInput(tr("expected a number above 0, at most %1").arg(high), at(QLatin1String(key)));
            return;
        }
        out = v.toDouble();
    }

    void duration(const char *key, bool allowZero, sim::SimTime &out) const
    {
        const QJsonValue v = m_object.value(QLatin1String(key));
        if (v.isUndefined())
            return;
        const auto t = v.isString() ? sim::parseDuration(v.toString()) : std::nullopt;
        if (!t || (!allowZero && *t <= 0)) {
            m_errors << Error::invalidInput(allowZero ? tr("expected a time \"HH:MM\" or \"HH:MM:SS\"")
                                                      : tr("expected a duration above zero, \"HH:MM\" or \"HH:MM:SS\""),
                                            at(QLatin1String(key)));
            return;
        }
        out = *t;
    }

    void boolean(const char *key, bool &out) const
    {
        const QJsonValue v = m_object.value(QLatin1String(key));
        if (v.isUndefined())
            return;
        if (!v.isBool()) {
            m_errors << Error::invalidInput(tr("expected true or false"), at(QLatin1String(key)));
            return;
        }
        out = v.toBool();
    }

    void text(const char *key, QString &out) const
    {
        const QJsonValue v = m_object.value(QLatin1String(key));
        if (v.isUndefined())
            return;
        if (!v.isString() || v.toString().isEmpty()) {
            m_errors << Error::invalidInput(tr("expected a non-empty text"), at(QLatin1String(key)));
            return;
        }
        out = v.toString();
    }

    //! The object under `key` (an error when it is something else).
    std::optional<QJsonObject> object(const char *key) const
    {
        const QJsonValue v = m_object.value(QLatin1String(key));
        if (v.isUndefined())
            return std::nullopt;
        if (!v.isObject()) {
            m_errors << Error::invalidInput(tr("expected an object"), at(QLatin1String(key)));
            return std::nullopt;
        }
        return v.toObject();
    }

private:
    const QJsonObject &m_object;
    QString m_path;
    QList<Error> &m_errors;
};

} // namespace

RainfallSettings RainfallSettings::parse(const QJsonObject &section, const QString &path, QList<Error> &errors)
{
    RainfallSettings s;
    Reader r(section, path, errors);
    r.allow({QStringLiteral("step"), QStringLiteral("start"), QStringLiteral("update"), QStringLiteral("sample"),
             QStringLiteral("rain_mm_h"), QStringLiteral("runoff_coefficient"), QStringLiteral("storage_h"),
             QStringLiteral("base_flow_m3s_per_km2"), QStringLiteral("default_catchment_km2"), QStringLiteral("design"),
             QStringLiteral("rating_exponent"), QStringLiteral("normal_level_m"), QStringLiteral("flood"), QStringLiteral("gauges")});
    r.duration("step", false, s.step);
    r.duration("start", true, s.rainStart);
    r.duration("update", false, s.update);
    r.duration("sample", false, s.sample);
    r.number("runoff_coefficient", 0.0, 1.0, s.runoffCoefficient);
    r.positive("storage_h", 240.0, s.storageHours);
    r.number("base_flow_m3s_per_km2", 0.0, 10.0, s.baseFlowPerKm2);
    r.positive("default_catchment_km2", 100000.0, s.defaultCatchmentKm2);
    r.positive("rating_exponent", 3.0, s.ratingExponent);
    r.number("normal_level_m", -100.0, 1000.0, s.normalLevelM);

    if (!section.contains(QStringLiteral("rain_mm_h")))
        errors << Error::invalidInput(tr("missing: the rainfall in mm/h, a list with one value per step or one number"), r.at(QStringLiteral("rain_mm_h")));
    else if (auto rain = Hyetograph::fromJson(section.value(QStringLiteral("rain_mm_h")), s.step, s.rainStart, r.at(QStringLiteral("rain_mm_h")), errors))
        s.rain = *rain;

    if (auto design = r.object("design")) {
        Reader d(*design, r.at(QStringLiteral("design")), errors);
        d.allow({QStringLiteral("rain_mm_h"), QStringLiteral("duration")});
        d.positive("rain_mm_h", 500.0, s.designMmPerHour);
        d.duration("duration", false, s.designDuration);
    }
    if (auto flood = r.object("flood")) {
        Reader f(*flood, r.at(QStringLiteral("flood")), errors);
        f.allow({QStringLiteral("close_roads"), QStringLiteral("onset_m"), QStringLiteral("reach_m"), QStringLiteral("min_width_m"),
                 QStringLiteral("width_per_m"), QStringLiteral("max_width_m"), QStringLiteral("hysteresis_m"), QStringLiteral("band_m"),
                 QStringLiteral("snap_m")});
        f.boolean("close_roads", s.flood.closeRoads);
        f.number("onset_m", -10.0, 10.0, s.flood.onsetM);
        f.positive("reach_m", 50000.0, s.flood.reachM);
        f.number("min_width_m", 0.0, 5000.0, s.flood.minWidthM);
        f.number("width_per_m", 0.0, 10000.0, s.flood.widthPerM);
        f.positive("max_width_m", 5000.0, s.flood.maxWidthM);
        f.number("hysteresis_m", 0.0, 10.0, s.flood.hysteresisM);
        f.positive("band_m", 1000.0, s.flood.bandM);
        f.positive("snap_m", 100000.0, s.flood.snapM);
        if (s.flood.minWidthM > s.flood.maxWidthM)
            errors << Error::invalidInput(tr("min_width_m is more than max_width_m"), r.at(QStringLiteral("flood")));
    }
    if (auto gauges = r.object("gauges")) {
        for (auto it = gauges->begin(); it != gauges->end(); ++it) {
            Gauge g;
            g.sourceId = it.key();
            g.path = r.at(QStringLiteral("gauges")) + QLatin1Char('.') + it.key();
            if (!it.value().isObject()) {
                errors << Error::invalidInput(tr("expected an object"), g.path);
                continue;
            }
            const QJsonObject o = it.value().toObject();
            Reader gr(o, g.path, errors);
            gr.allow({QStringLiteral("rain_mm_h"), QStringLiteral("catchment_km2"), QStringLiteral("runoff_coefficient"),
                      QStringLiteral("storage_h"), QStringLiteral("base_flow_m3s"), QStringLiteral("normal_level_m"),
                      QStringLiteral("rating_exponent"), QStringLiteral("rating"), QStringLiteral("river")});
            if (o.contains(QStringLiteral("rain_mm_h")))
                g.rain = Hyetograph::fromJson(o.value(QStringLiteral("rain_mm_h")), s.step, s.rainStart, gr.at(QStringLiteral("rain_mm_h")), errors);
            gr.positive("catchment_km2", 100000.0, g.catchmentKm2);
            gr.number("runoff_coefficient", 0.0, 1.0, g.runoffCoefficient);
            gr.positive("storage_h", 240.0, g.storageHours);
            gr.number("base_flow_m3s", 0.0, 100000.0, g.baseFlow);
            gr.number("normal_level_m", -100.0, 1000.0, g.normalLevelM);
            gr.positive("rating_exponent", 3.0, g.ratingExponent);
            gr.text("river", g.river);
            if (auto rating = gr.object("rating")) {
                Reader rr(*rating, gr.at(QStringLiteral("rating")), errors);
                rr.allow({QStringLiteral("h0"), QStringLiteral("a"), QStringLiteral("b")});
                RatingCurve c{kUnset, kUnset, kUnset};
                rr.number("h0", -100.0, 1000.0, c.h0);
                rr.positive("a", 1000.0, c.a);
                rr.positive("b", 3.0, c.b);
                for (const char *key : {"h0", "a", "b"})
                    if (!rating->contains(QLatin1String(key)))
                        errors << Error::invalidInput(tr("missing: a rating curve needs h0, a and b (h = h0 + a·Q^b)"),
                                                      rr.at(QLatin1String(key)));
                if (c.isValid())
                    g.rating = c;
            }
            s.gauges.push_back(std::move(g));
        }
    }
    return s;
}

const RainfallSettings::Gauge *RainfallSettings::gauge(const QString &sourceId) const
{
    for (const Gauge &g : gauges)
        if (g.sourceId == sourceId)
            return &g;
    return nullptr;
}

} // namespace ct::sensors
