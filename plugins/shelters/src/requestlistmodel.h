// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include "shelterrequest.h"

#include <QAbstractListModel>
#include <QDateTime>

#include <vector>

namespace ct::shelters {

/// \brief Requests for the panel, in attention order (unacknowledged first, the longest waiting on
/// top), with their waiting time as of the last refresh and what the operator may do with each.
class RequestListModel : public QAbstractListModel
{
    Q_OBJECT
    Q_PROPERTY(int count READ count NOTIFY countChanged)
    Q_PROPERTY(int unacknowledged READ unacknowledged NOTIFY countChanged)

public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        ShelterFidRole,
        ShelterNameRole,
        KindRole,
        KindTitleRole,
        ItemRole,
        QuantityRole,
        DetailRole,
        SummaryRole,
        StatusRole,
        StatusTitleRole,
        OpenRole,
        UnacknowledgedRole,
        RequestedAtRole,
        RequestedByRole,
        WaitingRole,
        WaitingMinutesRole,
        DeclineReasonRole,
        MayHandleRole,
        MayConfirmRole
    };

    /// \brief One row: the request and what the operator may do with it.
    struct Row
    {
        ShelterRequest request;
        bool mayHandle = false;    //!< acknowledge, dispatch, decline
        bool mayConfirm = false;   //!< confirm the delivery
    };

    explicit RequestListModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    void setRows(std::vector<Row> rows, const QDateTime &now);
    int count() const { return int(m_rows.size()); }
    int unacknowledged() const;

    //! "12 min", "1 h 05 min" (translated).
    static QString waitingText(qint64 seconds);

signals:
    void countChanged();

private:
    std::vector<Row> m_rows;
    QDateTime m_now;
};

} // namespace ct::shelters
