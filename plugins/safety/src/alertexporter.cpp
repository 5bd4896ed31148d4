// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "ct/safety/alertexporter.h"

#include "ct/geo/crstransform.h"
#include "ct/safety/alertreader.h"
#include "ct/safety/noticecomposer.h"
#include "ct/safety/outbox.h"
#include "ct/store/twinstore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMap>
#include <QSet>

#include <cpl_error.h>
#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <functional>
#include <mutex>

namespace ct::safety {

using core::Error;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Safety", text);
}

QString isoUtc(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODate) : QString();
}

struct Column
{
    const char *name;
    OGRFieldType type;
    std::function<QVariant(const Alert &)> value;
};

std::vector<Column> columnsFor(bool withFull)
{
    std::vector<Column> columns{
        {"alert_id", OFTInteger64, [](const Alert &a) { return QVariant(a.id); }},
        {"status", OFTString, [](const Alert &a) { return QVariant(statusKey(a.status)); }},
        {"category", OFTString, [](const Alert &a) { return QVariant(categoryKey(a.category)); }},
        {"category_ja", OFTString, [](const Alert &a) { return QVariant(categoryJapanese(a.category)); }},
        {"category_en", OFTString, [](const Alert &a) { return QVariant(categoryEnglish(a.category)); }},
        {"occurred_from", OFTString, [](const Alert &a) { return QVariant(isoUtc(a.occurredFrom)); }},
        {"occurred_to", OFTString, [](const Alert &a) { return a.occurredTo.isValid() ? QVariant(isoUtc(a.occurredTo)) : QVariant(); }},
        {"description", OFTString, [](const Alert &a) { return QVariant(a.description); }},
        {"suspect_description", OFTString, [](const Alert &a) { return QVariant(a.suspectDescription); }},
        {"source_organisation", OFTString, [](const Alert &a) { return QVariant(a.sourceOrganisation); }},
        {"status_reason", OFTString, [](const Alert &a) { return QVariant(a.statusReason); }},
        {"origin", OFTString, [](const Alert &a) { return QVariant(a.origin); }},
        {"location_precision_m", OFTReal, [](const Alert &a) { return QVariant(a.locationPrecisionMetres); }},
    };
    if (withFull) {
        const std::vector<Column> full{
            {"place_kind", OFTString, [](const Alert &a) { return a.placeKind ? QVariant(placeKindKey(*a.placeKind)) : QVariant(); }},
            {"address", OFTString, [](const Alert &a) { return QVariant(a.address); }},
            {"school_fid", OFTInteger64, [](const Alert &a) { return a.schoolFid ? QVariant(*a.schoolFid) : QVariant(); }},
            {"victim_age_group", OFTString, [](const Alert &a) { return a.personal ? QVariant(a.personal->victimAgeGroup) : QVariant(); }},
            {"victim_grade", OFTString, [](const Alert &a) { return a.personal ? QVariant(a.personal->victimGrade) : QVariant(); }},
            {"reporter_contact", OFTString, [](const Alert &a) { return a.personal ? QVariant(a.personal->reporterContact) : QVariant(); }},
        };
        columns.insert(columns.end(), full.begin(), full.end());
    }
    return columns;
}

/// GDAL's last error of this thread while writing, for messages.
QString gdalMessage()
{
    const char *message = CPLGetLastErrorMsg();
    return message && *message ? QString::fromUtf8(message) : tr("unknown GDAL error");
}

} // namespace

bool AlertExporter::formatFromName(const QString &name, Format *format)
{
    const QString n = name.trimmed().toLower();
    if (n == QLatin1String("geojson"))
        *format = Format::GeoJson;
    else if (n == QLatin1String("csv"))
        *format = Format::Csv;
    else if (n == QLatin1String("cap"))
        *format = Format::Cap;
    else if (n == QLatin1String("mail"))
        *format = Format::Mail;
    else
        return false;
    return true;
}

