// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
//
// Subscription areas (CSV import, bad rows, encodings), publishing (notice, outbox per matching
// area with recipient counts), the bilingual notice text, CAP 1.2 structure and content, the
// cancel on retraction, and the CAP / mail exports per role.
#include "safetytestsupport.h"

#include "ct/geo/crstransform.h"
#include "ct/safety/alertexporter.h"
#include "ct/safety/alertstore.h"
#include "ct/safety/areacatalogue.h"
#include "ct/safety/areacsvimporter.h"
#include "ct/safety/capwriter.h"
#include "ct/safety/noticecomposer.h"
#include "ct/safety/outbox.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QXmlStreamReader>
#include <QtTest>

#include <cpl_conv.h>
#include <cpl_string.h>
#include <sqlite3.h>

using namespace ct;
using namespace ct::safety;
using core::Actor;
using core::Role;

namespace {

const QDateTime kNow = QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC);
const Actor kPolice{QStringLiteral("sato"), Role::PoliceLiaison, {}};
const Actor kPlanner{QStringLiteral("kato"), Role::Planner, {}};

qint64 count(store::TwinStore &twin, const char *sql)
{
    sqlite3_stmt *st = nullptr;
    qint64 value = -1;
    if (sqlite3_prepare_v2(twin.handle(), sql, -1, &st, nullptr) == SQLITE_OK && sqlite3_step(st) == SQLITE_ROW)
        value = sqlite3_column_int64(st, 0);
    sqlite3_finalize(st);
    return value;
}

geo::Point lonLat(geo::Point p)
{
    static auto transform = geo::CrsTransform::create(6677, 4326);
    transform->forward(p);
    return p;
}

QString wktSquare(double x0, double y0, double x1, double y1)
{
    QStringList points;
    for (geo::Point p : {geo::Point{x0, y0}, geo::Point{x1, y0}, geo::Point{x1, y1}, geo::Point{x0, y1}, geo::Point{x0, y0}}) {
        const geo::Point ll = lonLat(p);
        points << QStringLiteral("%1 %2").arg(ll.x, 0, 'f', 9).arg(ll.y, 0, 'f', 9);
    }
    return QStringLiteral("\"POLYGON((%1))\"").arg(points.join(QStringLiteral(", ")));
}

QString goodCsv()
{
    const geo::Point centre = lonLat({21000, 8500});
    return QStringLiteral("area_id,kind,name,name_en,subscribers,district,wkt,lon,lat,radius_m\n"
                          "d-1,school-district,竹園西小学校区,Takezono-nishi district,420,竹園西小学校,,,,\n"
                          "d-2,school-district,吾妻小学校区,,300,2,,,,\n"
                          "n-1,neighbourhood,竹園1丁目,Takezono 1-chome,150,,%1,,,\n"
                          "r-1,radius,竹園公園周辺,Takezono Park,80,,,%2,%3,300\n"
                          "p-1,polygon,北部の描画区域,,50,,%4,,,\n")
        .arg(wktSquare(20500, 8000, 21500, 9000))
        .arg(centre.x, 0, 'f', 9)
        .arg(centre.y, 0, 'f', 9)
        .arg(wktSquare(24000, 11000, 25000, 12000));
}

QString writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    f.write(bytes);
    return path;
}

AlertDraft draftAt(geo::Point p)
{
    AlertDraft d;
    d.occurredFrom = QDateTime(QDate(2026, 3, 1), QTime(7, 34), Qt::UTC);  // Sunday 16:34 JST
    d.place.kind = AlertPlace::Kind::Address;
    d.place.address = QStringLiteral("竹園1-2-3 秘密マンション");
    d.place.point = p;
    d.category = QStringLiteral("声かけ");
    d.description = QStringLiteral("自由記述に個人名 山田花子");
    d.suspectDescription = QStringLiteral("赤い帽子の男");
    d.schoolFid = 1;
    d.personal = PersonalData{QStringLiteral("小学生"), QStringLiteral("小4"), QStringLiteral("090-1111-2222")};
    return d;
}

