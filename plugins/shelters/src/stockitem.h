// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include <QString>

namespace ct::shelters {

/// \brief One kind of stockpiled supply, as the twin's `shelter_stock_item` table defines it.
///
/// A consumable has a daily use per person (water 3 L, food 3 meals, …) and is judged by the days
/// of supply left; a durable item (blankets, medical kits) has a number needed per person and is
/// judged by coverage. The defaults are seeded by the plugin's migration; HQ may tune the table.
struct StockItem
{
    QString key;                 //!< "water", "food", "blankets", …
    QString unit;                //!< "L", "meals", "pieces", "kits", "bags"
    double dailyPerPerson = 0.0; //!< units used per person and day; 0 for durable items
    double perPerson = 0.0;      //!< units needed per person present; 0 for consumables

    bool isConsumable() const { return dailyPerPerson > 0.0; }
    //! Translated name of a known item, else the key.
    QString title() const;
    //! Translated unit, else the stored unit.
    QString unitTitle() const;
};

} // namespace ct::shelters
