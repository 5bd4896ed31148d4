// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "ct/safety/gazetteer.h"

#include "ct/safety/geometryutil.h"
#include "ct/store/twinstore.h"

#include <QRegularExpression>

namespace ct::safety {

namespace {

const QString kKanjiDigits = QStringLiteral("〇一二三四五六七八九");

/// "三丁目" → "3丁目", "十二丁目" → "12丁目" (the 丁目 of Tsukuba stay below 20).
QString kanjiChome(const QString &text)
{
    static const QRegularExpression chome(QStringLiteral("([〇一二三四五六七八九十]+)丁目"));
    QString result;
    qsizetype last = 0;
    auto it = chome.globalMatch(text);
    while (it.hasNext()) {
        const auto m = it.next();
        const QString k = m.captured(1);
        int value = 0;
        if (k.contains(QChar(u'十'))) {
            const qsizetype ten = k.indexOf(QChar(u'十'));
            const int tens = ten == 0 ? 1 : int(kKanjiDigits.indexOf(k.at(0)));
            const int ones = ten + 1 < k.size() ? int(kKanjiDigits.indexOf(k.at(ten + 1))) : 0;
            value = tens * 10 + ones;
        } else {
            for (QChar c : k)
                value = value * 10 + int(kKanjiDigits.indexOf(c));
        }
        result += text.mid(last, m.capturedStart() - last) + QString::number(value) + QStringLiteral("丁目");
        last = m.capturedEnd();
    }
    return result + text.mid(last);
}

} // namespace

QString Gazetteer::normalise(const QString &text)
{
    QString t = text.normalized(QString::NormalizationForm_KC);
    t.remove(QRegularExpression(QStringLiteral("\\s+")));
    for (const QString &prefix : {QStringLiteral("茨城県"), QStringLiteral("つくば市")})
        if (t.startsWith(prefix))
            t = t.mid(prefix.size());
    for (const QString &suffix : {QStringLiteral("付近"), QStringLiteral("周辺")})
        if (t.endsWith(suffix))
            t.chop(suffix.size());
    return kanjiChome(t).toLower();
}

void Gazetteer::add(const QString &name, geo::Point point)
{
    const QString key = normalise(name);
    if (!key.isEmpty())
        m_entries.insert(key, Entry{name, point});
}

std::optional<Gazetteer::Match> Gazetteer::find(const QString &text) const
{
    const QString key = normalise(text);
    if (key.isEmpty())
        return std::nullopt;
    if (auto it = m_entries.constFind(key); it != m_entries.constEnd())
        return Match{it->name, it->point, true};
    // Coarser: up to 丁目, then the part before the first digit (the 大字 / 町 name).
    QStringList candidates;
    if (const qsizetype chome = key.indexOf(QStringLiteral("丁目")); chome > 0)
        candidates << key.left(chome + 2);
    static const QRegularExpression firstDigit(QStringLiteral("[0-9]"));
    if (const qsizetype digit = key.indexOf(firstDigit); digit > 0)
        candidates << key.left(digit);
    for (const QString &candidate : candidates)
        if (auto it = m_entries.constFind(candidate); it != m_entries.constEnd())
            return Match{it->name, it->point, false};
    return std::nullopt;
}

core::Result<Gazetteer> Gazetteer::fromTwin(const store::TwinStore &twin)
{
    Gazetteer gazetteer;
    for (const QString &layer : {QStringLiteral("schools"), QStringLiteral("police_boxes")}) {
        if (!twin.hasLayer(layer))
            continue;
        auto table = twin.read(layer, {QStringLiteral("name")});
        if (!table)
            return table.error();
        for (std::size_t i = 0; i < table->size(); ++i)
            gazetteer.add(table->columns[0][i].toString(), representativePoint(table->geometries[i]));
    }
    if (twin.hasLayer(QStringLiteral("safety_areas"))) {
        auto table = twin.read(QStringLiteral("safety_areas"), {QStringLiteral("kind"), QStringLiteral("name"), QStringLiteral("name_en")});
        if (!table)
            return table.error();
        for (std::size_t i = 0; i < table->size(); ++i) {
            if (table->columns[0][i].toString() != QLatin1String("neighbourhood"))
                continue;
            const geo::Point centre = representativePoint(table->geometries[i]);
            gazetteer.add(table->columns[1][i].toString(), centre);
            if (!table->columns[2][i].toString().isEmpty())
                gazetteer.add(table->columns[2][i].toString(), centre);
        }
    }
    return gazetteer;
}

} // namespace ct::safety
