// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
//
// Who sees what: the full role × alert × field matrix through the reader, and the same rules in
// the GeoJSON and CSV exports (whose files must not even contain what the role may not see).
#include "safetytestsupport.h"

#include "ct/geo/crstransform.h"
#include "ct/safety/accesspolicy.h"
#include "ct/safety/alertexporter.h"
#include "ct/safety/alertstore.h"
#include "ct/safety/locationgeneraliser.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using namespace ct;
using namespace ct::safety;
using core::Actor;
using core::Role;

namespace {

const QDateTime kNow = QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC);

/// One seeded alert: its school, the status it is brought to, and values unique to it, so a leak
/// of any of them into a file can be searched for.
struct Seed
{
    QString key;
    std::optional<qint64> school;
    QList<AlertStatus> path;
    geo::Point exact;
    QString address() const { return QStringLiteral("秘密の住所%1").arg(key); }
    QString contact() const { return QStringLiteral("contact-%1@example.jp").arg(key); }
    QString grade() const { return QStringLiteral("学年%1").arg(key); }
    QString age() const { return QStringLiteral("年代%1").arg(key); }
};

const std::vector<Seed> &seeds()
{
    using S = AlertStatus;
    static const std::vector<Seed> s{
        {QStringLiteral("A"), 1, {S::Verified, S::Published}, {21234.5, 8765.4}},
        {QStringLiteral("B"), 2, {S::Verified, S::Published}, {23456.7, 9876.5}},
        {QStringLiteral("C"), 1, {}, {21111.1, 10222.2}},
        {QStringLiteral("D"), std::nullopt, {S::Verified}, {24321.9, 7654.3}},
        {QStringLiteral("E"), 2, {S::Verified, S::Published, S::Retracted}, {23999.3, 11111.7}},
        {QStringLiteral("F"), std::nullopt, {S::Verified, S::Published, S::Closed}, {25555.5, 6666.6}},
    };
    return s;
}

} // namespace

