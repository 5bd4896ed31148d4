// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include "ct/dataio/importer.h"

namespace ct::dataio {

/// \brief Reads the デジタル庁 推奨データセット shelter CSV (UTF-8 with or without BOM, or Shift_JIS) into `shelters`: 名称, 名称_英字, 所在地_連結表記, 想定収容人数 → capacity, 災害種別_* → hazard flags, 緯度/経度 → position. Stable id: the ID column.
class NationalShelterImporter final : public Importer
{
public:
    SourceFormat format() const override { return SourceFormat::NationalShelterCsv; }
    core::Status run(ImportSession &session) override;
};

} // namespace ct::dataio
