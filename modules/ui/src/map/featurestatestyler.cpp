// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "featurestatestyler.h"

#include <QCoreApplication>
#include <QHash>
#include <QVariantList>

#include <algorithm>
#include <cmath>

namespace ct::ui {

namespace {

QString translated(const QString &text)
{
    return text.isEmpty() ? text : QCoreApplication::translate("FeatureState", text.toUtf8().constData());
}

QColor mix(const QColor &a, const QColor &b, double t)
{
    return QColor::fromRgbF(float(a.redF() + (b.redF() - a.redF()) * t), float(a.greenF() + (b.greenF() - a.greenF()) * t),
                            float(a.blueF() + (b.blueF() - a.blueF()) * t));
}

} // namespace

QColor FeatureStateStyler::colorAt(const sim::FeatureStyle &style, double value)
{
    const auto &stops = style.colorStops;
    if (stops.empty() || !std::isfinite(value))
        return {};
    if (value <= stops.front().value)
        return QColor(stops.front().color);
    for (std::size_t i = 1; i < stops.size(); ++i) {
        if (value <= stops[i].value) {
            const double span = stops[i].value - stops[i - 1].value;
            const double t = span > 0 ? (value - stops[i - 1].value) / span : 1.0;
            return mix(QColor(stops[i - 1].color), QColor(stops[i].color), t);
        }
    }
    return QColor(stops.back().color);
}

float FeatureStateStyler::sizeAt(const sim::FeatureStyle &style, double value)
{
    if (style.sizeBy.isEmpty() || !std::isfinite(value))
        return 0.0f;
    const double span = style.sizeTo - style.sizeFrom;
    const double t = span != 0 ? std::clamp((value - style.sizeFrom) / span, 0.0, 1.0) : 1.0;
    return float(style.pixelsFrom + t * (style.pixelsTo - style.pixelsFrom));
}

QColor FeatureStateStyler::colorOf(const sim::FeatureState &state, std::size_t row)
{
    const sim::FeatureStyle &style = state.style;
    const int category = style.categoryBy.isEmpty() ? -1 : state.textColumn(style.categoryBy);
    if (category >= 0) {
        const QString value = state.text(row, category);
        for (const auto &c : style.categories) {
            if (c.value == value)
                return QColor(c.color);
        }
    }
    const int column = style.colorBy.isEmpty() ? -1 : state.numberColumn(style.colorBy);
    return column >= 0 ? colorAt(style, state.number(row, column)) : QColor();
}

FeatureStateStyler::Appearance FeatureStateStyler::appearance(const sim::FeatureState &state, const std::vector<qint64> &fids,
                                                             const QColor &baseColor)
{
    Appearance out;
    out.colors.assign(fids.size(), baseColor);
    const int sizeColumn = state.style.sizeBy.isEmpty() ? -1 : state.numberColumn(state.style.sizeBy);
    if (sizeColumn >= 0)
        out.sizes.assign(fids.size(), 0.0f);
    QHash<qint64, std::size_t> rowOf;
    rowOf.reserve(qsizetype(state.size()));
    for (std::size_t r = 0; r < state.size(); ++r)
        rowOf.insert(state.fids[r], r);
    for (std::size_t i = 0; i < fids.size(); ++i) {
        const auto it = rowOf.constFind(fids[i]);
        if (it == rowOf.constEnd())
            continue;
        ++out.styled;
        const QColor c = colorOf(state, *it);
        if (c.isValid())
            out.colors[i] = c;
        if (sizeColumn >= 0)
            out.sizes[i] = sizeAt(state.style, state.number(*it, sizeColumn));
    }
    return out;
}

QVariantMap FeatureStateStyler::legend(const sim::FeatureState &state)
{
    const sim::FeatureStyle &style = state.style;
    QVariantList entries;
    for (const auto &stop : style.colorStops)
        entries.append(QVariantMap{{QStringLiteral("color"), QColor(stop.color)}, {QStringLiteral("label"), translated(stop.label)}});
    for (const auto &c : style.categories)
        entries.append(QVariantMap{{QStringLiteral("color"), QColor(c.color)}, {QStringLiteral("label"), translated(c.label)}});
    return {{QStringLiteral("layer"), state.layer},
            {QStringLiteral("title"), translated(style.title)},
            {QStringLiteral("entries"), entries},
            {QStringLiteral("sizeLabel"), translated(style.sizeLabel)}};
}

} // namespace ct::ui
