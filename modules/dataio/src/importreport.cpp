// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "ct/dataio/importreport.h"

#include <QJsonArray>

namespace ct::dataio {

qint64 ImportReport::imported() const
{
    qint64 n = 0;
    for (const auto &l : layers)
        n += l.imported;
    return n;
}

qint64 ImportReport::updated() const
{
    qint64 n = 0;
    for (const auto &l : layers)
        n += l.updated;
    return n;
}

LayerCount &ImportReport::layerCount(const QString &name)
{
    for (auto &l : layers) {
        if (l.layer == name)
            return l;
    }
    layers.push_back(LayerCount{name, 0, 0});
    return layers.back();
}

QJsonObject ImportReport::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("file"), file);
    o.insert(QStringLiteral("format"), formatName(format));
    o.insert(QStringLiteral("layer"), layer());
    QJsonArray layerArray;
    for (const auto &l : layers)
        layerArray.append(QJsonObject{{QStringLiteral("layer"), l.layer},
                                      {QStringLiteral("imported"), l.imported},
                                      {QStringLiteral("updated"), l.updated}});
    o.insert(QStringLiteral("layers"), layerArray);
    o.insert(QStringLiteral("imported"), imported());
    o.insert(QStringLiteral("updated"), updated());
    o.insert(QStringLiteral("skipped"), skipped());
    QJsonArray rows;
    for (const auto &r : skippedRows)
        rows.append(QJsonObject{{QStringLiteral("where"), r.where}, {QStringLiteral("reason"), r.reason}});
    o.insert(QStringLiteral("skippedRows"), rows);
    if (!warnings.isEmpty())
        o.insert(QStringLiteral("warnings"), QJsonArray::fromStringList(warnings));
    if (!encoding.isEmpty())
        o.insert(QStringLiteral("encoding"), encoding);
    o.insert(QStringLiteral("error"), error.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(error));
    return o;
}

} // namespace ct::dataio
