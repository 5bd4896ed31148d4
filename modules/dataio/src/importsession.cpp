// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "ct/dataio/importsession.h"

#include "ct/geo/crs.h"
#include "ct/store/twinstore.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace ct::dataio {

using core::Error;

ImportSession::ImportSession(store::TwinStore &store, QString path, FormatDetection detection, ImportOptions options,
                             ImportReport &report)
    : m_store(store), m_path(std::move(path)), m_detection(std::move(detection)), m_options(std::move(options)),
      m_report(report)
{
}

ImportSession::~ImportSession() = default;

QString ImportSession::fileName() const
{
    return QFileInfo(m_path).fileName();
}

int ImportSession::targetSrsId() const
{
    return geo::crs::kJgd2011ZoneIX;
}

QString ImportSession::where(qint64 line) const
{
    return QStringLiteral("%1:%2").arg(fileName()).arg(line);
}

QString ImportSession::whereFeature(const QString &feature) const
{
    return QStringLiteral("%1: feature %2").arg(fileName(), feature);
}

core::Status ImportSession::badRow(const QString &where, const QString &reason)
{
    if (m_options.skipBad) {
        m_report.skippedRows.push_back(SkippedRow{where, reason});
        return {};
    }
    return Error::invalidInput(reason, where);
}

core::Result<LayerSink *> ImportSession::layer(const store::LayerDefinition &definition)
{
    for (auto &[name, sink] : m_sinks) {
        if (name == definition.name)
            return sink.get();
    }
    auto sink = LayerSink::open(m_store, definition);
    if (!sink)
        return Error(sink.error().kind, sink.error().message,
                     sink.error().where.isEmpty() ? QCoreApplication::translate("DataIo", "%1: layer %2").arg(fileName(), definition.name)
                                                  : sink.error().where);
    m_report.layerCount(definition.name);
    if (!sink.value()->hasStableId() && !definition.stableIdField.isEmpty())
        m_report.warnings << QCoreApplication::translate("DataIo", "layer %1 in this twin has no stable id (column %2 missing or not uniquely "
                                            "indexed): importing this file again adds its features again")
                                 .arg(definition.name, definition.stableIdField);
    m_sinks.emplace_back(definition.name, std::move(sink.value()));
    return m_sinks.back().second.get();
}

core::Status ImportSession::finish()
{
    for (auto &[name, sink] : m_sinks) {
        if (auto s = sink->finish(); !s)
            return s;
        LayerCount &count = m_report.layerCount(name);
        count.imported = sink->inserted();
        count.updated = sink->updated();
    }
    return {};
}

core::Result<const geo::CrsTransform *> ImportSession::transformFrom(const QString &sourceCrs)
{
    return transform(sourceCrs, QStringLiteral("EPSG:%1").arg(targetSrsId()));
}

core::Result<const geo::CrsTransform *> ImportSession::transform(const QString &from, const QString &to)
{
    const QString key = from + QStringLiteral("\n->\n") + to;
    if (auto it = m_transforms.constFind(key); it != m_transforms.constEnd())
        return it.value().get();
    const QString &sourceCrs = from;
    auto created = geo::CrsTransform::create(from, to);
    if (!created)
        return Error::unsupported(QCoreApplication::translate("DataIo", "unknown or unusable CRS \"%1\" (%2)")
                                      .arg(sourceCrs.left(80), created.error().message),
                                  fileName());
    auto shared = std::make_shared<geo::CrsTransform>(std::move(created.value()));
    m_transforms.insert(key, shared);
    return shared.get();
}

bool ImportSession::insideJapan(double lon, double lat)
{
    return lon >= 122.0 && lon <= 154.0 && lat >= 20.0 && lat <= 46.0;
}

} // namespace ct::dataio
