// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include <QString>

#include <array>

namespace ct::assets {

/// \brief Condition grade of an asset, after the MLIT periodic bridge inspection's 判定区分
/// (道路橋定期点検要領, 2014), used here for every asset type:
/// I 健全 (sound), II 予防保全段階 (preventive maintenance stage), III 早期措置段階 (early action
/// needed), IV 緊急措置段階 (urgent action needed). IV is the "failure" state of the planner.
enum class Grade { I = 1, II = 2, III = 3, IV = 4 };

inline constexpr int kGradeCount = 4;

//! Index 0..3 of a grade, for arrays.
inline constexpr int gradeIndex(Grade grade) { return int(grade) - 1; }
//! The grade at index 0..3.
inline constexpr Grade gradeAt(int index) { return Grade(index + 1); }
inline constexpr std::array<Grade, kGradeCount> allGrades() { return {Grade::I, Grade::II, Grade::III, Grade::IV}; }

//! "I" … "IV" (the code written in the twin and CSV files).
QString gradeCode(Grade grade);
//! Parses "I".."IV" or "1".."4"; false when it is neither.
bool parseGrade(const QString &text, Grade *grade);
//! "I — sound" … translated (context "Grade").
QString gradeLabel(Grade grade);
//! Map colour of a grade: green, yellow, orange, red.
QString gradeColor(Grade grade);

/// A probability per grade (a row of a transition matrix, or a distribution over grades).
using GradeVector = std::array<double, kGradeCount>;

} // namespace ct::assets
