// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "assetplanmodel.h"

#include <algorithm>

namespace ct::assets {

AssetPlanModel::AssetPlanModel(QObject *parent) : QAbstractListModel(parent) {}

int AssetPlanModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant AssetPlanModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() < 0 || index.row() >= rowCount())
        return {};
    const Row &r = m_rows[std::size_t(index.row())];
    switch (role) {
    case YearRole: return r.item.year;
    case AssetIdRole: return r.item.assetId;
    case AssetNameRole: return r.name;
    case TypeRole: return assetTypeCode(r.item.type);
    case TypeLabelRole: return assetTypeLabel(r.item.type);
    case GradeRole: return gradeCode(r.item.grade);
    case GradeColorRole: return gradeColor(r.item.grade);
    case InterventionRole: return interventionCode(r.item.intervention);
    case InterventionLabelRole: return interventionLabel(r.item.intervention);
    case CostRole: return r.item.cost;
    case RiskBeforeRole: return r.item.riskBefore;
    case RiskReductionRole: return r.item.riskReduction;
    case FidRole: return r.fid;
    }
    return {};
}

QHash<int, QByteArray> AssetPlanModel::roleNames() const
{
    return {{YearRole, "year"},
            {AssetIdRole, "assetId"},
            {AssetNameRole, "assetName"},
            {TypeRole, "type"},
            {TypeLabelRole, "typeLabel"},
            {GradeRole, "grade"},
            {GradeColorRole, "gradeColor"},
            {InterventionRole, "intervention"},
            {InterventionLabelRole, "interventionLabel"},
            {CostRole, "cost"},
            {RiskBeforeRole, "riskBefore"},
            {RiskReductionRole, "riskReduction"},
            {FidRole, "fid"}};
}

void AssetPlanModel::setPlan(const MaintenancePlan &plan, const std::vector<Asset> &assets)
{
    beginResetModel();
    m_rows.clear();
    m_rows.reserve(plan.items.size());
    for (const PlannedIntervention &item : plan.items) {
        Row r;
        r.item = item;
        if (item.assetIndex >= 0 && std::size_t(item.assetIndex) < assets.size()) {
            r.name = assets[std::size_t(item.assetIndex)].name;
            r.fid = assets[std::size_t(item.assetIndex)].fid;
        }
        m_rows.push_back(std::move(r));
    }
    applySort();
    endResetModel();
    emit countChanged();
}

void AssetPlanModel::clear()
{
    beginResetModel();
    m_rows.clear();
    endResetModel();
    emit countChanged();
}

void AssetPlanModel::sortBy(const QString &role)
{
    if (role == m_sortRole)
        m_ascending = !m_ascending;
    else {
        m_sortRole = role;
        // numbers that matter most first; names and years in reading order
        m_ascending = !(role == QLatin1String("cost") || role == QLatin1String("riskReduction") || role == QLatin1String("grade"));
    }
    beginResetModel();
    applySort();
    endResetModel();
    emit sortChanged();
}

QVariantMap AssetPlanModel::row(int index) const
{
    QVariantMap map;
    if (index < 0 || index >= rowCount())
        return map;
    const auto roles = roleNames();
    for (auto it = roles.cbegin(); it != roles.cend(); ++it)
        map.insert(QString::fromLatin1(it.value()), data(this->index(index, 0), it.key()));
    return map;
}

void AssetPlanModel::applySort()
{
    const QString role = m_sortRole;
    auto key = [&role](const Row &r) -> std::tuple<double, QString> {
        if (role == QLatin1String("year")) return {double(r.item.year), r.item.assetId};
        if (role == QLatin1String("assetId")) return {0.0, r.item.assetId};
        if (role == QLatin1String("type")) return {double(int(r.item.type)), r.item.assetId};
        if (role == QLatin1String("grade")) return {double(int(r.item.grade)), r.item.assetId};
        if (role == QLatin1String("intervention")) return {double(int(r.item.intervention)), r.item.assetId};
        if (role == QLatin1String("cost")) return {r.item.cost, r.item.assetId};
        return {r.item.riskReduction, r.item.assetId};
    };
    const bool ascending = m_ascending;
    std::stable_sort(m_rows.begin(), m_rows.end(), [&](const Row &a, const Row &b) {
        const auto ka = key(a), kb = key(b);
        if (std::get<0>(ka) != std::get<0>(kb))
            return ascending ? std::get<0>(ka) < std::get<0>(kb) : std::get<0>(ka) > std::get<0>(kb);
        return std::get<1>(ka) < std::get<1>(kb); // ties: by asset id, always ascending
    });
}

} // namespace ct::assets
