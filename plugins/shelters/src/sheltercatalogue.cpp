// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "sheltercatalogue.h"

#include "ct/store/sqlstatement.h"

#include <QCoreApplication>

namespace ct::shelters {

using core::Error;
using store::SqlStatement;

core::Result<ShelterCatalogue> ShelterCatalogue::load(sqlite3 *db)
{
    ShelterCatalogue catalogue;
    auto missing = [](const char *table, const core::Status &status) {
        return Error::notFound(QCoreApplication::translate("Shelters", "the twin lacks the shelters table %1 (%2)")
                                   .arg(QString::fromLatin1(table), status.error().message));
    };
    {
        SqlStatement query(db, "SELECT item, unit, daily_per_person, per_person FROM shelter_stock_item ORDER BY rowid");
        if (!query.isValid())
            return missing("shelter_stock_item", query.status());
        while (query.next())
            catalogue.m_stockItems.push_back({query.text(0), query.text(1), query.real(2), query.real(3)});
        if (!query.status())
            return query.status().error();
    }
    QHash<QString, double> kwPerNeed;
    {
        SqlStatement query(db, "SELECT need, kw_per_person FROM shelter_medical_need ORDER BY rowid");
        if (!query.isValid())
            return missing("shelter_medical_need", query.status());
        while (query.next()) {
            catalogue.m_medicalNeeds.push_back({query.text(0), query.real(1)});
            kwPerNeed.insert(query.text(0), query.real(1));
        }
        if (!query.status())
            return query.status().error();
    }
    {
        SqlStatement query(db, "SELECT base_kw, per_person_kw FROM shelter_load_model WHERE id = 1");
        if (!query.isValid())
            return missing("shelter_load_model", query.status());
        if (query.next())
            catalogue.m_loadModel = PowerLoadModel(query.real(0), query.real(1), kwPerNeed);
        else if (!query.status())
            return query.status().error();
        else
            catalogue.m_loadModel = PowerLoadModel(0.0, 0.0, kwPerNeed);
    }
    return catalogue;
}

const StockItem *ShelterCatalogue::stockItem(const QString &key) const
{
    for (const StockItem &item : m_stockItems) {
        if (item.key == key)
            return &item;
    }
    return nullptr;
}

const MedicalNeed *ShelterCatalogue::medicalNeed(const QString &key) const
{
    for (const MedicalNeed &need : m_medicalNeeds) {
        if (need.key == key)
            return &need;
    }
    return nullptr;
}

} // namespace ct::shelters
