// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "ct/assets/inventorycsvimporter.h"

#include "ct/assets/assetactions.h"
#include "ct/assets/assetinventory.h"
#include "ct/assets/assetschema.h"
#include "ct/assets/inventorycsvreader.h"
#include "ct/store/twinstore.h"

#include <QCoreApplication>
#include <QDate>
#include <QFile>
#include <QFileInfo>

namespace ct::assets {

QString InventoryCsvImporter::title() const
{
    return QCoreApplication::translate("InventoryCsvImporter", "Asset inventory (CSV)");
}

QString InventoryCsvImporter::action() const
{
    return importAction();
}

int InventoryCsvImporter::confidence(const QString &path) const
{
    if (!path.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive))
        return 0;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return 0;
    QByteArray header = file.readLine(4096).trimmed();
    if (header.startsWith("\xEF\xBB\xBF"))
        header.remove(0, 3);
    QStringList columns;
    for (const QByteArray &c : header.split(','))
        columns << QString::fromUtf8(c).trimmed().remove(QLatin1Char('"')).toLower();
    for (const char *needed : {"asset_id", "type", "install_year", "grade"})
        if (!columns.contains(QString::fromLatin1(needed)))
            return 0;
    return 90;
}

core::Result<plugin::ImportSummary> InventoryCsvImporter::import(store::TwinStore &store, const QString &path)
{
    if (!store.hasLayer(AssetSchema::layerName()))
        return core::Error::unsupported(QCoreApplication::translate("InventoryCsvImporter", "this twin has no asset tables (the assets plugin's schema is not applied)"),
                                        QFileInfo(path).fileName());
    const InventoryCsvReader::Outcome outcome = InventoryCsvReader::read(path, QDate::currentDate().year());
    if (!outcome.ok())
        return core::Error::invalidInput(outcome.errors.join(QLatin1Char('\n')), QFileInfo(path).fileName());
    const qint64 before = store.layer(AssetSchema::layerName()).value().featureCount;
    if (core::Status s = AssetInventory(store).write(outcome.assets); !s)
        return s.error();
    plugin::ImportSummary summary;
    summary.file = path;
    summary.layer = AssetSchema::layerName();
    summary.imported = store.layer(AssetSchema::layerName()).value().featureCount - before;
    summary.updated = qint64(outcome.assets.size()) - summary.imported;
    return summary;
}

} // namespace ct::assets
