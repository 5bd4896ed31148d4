// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include "sheltermessage.h"

#include <QAbstractListModel>

#include <vector>

namespace ct::shelters {

/// \brief One shelter's message thread, oldest first.
class MessageListModel : public QAbstractListModel
{
    Q_OBJECT
    Q_PROPERTY(int count READ count NOTIFY countChanged)

public:
    enum Role { IdRole = Qt::UserRole + 1, AtRole, AuthorRole, RoleRole, FromHqRole, BodyRole };

    explicit MessageListModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    void setMessages(std::vector<ShelterMessage> messages);
    int count() const { return int(m_messages.size()); }

signals:
    void countChanged();

private:
    std::vector<ShelterMessage> m_messages;
};

} // namespace ct::shelters
