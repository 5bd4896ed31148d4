// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "messagelistmodel.h"

#include "ct/core/actor.h"

#include <QLocale>

namespace ct::shelters {

MessageListModel::MessageListModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

int MessageListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_messages.size());
}

QHash<int, QByteArray> MessageListModel::roleNames() const
{
    return {{IdRole, "messageId"}, {AtRole, "at"}, {AuthorRole, "author"}, {RoleRole, "role"}, {FromHqRole, "fromHq"}, {BodyRole, "body"}};
}

QVariant MessageListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() < 0 || index.row() >= int(m_messages.size()))
        return {};
    const ShelterMessage &m = m_messages[std::size_t(index.row())];
    switch (role) {
    case IdRole:
        return m.id;
    case AtRole:
        return QLocale().toString(m.at.toLocalTime(), QStringLiteral("MM/dd HH:mm"));
    case AuthorRole:
        return m.author;
    case RoleRole:
        return m.role;
    case FromHqRole:
        return m.role == core::roleName(core::Role::HqCommander);
    case BodyRole:
        return m.body;
    }
    return {};
}

void MessageListModel::setMessages(std::vector<ShelterMessage> messages)
{
    const bool same = messages.size() == m_messages.size()
        && (messages.empty() || messages.back().id == m_messages.back().id) && (messages.empty() || messages.front().id == m_messages.front().id);
    if (same)
        return;
    beginResetModel();
    m_messages = std::move(messages);
    endResetModel();
    emit countChanged();
}

} // namespace ct::shelters
