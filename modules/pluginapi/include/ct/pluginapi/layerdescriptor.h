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
    /// Arrow: a pointed arrowhead for symbols turned to a heading (vehicles).
    enum class Symbol { Circle, Square, Triangle, Diamond, Arrow };

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

    /// Point symbols: the usual shape of a domain's facilities and vehicles.
    static LayerDescriptor points(QString table, QString title, QString owner, QString color, Symbol symbol,
                                  double sizePixels, int order, QString labelField = {})
    {
        LayerDescriptor d = common(std::move(table), std::move(title), std::move(owner), std::move(color), order);
        d.kind = Kind::Points;
        d.symbol = symbol;
        d.symbolSizePixels = sizePixels;
        d.labelField = std::move(labelField);
        return d;
    }
    /// Ribbons `widthMetres` wide.
    static LayerDescriptor lines(QString table, QString title, QString owner, QString color, double widthMetres, int order)
    {
        LayerDescriptor d = common(std::move(table), std::move(title), std::move(owner), std::move(color), order);
        d.kind = Kind::Lines;
        d.widthMetres = widthMetres;
        return d;
    }
    /// Filled polygons with an outline (empty `outline` for none).
    static LayerDescriptor areas(QString table, QString title, QString owner, QString fill, QString outline,
                                 double outlineWidthMetres, int order)
    {
        LayerDescriptor d = common(std::move(table), std::move(title), std::move(owner), std::move(fill), order);
        d.kind = Kind::Areas;
        d.outlineColor = std::move(outline);
        d.widthMetres = outlineWidthMetres;
        return d;
    }
    /// Extruded footprints, `heightField` in metres.
    static LayerDescriptor buildings(QString table, QString title, QString owner, QString color, QString heightField, int order)
    {
        LayerDescriptor d = common(std::move(table), std::move(title), std::move(owner), std::move(color), order);
        d.kind = Kind::Buildings;
        d.heightField = std::move(heightField);
        return d;
    }

private:
    static LayerDescriptor common(QString table, QString title, QString owner, QString color, int order)
    {
        LayerDescriptor d;
        d.table = std::move(table);
        d.title = std::move(title);
        d.owner = std::move(owner);
        d.color = std::move(color);
        d.order = order;
        return d;
    }
};

} // namespace ct::plugin
