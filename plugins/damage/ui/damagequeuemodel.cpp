// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "damagequeuemodel.h"

#include <QCoreApplication>

#include <algorithm>

namespace ct::damage {

DamageQueueModel::DamageQueueModel(QObject *parent) : QAbstractListModel(parent) {}

int DamageQueueModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

const DamageReport *DamageQueueModel::at(int row) const
{
    return row >= 0 && row < int(m_rows.size()) ? &m_all[std::size_t(m_rows[std::size_t(row)])] : nullptr;
}

QVariant DamageQueueModel::data(const QModelIndex &index, int role) const
{
    const DamageReport *r = at(index.row());
    if (!r || index.parent().isValid())
        return {};
    switch (role) {
    case Qt::DisplayRole:
    case DescriptionRole: return r->description;
    case FidRole: return r->fid;
    case CategoryRole: return categoryName(r->category);
    case CategoryLabelRole: return categoryLabel(r->category);
    case SeverityRole: return r->severity;
    case StateRole: return triageStateName(r->state);
    case StateLabelRole: return triageStateLabel(r->state);
    case ReporterKindLabelRole: return reporterKindLabel(r->reporterKind);
    case ReportedAtRole: return r->reportedAt.toLocalTime();
    case AgeTextRole: return ageText(std::max<qint64>(0, r->reportedAt.secsTo(m_now)));
    case AssignedToRole: return r->assignedTo;
    case DuplicateOfRole: return r->duplicateOf;
    case HasPhotoRole: return r->hasPhoto();
    default: return {};
    }
}

QHash<int, QByteArray> DamageQueueModel::roleNames() const
{
    return {{FidRole, "fid"},
            {CategoryRole, "category"},
            {CategoryLabelRole, "categoryLabel"},
            {SeverityRole, "severity"},
            {StateRole, "state"},
            {StateLabelRole, "stateLabel"},
            {DescriptionRole, "description"},
            {ReporterKindLabelRole, "reporterKindLabel"},
            {ReportedAtRole, "reportedAt"},
            {AgeTextRole, "ageText"},
            {AssignedToRole, "assignedTo"},
            {DuplicateOfRole, "duplicateOf"},
            {HasPhotoRole, "hasPhoto"}};
}

void DamageQueueModel::setReports(std::vector<DamageReport> reports, const QDateTime &now)
{
    m_all = std::move(reports);
    m_now = now;
    rebuild();
}

void DamageQueueModel::setCategoryFilter(const QString &category)
{
    if (m_category == category)
        return;
    m_category = category;
    rebuild();
}

void DamageQueueModel::setStateFilter(const QString &state)
{
    if (m_state == state)
        return;
    m_state = state;
    rebuild();
}

int DamageQueueModel::rowOf(qint64 fid) const
{
    for (int row = 0; row < int(m_rows.size()); ++row) {
        if (m_all[std::size_t(m_rows[std::size_t(row)])].fid == fid)
            return row;
    }
    return -1;
}

void DamageQueueModel::rebuild()
{
    beginResetModel();
    m_rows.clear();
    for (int i = 0; i < int(m_all.size()); ++i) {
        const DamageReport &r = m_all[std::size_t(i)];
        if (!m_category.isEmpty() && categoryName(r.category) != m_category)
            continue;
        if (m_state == QLatin1String("open")) {
            if (isFinal(r.state))
                continue;
        } else if (!m_state.isEmpty() && triageStateName(r.state) != m_state) {
            continue;
        }
        m_rows.push_back(i);
    }
    std::stable_sort(m_rows.begin(), m_rows.end(), [this](int a, int b) {
        const DamageReport &x = m_all[std::size_t(a)], &y = m_all[std::size_t(b)];
        if (queueRank(x.state) != queueRank(y.state))
            return queueRank(x.state) < queueRank(y.state);
        if (x.reportedAt != y.reportedAt)
            return x.reportedAt < y.reportedAt;
        return x.fid < y.fid;
    });
    endResetModel();
    emit countChanged();
}

QString DamageQueueModel::ageText(qint64 seconds)
{
    const qint64 minutes = seconds / 60;
    if (minutes < 60)
        return QCoreApplication::translate("Damage", "%1 min").arg(minutes);
    const qint64 hours = minutes / 60;
    if (hours < 48)
        return QCoreApplication::translate("Damage", "%1 h %2 min").arg(hours).arg(minutes % 60, 2, 10, QLatin1Char('0'));
    return QCoreApplication::translate("Damage", "%1 d %2 h").arg(hours / 24).arg(hours % 24);
}

} // namespace ct::damage