class TestAlertAccess : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        m_twin = test::writeSafetyTwin(m_dir.filePath(QStringLiteral("t.gpkg")), false);
        m_store = std::make_unique<AlertStore>(*m_twin, [] { return kNow; });
        const Actor police{QStringLiteral("police"), Role::PoliceLiaison, {}};
        for (const Seed &seed : seeds()) {
            AlertDraft d;
            d.occurredFrom = kNow.addDays(-1);
            d.place.kind = AlertPlace::Kind::Address;
            d.place.address = seed.address();
            d.place.point = seed.exact;
            d.schoolFid = seed.school;
            d.category = QStringLiteral("つきまとい");
            d.description = QStringLiteral("description %1").arg(seed.key);
            d.suspectDescription = QStringLiteral("suspect %1").arg(seed.key);
            d.sourceOrganisation = QStringLiteral("source %1").arg(seed.key);
            d.personal = PersonalData{seed.age(), seed.grade(), seed.contact()};
            auto id = m_store->record(police, d);
            QVERIFY2(id.ok(), qPrintable(id.ok() ? QString() : id.error().toString()));
            for (AlertStatus step : seed.path)
                QVERIFY(m_store->transition(police, *id, step, QStringLiteral("reason %1").arg(seed.key)).ok());
            m_ids.insert(seed.key, *id);
        }
    }

    void matrix_data()
    {
        QTest::addColumn<int>("role");
        QTest::addColumn<QStringList>("bindings");
        QTest::addColumn<QString>("expected");   // per seed A..F: F full, G generalised, - none; "refused"
        QTest::newRow("system") << int(Role::System) << QStringList{} << QStringLiteral("FFFFFF");
        QTest::newRow("police-liaison") << int(Role::PoliceLiaison) << QStringList{} << QStringLiteral("FFFFFF");
        QTest::newRow("school-liaison 1") << int(Role::SchoolLiaison) << QStringList{QStringLiteral("school:1")} << QStringLiteral("FGF--G");
        QTest::newRow("school-liaison 2") << int(Role::SchoolLiaison) << QStringList{QStringLiteral("school:2")} << QStringLiteral("GF--FG");
        QTest::newRow("school-liaison 1+2") << int(Role::SchoolLiaison)
                                            << QStringList{QStringLiteral("school:1"), QStringLiteral("school:2")} << QStringLiteral("FFF-FG");
        QTest::newRow("school-liaison unbound") << int(Role::SchoolLiaison) << QStringList{} << QStringLiteral("GG---G");
        QTest::newRow("school-liaison school:11") << int(Role::SchoolLiaison) << QStringList{QStringLiteral("school:11")} << QStringLiteral("GG---G");
        QTest::newRow("hq-commander") << int(Role::HqCommander) << QStringList{} << QStringLiteral("GG---G");
        QTest::newRow("planner") << int(Role::Planner) << QStringList{} << QStringLiteral("GG---G");
        QTest::newRow("administrator") << int(Role::Administrator) << QStringList{} << QStringLiteral("GG---G");
        QTest::newRow("mobility-dispatcher") << int(Role::MobilityDispatcher) << QStringList{} << QStringLiteral("refused");
        QTest::newRow("shelter-staff") << int(Role::ShelterStaff) << QStringList{QStringLiteral("school:1")} << QStringLiteral("refused");
        // Roles the rules do not name see nothing (fail closed), e.g. the console's viewer before sign-in.
        if (Role viewer; core::roleFromName(QStringLiteral("viewer"), &viewer))
            QTest::newRow("viewer") << int(viewer) << QStringList{} << QStringLiteral("refused");
    }

    void matrix()
    {
        QFETCH(int, role);
        QFETCH(QStringList, bindings);
        QFETCH(QString, expected);
        const Actor actor{QStringLiteral("reader"), Role(role), bindings};
        auto read = m_store->alerts(actor);
        if (expected == QLatin1String("refused")) {
            QVERIFY(!read.ok());
            QCOMPARE(read.error().kind, core::Error::Kind::Refused);
            QVERIFY(read.error().message.contains(core::roleName(Role(role))));
            for (const qint64 id : m_ids)
                QVERIFY(!m_store->alert(actor, id).ok());
            return;
        }
        QVERIFY(read.ok());
        QHash<qint64, Alert> byId;
        for (const Alert &a : read.value())
            byId.insert(a.id, a);
        for (int i = 0; i < int(seeds().size()); ++i) {
            const Seed &seed = seeds()[i];
            const QChar want = expected.at(i);
            const qint64 id = m_ids.value(seed.key);
            QVERIFY2(byId.contains(id) == (want != QLatin1Char('-')), qPrintable(seed.key));
            QCOMPARE(m_store->alert(actor, id).ok(), want != QLatin1Char('-'));
            if (want == QLatin1Char('-'))
                continue;
            const Alert &a = byId.value(id);
            // Fields every reader of the alert sees.
            QCOMPARE(a.category, Category::Stalking);
            QCOMPARE(a.occurredFrom, kNow.addDays(-1));
            QCOMPARE(a.description, QStringLiteral("description %1").arg(seed.key));
            QCOMPARE(a.suspectDescription, QStringLiteral("suspect %1").arg(seed.key));
            QCOMPARE(a.sourceOrganisation, QStringLiteral("source %1").arg(seed.key));
            if (want == QLatin1Char('F')) {
                QCOMPARE(a.detail, Alert::Detail::Full);
                QCOMPARE(a.location, seed.exact);
                QCOMPARE(a.locationPrecisionMetres, 0.0);
                QCOMPARE(a.address, seed.address());
                QCOMPARE(a.schoolFid, seed.school);
                QCOMPARE(a.placeKind, std::optional(AlertPlace::Kind::Address));
                QVERIFY(a.personal.has_value());
                QCOMPARE(*a.personal, (PersonalData{seed.age(), seed.grade(), seed.contact()}));
            } else {
                QCOMPARE(a.detail, Alert::Detail::Generalised);
                QCOMPARE(a.location, LocationGeneraliser::generalise(seed.exact));
                QVERIFY(a.location != seed.exact);
                QVERIFY(std::abs(a.location.x - seed.exact.x) <= 50.0 && std::abs(a.location.y - seed.exact.y) <= 50.0);
                QCOMPARE(a.locationPrecisionMetres, 100.0);
                QVERIFY(a.address.isEmpty());
                QVERIFY(!a.schoolFid.has_value());
                QVERIFY(!a.placeKind.has_value());
                QVERIFY(!a.personal.has_value());
                // Lifecycle steps name operators: visible to those who see the alert at all.
                QVERIFY(m_store->history(actor, id).ok());
            }
        }
    }

    void exports_data() { matrix_data(); }
    void exports()
    {
        QFETCH(int, role);
        QFETCH(QStringList, bindings);
        QFETCH(QString, expected);
        const Actor actor{QStringLiteral("reader"), Role(role), bindings};
        for (auto format : {AlertExporter::Format::GeoJson, AlertExporter::Format::Csv}) {
            const bool json = format == AlertExporter::Format::GeoJson;
            const QString path = m_dir.filePath(QStringLiteral("%1-%2.%3").arg(QString(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('_')))
                                                    .arg(json ? 1 : 2).arg(json ? QStringLiteral("geojson") : QStringLiteral("csv")));
            auto written = AlertExporter::exportAlerts(*m_twin, actor, format, path);
            if (expected == QLatin1String("refused")) {
                QVERIFY(!written.ok());
                QCOMPARE(written.error().kind, core::Error::Kind::Refused);
                QVERIFY(!QFile::exists(path));
                continue;
            }
            QVERIFY2(written.ok(), qPrintable(written.ok() ? QString() : written.error().toString()));
            QCOMPARE(written.value(), qint64(expected.count(QLatin1Char('F')) + expected.count(QLatin1Char('G'))));
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QString text = QString::fromUtf8(file.readAll());
            const bool anyFull = expected.contains(QLatin1Char('F'));
            for (const char *column : {"victim_age_group", "victim_grade", "reporter_contact", "address", "school_fid", "place_kind"})
                QCOMPARE(text.contains(QLatin1String(column)), anyFull);
            for (int i = 0; i < int(seeds().size()); ++i) {
                const Seed &seed = seeds()[i];
                const bool full = expected.at(i) == QLatin1Char('F');
                const bool visible = expected.at(i) != QLatin1Char('-');
                QCOMPARE(text.contains(seed.contact()), full);
                QCOMPARE(text.contains(seed.grade()), full);
                QCOMPARE(text.contains(seed.age()), full);
                QCOMPARE(text.contains(seed.address()), full);
                QCOMPARE(text.contains(QStringLiteral("description %1").arg(seed.key)), visible);
            }
            if (json)
                checkGeoJsonPositions(text, expected);
            else
                QVERIFY(text.startsWith(QStringLiteral("X,Y,alert_id,status,category")));
        }
    }

    void exportRefusesToOverwrite()
    {
        const QString path = m_dir.filePath(QStringLiteral("exists.geojson"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("keep");
        f.close();
        auto written = AlertExporter::exportAlerts(*m_twin, Actor::system(), AlertExporter::Format::GeoJson, path);
        QVERIFY(!written.ok());
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), QByteArray("keep"));
    }

