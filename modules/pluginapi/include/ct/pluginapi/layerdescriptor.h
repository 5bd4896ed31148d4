// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include <QString>

namespace ct::plugin {

/// \brief How a feature table of the twin is shown: its kind of drawing, colours, legend.
///
/// `title` is the English text; `translationContext` is the Qt Linguist context the console
/// translates it in (the plugin marks it with QT_TRANSLATE_NOOP in that context).
struct LayerDescriptor
{
    enum class Kind {
        Buildings, //!< polygons extruded by `heightField`
        Lines,     //!< ribbons `widthMetres` wide (roads, rivers, routes)
        Areas,     //!< filled polygons with an outline (water, districts, boundary)
        Points     //!< instanced symbols, labelled with `labelField`
    };
    enum class Symbol { Circle, Square, Triangle, Diamond };

    QString table;                 //!< feature table name in the twin
    QString title;                 //!< English layer name shown in the layer panel
    QString translationContext = QStringLiteral("LayerTitles");
    Kind kind = Kind::Points;
    QString color = QStringLiteral("#3366cc"); //!< #rrggbb
    QString outlineColor;          //!< areas: outline colour; empty for none
    double widthMetres = 4.0;      //!< lines and area outlines
    Symbol symbol = Symbol::Circle;
    double symbolSizePixels = 14.0;
    QString labelField;            //!< attribute shown as a label; empty for none
    QString heightField;           //!< buildings: height in metres
    int order = 50;                //!< drawing order, higher on top
    bool visibleByDefault = true;
    QString owner;                 //!< plugin id, or "core"
};

} // namespace ct::plugin
