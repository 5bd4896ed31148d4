// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "ct/routing/sheltersite.h"

#include "ct/routing/roadgraph.h"
#include "ct/store/twinstore.h"

namespace ct::routing {

core::Result<std::vector<ShelterSite>> suitableShelters(const store::TwinStore &twin, const RoadGraph &graph,
                                                        const QString &hazardColumn)
{
    QStringList columns{QStringLiteral("name"), QStringLiteral("capacity")};
    if (!hazardColumn.isEmpty())
        columns << hazardColumn;
    auto read = twin.readColumns(QStringLiteral("shelters"), columns);
    if (!read)
        return read.error();
    const store::LayerColumns &table = read.value();
    const int nameCol = table.columnIndex(QStringLiteral("name"));
    const int capacityCol = table.columnIndex(QStringLiteral("capacity"));
    const int hazardCol = hazardColumn.isEmpty() ? -1 : table.columnIndex(hazardColumn);
    if (!hazardColumn.isEmpty() && hazardCol < 0)
        return core::Error::notFound(QStringLiteral("the shelters layer has no column \"%1\"").arg(hazardColumn),
                                     twin.path());
    std::vector<ShelterSite> sites;
    for (std::size_t i = 0; i < table.size(); ++i) {
        const auto pts = table.geometries.pointsOf(i);
        if (pts.empty())
            continue;
        if (hazardCol >= 0 && table.columns[std::size_t(hazardCol)].integer(i, 0) == 0)
            continue;
        ShelterSite site;
        site.fid = table.fids[i];
        if (nameCol >= 0) {
            const auto bytes = table.columns[std::size_t(nameCol)].bytes(i);
            site.name = QString::fromUtf8(bytes.data(), qsizetype(bytes.size()));
        }
        if (capacityCol >= 0)
            site.capacity = int(table.columns[std::size_t(capacityCol)].integer(i, 0));
        site.position = pts.front();
        site.node = graph.nearestNode(site.position);
        sites.push_back(std::move(site));
    }
    return sites;
}

std::vector<int> shelterNodes(const std::vector<ShelterSite> &sites)
{
    std::vector<int> nodes;
    nodes.reserve(sites.size());
    for (const auto &site : sites)
        nodes.push_back(site.node);
    return nodes;
}

} // namespace ct::routing
