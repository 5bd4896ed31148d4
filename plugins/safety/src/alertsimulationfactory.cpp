// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "ct/safety/alertsimulationfactory.h"

#include "ct/safety/alertsimulationmodel.h"
#include "ct/sim/simulationworld.h"
#include "ct/store/twinstore.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace ct::safety {

using core::Error;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Safety", text);
}

const QStringList kKeys{QStringLiteral("alerts_per_day"), QStringLiteral("school_share"), QStringLiteral("station_share"),
                        QStringLiteral("spread_m"), QStringLiteral("bandwidth_m"), QStringLiteral("stations")};

} // namespace

QList<Error> AlertSimulationFactory::validate(const QJsonObject &section, const QString &path, const sim::SimulationWorld &) const
{
    QList<Error> errors;
    for (auto it = section.begin(); it != section.end(); ++it)
        if (!kKeys.contains(it.key()))
            errors << Error::invalidInput(tr("unknown key (expected: %1)").arg(kKeys.join(QStringLiteral(", "))), path + QLatin1Char('.') + it.key());
    auto number = [&](const char *key, double low, double high) {
        const QJsonValue v = section.value(QLatin1String(key));
        if (v.isUndefined())
            return;
        if (!v.isDouble() || v.toDouble() < low || v.toDouble() > high)
            errors << Error::invalidInput(tr("expected a number from %1 to %2").arg(low).arg(high), path + QLatin1Char('.') + QLatin1String(key));
    };
    number("alerts_per_day", 0.0, 1000.0);
    number("school_share", 0.0, 1.0);
    number("station_share", 0.0, 1.0);
    number("spread_m", 1.0, 5000.0);
    number("bandwidth_m", 10.0, 10000.0);
    if (section.value(QStringLiteral("school_share")).toDouble(0.45) + section.value(QStringLiteral("station_share")).toDouble(0.3) > 1.0 + 1e-9)
        errors << Error::invalidInput(tr("school_share and station_share add up to more than 1"), path);
    const QJsonValue stations = section.value(QStringLiteral("stations"));
    if (!stations.isUndefined()) {
        if (!stations.isArray()) {
            errors << Error::invalidInput(tr("expected a list of [longitude, latitude]"), path + QStringLiteral(".stations"));
        } else {
            const QJsonArray list = stations.toArray();
            for (int i = 0; i < list.size(); ++i) {
                const QJsonArray p = list[i].toArray();
                if (p.size() != 2 || !p[0].isDouble() || !p[1].isDouble() || std::abs(p[0].toDouble()) > 180 || std::abs(p[1].toDouble()) > 90)
                    errors << Error::invalidInput(tr("expected [longitude, latitude] in degrees"), QStringLiteral("%1.stations[%2]").arg(path).arg(i));
            }
        }
    }
    return errors;
}

std::unique_ptr<sim::Model> AlertSimulationFactory::create(const sim::ModelContext &context) const
{
    const QJsonObject &s = context.section;
    AlertGenerator::Options options;
    options.alertsPerDay = s.value(QStringLiteral("alerts_per_day")).toDouble(options.alertsPerDay);
    options.schoolShare = s.value(QStringLiteral("school_share")).toDouble(options.schoolShare);
    options.stationShare = s.value(QStringLiteral("station_share")).toDouble(options.stationShare);
    options.spreadMetres = s.value(QStringLiteral("spread_m")).toDouble(options.spreadMetres);
    const double bandwidth = s.value(QStringLiteral("bandwidth_m")).toDouble(400.0);
    std::vector<geo::Point> stations = AlertGenerator::tsukubaStations();
    if (s.contains(QStringLiteral("stations"))) {
        stations.clear();
        for (const QJsonValue &v : s.value(QStringLiteral("stations")).toArray())
            stations.push_back({v.toArray().at(0).toDouble(), v.toArray().at(1).toDouble()});
    }
    // The run's own read-only connection: simulations run on a worker thread.
    std::optional<AlertGenerator> generator;
    QString problem;
    auto twin = store::TwinStore::open(context.world.twinPath(), store::TwinStore::OpenMode::ReadOnly);
    if (!twin) {
        problem = twin.error().toString();
    } else {
        auto boundary = CityBoundary::fromTwin(*twin.value());
        auto anchors = AlertGenerator::anchorsFromTwin(*twin.value(), stations);
        if (!boundary)
            problem = boundary.error().toString();
        else if (!anchors)
            problem = anchors.error().toString();
        else
            generator.emplace(std::move(boundary.value()), std::move(anchors.value()), options);
    }
    return std::make_unique<AlertSimulationModel>(context, std::move(generator), bandwidth, problem);
}

} // namespace ct::safety
