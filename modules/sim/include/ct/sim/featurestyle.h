// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include <QJsonObject>
#include <QString>

#include <vector>

namespace ct::sim {

/// \brief How the map restyles a point layer from a FeatureState: colour from a numeric
/// attribute (interpolated between stops) unless a text attribute names a category with its own
/// colour, symbol size from another numeric attribute, and the legend that explains both.
///
/// Pure data, no GUI type: colours are "#rrggbb" strings. Texts (title, labels) are English
/// source strings that the view translates in the context "FeatureState" (mark them with
/// QT_TRANSLATE_NOOP("FeatureState", "…")), so a recorded run shows in the reader's language.
struct FeatureStyle
{
    struct ColorStop
    {
        double value = 0.0;
        QString color;        //!< "#rrggbb"
        QString label;        //!< legend text for this stop (may be empty)
        friend bool operator==(const ColorStop &, const ColorStop &) = default;
    };
    struct Category
    {
        QString value;        //!< the text attribute's value, e.g. "closed"
        QString color;
        QString label;
        friend bool operator==(const Category &, const Category &) = default;
    };

    QString title;                        //!< legend heading, e.g. "Shelter occupancy"
    QString colorBy;                      //!< numeric attribute; empty keeps the layer's colour
    std::vector<ColorStop> colorStops;    //!< ascending values; clamped outside, linear between
    QString categoryBy;                   //!< text attribute whose listed values override the colour
    std::vector<Category> categories;
    QString sizeBy;                       //!< numeric attribute; empty keeps the layer's size
    double sizeFrom = 0.0;                //!< attribute value drawn at pixelsFrom …
    double sizeTo = 1.0;                  //!< … and at pixelsTo (clamped, linear between)
    double pixelsFrom = 10.0;
    double pixelsTo = 22.0;
    QString sizeLabel;                    //!< legend note for the size, e.g. "size: persons inside"

    bool isEmpty() const { return colorBy.isEmpty() && categoryBy.isEmpty() && sizeBy.isEmpty(); }

    /// The occupancy style every capacity-like layer shares (shelters in a run and live): colour
    /// by "load" (occupancy ÷ capacity: green, yellow at half, red when full), "status" closed /
    /// unsuitable in greys, size by "occupancy" up to `largest` persons.
    static FeatureStyle occupancy(const QString &title, double largest);

    QJsonObject toJson() const;
    static FeatureStyle fromJson(const QJsonObject &json);

    friend bool operator==(const FeatureStyle &, const FeatureStyle &) = default;
};

} // namespace ct::sim
