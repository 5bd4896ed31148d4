// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
//
// CAP 1.2 structure, checked by a reading of the OASIS specification's element tables written
// here (not the XSD): each element's children in their order with their multiplicity, the
// required ones, enumerated values, dateTime, polygon and circle syntax, and the rules between
// elements (restriction / addresses by scope, references on Update and Cancel, ceiling needs
// altitude). The checker is first shown to catch broken messages, then run on CapWriter's output
// and on the messages the outbox makes for an alert published in an area drawn on the map — with
// the drawn corners in the CAP polygon and no personal data anywhere.
#include "safetytestsupport.h"

#include "ct/geo/crstransform.h"
#include "ct/safety/alertstore.h"
#include "ct/safety/capwriter.h"
#include "ct/safety/drawnareas.h"
#include "ct/safety/outbox.h"

#include <QRegularExpression>
#include <QTemporaryDir>
#include <QXmlStreamReader>
#include <QtTest>

#include <cmath>
#include <memory>

using namespace ct;
using namespace ct::safety;
using core::Actor;
using core::Role;

namespace {

const QString kCapNamespace = QStringLiteral("urn:oasis:names:tc:emergency:cap:1.2");

struct Node
{
    QString name;
    QString ns;
    QString text;
    std::vector<std::unique_ptr<Node>> children;
    std::vector<const Node *> all(const QString &child) const
    {
        std::vector<const Node *> found;
        for (const auto &c : children)
            if (c->name == child)
                found.push_back(c.get());
        return found;
    }
    QString value(const QString &child) const
    {
        const auto found = all(child);
        return found.empty() ? QString() : found.front()->text;
    }
};

std::unique_ptr<Node> parse(const QByteArray &xml, QString *error)
{
    QXmlStreamReader r(xml);
    std::unique_ptr<Node> root;
    std::vector<Node *> stack;
    while (!r.atEnd()) {
        const auto token = r.readNext();
        if (token == QXmlStreamReader::StartElement) {
            auto node = std::make_unique<Node>();
            node->name = r.name().toString();
            node->ns = r.namespaceUri().toString();
            Node *raw = node.get();
            if (stack.empty())
                root = std::move(node);
            else
                stack.back()->children.push_back(std::move(node));
            stack.push_back(raw);
        } else if (token == QXmlStreamReader::Characters && !stack.empty()) {
            stack.back()->text += r.text().toString();
        } else if (token == QXmlStreamReader::EndElement) {
            stack.back()->text = stack.back()->text.trimmed();
            stack.pop_back();
        }
    }
    if (r.hasError()) {
        *error = r.errorString();
        return nullptr;
    }
    return root;
}

/// One entry of a CAP element's content: a child, how often it may occur (max -1: unbounded).
struct Slot
{
    const char *name;
    int min;
    int max;
};

// The CAP 1.2 element tables (OASIS CAP 1.2, section 3.2), in document order.
const std::vector<Slot> kAlert{{"identifier", 1, 1}, {"sender", 1, 1}, {"sent", 1, 1}, {"status", 1, 1}, {"msgType", 1, 1},
                               {"source", 0, 1}, {"scope", 1, 1}, {"restriction", 0, 1}, {"addresses", 0, 1}, {"code", 0, -1},
                               {"note", 0, 1}, {"references", 0, 1}, {"incidents", 0, 1}, {"info", 0, -1}};
const std::vector<Slot> kInfo{{"language", 0, 1}, {"category", 1, -1}, {"event", 1, 1}, {"responseType", 0, -1},
                              {"urgency", 1, 1}, {"severity", 1, 1}, {"certainty", 1, 1}, {"audience", 0, 1},
                              {"eventCode", 0, -1}, {"effective", 0, 1}, {"onset", 0, 1}, {"expires", 0, 1},
                              {"senderName", 0, 1}, {"headline", 0, 1}, {"description", 0, 1}, {"instruction", 0, 1},
                              {"web", 0, 1}, {"contact", 0, 1}, {"parameter", 0, -1}, {"resource", 0, -1}, {"area", 0, -1}};
const std::vector<Slot> kNamedValue{{"valueName", 1, 1}, {"value", 1, 1}};
const std::vector<Slot> kArea{{"areaDesc", 1, 1}, {"polygon", 0, -1}, {"circle", 0, -1}, {"geocode", 0, -1},
                              {"altitude", 0, 1}, {"ceiling", 0, 1}};

/// Checks `node`'s children against `table`: known, in order, within their counts.
void checkSequence(const Node &node, const std::vector<Slot> &table, const QString &path, QStringList &problems)
{
    std::size_t slot = 0;
    std::vector<int> counts(table.size(), 0);
    for (const auto &child : node.children) {
        if (child->ns != kCapNamespace)
            problems << QStringLiteral("%1/%2: not in the CAP 1.2 namespace").arg(path, child->name);
        std::size_t found = table.size();
        for (std::size_t i = 0; i < table.size(); ++i)
            if (child->name == QLatin1String(table[i].name))
                found = i;
        if (found == table.size()) {
            problems << QStringLiteral("%1/%2: not a CAP element here").arg(path, child->name);
            continue;
        }
        if (found < slot)
            problems << QStringLiteral("%1/%2: out of order").arg(path, child->name);
        slot = std::max(slot, found);
        ++counts[found];
    }
    for (std::size_t i = 0; i < table.size(); ++i) {
        if (counts[i] < table[i].min)
            problems << QStringLiteral("%1: %2 is required").arg(path, QLatin1String(table[i].name));
        if (table[i].max >= 0 && counts[i] > table[i].max)
            problems << QStringLiteral("%1: %2 occurs %3 times (at most %4)").arg(path, QLatin1String(table[i].name)).arg(counts[i]).arg(table[i].max);
    }
}

void checkValue(const QString &path, const QString &value, const QStringList &allowed, QStringList &problems)
{
    if (!allowed.contains(value))
        problems << QStringLiteral("%1: \"%2\" is not one of %3").arg(path, value, allowed.join(QLatin1Char('|')));
}

bool isCapDateTime(const QString &text)
{
    // CAP: no fraction, an explicit offset, "-00:00" for UTC (never "Z").
    static const QRegularExpression form(QStringLiteral("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d[-+]\\d\\d:\\d\\d$"));
    return form.match(text).hasMatch() && QDateTime::fromString(text, Qt::ISODate).isValid();
}

bool isLatLon(const QString &pair)
{
    const QStringList parts = pair.split(QLatin1Char(','));
    bool okLat = false, okLon = false;
    if (parts.size() != 2)
        return false;
    const double lat = parts[0].toDouble(&okLat), lon = parts[1].toDouble(&okLon);
    return okLat && okLon && lat >= -90 && lat <= 90 && lon >= -180 && lon <= 180;
}

QStringList validateCap(const QByteArray &xml)
{
    QString error;
    const auto root = parse(xml, &error);
    if (!root)
        return {QStringLiteral("not well-formed XML: %1").arg(error)};
    QStringList problems;
    if (root->name != QLatin1String("alert") || root->ns != kCapNamespace)
        return {QStringLiteral("the root is not a CAP 1.2 alert")};
    checkSequence(*root, kAlert, QStringLiteral("alert"), problems);
    const QString identifier = root->value(QStringLiteral("identifier"));
    if (identifier.isEmpty() || identifier.contains(QRegularExpression(QStringLiteral("[\\s,<&]"))))
        problems << QStringLiteral("alert/identifier: empty or with a space, comma, < or &");
    const QString sender = root->value(QStringLiteral("sender"));
    if (sender.isEmpty() || sender.contains(QRegularExpression(QStringLiteral("[\\s,<&]"))))
        problems << QStringLiteral("alert/sender: empty or with a space, comma, < or &");
    if (!isCapDateTime(root->value(QStringLiteral("sent"))))
        problems << QStringLiteral("alert/sent: \"%1\" is not a CAP dateTime").arg(root->value(QStringLiteral("sent")));
    checkValue(QStringLiteral("alert/status"), root->value(QStringLiteral("status")),
               {QStringLiteral("Actual"), QStringLiteral("Exercise"), QStringLiteral("System"), QStringLiteral("Test"), QStringLiteral("Draft")}, problems);
    const QString msgType = root->value(QStringLiteral("msgType"));
    checkValue(QStringLiteral("alert/msgType"), msgType,
               {QStringLiteral("Alert"), QStringLiteral("Update"), QStringLiteral("Cancel"), QStringLiteral("Ack"), QStringLiteral("Error")}, problems);
    const QString scope = root->value(QStringLiteral("scope"));
    checkValue(QStringLiteral("alert/scope"), scope, {QStringLiteral("Public"), QStringLiteral("Restricted"), QStringLiteral("Private")}, problems);
    if (scope == QLatin1String("Restricted") && root->all(QStringLiteral("restriction")).empty())
        problems << QStringLiteral("alert: a Restricted message needs restriction");
    if (scope == QLatin1String("Private") && root->all(QStringLiteral("addresses")).empty())
        problems << QStringLiteral("alert: a Private message needs addresses");
    if (msgType == QLatin1String("Update") || msgType == QLatin1String("Cancel")) {
        // "sender,identifier,sent" of each earlier message, separated by spaces.
        const QString references = root->value(QStringLiteral("references"));
        const QStringList refs = references.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (refs.isEmpty())
            problems << QStringLiteral("alert: %1 without references").arg(msgType);
        for (const QString &ref : refs) {
            const QStringList parts = ref.split(QLatin1Char(','));
            if (parts.size() != 3 || parts[0].isEmpty() || parts[1].isEmpty() || !isCapDateTime(parts[2]))
                problems << QStringLiteral("alert/references: \"%1\" is not sender,identifier,sent").arg(ref);
        }
    }
    int i = 0;
    for (const Node *info : root->all(QStringLiteral("info"))) {
        const QString path = QStringLiteral("info[%1]").arg(++i);
        checkSequence(*info, kInfo, path, problems);
        for (const Node *c : info->all(QStringLiteral("category")))
            checkValue(path + QStringLiteral("/category"), c->text,
                       {QStringLiteral("Geo"), QStringLiteral("Met"), QStringLiteral("Safety"), QStringLiteral("Security"), QStringLiteral("Rescue"),
                        QStringLiteral("Fire"), QStringLiteral("Health"), QStringLiteral("Env"), QStringLiteral("Transport"), QStringLiteral("Infra"),
                        QStringLiteral("CBRNE"), QStringLiteral("Other")}, problems);
        for (const Node *c : info->all(QStringLiteral("responseType")))
            checkValue(path + QStringLiteral("/responseType"), c->text,
                       {QStringLiteral("Shelter"), QStringLiteral("Evacuate"), QStringLiteral("Prepare"), QStringLiteral("Execute"), QStringLiteral("Avoid"),
                        QStringLiteral("Monitor"), QStringLiteral("Assess"), QStringLiteral("AllClear"), QStringLiteral("None")}, problems);
        checkValue(path + QStringLiteral("/urgency"), info->value(QStringLiteral("urgency")),
                   {QStringLiteral("Immediate"), QStringLiteral("Expected"), QStringLiteral("Future"), QStringLiteral("Past"), QStringLiteral("Unknown")}, problems);
        checkValue(path + QStringLiteral("/severity"), info->value(QStringLiteral("severity")),
                   {QStringLiteral("Extreme"), QStringLiteral("Severe"), QStringLiteral("Moderate"), QStringLiteral("Minor"), QStringLiteral("Unknown")}, problems);
        checkValue(path + QStringLiteral("/certainty"), info->value(QStringLiteral("certainty")),
                   {QStringLiteral("Observed"), QStringLiteral("Likely"), QStringLiteral("Possible"), QStringLiteral("Unlikely"), QStringLiteral("Unknown")}, problems);
        if (info->value(QStringLiteral("event")).isEmpty())
            problems << path + QStringLiteral("/event: empty");
        for (const char *time : {"effective", "onset", "expires"})
            for (const Node *t : info->all(QLatin1String(time)))
                if (!isCapDateTime(t->text))
                    problems << QStringLiteral("%1/%2: \"%3\" is not a CAP dateTime").arg(path, QLatin1String(time), t->text);
        for (const char *named : {"eventCode", "parameter"})
            for (const Node *n : info->all(QLatin1String(named)))
                checkSequence(*n, kNamedValue, path + QLatin1Char('/') + QLatin1String(named), problems);
        int a = 0;
        for (const Node *area : info->all(QStringLiteral("area"))) {
            const QString areaPath = QStringLiteral("%1/area[%2]").arg(path).arg(++a);
            checkSequence(*area, kArea, areaPath, problems);
            if (area->value(QStringLiteral("areaDesc")).isEmpty())
                problems << areaPath + QStringLiteral("/areaDesc: empty");
            for (const Node *polygon : area->all(QStringLiteral("polygon"))) {
                const QStringList pairs = polygon->text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
                if (pairs.size() < 4)
                    problems << areaPath + QStringLiteral("/polygon: fewer than four pairs");
                else if (pairs.front() != pairs.back())
                    problems << areaPath + QStringLiteral("/polygon: not closed (first pair ≠ last)");
                for (const QString &p : pairs)
                    if (!isLatLon(p)) {
                        problems << QStringLiteral("%1/polygon: \"%2\" is not lat,lon").arg(areaPath, p);
                        break;
                    }
            }
            for (const Node *circle : area->all(QStringLiteral("circle"))) {
                const QStringList parts = circle->text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
                bool ok = false;
                if (parts.size() != 2 || !isLatLon(parts[0]) || parts[1].toDouble(&ok) < 0 || !ok)
                    problems << QStringLiteral("%1/circle: \"%2\" is not \"lat,lon radius-km\"").arg(areaPath, circle->text);
            }
            if (!area->all(QStringLiteral("ceiling")).empty() && area->all(QStringLiteral("altitude")).empty())
                problems << areaPath + QStringLiteral(": ceiling without altitude");
        }
    }
    return problems;
}

CapMessage sampleMessage()
{
    CapMessage m;
    m.identifier = QStringLiteral("tsukuba-safety-42");
    m.sender = QStringLiteral("safety@city.tsukuba.example");
    m.senderName = QStringLiteral("つくば市 / Tsukuba City");
    m.sent = QDateTime(QDate(2026, 3, 2), QTime(18, 0), QTimeZone(9 * 3600));
    m.category = Category::Approach;
    m.expires = m.sent.addDays(7);
    m.notice.subjectJa = QStringLiteral("不審者情報");
    m.notice.subjectEn = QStringLiteral("Safety notice");
    m.notice.bodyJa = QStringLiteral("本文");
    m.notice.bodyEn = QStringLiteral("Body");
    m.notice.adviceJa = QStringLiteral("助言");
    m.notice.adviceEn = QStringLiteral("Advice");
    m.notice.placeJa = QStringLiteral("竹園付近");
    m.notice.placeEn = QStringLiteral("near Takezono");
    CapArea polygon;
    polygon.description = QStringLiteral("竹園1丁目 / Takezono 1");
    polygon.polygons = {{{140.10, 36.08}, {140.12, 36.08}, {140.12, 36.10}, {140.10, 36.10}, {140.10, 36.08}}};
    CapArea circle;
    circle.circle = CapArea::Circle{{140.11, 36.09}, 0.3};
    m.areas = {polygon, circle};
    return m;
}

} // namespace

