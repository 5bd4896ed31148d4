// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include "ct/geo/envelope.h"
#include "ct/geo/point.h"

#include <QColor>
#include <QImage>
#include <QString>

#include <limits>
#include <vector>

namespace ct::plugin {

/// \brief What an OverlaySource shows on the main map for one operator at one moment: symbols
/// with their own colour, opacity and size, and/or one georeferenced raster.
///
/// An immutable value computed by the plugin and handed to the map; it lives only in the
/// console's memory (never in the twin), because it depends on who is signed in.
struct Overlay
{
    struct Point
    {
        geo::Point position;       //!< EPSG:6677 metres
        QColor color;              //!< alpha = the symbol's own opacity
        float sizePixels = 0.0f;   //!< 0 = the source's symbol size
        /// Degrees clockwise from north the symbol's top points to (vehicles' headings; best
        /// with the Arrow symbol); NaN = not turned.
        float headingDegrees = std::numeric_limits<float>::quiet_NaN();
        /// What a click on the symbol picks, in terms the source understands (e.g. a vehicle
        /// id; opaque, never personal data). Empty = the symbol cannot be picked. The console
        /// hands a pick to the owner plugin as its view setting `picked` = {overlay, id, serial}
        /// (TwinAccess::setViewSettings(owner, ...)) and raises the owner's panel.
        QString featureId;
    };
    /// An image laid flat on the ground: `image` covers `extent` (EPSG:6677 metres), its first
    /// row at the north edge; transparent pixels show the map below.
    struct Raster
    {
        QImage image;
        geo::Envelope extent;
        bool isNull() const { return image.isNull() || extent.isEmpty(); }
    };
    struct LegendEntry
    {
        QColor color;
        QString label;             //!< already translated
    };

    std::vector<Point> points;
    Raster raster;
    std::vector<LegendEntry> legend;
    /// One line for the layer panel (translated), e.g. how many alerts and at what precision,
    /// or why there is nothing to show.
    QString note;
};

} // namespace ct::plugin
