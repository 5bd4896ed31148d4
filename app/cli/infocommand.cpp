// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "infocommand.h"

#include "ct/store/twinstore.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace ct::cli {

namespace {

QString geometryTypeName(geo::GeometryType type)
{
    switch (type) {
    case geo::GeometryType::Point: return QStringLiteral("Point");
    case geo::GeometryType::LineString: return QStringLiteral("LineString");
    case geo::GeometryType::Polygon: return QStringLiteral("Polygon");
    case geo::GeometryType::MultiPoint: return QStringLiteral("MultiPoint");
    case geo::GeometryType::MultiLineString: return QStringLiteral("MultiLineString");
    case geo::GeometryType::MultiPolygon: return QStringLiteral("MultiPolygon");
    }
    return QStringLiteral("Unknown");
}

const char *const kUsage = QT_TRANSLATE_NOOP(
    "Cli",
    "Usage: citytwin-cli info TWIN [--json]\n"
    "Shows a twin's layers with their feature counts and CRS, its schema versions\n"
    "(core and each plugin) and the plugins' operational tables.\n"
    "  --json   print the same as one JSON object\n");

//! The usage text in the user's language.
QString usage()
{
    return QCoreApplication::translate("Cli", kUsage);
}

} // namespace

int runInfo(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QString path;
    bool json = false;
    for (const QString &argument : arguments) {
        if (argument == QLatin1String("--help") || argument == QLatin1String("-h")) {
            out << usage();
            return 0;
        }
        if (argument == QLatin1String("--json")) {
            json = true;
        } else if (argument.startsWith(QLatin1Char('-'))) {
            err << "citytwin-cli info: " << QCoreApplication::translate("Cli", "unknown option %1").arg(argument) << "\n" << usage();
            return 2;
        } else if (path.isEmpty()) {
            path = argument;
        } else {
            err << "citytwin-cli info: " << QCoreApplication::translate("Cli", "one twin at a time (got %1 and %2)").arg(path, argument) << "\n";
            return 2;
        }
    }
    if (path.isEmpty()) {
        err << "citytwin-cli info: " << QCoreApplication::translate("Cli", "which twin? ") << "\n" << usage();
        return 2;
    }

    auto opened = store::TwinStore::open(path, store::TwinStore::OpenMode::ReadOnly);
    if (!opened) {
        err << "citytwin-cli info: " << opened.error().toString() << "\n";
        return 1;
    }
    const auto &twin = *opened.value();

    QJsonObject result;
    result[QStringLiteral("path")] = twin.path();
    result[QStringLiteral("name")] = twin.metadata(QStringLiteral("twin.name"));
    const QString crs = twin.metadata(QStringLiteral("twin.crs"));
    result[QStringLiteral("crs")] = crs.isEmpty() ? QStringLiteral("EPSG:6677") : crs;
    QJsonObject schemas;
    for (const auto &[component, version] : twin.components())
        schemas[component] = version;
    result[QStringLiteral("schemaVersions")] = schemas;
    QJsonArray layers;
    for (const auto &layer : twin.layers()) {
        QJsonObject entry{{QStringLiteral("name"), layer.name},
                          {QStringLiteral("geometryType"), geometryTypeName(layer.geometryType)},
                          {QStringLiteral("srsId"), layer.srsId},
                          {QStringLiteral("features"), layer.featureCount},
                          {QStringLiteral("spatialIndex"), layer.hasSpatialIndex}};
        if (!layer.extent.isEmpty()) {
            entry[QStringLiteral("extent")] = QJsonArray{layer.extent.minX, layer.extent.minY, layer.extent.maxX,
                                                         layer.extent.maxY};
        }
        layers.append(entry);
    }
    result[QStringLiteral("layers")] = layers;
    result[QStringLiteral("pluginTables")] = QJsonArray::fromStringList(twin.operationalTables());

    if (json) {
        out << QJsonDocument(result).toJson(QJsonDocument::Indented);
        return 0;
    }
    out << QCoreApplication::translate("Cli", "Twin:    ") << result[QStringLiteral("name")].toString() << "\n";
    out << QCoreApplication::translate("Cli", "File:    ") << twin.path() << "\n";
    out << QCoreApplication::translate("Cli", "CRS:     ") << result[QStringLiteral("crs")].toString() << "\n";
    out << QCoreApplication::translate("Cli", "Schemas:");
    for (auto it = schemas.begin(); it != schemas.end(); ++it)
        out << " " << it.key() << " v" << it.value().toInt();
    out << "\n\n" << QCoreApplication::translate("Cli", "Layers:") << "\n";
    for (const auto &value : layers) {
        const QJsonObject layer = value.toObject();
        out << QCoreApplication::translate("Cli", "  %1 %2 %3 features, EPSG:%4%5\n")
                   .arg(layer[QStringLiteral("name")].toString(), -22)
                   .arg(layer[QStringLiteral("geometryType")].toString(), -16)
                   .arg(layer[QStringLiteral("features")].toInteger(), 9)
                   .arg(layer[QStringLiteral("srsId")].toInt())
                   .arg(layer[QStringLiteral("spatialIndex")].toBool() ? QString() : QCoreApplication::translate("Cli", " (no spatial index)"));
    }
    out << "\n" << QCoreApplication::translate("Cli", "Plugin tables: ") << twin.operationalTables().join(QStringLiteral(", ")) << "\n";
    return 0;
}

} // namespace ct::cli
