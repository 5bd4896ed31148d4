// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "ct/safety/capwriter.h"

#include <QTimeZone>
#include <QXmlStreamWriter>

namespace ct::safety {

QString CapWriter::capTime(const QDateTime &t)
{
    const QDateTime jst = t.toTimeZone(QTimeZone(9 * 3600));
    return jst.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")) + QStringLiteral("+09:00");
}

QByteArray CapWriter::write(const CapMessage &m)
{
    QByteArray out;
    QXmlStreamWriter xml(&out);
    xml.setAutoFormatting(true);
    xml.writeStartDocument();
    xml.writeDefaultNamespace(QStringLiteral("urn:oasis:names:tc:emergency:cap:1.2"));
    xml.writeStartElement(QStringLiteral("alert"));
    xml.writeTextElement(QStringLiteral("identifier"), m.identifier);
    xml.writeTextElement(QStringLiteral("sender"), m.sender);
    xml.writeTextElement(QStringLiteral("sent"), capTime(m.sent));
    xml.writeTextElement(QStringLiteral("status"), QStringLiteral("Actual"));
    xml.writeTextElement(QStringLiteral("msgType"), m.type == CapMessage::Type::Cancel ? QStringLiteral("Cancel") : QStringLiteral("Alert"));
    xml.writeTextElement(QStringLiteral("scope"), QStringLiteral("Public"));
    if (!m.references.isEmpty())
        xml.writeTextElement(QStringLiteral("references"), m.references);

    struct Language
    {
        QString code, event, headline, description, instruction, place;
    };
    const QString categoryJa = categoryJapanese(m.category);
    const Language languages[] = {
        {QStringLiteral("ja-JP"), QStringLiteral("不審者情報（%1）").arg(categoryJa), m.notice.subjectJa, m.notice.bodyJa,
         m.notice.adviceJa, m.notice.placeJa},
        {QStringLiteral("en-US"), QStringLiteral("Safety notice: %1").arg(categoryEnglish(m.category)), m.notice.subjectEn,
         m.notice.bodyEn, m.notice.adviceEn, m.notice.placeEn},
    };
    for (const Language &l : languages) {
        xml.writeStartElement(QStringLiteral("info"));
        xml.writeTextElement(QStringLiteral("language"), l.code);
        xml.writeTextElement(QStringLiteral("category"), QStringLiteral("Security"));
        xml.writeTextElement(QStringLiteral("event"), l.event);
        xml.writeTextElement(QStringLiteral("responseType"), m.type == CapMessage::Type::Cancel ? QStringLiteral("AllClear") : QStringLiteral("Monitor"));
        xml.writeTextElement(QStringLiteral("urgency"), m.type == CapMessage::Type::Cancel ? QStringLiteral("Past") : QStringLiteral("Expected"));
        xml.writeTextElement(QStringLiteral("severity"), m.category == Category::Assault ? QStringLiteral("Moderate") : QStringLiteral("Minor"));
        xml.writeTextElement(QStringLiteral("certainty"), QStringLiteral("Observed"));
        xml.writeStartElement(QStringLiteral("eventCode"));
        xml.writeTextElement(QStringLiteral("valueName"), QStringLiteral("citytwin-safety-category"));
        xml.writeTextElement(QStringLiteral("value"), categoryKey(m.category));
        xml.writeEndElement();
        if (m.expires.isValid())
            xml.writeTextElement(QStringLiteral("expires"), capTime(m.expires));
        if (!m.senderName.isEmpty())
            xml.writeTextElement(QStringLiteral("senderName"), m.senderName);
        xml.writeTextElement(QStringLiteral("headline"), l.headline);
        xml.writeTextElement(QStringLiteral("description"), l.description);
        xml.writeTextElement(QStringLiteral("instruction"), l.instruction);
        for (const CapArea &area : m.areas) {
            xml.writeStartElement(QStringLiteral("area"));
            xml.writeTextElement(QStringLiteral("areaDesc"), area.description.isEmpty() ? l.place : area.description);
            for (const auto &ring : area.polygons) {
                QStringList pairs;
                for (const geo::Point &p : ring)
                    pairs << QStringLiteral("%1,%2").arg(p.y, 0, 'f', 6).arg(p.x, 0, 'f', 6);
                if (!ring.empty() && !(ring.front() == ring.back()))
                    pairs << pairs.front();
                xml.writeTextElement(QStringLiteral("polygon"), pairs.join(QLatin1Char(' ')));
            }
            if (area.circle)
                xml.writeTextElement(QStringLiteral("circle"), QStringLiteral("%1,%2 %3")
                                                                   .arg(area.circle->centre.y, 0, 'f', 6)
                                                                   .arg(area.circle->centre.x, 0, 'f', 6)
                                                                   .arg(area.circle->radiusKm, 0, 'f', 3));
            xml.writeEndElement();
        }
        xml.writeEndElement();  // info
    }
    xml.writeEndElement();  // alert
    xml.writeEndDocument();
    return out;
}

} // namespace ct::safety
