// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "ct/safety/areacsvimporter.h"

#include "ct/safety/areacatalogue.h"
#include "ct/store/twinstore.h"

#include <QCoreApplication>
#include <QFile>

namespace ct::safety {

QString AreaCsvImporter::title() const
{
    return QCoreApplication::translate("Safety", "Safety notice areas with subscribers (CSV)");
}

int AreaCsvImporter::confidence(const QString &path) const
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return 0;
    QByteArray header = file.readLine(4096).trimmed();
    if (header.startsWith("\xEF\xBB\xBF"))
        header.remove(0, 3);
    const QList<QByteArray> columns = header.split(',');
    for (const char *required : {"area_id", "kind", "name", "subscribers"})
        if (!columns.contains(QByteArray(required)))
            return 0;
    return 90;
}

core::Result<plugin::ImportSummary> AreaCsvImporter::import(store::TwinStore &store, const QString &path)
{
    auto areas = AreaCatalogue::parseCsv(store, path);
    if (!areas)
        return areas.error();
    const qint64 before = store.hasLayer(AreaCatalogue::layerName()) ? AreaCatalogue::read(store)->size() : 0;
    if (core::Status written = AreaCatalogue::write(store, areas.value()); !written)
        return written.error();
    const qint64 after = AreaCatalogue::read(store)->size();
    plugin::ImportSummary summary;
    summary.file = path;
    summary.layer = AreaCatalogue::layerName();
    summary.imported = after - before;
    summary.updated = qint64(areas->size()) - summary.imported;
    return summary;
}

} // namespace ct::safety
