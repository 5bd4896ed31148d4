// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "layerlistmodel.h"

#include <QColor>
#include <QCoreApplication>

#include <algorithm>

namespace ct::ui {

using plugin::LayerDescriptor;

QString layerKindName(LayerDescriptor::Kind kind)
{
    switch (kind) {
    case LayerDescriptor::Kind::Buildings: return QStringLiteral("buildings");
    case LayerDescriptor::Kind::Lines: return QStringLiteral("lines");
    case LayerDescriptor::Kind::Areas: return QStringLiteral("areas");
    case LayerDescriptor::Kind::Points: return QStringLiteral("points");
    }
    return {};
}

QString layerSymbolName(LayerDescriptor::Symbol symbol)
{
    switch (symbol) {
    case LayerDescriptor::Symbol::Circle: return QStringLiteral("circle");
    case LayerDescriptor::Symbol::Square: return QStringLiteral("square");
    case LayerDescriptor::Symbol::Triangle: return QStringLiteral("triangle");
    case LayerDescriptor::Symbol::Diamond: return QStringLiteral("diamond");
    case LayerDescriptor::Symbol::Arrow: return QStringLiteral("arrow");
    }
    return {};
}

LayerListModel::LayerListModel(QObject *parent) : QAbstractListModel(parent) {}

void LayerListModel::setEntries(std::vector<Entry> entries)
{
    std::stable_sort(entries.begin(), entries.end(),
                     [](const Entry &a, const Entry &b) { return a.order > b.order; });
    beginResetModel();
    m_entries = std::move(entries);
    endResetModel();
    emit countChanged();
    emit orderChanged();
}

int LayerListModel::indexOf(const QString &name) const
{
    for (std::size_t i = 0; i < m_entries.size(); ++i) {
        if (m_entries[i].descriptor.table == name)
            return int(i);
    }
    return -1;
}

const LayerListModel::Entry *LayerListModel::entry(const QString &name) const
{
    const int row = indexOf(name);
    return row < 0 ? nullptr : &m_entries[std::size_t(row)];
}

void LayerListModel::setVisible(int row, bool visible)
{
    setData(index(row), visible, VisibleRole);
}

void LayerListModel::setOpacity(int row, double opacity)
{
    setData(index(row), opacity, OpacityRole);
}

void LayerListModel::swapRows(int a, int b)
{
    // Rows are top-most first: swapping also swaps the drawing order values.
    std::swap(m_entries[std::size_t(a)].order, m_entries[std::size_t(b)].order);
    const int low = std::min(a, b);
    beginMoveRows({}, low + 1, low + 1, {}, low);
    std::swap(m_entries[std::size_t(a)], m_entries[std::size_t(b)]);
    endMoveRows();
    emit dataChanged(index(low), index(low + 1), {OrderRole});
    emit layerStyleChanged(m_entries[std::size_t(a)].descriptor.table);
    emit layerStyleChanged(m_entries[std::size_t(b)].descriptor.table);
    emit orderChanged();
}

void LayerListModel::moveUp(int row)
{
    if (row > 0 && row < rowCount())
        swapRows(row, row - 1);
}

void LayerListModel::moveDown(int row)
{
    if (row >= 0 && row + 1 < rowCount())
        swapRows(row, row + 1);
}

void LayerListModel::retranslate()
{
    for (auto &e : m_entries) {
        const auto &d = e.descriptor;
        e.translatedTitle = d.translationContext.isEmpty()
            ? d.title
            : QCoreApplication::translate(d.translationContext.toUtf8().constData(), d.title.toUtf8().constData());
    }
    if (!m_entries.empty())
        emit dataChanged(index(0), index(rowCount() - 1), {TitleRole});
}

int LayerListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

QVariant LayerListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const Entry &e = m_entries[std::size_t(index.row())];
    const LayerDescriptor &d = e.descriptor;
    switch (role) {
    case Qt::DisplayRole:
    case TitleRole: return e.translatedTitle.isEmpty() ? d.title : e.translatedTitle;
    case NameRole: return d.table;
    case KindRole: return layerKindName(d.kind);
    case ColorRole: return QColor(d.color);
    case OutlineColorRole: return d.outlineColor.isEmpty() ? QColor() : QColor(d.outlineColor);
    case WidthMetresRole: return d.widthMetres;
    case SymbolRole: return layerSymbolName(d.symbol);
    case SymbolSizeRole: return d.symbolSizePixels;
    case LabelFieldRole: return d.labelField;
    case HeightFieldRole: return d.heightField;
    case VisibleRole: return e.visible;
    case OpacityRole: return e.opacity;
    case OrderRole: return e.order;
    case FeatureCountRole: return e.featureCount;
    case OwnerRole: return d.owner;
    default: return {};
    }
}

bool LayerListModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || index.row() >= rowCount())
        return false;
    Entry &e = m_entries[std::size_t(index.row())];
    if (role == VisibleRole) {
        if (e.visible == value.toBool())
            return true;
        e.visible = value.toBool();
    } else if (role == OpacityRole) {
        const double opacity = std::clamp(value.toDouble(), 0.0, 1.0);
        if (qFuzzyCompare(e.opacity, opacity))
            return true;
        e.opacity = opacity;
    } else {
        return false;
    }
    emit dataChanged(index, index, {role});
    emit layerStyleChanged(e.descriptor.table);
    return true;
}

Qt::ItemFlags LayerListModel::flags(const QModelIndex &index) const
{
    return QAbstractListModel::flags(index) | Qt::ItemIsEditable;
}

QHash<int, QByteArray> LayerListModel::roleNames() const
{
    return {
        {NameRole, "name"},
        {TitleRole, "title"},
        {KindRole, "kind"},
        {ColorRole, "color"},
        {OutlineColorRole, "outlineColor"},
        {WidthMetresRole, "widthMetres"},
        {SymbolRole, "symbol"},
        {SymbolSizeRole, "symbolSize"},
        {LabelFieldRole, "labelField"},
        {HeightFieldRole, "heightField"},
        {VisibleRole, "layerVisible"},
        {OpacityRole, "layerOpacity"},
        {OrderRole, "order"},
        {FeatureCountRole, "featureCount"},
        {OwnerRole, "owner"},
    };
}

} // namespace ct::ui