/// CAP 1.2 structure: required elements, their order, enumerated values, dateTime and polygon
/// syntax. Returns the problems (empty when valid).
QStringList validateCap(const QByteArray &xml)
{
    QStringList problems;
    QXmlStreamReader r(xml);
    const QString ns = QStringLiteral("urn:oasis:names:tc:emergency:cap:1.2");
    const QRegularExpression dateTime(QStringLiteral("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d[-+]\\d\\d:\\d\\d$"));
    const QRegularExpression pair(QStringLiteral("^-?\\d+(\\.\\d+)?,-?\\d+(\\.\\d+)?$"));
    const QStringList alertOrder{QStringLiteral("identifier"), QStringLiteral("sender"), QStringLiteral("sent"), QStringLiteral("status"),
                                 QStringLiteral("msgType"), QStringLiteral("source"), QStringLiteral("scope"), QStringLiteral("restriction"),
                                 QStringLiteral("addresses"), QStringLiteral("code"), QStringLiteral("note"), QStringLiteral("references"),
                                 QStringLiteral("incidents"), QStringLiteral("info")};
    const QStringList infoOrder{QStringLiteral("language"), QStringLiteral("category"), QStringLiteral("event"), QStringLiteral("responseType"),
                                QStringLiteral("urgency"), QStringLiteral("severity"), QStringLiteral("certainty"), QStringLiteral("audience"),
                                QStringLiteral("eventCode"), QStringLiteral("effective"), QStringLiteral("onset"), QStringLiteral("expires"),
                                QStringLiteral("senderName"), QStringLiteral("headline"), QStringLiteral("description"),
                                QStringLiteral("instruction"), QStringLiteral("web"), QStringLiteral("contact"), QStringLiteral("parameter"),
                                QStringLiteral("resource"), QStringLiteral("area")};
    const QHash<QString, QStringList> allowed{
        {QStringLiteral("status"), {QStringLiteral("Actual"), QStringLiteral("Exercise"), QStringLiteral("System"), QStringLiteral("Test"), QStringLiteral("Draft")}},
        {QStringLiteral("msgType"), {QStringLiteral("Alert"), QStringLiteral("Update"), QStringLiteral("Cancel"), QStringLiteral("Ack"), QStringLiteral("Error")}},
        {QStringLiteral("scope"), {QStringLiteral("Public"), QStringLiteral("Restricted"), QStringLiteral("Private")}},
        {QStringLiteral("category"), {QStringLiteral("Geo"), QStringLiteral("Met"), QStringLiteral("Safety"), QStringLiteral("Security"), QStringLiteral("Rescue"),
                                      QStringLiteral("Fire"), QStringLiteral("Health"), QStringLiteral("Env"), QStringLiteral("Transport"), QStringLiteral("Infra"),
                                      QStringLiteral("CBRNE"), QStringLiteral("Other")}},
        {QStringLiteral("responseType"), {QStringLiteral("Shelter"), QStringLiteral("Evacuate"), QStringLiteral("Prepare"), QStringLiteral("Execute"),
                                          QStringLiteral("Avoid"), QStringLiteral("Monitor"), QStringLiteral("Assess"), QStringLiteral("AllClear"), QStringLiteral("None")}},
        {QStringLiteral("urgency"), {QStringLiteral("Immediate"), QStringLiteral("Expected"), QStringLiteral("Future"), QStringLiteral("Past"), QStringLiteral("Unknown")}},
        {QStringLiteral("severity"), {QStringLiteral("Extreme"), QStringLiteral("Severe"), QStringLiteral("Moderate"), QStringLiteral("Minor"), QStringLiteral("Unknown")}},
        {QStringLiteral("certainty"), {QStringLiteral("Observed"), QStringLiteral("Likely"), QStringLiteral("Possible"), QStringLiteral("Unlikely"), QStringLiteral("Unknown")}},
    };
    if (!r.readNextStartElement() || r.name() != QLatin1String("alert") || r.namespaceUri() != ns)
        return {QStringLiteral("root is not cap:alert")};
    int alertPos = -1;
    QSet<QString> seen;
    int infos = 0;
    while (r.readNextStartElement()) {
        const QString name = r.name().toString();
        if (r.namespaceUri() != ns)
            problems << QStringLiteral("%1 outside the CAP namespace").arg(name);
        const int pos = int(alertOrder.indexOf(name));
        if (pos < 0)
            problems << QStringLiteral("unknown element %1").arg(name);
        if (pos < alertPos)
            problems << QStringLiteral("%1 out of order").arg(name);
        alertPos = std::max(alertPos, pos);
        seen.insert(name);
        if (name != QLatin1String("info")) {
            const QString text = r.readElementText();
            if (allowed.contains(name) && !allowed[name].contains(text))
                problems << QStringLiteral("%1 \"%2\" not allowed").arg(name, text);
            if (name == QLatin1String("sent") && !dateTime.match(text).hasMatch())
                problems << QStringLiteral("sent \"%1\" is not a CAP dateTime").arg(text);
            if (name == QLatin1String("identifier") && text.contains(QRegularExpression(QStringLiteral("[\\s,<&]"))))
                problems << QStringLiteral("identifier has forbidden characters");
            continue;
        }
        ++infos;
        int infoPos = -1;
        QSet<QString> infoSeen;
        while (r.readNextStartElement()) {
            const QString child = r.name().toString();
            const int p = int(infoOrder.indexOf(child));
            if (p < 0)
                problems << QStringLiteral("unknown info element %1").arg(child);
            if (p < infoPos)
                problems << QStringLiteral("info/%1 out of order").arg(child);
            infoPos = std::max(infoPos, p);
            infoSeen.insert(child);
            if (child == QLatin1String("area")) {
                bool desc = false;
                while (r.readNextStartElement()) {
                    const QString a = r.name().toString();
                    const QString text = r.readElementText();
                    if (a == QLatin1String("areaDesc"))
                        desc = !text.isEmpty();
                    if (a == QLatin1String("polygon")) {
                        const QStringList pairs = text.split(QLatin1Char(' '));
                        if (pairs.size() < 4 || pairs.front() != pairs.back())
                            problems << QStringLiteral("polygon not closed or too short");
                        for (const QString &pr : pairs) {
                            if (!pair.match(pr).hasMatch()) {
                                problems << QStringLiteral("polygon pair \"%1\"").arg(pr);
                                break;
                            }
                            const double lat = pr.section(QLatin1Char(','), 0, 0).toDouble();
                            const double lon = pr.section(QLatin1Char(','), 1, 1).toDouble();
                            if (lat < 30 || lat > 46 || lon < 128 || lon > 146)   // lat,lon order, in Japan
                                problems << QStringLiteral("polygon point %1 is not lat,lon in Japan").arg(pr);
                        }
                    }
                    if (a == QLatin1String("circle") && !QRegularExpression(QStringLiteral("^-?\\d+(\\.\\d+)?,-?\\d+(\\.\\d+)? \\d+(\\.\\d+)?$")).match(text).hasMatch())
                        problems << QStringLiteral("circle \"%1\"").arg(text);
                }
                if (!desc)
                    problems << QStringLiteral("area without areaDesc");
                continue;
            }
            if (child == QLatin1String("eventCode") || child == QLatin1String("parameter")) {
                r.skipCurrentElement();
                continue;
            }
            const QString text = r.readElementText();
            if (allowed.contains(child) && !allowed[child].contains(text))
                problems << QStringLiteral("info/%1 \"%2\" not allowed").arg(child, text);
            if ((child == QLatin1String("expires") || child == QLatin1String("effective")) && !dateTime.match(text).hasMatch())
                problems << QStringLiteral("%1 is not a CAP dateTime").arg(child);
        }
        for (const char *required : {"category", "event", "urgency", "severity", "certainty"})
            if (!infoSeen.contains(QLatin1String(required)))
                problems << QStringLiteral("info without %1").arg(QLatin1String(required));
        if (!infoSeen.contains(QStringLiteral("area")))
            problems << QStringLiteral("info without area");
    }
    for (const char *required : {"identifier", "sender", "sent", "status", "msgType", "scope"})
        if (!seen.contains(QLatin1String(required)))
            problems << QStringLiteral("alert without %1").arg(QLatin1String(required));
    if (infos == 0)
        problems << QStringLiteral("no info block");
    if (r.hasError())
        problems << r.errorString();
    return problems;
}