class TestCapStructure : public QObject
{
    Q_OBJECT

private slots:
    void checkerCatchesBrokenMessages_data()
    {
        QTest::addColumn<QByteArray>("from");
        QTest::addColumn<QByteArray>("to");
        QTest::addColumn<QString>("problem");
        QTest::newRow("sent out of order") << QByteArray("<scope>Public</scope>")
                                           << QByteArray("<scope>Public</scope><sent>2026-03-02T18:00:00+09:00</sent>")
                                           << QStringLiteral("alert/sent: out of order");
        QTest::newRow("identifier missing") << QByteArray("<identifier>tsukuba-safety-42</identifier>") << QByteArray("")
                                                  << QStringLiteral("identifier is required");
        QTest::newRow("msgType missing") << QByteArray("<msgType>Alert</msgType>") << QByteArray("") << QStringLiteral("msgType is required");
        QTest::newRow("unknown status") << QByteArray("<status>Actual</status>") << QByteArray("<status>Real</status>")
                                        << QStringLiteral("alert/status");
        QTest::newRow("sent in Z") << QByteArray("2026-03-02T18:00:00+09:00</sent>") << QByteArray("2026-03-02T09:00:00Z</sent>")
                                   << QStringLiteral("alert/sent");
        QTest::newRow("two headlines") << QByteArray("<headline>") << QByteArray("<headline>x</headline><headline>")
                                       << QStringLiteral("headline occurs 2 times");
        QTest::newRow("urgency missing") << QByteArray("<urgency>Expected</urgency>") << QByteArray("")
                                                << QStringLiteral("urgency is required");
        QTest::newRow("area without areaDesc") << QByteArray("<areaDesc>竹園1丁目 / Takezono 1</areaDesc>") << QByteArray("")
                                               << QStringLiteral("areaDesc is required");
        QTest::newRow("polygon not closed") << QByteArray(" 36.080000,140.100000</polygon>") << QByteArray("</polygon>")
                                            << QStringLiteral("not closed");
        QTest::newRow("circle without radius") << QByteArray(" 0.300</circle>") << QByteArray("</circle>")
                                               << QStringLiteral("circle");
        QTest::newRow("foreign element") << QByteArray("<scope>Public</scope>") << QByteArray("<scope>Public</scope><priority>1</priority>")
                                         << QStringLiteral("priority: not a CAP element");
        QTest::newRow("cancel without references") << QByteArray("<msgType>Alert</msgType>") << QByteArray("<msgType>Cancel</msgType>")
                                                   << QStringLiteral("Cancel without references");
        QTest::newRow("restricted without restriction") << QByteArray("<scope>Public</scope>") << QByteArray("<scope>Restricted</scope>")
                                                        << QStringLiteral("needs restriction");
    }
    void checkerCatchesBrokenMessages()
    {
        QFETCH(QByteArray, from);
        QFETCH(QByteArray, to);
        QFETCH(QString, problem);
        const QByteArray good = CapWriter::write(sampleMessage());
        QVERIFY2(validateCap(good).isEmpty(), qPrintable(validateCap(good).join(QLatin1Char('\n'))));
        QVERIFY2(good.contains(from), from.constData());
        QByteArray broken = good;
        broken.replace(from, to);
        const QStringList problems = validateCap(broken);
        QVERIFY2(problems.join(QLatin1Char('\n')).contains(problem), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    void writerOutputIsCap()
    {
        CapMessage m = sampleMessage();
        const QByteArray alert = CapWriter::write(m);
        QVERIFY2(validateCap(alert).isEmpty(), qPrintable(validateCap(alert).join(QLatin1Char('\n'))));
        QString error;
        const auto root = parse(alert, &error);
        QCOMPARE(int(root->all(QStringLiteral("info")).size()), 2);   // ja-JP and en-US
        QCOMPARE(root->all(QStringLiteral("info"))[0]->value(QStringLiteral("language")), QStringLiteral("ja-JP"));
        QCOMPARE(root->all(QStringLiteral("info"))[1]->value(QStringLiteral("language")), QStringLiteral("en-US"));
        const Node *area = root->all(QStringLiteral("info"))[0]->all(QStringLiteral("area"))[0];
        QCOMPARE(area->value(QStringLiteral("polygon")).section(QLatin1Char(' '), 0, 0), QStringLiteral("36.080000,140.100000"));   // lat,lon
        // An area without its own description takes the notice's place.
        QCOMPARE(root->all(QStringLiteral("info"))[1]->all(QStringLiteral("area"))[1]->value(QStringLiteral("areaDesc")), QStringLiteral("near Takezono"));

        m.type = CapMessage::Type::Cancel;
        m.references = QStringLiteral("safety@city.tsukuba.example,tsukuba-safety-41,2026-03-02T17:00:00+09:00");
        const QByteArray cancel = CapWriter::write(m);
        QVERIFY2(validateCap(cancel).isEmpty(), qPrintable(validateCap(cancel).join(QLatin1Char('\n'))));
    }

    void publishedInADrawnAreaAndRetracted()
    {
        QTemporaryDir dir;
        auto twin = test::writeSafetyTwin(dir.filePath(QStringLiteral("t.gpkg")), false);
        const QDateTime now(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC);
        const Actor police{QStringLiteral("sato"), Role::PoliceLiaison, {}};
        // An area drawn on the map (a quadrilateral, EPSG:6677).
        SubscriptionArea drawn;
        drawn.kind = SubscriptionArea::Kind::Polygon;
        drawn.name = QStringLiteral("描いた区域");
        drawn.nameEn = QStringLiteral("Drawn area");
        drawn.subscribers = 77;
        const std::vector<geo::Point> corners{{21000, 7000}, {23500, 7200}, {23800, 9500}, {21200, 9800}, {21000, 7000}};
        drawn.polygon = geo::Geometry::polygon({corners});
        auto id = DrawnAreas::add(*twin, police, drawn);
        QVERIFY2(id.ok(), qPrintable(id.ok() ? QString() : id.error().toString()));

        AlertStore store(*twin, [&] { return now; });
        AlertDraft d;
        d.occurredFrom = QDateTime(QDate(2026, 3, 1), QTime(7, 34), Qt::UTC);
        d.place.kind = AlertPlace::Kind::MapPoint;
        d.place.point = geo::Point{22400.5, 8400.5};
        d.category = QStringLiteral("approach");
        d.description = QStringLiteral("自由記述 山田花子");
        d.suspectDescription = QStringLiteral("赤い帽子の男");
        d.personal = PersonalData{QStringLiteral("小学生"), QStringLiteral("小4"), QStringLiteral("090-1111-2222")};
        auto alert = store.record(police, d);
        QVERIFY2(alert.ok(), qPrintable(alert.ok() ? QString() : alert.error().toString()));
        QVERIFY(store.transition(police, *alert, AlertStatus::Verified).ok());
        QVERIFY(store.transition(police, *alert, AlertStatus::Published).ok());

        auto outbox = Outbox::entries(*twin, police, *alert);
        QVERIFY(outbox.ok());
        QCOMPARE(outbox->size(), std::size_t(1));
        QCOMPARE(outbox->front().recipients, qint64(77));

        auto files = Outbox::capMessages(*twin, police);
        QVERIFY(files.ok());
        QCOMPARE(files->size(), std::size_t(1));
        const QByteArray xml = files->front().xml;
        QVERIFY2(validateCap(xml).isEmpty(), qPrintable(validateCap(xml).join(QLatin1Char('\n'))));
        // The drawn corners, in lat,lon by PROJ, are the CAP polygon.
        auto toWgs84 = geo::CrsTransform::create(6677, 4326);
        QStringList expected;
        for (geo::Point p : corners) {
            QVERIFY(toWgs84->forward(p));
            expected << QStringLiteral("%1,%2").arg(p.y, 0, 'f', 6).arg(p.x, 0, 'f', 6);
        }
        QString error;
        const auto root = parse(xml, &error);
        const Node *area = root->all(QStringLiteral("info"))[0]->all(QStringLiteral("area"))[0];
        QCOMPARE(area->value(QStringLiteral("polygon")), expected.join(QLatin1Char(' ')));
        QVERIFY(area->value(QStringLiteral("areaDesc")).contains(QStringLiteral("描いた区域")));
        for (const QString &secret : {QStringLiteral("山田花子"), QStringLiteral("赤い帽子"), QStringLiteral("小4"), QStringLiteral("090-1111-2222")})
            QVERIFY2(!QString::fromUtf8(xml).contains(secret), qPrintable(secret));

        QVERIFY(store.transition(police, *alert, AlertStatus::Retracted, QStringLiteral("誤報")).ok());
        files = Outbox::capMessages(*twin, police);
        QVERIFY(files.ok());
        QCOMPARE(files->size(), std::size_t(2));   // the alert and its Cancel
        int cancels = 0;
        for (const auto &f : files.value()) {
            QVERIFY2(validateCap(f.xml).isEmpty(), qPrintable(validateCap(f.xml).join(QLatin1Char('\n'))));
            const auto r = parse(f.xml, &error);
            if (r->value(QStringLiteral("msgType")) == QLatin1String("Cancel")) {
                ++cancels;
                QCOMPARE(r->value(QStringLiteral("references")),
                         QStringLiteral("%1,%2,%3").arg(root->value(QStringLiteral("sender")), root->value(QStringLiteral("identifier")),
                                                        root->value(QStringLiteral("sent"))));
            }
        }
        QCOMPARE(cancels, 1);
    }
};

QTEST_GUILESS_MAIN(TestCapStructure)
#include "tst_capstructure.moc"
