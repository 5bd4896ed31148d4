// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include "ct/damage/damagereport.h"

#include <QAbstractListModel>
#include <QDateTime>

#include <vector>

namespace ct::damage {

/// \brief The triage queue as a list for QML: the reports that pass the category and state
/// filters, ordered by state (new, verified, assigned, then resolved and duplicates) and, within
/// a state, oldest report first — the one waiting longest on top.
class DamageQueueModel : public QAbstractListModel
{
    Q_OBJECT
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
    Q_PROPERTY(int totalCount READ totalCount NOTIFY countChanged)

public:
    enum Role {
        FidRole = Qt::UserRole + 1,
        CategoryRole,
        CategoryLabelRole,
        SeverityRole,
        StateRole,
        StateLabelRole,
        DescriptionRole,
        ReporterKindLabelRole,
        ReportedAtRole,
        AgeTextRole,
        AssignedToRole,
        DuplicateOfRole,
        HasPhotoRole,
    };

    explicit DamageQueueModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    /// Replaces the reports (all of them; the model filters and sorts). `now` is the moment
    /// ages are counted to.
    void setReports(std::vector<DamageReport> reports, const QDateTime &now);
    /// Stored category name, or empty for every category.
    void setCategoryFilter(const QString &category);
    /// Stored state name, "open" for new/verified/assigned, or empty for every state.
    void setStateFilter(const QString &state);
    int totalCount() const { return int(m_all.size()); }
    //! Row of a report in the filtered list, or -1.
    Q_INVOKABLE int rowOf(qint64 fid) const;
    const DamageReport *at(int row) const;

    /// "12 min", "3 h 05 min", "2 d 4 h": how long ago, translated.
    static QString ageText(qint64 seconds);

signals:
    void countChanged();

private:
    void rebuild();
    std::vector<DamageReport> m_all;
    std::vector<int> m_rows;   //!< indices into m_all, filtered and sorted
    QString m_category;
    QString m_state;
    QDateTime m_now;
};

} // namespace ct::damage
