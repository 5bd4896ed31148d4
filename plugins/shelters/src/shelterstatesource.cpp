// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "shelterstatesource.h"

#include "congestion.h"
#include "shelterreader.h"
#include "shelterschema.h"

#include "ct/store/twinstore.h"

#include <QCoreApplication>

#include <algorithm>

namespace ct::shelters {

sim::FeatureStyle ShelterStateSource::style(double largest)
{
    using Level = Congestion::Level;
    sim::FeatureStyle s;
    s.title = QStringLiteral(QT_TRANSLATE_NOOP("FeatureState", "Shelter congestion"));
    s.colorBy = QStringLiteral("congestion");
    s.colorStops = {{0.0, Congestion::color(Level::Low), QStringLiteral(QT_TRANSLATE_NOOP("FeatureState", "under 30 %"))},
                    {1.0, Congestion::color(Level::Moderate), QStringLiteral(QT_TRANSLATE_NOOP("FeatureState", "30–60 %"))},
                    {2.0, Congestion::color(Level::High), QStringLiteral(QT_TRANSLATE_NOOP("FeatureState", "60–80 %"))},
                    {3.0, Congestion::color(Level::Critical), QStringLiteral(QT_TRANSLATE_NOOP("FeatureState", "80 % and more"))}};
    s.categoryBy = QStringLiteral("alert");
    s.categories = {{QStringLiteral("closed"), QStringLiteral("#5f6368"), QStringLiteral(QT_TRANSLATE_NOOP("FeatureState", "closed"))},
                    {QStringLiteral("no_power"), QStringLiteral("#202124"), QStringLiteral(QT_TRANSLATE_NOOP("FeatureState", "no power"))},
                    {QStringLiteral("shortage"), QStringLiteral("#1f5fbf"), QStringLiteral(QT_TRANSLATE_NOOP("FeatureState", "supply shortage"))}};
    s.sizeBy = QStringLiteral("occupancy");
    s.sizeFrom = 0.0;
    s.sizeTo = std::max(1.0, largest);
    s.pixelsFrom = 12.0;
    s.pixelsTo = 26.0;
    s.sizeLabel = QStringLiteral(QT_TRANSLATE_NOOP("FeatureState", "size: persons inside"));
    return s;
}

QString ShelterStateSource::alertOf(const ShelterRecord &r)
{
    if (r.status == ShelterStatus::Closed)
        return QStringLiteral("closed");
    if (r.hasNoPower())
        return QStringLiteral("no_power");
    if (r.hasShortage())
        return QStringLiteral("shortage");
    return {};
}

sim::FeatureState ShelterStateSource::stateOf(const std::vector<ShelterRecord> &records)
{
    sim::FeatureState state;
    state.layer = QStringLiteral("shelters");
    state.numberNames = {QStringLiteral("occupancy"), QStringLiteral("capacity"), QStringLiteral("load"), QStringLiteral("congestion")};
    state.textNames = {QStringLiteral("status"), QStringLiteral("alert")};
    int largest = 1;
    for (const ShelterRecord &r : records) {
        largest = std::max({largest, r.capacity, r.occupancy});
        const double load = r.capacity > 0 ? double(r.occupancy) / r.capacity : (r.occupancy > 0 ? 1.0 : 0.0);
        state.append(r.fid, {double(r.occupancy), double(r.capacity), load, double(int(r.congestion.level()))},
                     {ShelterLifecycle::name(r.status), alertOf(r)});
    }
    state.style = style(largest);
    return state;
}

core::Result<sim::FeatureState> ShelterStateSource::read(const store::TwinStore &twin) const
{
    // No shelter data yet (a twin never opened for writing with this plugin): no rows, so the
    // shelters keep their plain style, instead of an error about the missing tables.
    if (twin.schemaVersion(ShelterSchema::component()) == 0)
        return stateOf({});
    ShelterReader reader(twin);
    auto records = reader.readAll();
    if (!records)
        return records.error();
    return stateOf(records.value());
}

} // namespace ct::shelters
