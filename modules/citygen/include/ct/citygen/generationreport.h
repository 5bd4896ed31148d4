// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include <QString>
#include <QStringList>

#include <utility>
#include <vector>

namespace ct::citygen {

/// \brief What a generation produced, for the CLI and the benchmark to print.
struct GenerationReport
{
    std::vector<std::pair<QString, qint64>> layerCounts;  //!< layer name → features, in write order
    std::vector<std::pair<QString, double>> stageSeconds;  //!< stage → wall-clock seconds
    qint64 population = 0;        //!< sum of residents over all buildings
    double seconds = 0.0;         //!< total wall-clock seconds, generation and write
    double areaKm2 = 0.0;         //!< area of the city boundary
    bool realBoundary = false;    //!< boundary read from the real-data folder
    bool realShelters = false;    //!< shelters read from the real-data folder
    bool realSensors = false;     //!< river gauges and weather stations read from the real-data folder
    QStringList notes;            //!< caveats the user should know (estimated capacities, …)

    qint64 count(const QString &layer) const
    {
        for (const auto &[name, n] : layerCounts)
            if (name == layer)
                return n;
        return 0;
    }
};

} // namespace ct::citygen
