// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include "medicalneed.h"
#include "powerloadmodel.h"
#include "stockitem.h"

#include "ct/core/result.h"

#include <vector>

struct sqlite3;

namespace ct::shelters {

/// \brief The reference tables of the shelters schema, read from the twin: the stock items with
/// their daily use, the medical needs with their device loads, and the power load model.
class ShelterCatalogue
{
public:
    //! Reads the three tables; fails (naming the table) when the plugin's schema is missing.
    static core::Result<ShelterCatalogue> load(sqlite3 *db);

    const std::vector<StockItem> &stockItems() const { return m_stockItems; }
    const StockItem *stockItem(const QString &key) const;
    const std::vector<MedicalNeed> &medicalNeeds() const { return m_medicalNeeds; }
    const MedicalNeed *medicalNeed(const QString &key) const;
    const PowerLoadModel &loadModel() const { return m_loadModel; }

private:
    std::vector<StockItem> m_stockItems;
    std::vector<MedicalNeed> m_medicalNeeds;
    PowerLoadModel m_loadModel;
};

} // namespace ct::shelters
