// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include "ct/dataio/importer.h"

namespace ct::dataio {

/// \brief Reads the MLIT river gauge list and the JMA AMeDAS station list into `sensor_sites` (kind river_gauge or weather). Stable ids "mlit:<ID>" and "amedas:<station id>".
class StationCsvImporter final : public Importer
{
public:
    explicit StationCsvImporter(SourceFormat format) : m_format(format) {}
    SourceFormat format() const override { return m_format; }
    core::Status run(ImportSession &session) override;

private:
    SourceFormat m_format; //!< MlitGaugeCsv or AmedasCsv
};

} // namespace ct::dataio
