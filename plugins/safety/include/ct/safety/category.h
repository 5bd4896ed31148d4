// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include <QString>

#include <array>

namespace ct::safety {

/// \brief What kind of incident an alert reports: the categories Japanese schools and police use
/// for 不審者情報 (suspicious-person information).
///
/// Stored by key ("approach"); both labels are needed at once (bilingual notices, CAP), so they
/// are data here, not UI text. The English label is also marked for translation in the
/// "SafetyCategory" context for the console's lists.
enum class Category {
    Approach,          //!< 声かけ
    Stalking,          //!< つきまとい
    SuspiciousPerson,  //!< 不審者
    Groping,           //!< 痴漢
    Exposure,          //!< 露出
    Voyeurism,         //!< 盗撮
    Assault,           //!< 暴行
    Other              //!< その他
};

inline constexpr std::array<Category, 8> kAllCategories{Category::Approach, Category::Stalking, Category::SuspiciousPerson,
                                                       Category::Groping,  Category::Exposure, Category::Voyeurism,
                                                       Category::Assault,  Category::Other};

/// Stable key stored in the twin and written to exports ("approach", "stalking", …).
QString categoryKey(Category category);
/// 声かけ, つきまとい, …
QString categoryJapanese(Category category);
/// "Verbal approach", "Following", … (English; translate in context "SafetyCategory" for the UI).
QString categoryEnglish(Category category);
/// Accepts the key, the Japanese label or the English label (case-insensitive); false otherwise.
bool categoryFromText(const QString &text, Category *category);

} // namespace ct::safety
