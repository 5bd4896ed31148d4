// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "ct/citygen/citygenerator.h"

#include "boundarygenerator.h"
#include "buildinggenerator.h"
#include "cityplan.h"
#include "citywriter.h"
#include "facilitygenerator.h"
#include "realdataloader.h"
#include "rivergenerator.h"
#include "roadnetworkgenerator.h"
#include "schooldistrictbuilder.h"
#include "sensorgenerator.h"
#include "transitgenerator.h"

#include "ct/geo/crs.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>

#include <cmath>

namespace ct::citygen {

QString CityGenerator::version()
{
    return QStringLiteral("1");
}

QStringList CityGenerator::layerNames()
{
    return {QStringLiteral("boundary"), QStringLiteral("buildings"), QStringLiteral("road_nodes"), QStringLiteral("roads"),
            QStringLiteral("rivers"), QStringLiteral("water"), QStringLiteral("embankments"), QStringLiteral("shelters"),
            QStringLiteral("hospitals"), QStringLiteral("hydrogen_stations"), QStringLiteral("fuel_cell_buses"),
            QStringLiteral("schools"), QStringLiteral("school_districts"), QStringLiteral("bus_stops"),
            QStringLiteral("bus_routes"), QStringLiteral("sensor_sites"), QStringLiteral("streetlights"),
            QStringLiteral("police_boxes")};
}

core::Result<CityModel> CityGenerator::build(const GeneratorOptions &options, const Progress &progress,
                                             std::vector<std::pair<QString, double>> *stageSeconds)
{
    if (!(options.scale > 0.0) || !std::isfinite(options.scale) || options.scale > 64.0)
        return core::Error::invalidInput(QCoreApplication::translate("CityGen", "scale must be > 0 and ≤ 64, got %1").arg(options.scale), QStringLiteral("scale"));
    if (!options.realDataDirectory.isEmpty() && !QFileInfo(options.realDataDirectory).isDir())
        return core::Error::notFound(QCoreApplication::translate("CityGen", "the real-data folder does not exist"), options.realDataDirectory);

    QElapsedTimer timer;
    timer.start();
    auto stage = [&](int percent, const char *name) {
        if (stageSeconds)
            stageSeconds->push_back({QString::fromLatin1(name), timer.nsecsElapsed() / 1e9});
        timer.restart();
        if (progress)
            progress(percent, QCoreApplication::translate("CityGen", name));
    };

    CityPlan plan;
    plan.options = options;
    auto toLocal = geo::CrsTransform::create(geo::crs::kWgs84, geo::crs::kJgd2011ZoneIX);
    if (!toLocal)
        return toLocal.error();
    plan.toLocal.emplace(std::move(toLocal.value()));

    CityModel model;
    std::optional<std::vector<std::vector<Ring>>> realBoundary;
    std::optional<std::vector<ShelterFeature>> realShelters;
    std::optional<std::vector<SensorSiteFeature>> realGauges, realWeather;
    if (!options.realDataDirectory.isEmpty()) {
        RealDataLoader loader(options.realDataDirectory, *plan.toLocal);
        auto boundary = loader.boundary();
        if (!boundary)
            return boundary.error();
        realBoundary = std::move(boundary.value());
        auto shelters = loader.shelters();
        if (!shelters)
            return shelters.error();
        realShelters = std::move(shelters.value());
        auto gauges = loader.gauges();
        if (!gauges)
            return gauges.error();
        realGauges = std::move(gauges.value());
        geo::Envelope area;
        for (const auto &polygon : *realBoundary)
            for (const auto &p : polygon.front())
                area.expand(p);
        // Weather stations within 10 km of the city count as its own (つくば/館野, 土浦, 下妻…).
        area.expand(geo::Point{area.minX - 10000.0, area.minY - 10000.0});
        area.expand(geo::Point{area.maxX + 10000.0, area.maxY + 10000.0});
        auto weather = loader.weatherStations(area);
        if (!weather)
            return weather.error();
        realWeather = std::move(weather.value());
        stage(5, QT_TRANSLATE_NOOP("CityGen", "real data"));
    }

    BoundaryGenerator::run(plan, model, realBoundary ? &*realBoundary : nullptr);
    if (realShelters) {
        geo::Envelope extent = plan.boundary.envelope();
        extent.expand(geo::Point{extent.minX - 100.0, extent.minY - 100.0});
        extent.expand(geo::Point{extent.maxX + 100.0, extent.maxY + 100.0});
        plan.siteObstacles.reset(extent, 200.0);
        for (const auto &s : *realShelters)
            plan.siteObstacles.addPolyline({s.position, s.position}, 0);
    }
    stage(8, QT_TRANSLATE_NOOP("CityGen", "boundary"));
    RiverGenerator::run(plan, model);
    stage(12, QT_TRANSLATE_NOOP("CityGen", "rivers"));
    RoadNetworkGenerator::run(plan, model);
    stage(30, QT_TRANSLATE_NOOP("CityGen", "roads"));
    FacilityGenerator::run(plan, model, realShelters);
    stage(35, QT_TRANSLATE_NOOP("CityGen", "facilities"));
    BuildingGenerator::run(plan, model);
    stage(55, QT_TRANSLATE_NOOP("CityGen", "buildings"));
    SchoolDistrictBuilder::run(plan, model);
    stage(58, QT_TRANSLATE_NOOP("CityGen", "school districts"));
    TransitGenerator::run(plan, model);
    stage(63, QT_TRANSLATE_NOOP("CityGen", "transit"));
    SensorGenerator::run(plan, model, realGauges, realWeather);
    stage(70, QT_TRANSLATE_NOOP("CityGen", "sensors"));
    return model;
}

core::Status CityGenerator::write(const CityModel &model, const QString &twinPath, const GeneratorOptions &options,
                                  const Progress &progress)
{
    return CityWriter::write(model, twinPath, options, progress);
}

core::Result<GenerationReport> CityGenerator::generate(const QString &twinPath, const GeneratorOptions &options,
                                                       const Progress &progress)
{
    QElapsedTimer total;
    total.start();
    if (QFileInfo::exists(twinPath))
        return core::Error::refused(QCoreApplication::translate("CityGen", "the file already exists; choose another name or remove it first"), twinPath);
    GenerationReport report;
    auto model = build(options, progress, &report.stageSeconds);
    if (!model)
        return model.error();
    QElapsedTimer writing;
    writing.start();
    if (auto status = CityWriter::write(model.value(), twinPath, options, progress, &report.layerCounts); !status)
        return status.error();
    report.stageSeconds.push_back({QStringLiteral("write"), writing.nsecsElapsed() / 1e9});
    report.population = model->population();
    report.areaKm2 = model->areaKm2;
    report.realBoundary = model->realBoundary;
    report.realShelters = model->realShelters;
    report.realSensors = model->realSensors;
    for (const auto &note : model->notes)
        report.notes << note;
    report.seconds = total.nsecsElapsed() / 1e9;
    if (progress)
        progress(100, QCoreApplication::translate("CityGen", "done"));
    return report;
}

} // namespace ct::citygen
