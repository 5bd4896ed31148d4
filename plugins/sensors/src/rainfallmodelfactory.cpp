// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "rainfallmodelfactory.h"

#include "gaugesitereader.h"
#include "rainfallmodel.h"
#include "rainfallsettings.h"

#include "ct/sim/simulationworld.h"
#include "ct/store/twinstore.h"

#include <QCoreApplication>

namespace ct::sensors {

QList<core::Error> RainfallModelFactory::validate(const QJsonObject &section, const QString &path, const sim::SimulationWorld &world) const
{
    QList<core::Error> errors;
    const RainfallSettings settings = RainfallSettings::parse(section, path, errors);
    for (const RainfallSettings::Gauge &g : settings.gauges)
        if (!g.river.isEmpty() && !world.hasRiver(g.river))
            errors << core::Error::notFound(QCoreApplication::translate("Rainfall", "the twin has no river \"%1\"").arg(g.river),
                                            g.path + QStringLiteral(".river"));
    if (settings.gauges.empty() || world.twinPath().isEmpty())
        return errors;
    // Overrides must name gauges of this twin.
    auto twin = store::TwinStore::open(world.twinPath(), store::TwinStore::OpenMode::ReadOnly);
    if (!twin)
        return errors;
    auto sites = GaugeSiteReader::read(*twin.value());
    if (!sites) {
        errors << sites.error();
        return errors;
    }
    QStringList known;
    for (const GaugeSite &s : sites.value())
        known << s.sourceId;
    for (const RainfallSettings::Gauge &g : settings.gauges)
        if (!known.contains(g.sourceId)) {
            const QString list = known.size() > 8 ? known.mid(0, 8).join(QStringLiteral(", ")) + QStringLiteral(", …")
                                                  : known.join(QStringLiteral(", "));
            errors << core::Error::notFound(QCoreApplication::translate("Rainfall", "the twin has no river gauge \"%1\" (it has: %2)")
                                                .arg(g.sourceId, known.isEmpty() ? QCoreApplication::translate("Rainfall", "none") : list),
                                            g.path);
        }
    return errors;
}

std::unique_ptr<sim::Model> RainfallModelFactory::create(const sim::ModelContext &context) const
{
    QList<core::Error> ignored; // validate() has refused a bad section before any run
    return std::make_unique<RainfallModel>(context, RainfallSettings::parse(context.section, QStringLiteral("models.") + context.id, ignored));
}

} // namespace ct::sensors
