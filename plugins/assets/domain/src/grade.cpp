// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "ct/assets/grade.h"

#include <QCoreApplication>

namespace ct::assets {

QString gradeCode(Grade grade)
{
    switch (grade) {
    case Grade::I: return QStringLiteral("I");
    case Grade::II: return QStringLiteral("II");
    case Grade::III: return QStringLiteral("III");
    case Grade::IV: return QStringLiteral("IV");
    }
    return {};
}

bool parseGrade(const QString &text, Grade *grade)
{
    const QString t = text.trimmed().toUpper();
    for (Grade g : allGrades()) {
        if (t == gradeCode(g) || t == QString::number(int(g))) {
            *grade = g;
            return true;
        }
    }
    return false;
}

QString gradeLabel(Grade grade)
{
    switch (grade) {
    //: 判定区分 I 健全
    case Grade::I: return QCoreApplication::translate("Grade", "I — sound");
    //: 判定区分 II 予防保全段階
    case Grade::II: return QCoreApplication::translate("Grade", "II — preventive maintenance stage");
    //: 判定区分 III 早期措置段階
    case Grade::III: return QCoreApplication::translate("Grade", "III — early action needed");
    //: 判定区分 IV 緊急措置段階
    case Grade::IV: return QCoreApplication::translate("Grade", "IV — urgent action needed");
    }
    return {};
}

QString gradeColor(Grade grade)
{
    switch (grade) {
    case Grade::I: return QStringLiteral("#2e9e44");
    case Grade::II: return QStringLiteral("#e8c31a");
    case Grade::III: return QStringLiteral("#f07d12");
    case Grade::IV: return QStringLiteral("#d7191c");
    }
    return QStringLiteral("#808080");
}

} // namespace ct::assets
