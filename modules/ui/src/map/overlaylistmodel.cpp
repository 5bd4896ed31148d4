// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "overlaylistmodel.h"

#include "layerlistmodel.h"

#include <algorithm>

namespace ct::ui {

OverlayListModel::OverlayListModel(QObject *parent) : QAbstractListModel(parent) {}

void OverlayListModel::setDescriptors(const std::vector<std::pair<plugin::LayerDescriptor, QString>> &describedWithTitles)
{
    std::vector<Entry> entries;
    for (const auto &[descriptor, title] : describedWithTitles) {
        Entry e;
        e.descriptor = descriptor;
        e.translatedTitle = title;
        e.visible = descriptor.visibleByDefault;
        if (const Entry *old = entry(descriptor.table)) {
            e.visible = old->visible;
            e.opacity = old->opacity;
            e.featureCount = old->featureCount;
            e.note = old->note;
            e.legend = old->legend;
            e.failed = old->failed;
        }
        entries.push_back(std::move(e));
    }
    std::stable_sort(entries.begin(), entries.end(),
                     [](const Entry &a, const Entry &b) { return a.descriptor.order > b.descriptor.order; });
    const bool countChange = entries.size() != m_entries.size();
    beginResetModel();
    m_entries = std::move(entries);
    endResetModel();
    if (countChange)
        emit countChanged();
}

const OverlayListModel::Entry *OverlayListModel::entry(const QString &name) const
{
    const int row = indexOf(name);
    return row < 0 ? nullptr : &m_entries[std::size_t(row)];
}

int OverlayListModel::indexOf(const QString &name) const
{
    for (std::size_t i = 0; i < m_entries.size(); ++i)
        if (m_entries[i].descriptor.table == name)
            return int(i);
    return -1;
}

void OverlayListModel::setContent(const QString &name, int featureCount, const QString &note,
                                  const std::vector<plugin::Overlay::LegendEntry> &legend, bool failed)
{
    const int row = indexOf(name);
    if (row < 0)
        return;
    Entry &e = m_entries[std::size_t(row)];
    const bool sameLegend = std::equal(e.legend.begin(), e.legend.end(), legend.begin(), legend.end(),
                                       [](const auto &a, const auto &b) { return a.color == b.color && a.label == b.label; });
    if (e.featureCount == featureCount && e.note == note && sameLegend && e.failed == failed)
        return;
    e.featureCount = featureCount;
    e.note = note;
    e.legend = legend;
    e.failed = failed;
    emit dataChanged(index(row), index(row), {FeatureCountRole, NoteRole, LegendRole, FailedRole});
}

void OverlayListModel::setVisible(int row, bool visible)
{
    setData(index(row), visible, VisibleRole);
}

void OverlayListModel::setOpacity(int row, double opacity)
{
    setData(index(row), opacity, OpacityRole);
}

int OverlayListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

QVariant OverlayListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= int(m_entries.size()))
        return {};
    const Entry &e = m_entries[std::size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
    case TitleRole: return e.translatedTitle;
    case NameRole: return e.descriptor.table;
    case KindRole:
        return e.descriptor.kind == plugin::LayerDescriptor::Kind::Points ? QStringLiteral("points") : QStringLiteral("areas");
    case ColorRole: return QColor(e.descriptor.color);
    case OutlineColorRole:
        return e.descriptor.outlineColor.isEmpty() ? QColor(e.descriptor.color) : QColor(e.descriptor.outlineColor);
    case SymbolRole: return layerSymbolName(e.descriptor.symbol);
    case VisibleRole: return e.visible;
    case OpacityRole: return e.opacity;
    case FeatureCountRole: return e.featureCount;
    case NoteRole: return e.note;
    case LegendRole: {
        QVariantList legend;
        for (const auto &l : e.legend)
            legend.append(QVariantMap{{QStringLiteral("color"), l.color}, {QStringLiteral("label"), l.label}});
        return legend;
    }
    case FailedRole: return e.failed;
    default: return {};
    }
}

bool OverlayListModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || index.row() >= int(m_entries.size()))
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
    emit overlayStyleChanged(e.descriptor.table);
    return true;
}

Qt::ItemFlags OverlayListModel::flags(const QModelIndex &index) const
{
    return QAbstractListModel::flags(index) | Qt::ItemIsEditable;
}

QHash<int, QByteArray> OverlayListModel::roleNames() const
{
    return {{NameRole, "name"},         {TitleRole, "title"},       {KindRole, "kind"},
            {ColorRole, "color"},       {OutlineColorRole, "outlineColor"}, {SymbolRole, "symbol"},
            {VisibleRole, "layerVisible"}, {OpacityRole, "layerOpacity"}, {FeatureCountRole, "featureCount"},
            {NoteRole, "note"},         {LegendRole, "legend"},     {FailedRole, "failed"}};
}

} // namespace ct::ui
