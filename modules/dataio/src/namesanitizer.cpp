// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "namesanitizer.h"

#include <QHash>

namespace ct::dataio {

namespace {

QString collapse(QString s)
{
    while (s.contains(QLatin1String("__")))
        s.replace(QLatin1String("__"), QLatin1String("_"));
    while (s.startsWith(QLatin1Char('_')))
        s.remove(0, 1);
    while (s.endsWith(QLatin1Char('_')))
        s.chop(1);
    return s;
}

} // namespace

QString sanitizeLayerName(const QString &name)
{
    QString out;
    for (QChar c : name.toLower()) {
        if ((c >= QLatin1Char('a') && c <= QLatin1Char('z')) || (c >= QLatin1Char('0') && c <= QLatin1Char('9')))
            out.append(c);
        else
            out.append(QLatin1Char('_'));
    }
    out = collapse(out);
    if (!out.isEmpty() && out.at(0).isDigit())
        out.prepend(QLatin1String("l_"));
    return out;
}

QString sanitizeFieldName(const QString &name, int column)
{
    static const QHash<QString, QString> japanese{
        {QStringLiteral("名称"), QStringLiteral("name")}, {QStringLiteral("名前"), QStringLiteral("name")},
        {QStringLiteral("施設名"), QStringLiteral("name")}, {QStringLiteral("施設・場所名"), QStringLiteral("name")},
        {QStringLiteral("名称_英字"), QStringLiteral("name_en")}, {QStringLiteral("名称_カナ"), QStringLiteral("name_kana")},
        {QStringLiteral("住所"), QStringLiteral("address")}, {QStringLiteral("所在地"), QStringLiteral("address")},
        {QStringLiteral("所在地_連結表記"), QStringLiteral("address")},
        {QStringLiteral("種別"), QStringLiteral("kind")}, {QStringLiteral("種類"), QStringLiteral("kind")},
        {QStringLiteral("電話番号"), QStringLiteral("phone")}, {QStringLiteral("備考"), QStringLiteral("note")},
        {QStringLiteral("標高"), QStringLiteral("elevation_m")}, {QStringLiteral("郵便番号"), QStringLiteral("postcode")},
        {QStringLiteral("定員"), QStringLiteral("capacity")}, {QStringLiteral("収容人数"), QStringLiteral("capacity")},
        {QStringLiteral("想定収容人数"), QStringLiteral("capacity")}, {QStringLiteral("緯度"), QStringLiteral("lat")},
        {QStringLiteral("経度"), QStringLiteral("lon")}, {QStringLiteral("高さ"), QStringLiteral("height_m")},
        {QStringLiteral("階数"), QStringLiteral("floors")}, {QStringLiteral("用途"), QStringLiteral("use")},
        {QStringLiteral("河川名"), QStringLiteral("river")}, {QStringLiteral("路線名"), QStringLiteral("route")},
        {QStringLiteral("市区町村名"), QStringLiteral("municipality")}, {QStringLiteral("都道府県名"), QStringLiteral("prefecture")},
    };
    const QString trimmed = name.trimmed();
    if (auto it = japanese.constFind(trimmed); it != japanese.constEnd())
        return it.value();
    QString out;
    bool foreign = false;
    for (QChar c : trimmed.toLower()) {
        if ((c >= QLatin1Char('a') && c <= QLatin1Char('z')) || (c >= QLatin1Char('0') && c <= QLatin1Char('9')))
            out.append(c);
        else {
            foreign = foreign || c.unicode() > 127;
            out.append(QLatin1Char('_'));
        }
    }
    out = collapse(out);
    if (foreign || out.isEmpty())
        out = column > 0 ? QStringLiteral("col_%1").arg(column) : QStringLiteral("field");
    if (out.at(0).isDigit() || out == QLatin1String("fid") || out == QLatin1String("geom"))
        out.prepend(QLatin1String("src_"));
    return out;
}

} // namespace ct::dataio
