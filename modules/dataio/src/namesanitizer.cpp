// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "namesanitizer.h"

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

QString sanitizeFieldName(const QString &name)
{
    QString out;
    for (QChar c : name.trimmed().toLower()) {
        if ((c >= QLatin1Char('a') && c <= QLatin1Char('z')) || (c >= QLatin1Char('0') && c <= QLatin1Char('9'))
            || (c.unicode() > 127 && c.isLetterOrNumber()))
            out.append(c);
        else
            out.append(QLatin1Char('_'));
    }
    out = collapse(out);
    if (out.isEmpty())
        out = QStringLiteral("field");
    if (out.at(0).isDigit() || out == QLatin1String("fid") || out == QLatin1String("geom"))
        out.prepend(QLatin1String("src_"));
    return out;
}

} // namespace ct::dataio
