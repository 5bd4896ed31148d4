// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "messagethread.h"

#include "shelterreader.h"
#include "shelterregistry.h"
#include "ct/store/sqlstatement.h"

#include "ct/store/twinstore.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <algorithm>

#include <sqlite3.h>

namespace ct::shelters {

using core::Error;
using core::Status;
using store::TwinStore;
using store::SqlStatement;

MessageThread::MessageThread(TwinStore &store, Clock clock)
    : m_store(store), m_clock(std::move(clock))
{
}

core::Result<qint64> MessageThread::post(const core::Actor &actor, qint64 fid, const QString &body)
{
    const QString text = body.trimmed();
    const QString at = Timestamp::format(Timestamp::now(m_clock));
    qint64 id = 0;
    const Status done = m_store.perform(actor, QStringLiteral("shelters.message"), ShelterRegistry::target(fid),
                                        [&](TwinStore &twin, QJsonObject &, QJsonObject &after) -> Status {
                                            sqlite3 *db = twin.handle();
                                            if (Status exists = ShelterReader::checkExists(db, fid); !exists)
                                                return exists;
                                            if (text.isEmpty())
                                                return Error::invalidInput(QCoreApplication::translate("Shelters", "a message cannot be empty"),
                                                                           ShelterRegistry::target(fid));
                                            if (text.size() > kMaxLength)
                                                return Error::invalidInput(QCoreApplication::translate("Shelters", "a message is at most %1 characters (this one has %2)")
                                                                               .arg(kMaxLength).arg(text.size()),
                                                                           ShelterRegistry::target(fid));
                                            SqlStatement q(db, "INSERT INTO shelter_message (shelter_fid, at, author, role, body) VALUES (?, ?, ?, ?, ?)");
                                            q.bind(1, fid);
                                            q.bind(2, at);
                                            q.bind(3, actor.operatorName);
                                            q.bind(4, core::roleName(actor.role));
                                            q.bind(5, text);
                                            if (Status inserted = q.exec(); !inserted)
                                                return inserted;
                                            id = sqlite3_last_insert_rowid(db);
                                            after = {{QStringLiteral("message"), id}, {QStringLiteral("body"), text}};
                                            return {};
                                        });
    if (!done)
        return done.error();
    return id;
}

core::Result<std::vector<ShelterMessage>> MessageThread::messages(qint64 fid, int limit) const
{
    SqlStatement q(m_store.handle(), "SELECT id, shelter_fid, at, author, role, body FROM shelter_message"
                                 " WHERE shelter_fid = ? ORDER BY id DESC LIMIT ?");
    if (!q.isValid())
        return q.status().error();
    q.bind(1, fid);
    q.bind(2, std::max(0, limit));
    std::vector<ShelterMessage> out;
    while (q.next())
        out.push_back({q.int64(0), q.int64(1), Timestamp::parse(q.text(2)), q.text(3), q.text(4), q.text(5)});
    if (!q.status())
        return q.status().error();
    std::reverse(out.begin(), out.end());
    return out;
}

} // namespace ct::shelters
