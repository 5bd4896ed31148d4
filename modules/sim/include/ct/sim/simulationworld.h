// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include "ct/core/result.h"
#include "ct/geo/point.h"
#include "ct/routing/roadgraph.h"
#include "ct/sim/scenario.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

#include <vector>

namespace ct::store {
class TwinStore;
}

namespace ct::sim {

/// \brief What a run needs from the twin, read once: the car and walking graphs, the roads'
/// geometry and bridge flags, the rivers, the shelters with their hazard suitability and live
/// status, and where people live.
///
/// Loading the twin is the slow part of a run (seconds for the full city); a world is immutable
/// afterwards, so many runs (seeds, compared scenarios, tests) share one.
class SimulationWorld
{
public:
    /// \brief A shelter of the twin, placed on both graphs.
    struct Shelter
    {
        qint64 fid = 0;
        QString sourceId;
        QString name;
        int capacity = 0;          //!< persons
        geo::Point position;
        int carNode = -1;
        int walkNode = -1;
        QHash<QString, bool> suitable;   //!< hazard column → flag (flood, earthquake, …)
        // Live state from the shelters plugin's shelter_status table, when the twin has it.
        bool hasLiveStatus = false;
        QString liveStatus;        //!< closed|opening|open|full|closing
        int liveOccupancy = 0;

        bool isSuitableFor(const QString &hazard) const { return hazard.isEmpty() || suitable.value(hazard, false); }
    };

    /// \brief A collection point for evacuation buses (the twin's `bus_stops` layer), placed on
    /// both graphs: riders walk to walkNode, buses stop at carNode.
    struct BusStop
    {
        QString stopId;
        QString name;
        geo::Point position;
        int carNode = -1;
        int walkNode = -1;
    };

    /// \brief A residential building: where its residents start.
    struct Home
    {
        geo::Point position;
        int residents = 0;
    };

    /// Reads the twin. Fails, naming the twin, when it has no roads (or none usable by car and on
    /// foot); a twin without shelters or buildings loads (a run then reports everyone unsheltered).
    static core::Result<SimulationWorld> load(const store::TwinStore &twin);

    /// Checks a scenario's references against this twin: road ids, shelters, rivers, the hazard
    /// column. Errors name the JSON path (`closures[0].road: unknown road id 99999`).
    QList<core::Error> validate(const Scenario &scenario) const;

    const routing::RoadGraph &carGraph() const { return m_car; }
    const routing::RoadGraph &walkGraph() const { return m_walk; }
    const std::vector<Shelter> &shelters() const { return m_shelters; }
    const std::vector<Home> &homes() const { return m_homes; }
    //! The twin's bus stops (empty without a bus_stops layer).
    const std::vector<BusStop> &busStops() const { return m_busStops; }
    //! Whether the twin has a bus_stops layer.
    bool hasBusStopLayer() const { return m_hasBusStopLayer; }
    /// The collection points of a scenario's buses: the twin's bus stops, or the scenario's own
    /// points placed on the graphs.
    std::vector<BusStop> collectionPoints(const Scenario::Buses &buses) const;
    std::int64_t residents() const;
    //! Shelter index for a scenario reference, or -1.
    int shelterIndex(const Scenario::ShelterRef &ref) const;
    bool hasRoad(qint64 roadId) const;
    //! Road ids of every bridge, ascending.
    const std::vector<qint64> &bridges() const { return m_bridges; }
    bool hasRiver(const QString &name) const { return m_rivers.contains(name); }
    //! The twin file the world was read from (models may open it read-only for their own tables).
    QString twinPath() const { return m_twinPath; }
    //! When the world read the twin (UTC): the instant of the live state a branched run starts from.
    QDateTime loadedAt() const { return m_loadedAt; }
    //! Whether the twin has the shelters plugin's live table.
    bool hasLiveShelterStatus() const { return m_hasLiveStatus; }
    /// Road ids closed in the twin's live state when the world was loaded (the `road_closure`
    /// table of routing::LiveClosures: verified damage reports, operators' orders), ascending. A
    /// run branched from the live state starts with them closed.
    const std::vector<qint64> &liveClosedRoads() const { return m_liveClosedRoads; }

    /// Road ids whose line meets the polygon (a vertex inside or a crossing edge), ascending.
    std::vector<qint64> roadsMeeting(const std::vector<geo::Point> &polygon) const;
    /// Road ids within `widthM` of the river's section between the shares `from` and `to` of its
    /// length (downstream order), ascending.
    std::vector<qint64> roadsNearRiver(const QString &river, double widthM, double from, double to) const;
    /// The river section as a polyline (for the hazard area and the view).
    std::vector<geo::Point> riverSection(const QString &river, double from, double to) const;

private:
    core::Status loadLiveRoadClosures(const store::TwinStore &twin);
    routing::RoadGraph m_car;
    routing::RoadGraph m_walk;
    std::vector<Shelter> m_shelters;
    std::vector<Home> m_homes;
    std::vector<BusStop> m_busStops;
    bool m_hasBusStopLayer = false;
    std::vector<qint64> m_roadIds;                      //!< per road row
    std::vector<std::vector<geo::Point>> m_roadLines;   //!< per road row
    std::vector<qint64> m_sortedRoadIds;
    std::vector<qint64> m_bridges;
    QHash<QString, std::vector<geo::Point>> m_rivers;
    bool m_hasLiveStatus = false;
    std::vector<qint64> m_liveClosedRoads;
    QString m_twinPath;
    QDateTime m_loadedAt;
};

} // namespace ct::sim