core::Result<qint64> AlertExporter::writeVector(const std::vector<Alert> &alerts, Format format, const QString &outputPath)
{
    if (format != Format::GeoJson && format != Format::Csv)
        return Error::internal(QStringLiteral("writeVector() writes GeoJSON or CSV"));
    if (QFileInfo::exists(outputPath))
        return Error::refused(tr("the output exists; refusing to overwrite it"), outputPath);
    static std::once_flag registered;
    std::call_once(registered, [] { GDALAllRegister(); });
    const char *driverName = format == Format::GeoJson ? "GeoJSON" : "CSV";
    GDALDriver *driver = GetGDALDriverManager()->GetDriverByName(driverName);
    if (!driver)
        return Error::unsupported(tr("GDAL has no %1 driver").arg(QString::fromLatin1(driverName)));

    // Written beside the target and renamed at the end: a failed export leaves no half file. The
    // CSV driver needs the .csv suffix to write a file rather than a directory.
    const QFileInfo target(outputPath);
    const QString temporary = target.absoluteDir().absoluteFilePath(
        QStringLiteral(".%1.partial-%2.%3").arg(target.fileName()).arg(QCoreApplication::applicationPid())
            .arg(format == Format::Csv ? QStringLiteral("csv") : QStringLiteral("json")));
    QFile::remove(temporary);
    auto cleanUp = [&] { QFile::remove(temporary); };

    bool withFull = false;
    for (const Alert &a : alerts)
        withFull = withFull || a.detail == Alert::Detail::Full;
    const std::vector<Column> columns = columnsFor(withFull);

    auto transform = geo::CrsTransform::create(6677, 4326);
    if (!transform)
        return transform.error();
    qint64 written = 0;
    {
        CPLErrorReset();
        std::unique_ptr<GDALDataset> dataset(driver->Create(temporary.toUtf8().constData(), 0, 0, 0, GDT_Unknown, nullptr));
        if (!dataset) {
            cleanUp();
            return Error::io(tr("cannot create the file: %1").arg(gdalMessage()), outputPath);
        }
        OGRSpatialReference srs;
        srs.importFromEPSG(4326);
        srs.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
        CPLStringList options;
        if (format == Format::Csv)
            options.SetNameValue("GEOMETRY", "AS_XY");
        else
            options.SetNameValue("RFC7946", "YES");
        OGRLayer *layer = dataset->CreateLayer("safety_alerts", &srs, wkbPoint, options.List());
        if (!layer) {
            dataset.reset();
            cleanUp();
            return Error::io(tr("cannot create the layer: %1").arg(gdalMessage()), outputPath);
        }
        for (const Column &c : columns) {
            OGRFieldDefn defn(c.name, c.type);
            if (layer->CreateField(&defn) != OGRERR_NONE) {
                dataset.reset();
                cleanUp();
                return Error::io(tr("cannot create field %1: %2").arg(QString::fromLatin1(c.name), gdalMessage()), outputPath);
            }
        }
        for (const Alert &a : alerts) {
            std::unique_ptr<OGRFeature, decltype(&OGRFeature::DestroyFeature)> feature(
                OGRFeature::CreateFeature(layer->GetLayerDefn()), &OGRFeature::DestroyFeature);
            geo::Point p = a.location;
            if (!transform->forward(p)) {
                dataset.reset();
                cleanUp();
                return Error::internal(QStringLiteral("cannot transform alert %1 to WGS84").arg(a.id));
            }
            feature->SetGeometryDirectly(new OGRPoint(p.x, p.y));
            for (int i = 0; i < int(columns.size()); ++i) {
                const QVariant v = columns[i].value(a);
                if (!v.isValid() || v.isNull() || (v.typeId() == QMetaType::QString && v.toString().isEmpty())) {
                    feature->SetFieldNull(i);
                } else if (columns[i].type == OFTInteger64) {
                    feature->SetField(i, GIntBig(v.toLongLong()));
                } else if (columns[i].type == OFTReal) {
                    feature->SetField(i, v.toDouble());
                } else {
                    feature->SetField(i, v.toString().toUtf8().constData());
                }
            }
            if (layer->CreateFeature(feature.get()) != OGRERR_NONE) {
                dataset.reset();
                cleanUp();
                return Error::io(tr("cannot write alert %1: %2").arg(a.id).arg(gdalMessage()), outputPath);
            }
            ++written;
        }
        dataset.reset();  // closes and flushes the file
        if (CPLGetLastErrorType() == CE_Failure) {
            cleanUp();
            return Error::io(tr("GDAL failed while writing: %1").arg(gdalMessage()), outputPath);
        }
    }
    if (!QFile::rename(temporary, outputPath)) {
        cleanUp();
        return Error::io(tr("cannot move the finished file into place"), outputPath);
    }
    return written;
}

