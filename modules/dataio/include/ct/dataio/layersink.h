// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include "ct/core/result.h"
#include "ct/geo/geometry.h"
#include "ct/store/featurewriter.h"
#include "ct/store/layerdefinition.h"

#include <QVariant>

#include <memory>
#include <optional>
#include <vector>

namespace ct::store {
class TwinStore;
}

namespace ct::dataio {

/// \brief Writes an importer's features into one twin layer, whatever shape that layer already has.
///
/// The importer describes the layer it would create (its contract); when the twin already holds a
/// layer of that name, values are matched to its columns by name and fields it lacks are dropped,
/// so an import into a generated demo city fills the generator's layers. Geometries are adapted to
/// the layer's type (single ↔ multi); a multi-part geometry going into a single-part layer keeps
/// its largest part.
class LayerSink
{
public:
    /// Opens `definition.name` in `store`, creating it from `definition` when missing.
    static core::Result<std::unique_ptr<LayerSink>> open(store::TwinStore &store,
                                                         const store::LayerDefinition &definition);
    ~LayerSink();

    const store::LayerDefinition &definition() const { return m_definition; }
    geo::GeometryType geometryType() const { return m_geometryType; }
    /// True when the layer has a stable id column, so re-imports update rather than duplicate.
    bool hasStableId() const { return m_hasStableId; }
    /// Type of a column in the twin's layer (which may predate the importer's contract), if written.
    std::optional<store::FieldDefinition::Type> columnType(const QString &field) const;

    /// Writes one feature; `geometry` in the layer's CRS, `values` in the order of the definition's
    /// fields. Returns an error for a geometry that cannot go into this layer or a refused value.
    core::Status write(geo::Geometry geometry, const std::vector<QVariant> &values);
    core::Status finish();

    qint64 inserted() const { return m_inserted; }
    qint64 updated() const { return m_updated; }

private:
    LayerSink() = default;
    store::LayerDefinition m_definition;
    geo::GeometryType m_geometryType = geo::GeometryType::Point;
    std::vector<int> m_sourceIndex;   //!< for each written column: index into the definition's fields
    std::vector<store::FieldDefinition::Type> m_columnTypes;
    std::optional<store::FeatureWriter> m_writer;
    qint64 m_inserted = 0;
    qint64 m_updated = 0;
    bool m_hasStableId = false;
    std::vector<QVariant> m_row;
};

} // namespace ct::dataio
