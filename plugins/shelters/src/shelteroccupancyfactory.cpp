// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "shelteroccupancyfactory.h"

#include "shelteroccupancymodel.h"
#include "shelterreader.h"

#include "ct/sim/simulationworld.h"
#include "ct/store/twinstore.h"

#include <QCoreApplication>

namespace ct::shelters {

QList<core::Error> ShelterOccupancyFactory::validate(const QJsonObject &section, const QString &path,
                                                     const sim::SimulationWorld &) const
{
    QList<core::Error> errors;
    for (auto it = section.begin(); it != section.end(); ++it) {
        if (it.key() != QLatin1String("twin_state"))
            errors.append(core::Error::invalidInput(QCoreApplication::translate("Shelters", "unknown key (expected: twin_state)"),
                                                    path + QLatin1Char('.') + it.key()));
    }
    const QJsonValue v = section.value(QStringLiteral("twin_state"));
    if (!v.isUndefined() && !v.isBool())
        errors.append(core::Error::invalidInput(QCoreApplication::translate("Shelters", "expected true or false"),
                                                path + QStringLiteral(".twin_state")));
    return errors;
}

std::unique_ptr<sim::Model> ShelterOccupancyFactory::create(const sim::ModelContext &context) const
{
    std::optional<ShelterCatalogue> catalogue;
    QHash<qint64, QHash<QString, double>> stock;
    QHash<qint64, QHash<QString, int>> medical;
    QString problem;
    if (context.section.value(QStringLiteral("twin_state")).toBool(true)) {
        // The run's own read-only connection: the simulation runs on a worker thread.
        auto twin = store::TwinStore::open(context.world.twinPath(), store::TwinStore::OpenMode::ReadOnly);
        if (!twin) {
            problem = twin.error().toString();
        } else {
            ShelterReader reader(*twin.value());
            auto records = reader.readAll();
            if (!records) {
                problem = records.error().toString();
            } else {
                catalogue = reader.catalogue();
                for (const ShelterRecord &r : records.value()) {
                    stock.insert(r.fid, r.stock);
                    medical.insert(r.fid, r.medical);
                }
            }
        }
    }
    return std::make_unique<ShelterOccupancyModel>(context, std::move(catalogue), std::move(stock), std::move(medical),
                                                   std::move(problem));
}

} // namespace ct::shelters
