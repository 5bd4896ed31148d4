// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include "ct/core/result.h"
#include "ct/geo/envelope.h"
#include "ct/pluginapi/layerdescriptor.h"
#include "ct/sim/featurestate.h"

#include <QColor>
#include <QPainterPath>
#include <QPointF>
#include <QString>
#include <QStringList>

#include <vector>

class QPainter;
class QRectF;

namespace ct::store {
class TwinStore;
}

namespace ct::report {

/// \brief A flat, printable map of the twin for the situation report: the city boundary, water,
/// rivers and roads, and the point and line layers of the domain plugins, coloured by the state of
/// their features (shelter status and load, road congestion) when a FeatureState is given.
///
/// Read with TwinStore::readColumns() and drawn with QPainter only — no OpenGL and no window, so a
/// report is made on a server as well as in the console. Coordinates stay in the twin's metric
/// CRS (EPSG:6677); a layer stored in another CRS is transformed with PROJ.
class MapSnapshot
{
public:
    struct Layer
    {
        plugin::LayerDescriptor style;
        QString title;                    //!< translated
        std::vector<qint64> fids;
        std::vector<QPainterPath> shapes; //!< lines and areas, one per feature, in twin metres
        std::vector<QPointF> points;      //!< points, one per feature
        std::vector<double> widths;       //!< lines: carriageway width per feature (metres), or empty
        QStringList labels;               //!< points: the style's labelField per feature, or empty
        int state = -1;                   //!< index into states(), or -1
    };

    /// Reads the base layers and `domainLayers` (the plugins' Points and Lines layers; the others
    /// are skipped) that exist in `twin`. `states` restyle the layers they name. Layers the twin
    /// lacks are left out; a layer that cannot be read is an error.
    static core::Result<MapSnapshot> read(const store::TwinStore &twin,
                                          const std::vector<plugin::LayerDescriptor> &domainLayers,
                                          std::vector<sim::FeatureState> states = {});

    bool isEmpty() const { return m_layers.empty() || m_extent.isEmpty(); }
    const std::vector<Layer> &layers() const { return m_layers; }
    const std::vector<sim::FeatureState> &states() const { return m_states; }
    //! What the map shows, in twin metres (the boundary, else every layer read).
    geo::Envelope extent() const { return m_extent; }
    //! Height ÷ width of the extent (1 when empty).
    double aspectRatio() const;

    /// Point layers with at most this many features are labelled (facility names).
    static constexpr int kMaxLabelledFeatures = 150;

    /// Draws the map into `area` of `painter`: a frame, the layers, labels of the facilities
    /// (where they do not overlap), a legend, a scale bar and a north arrow. Sizes follow the
    /// device's resolution (millimetres on paper).
    void paint(QPainter &painter, const QRectF &area) const;

    /// The colour a feature state gives row `row`, or an invalid colour when the style leaves
    /// the layer's colour (exposed for the tests).
    static QColor stateColor(const sim::FeatureState &state, std::size_t row);

private:
    std::vector<Layer> m_layers;
    std::vector<sim::FeatureState> m_states;
    geo::Envelope m_extent;
};

} // namespace ct::report
