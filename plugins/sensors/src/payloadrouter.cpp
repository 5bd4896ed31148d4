// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "payloadrouter.h"

#include "feedparser.h"

#include <QDateTime>
#include <QTimeZone>

namespace ct::sensors {

ParsedPayload PayloadRouter::parse(const QString &topic, const QByteArray &payload, qint64 receivedMs)
{
    if (topic.startsWith(QLatin1String("v1.0/Datastreams(")) || topic.startsWith(QLatin1String("v1.1/Datastreams(")))
        return FeedParser::sensorThings(payload, topic);
    if (topic.startsWith(QLatin1String("ngsi-ld/")))
        return FeedParser::ngsiLd(payload, topic);
    if (topic.startsWith(QLatin1String("amedas/"))) {
        QDateTime t = QDateTime::fromString(topic.mid(7), QStringLiteral("yyyyMMddHHmmss"));
        if (!t.isValid()) {
            ParsedPayload out;
            out.rejections.push_back({RejectReason::BadTimestamp, topic, QStringLiteral("expected amedas/yyyyMMddHHmmss")});
            return out;
        }
        t.setTimeZone(QTimeZone(9 * 3600)); // JST
        return FeedParser::amedas(payload, t.toMSecsSinceEpoch(), topic);
    }
    return FeedParser::plain(payload, topic, receivedMs);
}

} // namespace ct::sensors