private:
    /// Each feature's position is the exact place (full) or the generalised cell centre.
    void checkGeoJsonPositions(const QString &text, const QString &expected)
    {
        auto transform = geo::CrsTransform::create(6677, 4326);
        QVERIFY(transform.ok());
        const QJsonArray features = QJsonDocument::fromJson(text.toUtf8()).object().value(QStringLiteral("features")).toArray();
        for (const QJsonValue &value : features) {
            const QJsonObject f = value.toObject();
            const qint64 id = f.value(QStringLiteral("properties")).toObject().value(QStringLiteral("alert_id")).toInteger();
            const QString key = m_ids.key(id);
            int index = -1;
            for (int i = 0; i < int(seeds().size()); ++i)
                if (seeds()[i].key == key)
                    index = i;
            QVERIFY(index >= 0);
            geo::Point want = expected.at(index) == QLatin1Char('F') ? seeds()[index].exact
                                                                      : LocationGeneraliser::generalise(seeds()[index].exact);
            QVERIFY(transform->forward(want));
            const QJsonArray c = f.value(QStringLiteral("geometry")).toObject().value(QStringLiteral("coordinates")).toArray();
            // RFC 7946 output keeps 7 decimals (about 1 cm).
            QVERIFY(std::abs(c.at(0).toDouble() - want.x) < 1e-6);
            QVERIFY(std::abs(c.at(1).toDouble() - want.y) < 1e-6);
        }
    }

    QTemporaryDir m_dir;
    std::unique_ptr<store::TwinStore> m_twin;
    std::unique_ptr<AlertStore> m_store;
    QHash<QString, qint64> m_ids;
};

QTEST_GUILESS_MAIN(TestAlertAccess)
#include "tst_alertaccess.moc"
