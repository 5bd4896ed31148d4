// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "ct/safety/category.h"

#include <QCoreApplication>

namespace ct::safety {

namespace {

struct Labels
{
    Category category;
    const char *key;
    const char *japanese;
    const char *english;
};

const Labels kLabels[] = {
    {Category::Approach, "approach", "声かけ", QT_TRANSLATE_NOOP("SafetyCategory", "Verbal approach")},
    {Category::Stalking, "stalking", "つきまとい", QT_TRANSLATE_NOOP("SafetyCategory", "Following")},
    {Category::SuspiciousPerson, "suspicious-person", "不審者", QT_TRANSLATE_NOOP("SafetyCategory", "Suspicious person")},
    {Category::Groping, "groping", "痴漢", QT_TRANSLATE_NOOP("SafetyCategory", "Groping")},
    {Category::Exposure, "exposure", "露出", QT_TRANSLATE_NOOP("SafetyCategory", "Indecent exposure")},
    {Category::Voyeurism, "voyeurism", "盗撮", QT_TRANSLATE_NOOP("SafetyCategory", "Covert filming")},
    {Category::Assault, "assault", "暴行", QT_TRANSLATE_NOOP("SafetyCategory", "Assault")},
    {Category::Other, "other", "その他", QT_TRANSLATE_NOOP("SafetyCategory", "Other")},
};

const Labels &labels(Category category)
{
    for (const Labels &l : kLabels)
        if (l.category == category)
            return l;
    return kLabels[std::size(kLabels) - 1];
}

} // namespace

QString categoryKey(Category category)
{
    return QString::fromLatin1(labels(category).key);
}

QString categoryJapanese(Category category)
{
    return QString::fromUtf8(labels(category).japanese);
}

QString categoryEnglish(Category category)
{
    return QString::fromLatin1(labels(category).english);
}

bool categoryFromText(const QString &text, Category *category)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return false;
    for (const Labels &l : kLabels) {
        if (t.compare(QLatin1String(l.key), Qt::CaseInsensitive) == 0 || t == QString::fromUtf8(l.japanese)
            || t.compare(QLatin1String(l.english), Qt::CaseInsensitive) == 0) {
            *category = l.category;
            return true;
        }
    }
    return false;
}

} // namespace ct::safety