QString textOf(const QByteArray &xml, const QString &element)
{
    QXmlStreamReader r(xml);
    while (!r.atEnd())
        if (r.readNext() == QXmlStreamReader::StartElement && r.name() == element)
            return r.readElementText();
    return {};
}

} // namespace

class TestPublishing : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_twin = test::writeSafetyTwin(m_dir->filePath(QStringLiteral("t.gpkg")), false);
        m_store = std::make_unique<AlertStore>(*m_twin, [] { return kNow; });
    }
    void cleanup()
    {
        m_store.reset();
        m_twin.reset();
        m_dir.reset();
    }

    void importsAreasOfEveryKind()
    {
        const QString csv = writeFile(m_dir->filePath(QStringLiteral("areas.csv")), goodCsv().toUtf8());
        auto imported = AreaCatalogue::importCsv(*m_twin, kPlanner, csv);
        QVERIFY2(imported.ok(), qPrintable(imported.ok() ? QString() : imported.error().toString()));
        QCOMPARE(imported.value(), qint64(5));
        auto areas = AreaCatalogue::read(*m_twin);
        QVERIFY(areas.ok());
        QCOMPARE(areas->size(), std::size_t(5));
        QHash<QString, SubscriptionArea> byId;
        for (const auto &a : areas.value())
            byId.insert(a.areaId, a);
        QCOMPARE(byId[QStringLiteral("d-1")].kind, SubscriptionArea::Kind::SchoolDistrict);
        QCOMPARE(byId[QStringLiteral("d-1")].districtFid, std::optional<qint64>(1));
        QCOMPARE(byId[QStringLiteral("d-2")].districtFid, std::optional<qint64>(2));
        QCOMPARE(byId[QStringLiteral("d-1")].subscribers, qint64(420));
        QVERIFY(byId[QStringLiteral("d-1")].contains({21999, 11999}));   // the district's strip
        QVERIFY(!byId[QStringLiteral("d-1")].contains({22001, 9000}));
        QCOMPARE(byId[QStringLiteral("n-1")].nameEn, QStringLiteral("Takezono 1-chome"));
        QVERIFY(byId[QStringLiteral("n-1")].contains({20501, 8001}));
        QVERIFY(!byId[QStringLiteral("n-1")].contains({20499, 8500}));
        const SubscriptionArea &r = byId[QStringLiteral("r-1")];
        QCOMPARE(r.kind, SubscriptionArea::Kind::Radius);
        QVERIFY(std::abs(r.centre.x - 21000) < 0.01 && std::abs(r.centre.y - 8500) < 0.01);
        QCOMPARE(r.radiusMetres, 300.0);
        QVERIFY(r.contains({21299, 8500}) && !r.contains({21301, 8500}));
        // One audited action for the file.
        QCOMPARE(m_twin->auditLog(1).front().action, QStringLiteral("safety.areas.import"));
        QCOMPARE(m_twin->auditLog(1).front().after.value(QStringLiteral("subscribers")).toInteger(), qint64(1000));
        // Re-importing the same ids replaces them.
        QVERIFY(AreaCatalogue::importCsv(*m_twin, kPlanner, csv).ok());
        QCOMPARE(AreaCatalogue::read(*m_twin)->size(), std::size_t(5));
    }

    void refusesBadRowsAndWritesNothing()
    {
        const QString csv = writeFile(m_dir->filePath(QStringLiteral("bad.csv")),
            QStringLiteral("area_id,kind,name,name_en,subscribers,district,wkt,lon,lat,radius_m\n"
                           "ok-1,radius,良い区域,,10,,,140.1,36.08,200\n"
                           "x-1,circle,不明な種別,,10,,,,,\n"
                           "x-2,radius,負の人数,,-5,,,140.1,36.08,100\n"
                           "x-3,polygon,壊れたWKT,,5,,\"POLYGON((1 2, 3\",,,\n"
                           "x-4,school-district,無い学区,,5,存在しない小学校,,,,\n"
                           "x-5,radius,半径なし,,5,,,140.1,36.08,0\n"
                           "ok-1,radius,重複,,10,,,140.1,36.08,200\n"
                           "x-6,polygon,点,,5,,\"POINT(140.1 36.08)\",,,\n"
                           "x-7,radius,投影座標,,5,,,21000,8500,100\n").toUtf8());
        auto imported = AreaCatalogue::importCsv(*m_twin, kPlanner, csv);
        QVERIFY(!imported.ok());
        QCOMPARE(imported.error().kind, core::Error::Kind::InvalidInput);
        const QString message = imported.error().message;
        for (int line = 3; line <= 10; ++line)
            QVERIFY2(message.contains(QStringLiteral("bad.csv:%1:").arg(line)), qPrintable(message));
        QVERIFY(!message.contains(QStringLiteral("bad.csv:2:")));
        QVERIFY(!m_twin->hasLayer(AreaCatalogue::layerName()));
        QCOMPARE(count(*m_twin, "SELECT count(*) FROM ct_audit WHERE action = 'safety.areas.import'"), 0);
    }

    void readsShiftJisAndRefusesBrokenEncoding()
    {
        const QByteArray utf8 = goodCsv().toUtf8();
        char *sjis = CPLRecode(utf8.constData(), CPL_ENC_UTF8, "CP932");
        const QByteArray shiftJis(sjis);
        CPLFree(sjis);
        QVERIFY(shiftJis != utf8);
        auto imported = AreaCatalogue::importCsv(*m_twin, kPlanner, writeFile(m_dir->filePath(QStringLiteral("sjis.csv")), shiftJis));
        QVERIFY2(imported.ok(), qPrintable(imported.ok() ? QString() : imported.error().toString()));
        bool found = false;
        for (const auto &a : AreaCatalogue::read(*m_twin).value())
            found = found || a.name == QStringLiteral("竹園1丁目");
        QVERIFY(found);

        QByteArray broken = utf8;
        broken.insert(broken.indexOf("吾妻"), QByteArray("\xFF\xFF", 2));   // neither UTF-8 nor Shift_JIS
        auto refused = AreaCatalogue::importCsv(*m_twin, kPlanner, writeFile(m_dir->filePath(QStringLiteral("broken.csv")), broken));
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().where, QStringLiteral("broken.csv:3"));
        QCOMPARE(AreaCatalogue::read(*m_twin)->size(), std::size_t(5));   // the earlier import only
    }

    void importerForTheConsole()
    {
        // The console's import dialog: recognised by its header, written in the caller's transaction.
        AreaCsvImporter importer;
        const QString csv = writeFile(m_dir->filePath(QStringLiteral("areas.csv")), goodCsv().toUtf8());
        QCOMPARE(importer.confidence(csv), 90);
        QCOMPARE(importer.confidence(writeFile(m_dir->filePath(QStringLiteral("other.csv")), "a,b\n1,2\n")), 0);
        store::Transaction tx(*m_twin);
        auto first = importer.import(*m_twin, csv);
        QVERIFY(first.ok());
        QCOMPARE(first->imported, qint64(5));
        QCOMPARE(first->updated, qint64(0));
        auto again = importer.import(*m_twin, csv);
        QCOMPARE(again->imported, qint64(0));
        QCOMPARE(again->updated, qint64(5));
        QVERIFY(tx.commit().ok());
        QCOMPARE(AreaCatalogue::read(*m_twin)->size(), std::size_t(5));
    }

    void importPermission()
    {
        const QString csv = writeFile(m_dir->filePath(QStringLiteral("areas.csv")), goodCsv().toUtf8());
        auto refused = AreaCatalogue::importCsv(*m_twin, Actor{QStringLiteral("d"), Role::MobilityDispatcher, {}}, csv);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().kind, core::Error::Kind::Refused);
        QVERIFY(!m_twin->hasLayer(AreaCatalogue::layerName()));
    }

    void publishingFillsTheOutbox()
    {
        QVERIFY(AreaCatalogue::importCsv(*m_twin, kPlanner, writeFile(m_dir->filePath(QStringLiteral("a.csv")), goodCsv().toUtf8())).ok());
        auto id = m_store->record(kPolice, draftAt({21000, 8600}));
        QVERIFY(id.ok());
        QVERIFY(m_store->transition(kPolice, *id, AlertStatus::Verified).ok());
        QCOMPARE(count(*m_twin, "SELECT count(*) FROM safety_outbox"), 0);   // not before publishing
        QVERIFY(m_store->transition(kPolice, *id, AlertStatus::Published).ok());

        auto entries = Outbox::entries(*m_twin, kPolice, *id);
        QVERIFY(entries.ok());
        QStringList areas;
        qint64 recipients = 0;
        for (const auto &e : entries.value()) {
            areas << e.areaId;
            recipients += e.recipients;
            QCOMPARE(e.state, OutboxEntry::State::Pending);
        }
        areas.sort();
        QCOMPARE(areas, (QStringList{QStringLiteral("d-1"), QStringLiteral("n-1"), QStringLiteral("r-1")}));
        QCOMPARE(recipients, qint64(420 + 150 + 80));
        const auto audit = m_twin->auditLog(1).front();
        QCOMPARE(audit.action, QStringLiteral("safety.publish"));
        QCOMPARE(audit.after.value(QStringLiteral("recipients")).toInteger(), recipients);
        QCOMPARE(audit.after.value(QStringLiteral("outbox_entries")).toInteger(), qint64(3));

        // The notice names the smallest kind of area first (the neighbourhood), in both languages.
        const Notice &n = entries->front().notice;
        QCOMPARE(n.placeJa, QStringLiteral("竹園1丁目付近"));
        QCOMPARE(n.placeEn, QStringLiteral("near Takezono 1-chome"));
        QVERIFY(n.bodyJa.contains(QStringLiteral("3月1日（日）午後4時30分ごろ")));
        QVERIFY(n.bodyEn.contains(QStringLiteral("around 4:30 pm on Sunday 1 March")));
        QVERIFY(n.bodyJa.contains(QStringLiteral("声かけ")));
        QVERIFY(n.bodyEn.contains(QStringLiteral("Verbal approach")));
        QVERIFY(n.bodyJa.contains(NoticeComposer::adviceJa(Category::Approach)));
        QVERIFY(n.bodyEn.contains(NoticeComposer::adviceEn(Category::Approach)));

        // Outbox readers follow the alert's visibility: a dispatcher sees nothing.
        QVERIFY(!Outbox::entries(*m_twin, Actor{QStringLiteral("d"), Role::MobilityDispatcher, {}}).ok());
        QCOMPARE(Outbox::entries(*m_twin, kPlanner)->size(), std::size_t(3));
        // Handing over is the delivery system's acknowledgement.
        QVERIFY(!Outbox::markHandedOver(*m_twin, kPlanner, entries->front().id).ok());
        QVERIFY(Outbox::markHandedOver(*m_twin, kPolice, entries->front().id).ok());
        QVERIFY(!Outbox::markHandedOver(*m_twin, kPolice, entries->front().id).ok());   // not pending any more
    }

    void capMessageIsValidAndDePersonalised()
    {
        QVERIFY(AreaCatalogue::importCsv(*m_twin, kPlanner, writeFile(m_dir->filePath(QStringLiteral("a.csv")), goodCsv().toUtf8())).ok());
        const geo::Point exact{21012.34, 8612.34};
        auto id = m_store->record(kPolice, draftAt(exact));
        QVERIFY(m_store->transition(kPolice, *id, AlertStatus::Verified).ok());
        QVERIFY(m_store->transition(kPolice, *id, AlertStatus::Published).ok());
        auto files = Outbox::capMessages(*m_twin, kPolice);
        QVERIFY(files.ok());
        QCOMPARE(files->size(), std::size_t(1));
        const QByteArray xml = files->front().xml;
        const QStringList problems = validateCap(xml);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
        QCOMPARE(textOf(xml, QStringLiteral("msgType")), QStringLiteral("Alert"));
        QCOMPARE(textOf(xml, QStringLiteral("sent")), QStringLiteral("2026-03-02T18:00:00+09:00"));
        QCOMPARE(textOf(xml, QStringLiteral("language")), QStringLiteral("ja-JP"));
        QCOMPARE(int(xml.count("<info>")), 2);
        QCOMPARE(int(xml.count("<area>")), 2 * 3);       // three matching areas, per language
        QCOMPARE(int(xml.count("<circle>")), 2 * 1);     // the radius area
        QVERIFY(xml.count("<polygon>") >= 2 * 2);        // district and neighbourhood
        // Never personal data, free text, the address or the exact place — even for the police.
        const QString text = QString::fromUtf8(xml);
        for (const QString &secret : {QStringLiteral("090-1111-2222"), QStringLiteral("小4"), QStringLiteral("小学生"),
                                      QStringLiteral("山田花子"), QStringLiteral("秘密マンション"), QStringLiteral("赤い帽子")})
            QVERIFY2(!text.contains(secret), qPrintable(secret));
        geo::Point ll = lonLat(exact);
        QVERIFY(!text.contains(QString::number(ll.y, 'f', 6)));
        QVERIFY(!text.contains(QString::number(ll.x, 'f', 6)));
    }

    void alertOutsideEveryAreaGetsAGeneralisedCircle()
    {
        auto id = m_store->record(kPolice, draftAt({25012.34, 6612.34}));
        QVERIFY(m_store->transition(kPolice, *id, AlertStatus::Verified).ok());
        QVERIFY(m_store->transition(kPolice, *id, AlertStatus::Published).ok());
        QCOMPARE(Outbox::entries(*m_twin, kPolice)->size(), std::size_t(0));
        const QByteArray xml = Outbox::capMessages(*m_twin, kPolice)->front().xml;
        QVERIFY(validateCap(xml).isEmpty());
        const geo::Point cell = lonLat({25050, 6650});   // the 100 m cell's centre
        QCOMPARE(textOf(xml, QStringLiteral("circle")), QStringLiteral("%1,%2 0.500").arg(cell.y, 0, 'f', 6).arg(cell.x, 0, 'f', 6));
        QVERIFY(textOf(xml, QStringLiteral("description")).contains(QStringLiteral("市内")));
    }

    void retractionCancelsTheOutbox()
    {
        QVERIFY(AreaCatalogue::importCsv(*m_twin, kPlanner, writeFile(m_dir->filePath(QStringLiteral("a.csv")), goodCsv().toUtf8())).ok());
        auto id = m_store->record(kPolice, draftAt({21000, 8600}));
        QVERIFY(m_store->transition(kPolice, *id, AlertStatus::Verified).ok());
        QVERIFY(m_store->transition(kPolice, *id, AlertStatus::Published).ok());
        QVERIFY(m_store->transition(kPolice, *id, AlertStatus::Retracted, QStringLiteral("誤報")).ok());
        for (const auto &e : Outbox::entries(*m_twin, kPolice).value())
            QCOMPARE(e.state, OutboxEntry::State::Cancelled);
        auto files = Outbox::capMessages(*m_twin, kPolice);
        QCOMPARE(files->size(), std::size_t(2));
        const QByteArray original = files->at(0).xml;
        const QByteArray cancel = files->at(1).xml;
        QVERIFY(validateCap(cancel).isEmpty());
        QCOMPARE(textOf(cancel, QStringLiteral("msgType")), QStringLiteral("Cancel"));
        QCOMPARE(textOf(cancel, QStringLiteral("references")),
                 QStringLiteral("%1,%2,%3").arg(textOf(original, QStringLiteral("sender")), textOf(original, QStringLiteral("identifier")),
                                                textOf(original, QStringLiteral("sent"))));
        // A retracted alert is withdrawn beyond the police: planners see neither it nor its messages.
        QCOMPARE(Outbox::capMessages(*m_twin, kPlanner)->size(), std::size_t(0));
    }

    void capAndMailExportsPerRole()
    {
        QVERIFY(AreaCatalogue::importCsv(*m_twin, kPlanner, writeFile(m_dir->filePath(QStringLiteral("a.csv")), goodCsv().toUtf8())).ok());
        for (int i = 0; i < 2; ++i) {
            auto id = m_store->record(kPolice, draftAt({21000.0 + i * 100, 8600}));
            QVERIFY(m_store->transition(kPolice, *id, AlertStatus::Verified).ok());
            QVERIFY(m_store->transition(kPolice, *id, AlertStatus::Published).ok());
        }
        auto unpublished = m_store->record(kPolice, draftAt({21000, 8700}));
        QVERIFY(unpublished.ok());
        for (const Actor &actor : {kPolice, kPlanner}) {
            const QString cap = m_dir->filePath(QStringLiteral("cap-%1").arg(core::roleName(actor.role)));
            auto written = AlertExporter::exportAlerts(*m_twin, actor, AlertExporter::Format::Cap, cap);
            QVERIFY2(written.ok(), qPrintable(written.ok() ? QString() : written.error().toString()));
            QCOMPARE(written.value(), qint64(2));
            const QStringList files = QDir(cap).entryList(QDir::Files);
            QCOMPARE(files.size(), 2);
            for (const QString &f : files) {
                QFile file(QDir(cap).filePath(f));
                QVERIFY(file.open(QIODevice::ReadOnly));
                const QByteArray xml = file.readAll();
                QVERIFY(validateCap(xml).isEmpty());
                QVERIFY(!xml.contains("090-1111-2222"));
            }
            const QString mail = m_dir->filePath(QStringLiteral("mail-%1").arg(core::roleName(actor.role)));
            written = AlertExporter::exportAlerts(*m_twin, actor, AlertExporter::Format::Mail, mail);
            QVERIFY(written.ok());
            QCOMPARE(written.value(), qint64(2));
            QFile first(QDir(mail).filePath(QDir(mail).entryList(QDir::Files).front()));
            QVERIFY(first.open(QIODevice::ReadOnly));
            const QString text = QString::fromUtf8(first.readAll());
            QVERIFY(text.startsWith(QStringLiteral("Subject: 【安全・安心情報】竹園1丁目付近で声かけ事案 / [Safety notice]")));
            QVERIFY(text.contains(QStringLiteral("recipients\t650")));
            QVERIFY(!text.contains(QStringLiteral("090-1111-2222")));
            // An existing output is never overwritten.
            QVERIFY(!AlertExporter::exportAlerts(*m_twin, actor, AlertExporter::Format::Mail, mail).ok());
        }
        const QString refused = m_dir->filePath(QStringLiteral("cap-dispatcher"));
        QVERIFY(!AlertExporter::exportAlerts(*m_twin, Actor{QStringLiteral("d"), Role::MobilityDispatcher, {}}, AlertExporter::Format::Cap, refused).ok());
        QVERIFY(!QFileInfo::exists(refused));
    }

    void bilingualNoticeText_data()
    {
        QTest::addColumn<QDateTime>("from");
        QTest::addColumn<QDateTime>("to");
        QTest::addColumn<QString>("timeJa");
        QTest::addColumn<QString>("timeEn");
        const QDateTime morning(QDate(2026, 4, 6), QTime(23, 5), Qt::UTC);   // Tue 7 Apr 08:05 JST
        QTest::newRow("morning") << morning << QDateTime() << QStringLiteral("4月7日（火）午前8時ごろ")
                                 << QStringLiteral("around 8:00 am on Tuesday 7 April");
        QTest::newRow("range same day") << morning << morning.addSecs(95 * 60) << QStringLiteral("4月7日（火）午前8時ごろから午前9時40分ごろまで")
                                        << QStringLiteral("between about 8:00 am and 9:40 am on Tuesday 7 April");
        QTest::newRow("noon") << QDateTime(QDate(2026, 4, 7), QTime(3, 59), Qt::UTC) << QDateTime()
                              << QStringLiteral("4月7日（火）午後0時50分ごろ") << QStringLiteral("around 12:50 pm on Tuesday 7 April");
        QTest::newRow("over midnight") << QDateTime(QDate(2026, 4, 7), QTime(14, 30), Qt::UTC) << QDateTime(QDate(2026, 4, 7), QTime(15, 20), Qt::UTC)
                                       << QStringLiteral("4月7日（火）午後11時30分ごろから4月8日（水）午前0時20分ごろまで")
                                       << QStringLiteral("between about 11:30 pm on Tuesday 7 April and 12:20 am on Wednesday 8 April");
    }
    void bilingualNoticeText()
    {
        QFETCH(QDateTime, from);
        QFETCH(QDateTime, to);
        QFETCH(QString, timeJa);
        QFETCH(QString, timeEn);
        const Notice n = NoticeComposer::compose({Category::Exposure, from, to, QStringLiteral("吾妻2丁目"), QStringLiteral("Azuma 2-chome")});
        QCOMPARE(n.timeJa, timeJa);
        QCOMPARE(n.timeEn, timeEn);
        QCOMPARE(n.subjectJa, QStringLiteral("【安全・安心情報】吾妻2丁目付近で露出事案"));
        QCOMPARE(n.subjectEn, QStringLiteral("[Safety notice] Indecent exposure reported near Azuma 2-chome"));
        QVERIFY(n.bodyJa.startsWith(timeJa + QStringLiteral("、吾妻2丁目付近で露出事案が発生しました。")));
        QVERIFY(n.bodyEn.startsWith(QStringLiteral("A case of indecent exposure (露出) was reported ") + timeEn + QStringLiteral(", near Azuma 2-chome.")));
        QVERIFY(n.bodyJa.contains(QStringLiteral("【防犯のポイント】") + NoticeComposer::adviceJa(Category::Exposure)));
        QVERIFY(n.bodyEn.contains(QStringLiteral("Advice: ") + NoticeComposer::adviceEn(Category::Exposure)));
        // No English in the Japanese body's sentences and vice versa (other than the category in brackets).
        QVERIFY(!n.bodyJa.contains(QStringLiteral("near")));
        QVERIFY(!n.bodyEn.contains(QStringLiteral("発生")));
    }

    void adviceForEveryCategory()
    {
        QSet<QString> ja, en;
        for (Category c : kAllCategories) {
            ja.insert(NoticeComposer::adviceJa(c));
            en.insert(NoticeComposer::adviceEn(c));
            const Notice n = NoticeComposer::compose({c, kNow, {}, {}, {}});
            QCOMPARE(n.placeJa, QStringLiteral("市内"));
            QCOMPARE(n.placeEn, QStringLiteral("in the city"));
        }
        QCOMPARE(int(ja.size()), int(kAllCategories.size()));
        QCOMPARE(int(en.size()), int(kAllCategories.size()));
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<store::TwinStore> m_twin;
    std::unique_ptr<AlertStore> m_store;
};

QTEST_GUILESS_MAIN(TestPublishing)
#include "tst_publishing.moc"
