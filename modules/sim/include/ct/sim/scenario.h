// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include "ct/core/result.h"
#include "ct/geo/point.h"
#include "ct/sim/simtime.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QVariant>

#include <cstdint>
#include <vector>

namespace ct::sim {

/// \brief A simulation scenario, as read from the documented JSON format
/// (data/scenarios/README.md): when, how long, which seed, how the population behaves, what
/// happens (hazards, closures, shelter openings), and sections for domain plugins' models.
///
/// fromJson() checks the document on its own (types, ranges, times within the run); references
/// to the twin (road ids, shelters, rivers) are checked when a run is prepared against a twin
/// (SimulationWorld::validate). Every error names the JSON path: `events[3].at: expected a
/// duration like "00:30"`.
struct Scenario
{
    enum class Departure { Immediate, Rayleigh, Exponential, Uniform };
    enum class Scope { All, HazardArea };
    enum class ShelterInitial { AllOpen, AllClosed, Live };

    /// A shelter named in a scenario: by feature id (a JSON number) or by `source_id` (a string).
    struct ShelterRef
    {
        qint64 fid = -1;
        QString sourceId;
        QString path;          //!< JSON path, for error messages
    };

    /// One timed thing that happens. Every kind carries `at`; the other fields by kind.
    struct Action
    {
        enum class Kind {
            CloseRoads,        //!< roads closed (closures[], events close_road, hazards bridge_closure)
            ReopenRoads,
            FloodPolygon,      //!< roads meeting the polygon closed; residents inside are the hazard area
            RiverOvertopping,  //!< roads within widthM of the river (section from–to) closed
            BridgeClosure,     //!< every bridge closed with probability `share` (or listed roads)
            OpenShelter,
            CloseShelter,
        };
        Kind kind = Kind::CloseRoads;
        SimTime at = 0;
        QString path;                      //!< JSON path of the entry
        std::vector<qint64> roads;
        std::vector<geo::Point> polygon;   //!< EPSG:6677 metres, closed or not
        QString river;
        double widthM = 100.0;
        double from = 0.0;                 //!< share of the river's length, downstream
        double to = 1.0;
        double share = 1.0;                //!< bridge_closure: probability that a bridge fails
        ShelterRef shelter;
    };

    /// Evacuation buses (the `buses` section): they carry residents without a car from collection
    /// points (the twin's bus_stops, or listed points) to suitable shelters and come back.
    struct Buses
    {
        bool enabled = false;                //!< the scenario has a `buses` section
        int count = 0;                       //!< vehicles
        int capacity = 50;                   //!< persons per bus (at least a whole household, 8)
        double pcu = 2.0;                    //!< passenger car equivalent of a bus on the car network
        bool stopsFromTwin = true;           //!< collection points: the twin's bus_stops layer …
        std::vector<geo::Point> stops;       //!< … or these points (EPSG:6677 metres)
        std::vector<geo::Point> depots;      //!< where the buses start; empty: at the busiest collection points
        SimTime start = -1;                  //!< start of service; -1: the evacuation order (population.trigger)
        SimTime dwell = kMinute;             //!< boarding or unloading time per stop
        SimTime walkLimit = 15 * kMinute;    //!< households without a car walking longer than this to a shelter ride
    };

    QString name;
    QString description;
    QDateTime start;                       //!< wall-clock time of simulated 0 (display only)
    SimTime duration = 2 * kHour;
    std::uint64_t seed = 1;
    QString hazard;                        //!< shelter suitability column: flood, earthquake, …; empty = any

    // population
    Scope scope = Scope::All;
    double householdSize = 2.3;            //!< mean persons per household
    double carShare = 0.3;                 //!< households leaving by car; the rest walk
    double compliance = 1.0;               //!< households that obey the order
    SimTime trigger = 0;                   //!< the evacuation order
    Departure departure = Departure::Rayleigh;
    SimTime departureMean = 20 * kMinute;  //!< Rayleigh, Exponential
    SimTime departureMin = 0;              //!< Uniform
    SimTime departureMax = 30 * kMinute;   //!< Uniform

    // shelters
    ShelterInitial shelterInitial = ShelterInitial::AllOpen;
    std::vector<ShelterRef> openShelters;
    std::vector<ShelterRef> closedShelters;

    std::vector<Action> actions;           //!< hazards, closures and events, in document order
    Buses buses;

    QJsonObject models;                    //!< sections for domain plugins' models, by model id
    QJsonObject document;                  //!< the whole document, for the run record

    /// Parses and checks a scenario. On failure the error is the first problem; `errors`, when
    /// given, receives all of them (a user fixes a file in one go).
    static core::Result<Scenario> fromJson(const QByteArray &json, QList<core::Error> *errors = nullptr);
    //! Reads a file and parses it; the errors' paths are prefixed with nothing, the file is named
    //! when it cannot be read.
    static core::Result<Scenario> fromFile(const QString &path, QList<core::Error> *errors = nullptr);

    //! The actions sorted by time (stable: document order within the same time).
    std::vector<Action> timeline() const;

    /// Whether the run branches from the twin's live state (`"shelters": {"initial": "live"}`):
    /// the live shelter status and occupancy, the live road closures, and what domain models read
    /// from the twin (ModelContext::branchedFromLive).
    bool branchesFromLive() const { return shelterInitial == ShelterInitial::Live; }
};

} // namespace ct::sim
