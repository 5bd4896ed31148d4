// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "ct/sim/featurestyle.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <algorithm>

namespace ct::sim {

FeatureStyle FeatureStyle::occupancy(const QString &title, double largest)
{
    FeatureStyle s;
    s.title = title;
    s.colorBy = QStringLiteral("load");
    s.colorStops = {{0.0, QStringLiteral("#1a9850"), QStringLiteral("0 %")},
                    {0.5, QStringLiteral("#fee08b"), QStringLiteral("50 %")},
                    {1.0, QStringLiteral("#d73027"), QT_TRANSLATE_NOOP("FeatureState", "full")}};
    s.categoryBy = QStringLiteral("status");
    s.categories = {{QStringLiteral("closed"), QStringLiteral("#5f6368"), QT_TRANSLATE_NOOP("FeatureState", "closed")},
                    {QStringLiteral("unsuitable"), QStringLiteral("#c4c7c5"), QT_TRANSLATE_NOOP("FeatureState", "not for this hazard")}};
    s.sizeBy = QStringLiteral("occupancy");
    s.sizeFrom = 0.0;
    s.sizeTo = std::max(1.0, largest);
    s.pixelsFrom = 10.0;
    s.pixelsTo = 24.0;
    s.sizeLabel = QT_TRANSLATE_NOOP("FeatureState", "size: persons inside");
    return s;
}

QJsonObject FeatureStyle::toJson() const
{
    QJsonArray stops;
    for (const ColorStop &stop : colorStops)
        stops.append(QJsonObject{{QStringLiteral("value"), stop.value}, {QStringLiteral("color"), stop.color},
                                 {QStringLiteral("label"), stop.label}});
    QJsonArray cats;
    for (const Category &c : categories)
        cats.append(QJsonObject{{QStringLiteral("value"), c.value}, {QStringLiteral("color"), c.color},
                                {QStringLiteral("label"), c.label}});
    return {{QStringLiteral("title"), title},
            {QStringLiteral("color_by"), colorBy},
            {QStringLiteral("color_stops"), stops},
            {QStringLiteral("category_by"), categoryBy},
            {QStringLiteral("categories"), cats},
            {QStringLiteral("size_by"), sizeBy},
            {QStringLiteral("size_from"), sizeFrom},
            {QStringLiteral("size_to"), sizeTo},
            {QStringLiteral("pixels_from"), pixelsFrom},
            {QStringLiteral("pixels_to"), pixelsTo},
            {QStringLiteral("size_label"), sizeLabel}};
}

FeatureStyle FeatureStyle::fromJson(const QJsonObject &json)
{
    FeatureStyle s;
    s.title = json.value(QStringLiteral("title")).toString();
    s.colorBy = json.value(QStringLiteral("color_by")).toString();
    for (const QJsonValue &v : json.value(QStringLiteral("color_stops")).toArray()) {
        const QJsonObject o = v.toObject();
        s.colorStops.push_back({o.value(QStringLiteral("value")).toDouble(), o.value(QStringLiteral("color")).toString(),
                                o.value(QStringLiteral("label")).toString()});
    }
    s.categoryBy = json.value(QStringLiteral("category_by")).toString();
    for (const QJsonValue &v : json.value(QStringLiteral("categories")).toArray()) {
        const QJsonObject o = v.toObject();
        s.categories.push_back({o.value(QStringLiteral("value")).toString(), o.value(QStringLiteral("color")).toString(),
                                o.value(QStringLiteral("label")).toString()});
    }
    s.sizeBy = json.value(QStringLiteral("size_by")).toString();
    s.sizeFrom = json.value(QStringLiteral("size_from")).toDouble(s.sizeFrom);
    s.sizeTo = json.value(QStringLiteral("size_to")).toDouble(s.sizeTo);
    s.pixelsFrom = json.value(QStringLiteral("pixels_from")).toDouble(s.pixelsFrom);
    s.pixelsTo = json.value(QStringLiteral("pixels_to")).toDouble(s.pixelsTo);
    s.sizeLabel = json.value(QStringLiteral("size_label")).toString();
    return s;
}

} // namespace ct::sim
