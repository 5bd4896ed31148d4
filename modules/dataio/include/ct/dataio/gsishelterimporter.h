// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include "ct/dataio/importer.h"

namespace ct::dataio {

/// \brief Reads GSI's 指定緊急避難場所・指定避難所 GeoJSON into the `shelters` layer: 施設・場所名 → name, 住所 → address, the hazard columns (洪水, 崖崩れ…, 地震, 大規模な火事, 内水氾濫; "1" or empty) → flood / landslide / earthquake / fire / inland_flood. Stable id: 共通ID (else name + position rounded to 1 m). A file with hazard columns is an emergency-site list (kind "emergency"), one without an evacuation-shelter list (kind "evacuation").
class GsiShelterImporter final : public Importer
{
public:
    SourceFormat format() const override { return SourceFormat::GsiShelterGeoJson; }
    core::Status run(ImportSession &session) override;
};

} // namespace ct::dataio
