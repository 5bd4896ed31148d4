// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include "ct/assets/asset.h"
#include "ct/assets/maintenanceplan.h"

#include <QAbstractListModel>

#include <vector>

namespace ct::assets {

/// \brief The plan table of the panel: one row per planned intervention (year, asset, type,
/// grade, intervention, cost, risk reduction), sortable by any of them.
class AssetPlanModel : public QAbstractListModel
{
    Q_OBJECT
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
    Q_PROPERTY(QString sortRole READ sortRole NOTIFY sortChanged)
    Q_PROPERTY(bool sortAscending READ sortAscending NOTIFY sortChanged)

public:
    enum Role {
        YearRole = Qt::UserRole + 1,
        AssetIdRole,
        AssetNameRole,
        TypeRole,
        TypeLabelRole,
        GradeRole,
        GradeColorRole,
        InterventionRole,
        InterventionLabelRole,
        CostRole,
        RiskBeforeRole,
        RiskReductionRole,
        FidRole
    };

    explicit AssetPlanModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    //! Shows `plan` over `assets` (the list it was made from), in the current sort order.
    void setPlan(const MaintenancePlan &plan, const std::vector<Asset> &assets);
    void clear();

    QString sortRole() const { return m_sortRole; }
    bool sortAscending() const { return m_ascending; }
    /// Sorts by a role name ("year", "assetId", "type", "grade", "intervention", "cost",
    /// "riskReduction"); the same name again flips the direction.
    Q_INVOKABLE void sortBy(const QString &role);
    //! The row's values by role name, for tests and the panel.
    Q_INVOKABLE QVariantMap row(int index) const;

signals:
    void countChanged();
    void sortChanged();

private:
    struct Row
    {
        PlannedIntervention item;
        QString name;
        qint64 fid = 0;
    };
    void applySort();

    std::vector<Row> m_rows;
    QString m_sortRole = QStringLiteral("riskReduction");
    bool m_ascending = false;
};

} // namespace ct::assets