namespace {

/// Writes `files` (name → bytes) into a new directory `outputPath`: first into a sibling
/// directory, renamed when complete.
core::Result<qint64> writeDirectory(const std::vector<std::pair<QString, QByteArray>> &files, const QString &outputPath)
{
    if (QFileInfo::exists(outputPath))
        return Error::refused(tr("the output exists; refusing to overwrite it"), outputPath);
    const QFileInfo target(outputPath);
    QDir parent = target.absoluteDir();
    const QString temporaryName = QStringLiteral(".%1.partial-%2").arg(target.fileName()).arg(QCoreApplication::applicationPid());
    QDir(parent.absoluteFilePath(temporaryName)).removeRecursively();
    if (!parent.mkdir(temporaryName))
        return Error::io(tr("cannot create the output directory"), outputPath);
    QDir temporary(parent.absoluteFilePath(temporaryName));
    for (const auto &[name, bytes] : files) {
        QFile file(temporary.absoluteFilePath(name));
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.flush()) {
            temporary.removeRecursively();
            return Error::io(tr("cannot write %1").arg(name), outputPath);
        }
    }
    if (!parent.rename(temporaryName, target.fileName())) {
        temporary.removeRecursively();
        return Error::io(tr("cannot move the finished directory into place"), outputPath);
    }
    return qint64(files.size());
}

} // namespace

core::Result<qint64> AlertExporter::exportAlerts(const store::TwinStore &twin, const core::Actor &actor, Format format,
                                                 const QString &outputPath, const AlertFilter &filter)
{
    auto alerts = AlertReader(twin).alerts(actor, filter);
    if (!alerts)
        return alerts.error();
    if (format == Format::GeoJson || format == Format::Csv)
        return writeVector(alerts.value(), format, outputPath);
    QSet<qint64> selected;
    for (const Alert &a : alerts.value())
        selected.insert(a.id);
    std::vector<std::pair<QString, QByteArray>> files;
    if (format == Format::Cap) {
        auto messages = Outbox::capMessages(twin, actor);
        if (!messages)
            return messages.error();
        for (const auto &m : messages.value())
            if (selected.contains(m.alertId))
                files.emplace_back(m.fileName, m.xml);
    } else {
        auto notices = Outbox::notices(twin, actor);
        if (!notices)
            return notices.error();
        auto entries = Outbox::entries(twin, actor);
        if (!entries)
            return entries.error();
        QMap<qint64, std::vector<OutboxEntry>> byAlert;
        for (const OutboxEntry &e : entries.value())
            byAlert[e.alertId].push_back(e);
        for (const auto &[alertId, notice] : notices.value()) {
            if (!selected.contains(alertId))
                continue;
            QString text = NoticeComposer::mailText(notice);
            text += QStringLiteral("\n----\n");
            qint64 total = 0;
            for (const OutboxEntry &e : byAlert.value(alertId)) {
                text += QStringLiteral("%1\t%2\t%3\t%4\n").arg(e.areaId, e.areaName, QString::number(e.recipients), outboxStateKey(e.state));
                total += e.state == OutboxEntry::State::Cancelled ? 0 : e.recipients;
            }
            text += QStringLiteral("recipients\t%1\n").arg(total);
            files.emplace_back(QStringLiteral("alert-%1.txt").arg(alertId), text.toUtf8());
        }
    }
    return writeDirectory(files, outputPath);
}

} // namespace ct::safety
