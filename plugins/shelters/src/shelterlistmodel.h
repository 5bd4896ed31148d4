// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include "dashboard.h"

#include <QAbstractListModel>
#include <QStringList>
#include <QVariantList>

#include <memory>

namespace ct::shelters {

/// \brief The HQ dashboard's shelter list: the shelters of a Dashboard that pass the filter, in
/// the chosen order. Filter and order are properties, so the panel binds its controls to them.
///
/// A refresh that keeps the same rows in the same order updates them in place (dataChanged), so
/// the list keeps its scroll position and selection while the figures tick over.
class ShelterListModel : public QAbstractListModel
{
    Q_OBJECT
    Q_PROPERTY(QStringList statusFilter READ statusFilter WRITE setStatusFilter NOTIFY filterChanged)
    Q_PROPERTY(QVariantList congestionFilter READ congestionFilter WRITE setCongestionFilter NOTIFY filterChanged)
    Q_PROPERTY(QStringList powerFilter READ powerFilter WRITE setPowerFilter NOTIFY filterChanged)
    Q_PROPERTY(QString hazardFilter READ hazardFilter WRITE setHazardFilter NOTIFY filterChanged)
    Q_PROPERTY(QString searchText READ searchText WRITE setSearchText NOTIFY filterChanged)
    Q_PROPERTY(bool attentionOnly READ attentionOnly WRITE setAttentionOnly NOTIFY filterChanged)
    Q_PROPERTY(QString sortKey READ sortKey WRITE setSortKey NOTIFY orderChanged)
    Q_PROPERTY(bool sortAscending READ sortAscending WRITE setSortAscending NOTIFY orderChanged)
    Q_PROPERTY(bool englishNames READ englishNames WRITE setEnglishNames NOTIFY orderChanged)
    Q_PROPERTY(int count READ count NOTIFY countChanged)
    Q_PROPERTY(int total READ total NOTIFY countChanged)

public:
    enum Role {
        FidRole = Qt::UserRole + 1,
        NameRole,
        DisplayNameRole,
        SourceIdRole,
        AddressRole,
        StatusRole,
        StatusTitleRole,
        OccupancyRole,
        CapacityRole,
        RatioRole,
        CongestionRole,
        CongestionNameRole,
        CongestionColorRole,
        OverCapacityRole,
        PowerRole,
        PowerTitleRole,
        NoPowerRole,
        ShortageRole,
        ShortageTextRole,
        OpenRequestsRole,
        UnacknowledgedRole,
        WaitingMinutesRole,
        LoadKwRole,
        MedicalCountRole,
        HazardsRole,
        AttentionRole
    };

    explicit ShelterListModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    //! Shows `dashboard` (shared with the dashboard object) as of `now` (for waiting times).
    void setDashboard(std::shared_ptr<const Dashboard> dashboard, const QDateTime &now);
    //! The row of `fid` in the current view, or -1.
    Q_INVOKABLE int rowOf(qint64 fid) const;
    Q_INVOKABLE qint64 fidAt(int row) const;

    QStringList statusFilter() const { return m_filter.statuses; }
    void setStatusFilter(const QStringList &statuses);
    QVariantList congestionFilter() const;
    void setCongestionFilter(const QVariantList &levels);
    QStringList powerFilter() const { return m_filter.powers; }
    void setPowerFilter(const QStringList &powers);
    QString hazardFilter() const { return m_filter.hazard; }
    void setHazardFilter(const QString &hazard);
    QString searchText() const { return m_filter.text; }
    void setSearchText(const QString &text);
    bool attentionOnly() const { return m_filter.attentionOnly; }
    void setAttentionOnly(bool on);
    QString sortKey() const { return ShelterOrdering::name(m_key); }
    void setSortKey(const QString &key);
    bool sortAscending() const { return m_ascending; }
    void setSortAscending(bool ascending);
    bool englishNames() const { return m_english; }
    void setEnglishNames(bool english);
    int count() const { return int(m_rows.size()); }
    int total() const { return m_dashboard ? int(m_dashboard->shelters().size()) : 0; }

signals:
    void filterChanged();
    void orderChanged();
    void countChanged();

private:
    void rebuild();
    std::shared_ptr<const Dashboard> m_dashboard;
    QDateTime m_now;
    std::vector<int> m_rows;
    ShelterFilter m_filter;
    ShelterOrdering::Key m_key = ShelterOrdering::Key::Attention;
    bool m_ascending = true;
    bool m_english = false;
};

} // namespace ct::shelters
