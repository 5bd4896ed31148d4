// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "requestlistmodel.h"

#include "stockitem.h"

#include <QCoreApplication>
#include <QLocale>

namespace ct::shelters {

RequestListModel::RequestListModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

int RequestListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QHash<int, QByteArray> RequestListModel::roleNames() const
{
    return {{IdRole, "requestId"},
            {ShelterFidRole, "shelterFid"},
            {ShelterNameRole, "shelterName"},
            {KindRole, "kind"},
            {KindTitleRole, "kindTitle"},
            {ItemRole, "item"},
            {QuantityRole, "quantity"},
            {DetailRole, "detail"},
            {SummaryRole, "summary"},
            {StatusRole, "status"},
            {StatusTitleRole, "statusTitle"},
            {OpenRole, "open"},
            {UnacknowledgedRole, "unacknowledged"},
            {RequestedAtRole, "requestedAt"},
            {RequestedByRole, "requestedBy"},
            {WaitingRole, "waiting"},
            {WaitingMinutesRole, "waitingMinutes"},
            {DeclineReasonRole, "declineReason"},
            {MayHandleRole, "mayHandle"},
            {MayConfirmRole, "mayConfirm"}};
}

QString RequestListModel::waitingText(qint64 seconds)
{
    const qint64 minutes = std::max<qint64>(0, seconds) / 60;
    if (minutes < 60)
        return QCoreApplication::translate("Shelters", "%1 min").arg(minutes);
    return QCoreApplication::translate("Shelters", "%1 h %2 min").arg(minutes / 60).arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

QVariant RequestListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() < 0 || index.row() >= int(m_rows.size()))
        return {};
    const Row &row = m_rows[std::size_t(index.row())];
    const ShelterRequest &r = row.request;
    switch (role) {
    case IdRole:
        return r.id;
    case ShelterFidRole:
        return r.shelterFid;
    case ShelterNameRole:
        return r.shelterName;
    case KindRole:
        return RequestLifecycle::name(r.kind);
    case KindTitleRole:
        return RequestLifecycle::title(r.kind);
    case ItemRole:
        return r.item;
    case QuantityRole:
        return r.quantity ? QVariant(*r.quantity) : QVariant();
    case DetailRole:
        return r.detail;
    case SummaryRole: {
        QString text = r.detail;
        if (!r.item.isEmpty()) {
            const QString item = StockItem{r.item, {}, 0, 0}.title();
            const QString amount = r.quantity ? QLocale().toString(*r.quantity) + QLatin1Char(' ') : QString();
            text = (amount + item + (text.isEmpty() ? QString() : QStringLiteral(" — ") + text)).trimmed();
        }
        return text;
    }
    case StatusRole:
        return RequestLifecycle::name(r.status);
    case StatusTitleRole:
        return RequestLifecycle::title(r.status);
    case OpenRole:
        return r.isOpen();
    case UnacknowledgedRole:
        return r.status == RequestStatus::Requested;
    case RequestedAtRole:
        return QLocale().toString(r.requestedAt.toLocalTime(), QStringLiteral("MM/dd HH:mm"));
    case RequestedByRole:
        return r.requestedBy;
    case WaitingRole:
        return waitingText(r.ageSeconds(m_now));
    case WaitingMinutesRole:
        return int(r.ageSeconds(m_now) / 60);
    case DeclineReasonRole:
        return r.declineReason;
    case MayHandleRole:
        return row.mayHandle;
    case MayConfirmRole:
        return row.mayConfirm;
    }
    return {};
}

void RequestListModel::setRows(std::vector<Row> rows, const QDateTime &now)
{
    m_now = now;
    bool same = rows.size() == m_rows.size() && !rows.empty();
    for (std::size_t i = 0; same && i < rows.size(); ++i)
        same = rows[i].request.id == m_rows[i].request.id;
    if (same) {
        m_rows = std::move(rows);
        emit dataChanged(index(0), index(int(m_rows.size()) - 1));
    } else {
        beginResetModel();
        m_rows = std::move(rows);
        endResetModel();
    }
    emit countChanged();
}

int RequestListModel::unacknowledged() const
{
    int n = 0;
    for (const Row &row : m_rows)
        n += row.request.status == RequestStatus::Requested ? 1 : 0;
    return n;
}

} // namespace ct::shelters
