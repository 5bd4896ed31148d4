// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
//
// Damage reports on a generated city: the schema (a real GeoPackage layer), the lifecycle with
// its audit rows and steps, every transition of the queue (allowed or refused), malformed
// reports refused with nothing written, the store's own checks, photos, positions, and the
// summary at a moment.
#include "damagetestsupport.h"

#include "ct/damage/damageactions.h"
#include "ct/damage/damagesummary.h"
#include "ct/damage/photocheck.h"
#include "ct/routing/liveclosures.h"

#include <QtTest>

#include <cmath>
#include <limits>

using namespace ct::damage;
using ct::core::Error;
using ct::store::TwinStore;
using test::Footprint;

Q_DECLARE_METATYPE(ct::damage::TriageState)

class TestDamageRegistry : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_twin = m_city.copyTo(m_dir->filePath(QStringLiteral("twin.gpkg")));
        m_inside = test::pointInCity(*m_twin);
    }
    void cleanup()
    {
        m_twin.reset();
        m_dir.reset();
    }

    void schema()
    {
        QVERIFY(m_twin->hasLayer(QStringLiteral("damage_report")));
        auto layer = m_twin->layer(QStringLiteral("damage_report"));
        QVERIFY(layer.ok());
        QCOMPARE(layer->geometryType, ct::geo::GeometryType::Point);
        QCOMPARE(layer->srsId, 6677);
        QVERIFY(layer->hasSpatialIndex);
        QCOMPARE(m_twin->schemaVersion(QStringLiteral("damage")), 1);
        QCOMPARE(m_twin->schemaVersion(QStringLiteral("routing")), 1);
        QVERIFY(ct::routing::LiveClosures::hasTable(*m_twin));
        const QStringList tables = m_twin->operationalTables();
        QVERIFY(tables.contains(QStringLiteral("damage_photo")));
        QVERIFY(tables.contains(QStringLiteral("damage_triage_step")));
        QCOMPARE(test::scalar(*m_twin, "SELECT count(*) FROM ct_permission WHERE action LIKE 'damage.%'"), qint64(12));
        // migrating again is a no-op
        QVERIFY(m_twin->migrate(DamageSchema::component(), DamageSchema::migrations()));
    }

    void lifecycle()
    {
        DamageRegistry registry(*m_twin);
        auto fid = registry.submit(test::staff(), test::sampleReport(m_inside, QStringLiteral("collapse"), 4));
        QVERIFY2(fid.ok(), fid.ok() ? "" : qPrintable(fid.error().toString()));
        auto r = registry.reader().report(fid.value());
        QVERIFY(r.ok());
        QCOMPARE(r->state, TriageState::New);
        QCOMPARE(r->category, DamageCategory::Collapse);
        QCOMPARE(r->severity, 4);
        QCOMPARE(r->reporterKind, ReporterKind::Resident);
        QCOMPARE(r->reporterName, QStringLiteral("Sato Hanako"));
        QCOMPARE(r->enteredBy, QStringLiteral("staff-suzuki"));
        QVERIFY(std::abs(r->position.x - m_inside.x) < 1e-6 && std::abs(r->position.y - m_inside.y) < 1e-6);
        QVERIFY(r->reportedAt.isValid());
        QVERIFY(!r->hasPhoto());
        // the map reads it like any layer
        auto table = m_twin->read(QStringLiteral("damage_report"), {QStringLiteral("category"), QStringLiteral("state")});
        QVERIFY(table.ok());
        QCOMPARE(table->size(), std::size_t(1));
        QCOMPARE(table->columns[0][0].toString(), QStringLiteral("collapse"));
        auto audit = m_twin->auditLog(1);
        QCOMPARE(audit.size(), std::size_t(1));
        QCOMPARE(audit[0].action, QStringLiteral("damage.report"));
        QCOMPARE(audit[0].operatorName, QStringLiteral("staff-suzuki"));
        QCOMPARE(audit[0].role, ct::core::Role::ShelterStaff);
        QCOMPARE(audit[0].after.value(QStringLiteral("state")).toString(), QStringLiteral("new"));
        QVERIFY(!audit[0].after.contains(QStringLiteral("reporter_name"))); // personal data stays out of the audit log

        QVERIFY(registry.verify(test::hq(), fid.value()));
        QVERIFY(registry.assign(test::hq(), fid.value(), QStringLiteral("Fire brigade team 2")));
        QCOMPARE(registry.reader().report(fid.value())->assignedTo, QStringLiteral("Fire brigade team 2"));
        QVERIFY(registry.assign(test::hq(), fid.value(), QStringLiteral("Road crew 3"))); // reassigned
        QVERIFY(registry.resolve(test::hq(), fid.value(), QStringLiteral("debris removed")));
        r = registry.reader().report(fid.value());
        QCOMPARE(r->state, TriageState::Resolved);
        QCOMPARE(r->assignedTo, QStringLiteral("Road crew 3"));

        auto steps = registry.reader().steps(fid.value());
        QVERIFY(steps.ok());
        QCOMPARE(steps->size(), std::size_t(5));
        QVERIFY(!steps->at(0).hasFrom);
        const TriageState expected[] = {TriageState::New, TriageState::Verified, TriageState::Assigned, TriageState::Assigned,
                                        TriageState::Resolved};
        for (std::size_t i = 0; i < 5; ++i) {
            QCOMPARE(steps->at(i).to, expected[i]);
            if (i > 0)
                QCOMPARE(steps->at(i).from, expected[i - 1]);
        }
        QCOMPARE(steps->at(2).note, QStringLiteral("Fire brigade team 2"));
        QCOMPARE(steps->at(4).role, ct::core::Role::HqCommander);
        audit = m_twin->auditLog(10);
        QCOMPARE(audit.size(), std::size_t(5)); // one per step
        QCOMPARE(audit[0].action, QStringLiteral("damage.resolve"));
        QCOMPARE(audit[0].target, DamageActions::target(fid.value()));
        QCOMPARE(audit[0].before.value(QStringLiteral("state")).toString(), QStringLiteral("assigned"));
        QCOMPARE(audit[0].after.value(QStringLiteral("state")).toString(), QStringLiteral("resolved"));
        QCOMPARE(audit[0].after.value(QStringLiteral("note")).toString(), QStringLiteral("debris removed"));
        QCOMPARE(audit[1].action, QStringLiteral("damage.triage"));
        QCOMPARE(audit[1].after.value(QStringLiteral("assigned_to")).toString(), QStringLiteral("Road crew 3"));
    }

    void transitions_data()
    {
        QTest::addColumn<TriageState>("from");
        QTest::addColumn<TriageState>("to");
        QTest::addColumn<bool>("allowed");
        // The queue's rules, written out: new → verified → assigned (→ assigned) → resolved;
        // any unfinished state → duplicate; resolved and duplicate are final.
        const bool table[5][5] = {
            //            new    verified assigned resolved duplicate
            /* new */    {false, true,    false,   false,   true},
            /* verified*/{false, false,   true,    false,   true},
            /* assigned*/{false, false,   true,    true,    true},
            /* resolved*/{false, false,   false,   false,   false},
            /* dup */    {false, false,   false,   false,   false},
        };
        for (TriageState from : allTriageStates()) {
            for (TriageState to : allTriageStates()) {
                if (to == TriageState::New)
                    continue; // nothing moves back to new; there is no action for it
                QTest::newRow(qPrintable(triageStateName(from) + QStringLiteral(" -> ") + triageStateName(to)))
                    << from << to << table[int(from)][int(to)];
                QCOMPARE(isTransitionAllowed(from, to), table[int(from)][int(to)]);
            }
        }
    }
    void transitions()
    {
        QFETCH(TriageState, from);
        QFETCH(TriageState, to);
        QFETCH(bool, allowed);
        DamageRegistry registry(*m_twin);
        const auto system = ct::core::Actor::system(QStringLiteral("test"));
        const qint64 original = registry.submit(system, test::sampleReport(m_inside)).value();
        const qint64 fid = registry.submit(system, test::sampleReport(m_inside)).value();
        // bring the report to `from` along the legal path
        switch (from) {
        case TriageState::New: break;
        case TriageState::Verified: QVERIFY(registry.verify(system, fid)); break;
        case TriageState::Assigned:
            QVERIFY(registry.verify(system, fid));
            QVERIFY(registry.assign(system, fid, QStringLiteral("team")));
            break;
        case TriageState::Resolved:
            QVERIFY(registry.verify(system, fid));
            QVERIFY(registry.assign(system, fid, QStringLiteral("team")));
            QVERIFY(registry.resolve(system, fid));
            break;
        case TriageState::Duplicate: QVERIFY(registry.markDuplicate(system, fid, original)); break;
        }
        QCOMPARE(registry.reader().report(fid)->state, from);
        const Footprint before = Footprint::of(*m_twin);
        ct::core::Status status;
        switch (to) {
        case TriageState::New: QFAIL("no action leads to new"); break;
        case TriageState::Verified: status = registry.verify(test::hq(), fid); break;
        case TriageState::Assigned: status = registry.assign(test::hq(), fid, QStringLiteral("another team")); break;
        case TriageState::Resolved: status = registry.resolve(test::hq(), fid); break;
        case TriageState::Duplicate: status = registry.markDuplicate(test::hq(), fid, original); break;
        }
        QCOMPARE(status.ok(), allowed);
        if (allowed) {
            QCOMPARE(registry.reader().report(fid)->state, to);
            QCOMPARE(test::scalar(*m_twin, "SELECT count(*) FROM ct_audit"), before.audit + 1);
            QCOMPARE(test::scalar(*m_twin, "SELECT count(*) FROM damage_triage_step"), before.steps + 1);
        } else {
            QCOMPARE(status.error().kind, Error::Kind::Refused);
            QVERIFY2(status.error().message.contains(triageStateLabel(from)), qPrintable(status.error().message));
            const Footprint after = Footprint::of(*m_twin);
            QVERIFY2(after == before, after.toText() + " vs " + before.toText());
        }
    }

    void malformed_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("category");
        QTest::addColumn<int>("severity");
        QTest::addColumn<QByteArray>("photo");
        QTest::addColumn<int>("where");          // 0 inside, 1 outside the boundary, 2 not a number
        QTest::addColumn<QString>("reporterKind");
        QTest::addColumn<int>("futureMinutes");  // reported_at this far in the future (0: now)
        QTest::addColumn<int>("descriptionLength");
        const QByteArray ok;
        QTest::newRow("unknown category") << "category" << "meteor" << 3 << ok << 0 << "staff" << 0 << 10;
        QTest::newRow("category in another case") << "category" << "Collapse" << 3 << ok << 0 << "staff" << 0 << 10;
        QTest::newRow("empty category") << "category" << "" << 3 << ok << 0 << "staff" << 0 << 10;
        QTest::newRow("severity 0") << "severity" << "fire" << 0 << ok << 0 << "staff" << 0 << 10;
        QTest::newRow("severity 6") << "severity" << "fire" << 6 << ok << 0 << "staff" << 0 << 10;
        QTest::newRow("severity -1") << "severity" << "fire" << -1 << ok << 0 << "staff" << 0 << 10;
        QTest::newRow("photo is text") << "photo" << "fire" << 3 << QByteArray("this is not an image, it is a note") << 0 << "staff" << 0 << 10;
        QTest::newRow("photo is a PDF") << "photo" << "fire" << 3 << QByteArray("%PDF-1.7\n%\xE2\xE3\xCF\xD3\n1 0 obj") << 0 << "staff" << 0 << 10;
        QTest::newRow("photo is a GIF") << "photo" << "fire" << 3 << QByteArray("GIF89a\x01\x00\x01\x00\x00\x00\x00", 13) << 0 << "staff" << 0 << 10;
        QTest::newRow("photo truncated PNG signature") << "photo" << "fire" << 3 << QByteArray("\x89PNG\r\n", 6) << 0 << "staff" << 0 << 10;
        QTest::newRow("photo over 10 MiB") << "photo" << "fire" << 3 << test::jpegLikeBytes(int(PhotoCheck::kMaxBytes) + 1) << 0 << "staff" << 0 << 10;
        QTest::newRow("outside the city") << "position" << "fire" << 3 << ok << 1 << "staff" << 0 << 10;
        QTest::newRow("position not a number") << "position" << "fire" << 3 << ok << 2 << "staff" << 0 << 10;
        QTest::newRow("unknown reporter kind") << "reporter_kind" << "fire" << 3 << ok << 0 << "volunteer" << 0 << 10;
        QTest::newRow("reported tomorrow") << "reported_at" << "fire" << 3 << ok << 0 << "staff" << 24 * 60 << 10;
        QTest::newRow("description too long") << "description" << "fire" << 3 << ok << 0 << "staff" << 0 << 4001;
    }
    void malformed()
    {
        QFETCH(QString, field);
        QFETCH(QString, category);
        QFETCH(int, severity);
        QFETCH(QByteArray, photo);
        QFETCH(int, where);
        QFETCH(QString, reporterKind);
        QFETCH(int, futureMinutes);
        QFETCH(int, descriptionLength);
        DamageRegistry registry(*m_twin);
        // one good report first, so "nothing written" is checked against a non-empty twin
        QVERIFY(registry.submit(test::staff(), test::sampleReport(m_inside)).ok());
        NewDamageReport report = test::sampleReport(m_inside, category, severity);
        report.photo = photo;
        report.reporterKind = reporterKind;
        report.description = QString(descriptionLength, QLatin1Char('x'));
        if (futureMinutes > 0)
            report.reportedAt = QDateTime::currentDateTimeUtc().addSecs(futureMinutes * 60);
        if (where == 1) {
            const auto extent = m_twin->layer(QStringLiteral("boundary"))->extent;
            report.position = {extent.maxX + 2000.0, extent.maxY + 2000.0};
        } else if (where == 2) {
            report.position = {std::numeric_limits<double>::quiet_NaN(), 0.0};
        }
        const Footprint before = Footprint::of(*m_twin);
        const auto checked = registry.validate(report);
        QVERIFY(!checked.ok());
        auto submitted = registry.submit(test::staff(), report);
        QVERIFY(!submitted.ok());
        QCOMPARE(submitted.error().kind, Error::Kind::InvalidInput);
        QCOMPARE(submitted.error().where, field);
        QVERIFY(!submitted.error().message.isEmpty());
        const Footprint after = Footprint::of(*m_twin);
        QVERIFY2(after == before, after.toText() + " vs " + before.toText());
        // and the same report with the field fixed goes in
        NewDamageReport fixed = test::sampleReport(m_inside, QStringLiteral("fire"), 3);
        QVERIFY(registry.submit(test::staff(), fixed).ok());
    }

    void storeRefusesBadRowsItself()
    {
        // Whoever writes to the layer directly meets the schema's triggers.
        DamageRegistry registry(*m_twin);
        const qint64 fid = registry.submit(test::staff(), test::sampleReport(m_inside)).value();
        const char *bad[] = {
            "UPDATE damage_report SET category = 'meteor' WHERE fid = %1",
            "UPDATE damage_report SET severity = 0 WHERE fid = %1",
            "UPDATE damage_report SET severity = 6 WHERE fid = %1",
            "UPDATE damage_report SET severity = 2.5 WHERE fid = %1",
            "UPDATE damage_report SET severity = 'three' WHERE fid = %1",
            "UPDATE damage_report SET state = 'lost' WHERE fid = %1",
            "UPDATE damage_report SET reporter_kind = 'robot' WHERE fid = %1",
            "INSERT INTO damage_report (geom, category, severity, reporter_kind, reported_at, entered_at, entered_by, state, state_since) "
            "SELECT geom, 'meteor', 3, 'staff', reported_at, entered_at, entered_by, 'new', state_since FROM damage_report WHERE fid = %1",
            "INSERT INTO damage_photo (report_fid, mime_type, size, data) VALUES (%1, 'image/gif', 3, x'474946')",
        };
        for (const char *sql : bad) {
            const QByteArray statement = QString::fromLatin1(sql).arg(fid).toUtf8();
            char *message = nullptr;
            const int rc = sqlite3_exec(m_twin->handle(), statement.constData(), nullptr, nullptr, &message);
            sqlite3_free(message);
            QVERIFY2(rc != SQLITE_OK, statement.constData());
        }
        QCOMPARE(registry.reader().report(fid)->category, DamageCategory::Collapse);
        QCOMPARE(test::scalar(*m_twin, "SELECT count(*) FROM damage_report"), qint64(1));
    }

    void duplicateRules()
    {
        DamageRegistry registry(*m_twin);
        const auto system = ct::core::Actor::system(QStringLiteral("test"));
        const qint64 a = registry.submit(system, test::sampleReport(m_inside)).value();
        const qint64 b = registry.submit(system, test::sampleReport(m_inside)).value();
        const qint64 c = registry.submit(system, test::sampleReport(m_inside)).value();
        const Footprint before = Footprint::of(*m_twin);
        auto self = registry.markDuplicate(test::hq(), a, a);
        QVERIFY(!self.ok());
        QCOMPARE(self.error().where, QStringLiteral("duplicate_of"));
        auto missing = registry.markDuplicate(test::hq(), a, 9999);
        QVERIFY(!missing.ok());
        QCOMPARE(missing.error().where, QStringLiteral("duplicate_of"));
        QVERIFY(Footprint::of(*m_twin) == before);
        QVERIFY(registry.markDuplicate(test::hq(), b, a));
        QCOMPARE(registry.reader().report(b)->duplicateOf, a);
        // c cannot point at b, which is itself a duplicate: the message names the original
        const Footprint middle = Footprint::of(*m_twin);
        auto chained = registry.markDuplicate(test::hq(), c, b);
        QVERIFY(!chained.ok());
        QVERIFY2(chained.error().message.contains(QString::number(a)), qPrintable(chained.error().message));
        QVERIFY(Footprint::of(*m_twin) == middle);
        // an assignment needs someone to assign to
        QVERIFY(registry.verify(test::hq(), c));
        const Footprint verified = Footprint::of(*m_twin);
        auto nobody = registry.assign(test::hq(), c, QStringLiteral("   "));
        QVERIFY(!nobody.ok());
        QCOMPARE(nobody.error().where, QStringLiteral("assigned_to"));
        QVERIFY(Footprint::of(*m_twin) == verified);
        auto unknown = registry.verify(test::hq(), 424242);
        QVERIFY(!unknown.ok());
        QCOMPARE(unknown.error().kind, Error::Kind::NotFound);
    }

    void photos_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("mime");
        QTest::newRow("jpeg") << test::jpegLikeBytes(2048) << "image/jpeg";
        QByteArray png("\x89PNG\r\n\x1A\n\x00\x00\x00\rIHDR", 16);
        png.append(QByteArray(100, '\x01'));
        QTest::newRow("png") << png << "image/png";
        QTest::newRow("jpeg of exactly 10 MiB") << test::jpegLikeBytes(int(PhotoCheck::kMaxBytes)) << "image/jpeg";
    }
    void photos()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, mime);
        QCOMPARE(PhotoCheck::mimeType(bytes).value(), mime);
        DamageRegistry registry(*m_twin);
        NewDamageReport report = test::sampleReport(m_inside);
        report.photo = bytes;
        auto fid = registry.submit(test::staff(), report);
        QVERIFY2(fid.ok(), fid.ok() ? "" : qPrintable(fid.error().toString()));
        auto r = registry.reader().report(fid.value());
        QCOMPARE(r->photoMimeType, mime);
        QCOMPARE(r->photoBytes, qint64(bytes.size()));
        QCOMPARE(registry.reader().photo(fid.value()).value(), bytes);
        QCOMPARE(m_twin->auditLog(1)[0].after.value(QStringLiteral("photo_bytes")).toInteger(), qint64(bytes.size()));
    }

    void positionsFromLonLat()
    {
        auto lonLat = DamageRegistry::toLonLat(m_inside);
        QVERIFY(lonLat.ok());
        QVERIFY(lonLat->x > 139.0 && lonLat->x < 141.0 && lonLat->y > 35.0 && lonLat->y < 37.0); // Ibaraki
        auto back = DamageRegistry::fromLonLat(lonLat->x, lonLat->y);
        QVERIFY(back.ok());
        QVERIFY(std::hypot(back->x - m_inside.x, back->y - m_inside.y) < 0.01);
        QVERIFY(!DamageRegistry::fromLonLat(200.0, 36.0).ok());
        QVERIFY(!DamageRegistry::fromLonLat(140.0, std::numeric_limits<double>::infinity()).ok());
    }

    void noSchemaIsAClearError()
    {
        auto bare = m_city.copyTo(m_dir->filePath(QStringLiteral("bare.gpkg")), false);
        DamageRegistry registry(*bare);
        QVERIFY(!registry.reader().hasSchema());
        auto fid = registry.submit(test::staff(), test::sampleReport(m_inside));
        QVERIFY(!fid.ok());
        QCOMPARE(fid.error().kind, Error::Kind::NotFound);
        QVERIFY(!bare->hasLayer(QStringLiteral("damage_report")));
        auto summary = DamageSummary::at(*bare, QDateTime::currentDateTimeUtc());
        QVERIFY(summary.ok());
        QCOMPARE(summary->total(), 0);
    }

    void summaryAtAMoment()
    {
        DamageRegistry registry(*m_twin);
        QDateTime clock = QDateTime::fromString(QStringLiteral("2026-09-10T01:00:00Z"), Qt::ISODate);
        registry.setClock([&clock] { return clock; });
        const auto system = ct::core::Actor::system(QStringLiteral("test"));
        const qint64 a = registry.submit(system, test::sampleReport(m_inside, QStringLiteral("fire"), 5)).value();
        clock = clock.addSecs(600);   // 01:10
        const qint64 b = registry.submit(system, test::sampleReport(m_inside, QStringLiteral("flooding"), 2)).value();
        clock = clock.addSecs(600);   // 01:20
        QVERIFY(registry.verify(system, a));
        clock = clock.addSecs(600);   // 01:30
        QVERIFY(registry.markDuplicate(system, b, a));
        auto at = [&](const char *time) {
            return DamageSummary::at(*m_twin, QDateTime::fromString(QString::fromLatin1(time), Qt::ISODate)).value();
        };
        const DamageSummary early = at("2026-09-10T00:59:00Z");
        QCOMPARE(early.total(), 0);
        const DamageSummary first = at("2026-09-10T01:05:00Z");
        QCOMPARE(first.total(), 1);
        QCOMPARE(first.count(DamageCategory::Fire, TriageState::New), 1);
        QCOMPARE(first.severeOpen(), 1);
        const DamageSummary second = at("2026-09-10T01:25:00Z");
        QCOMPARE(second.total(), 2);
        QCOMPARE(second.count(DamageCategory::Fire, TriageState::Verified), 1);
        QCOMPARE(second.count(DamageCategory::Flooding, TriageState::New), 1);
        QCOMPARE(second.open(), 2);
        const DamageSummary last = at("2026-09-10T02:00:00Z");
        QCOMPARE(last.count(DamageCategory::Flooding, TriageState::Duplicate), 1);
        QCOMPARE(last.total(TriageState::Duplicate), 1);
        QCOMPARE(last.open(), 1);
        QCOMPARE(last.total(DamageCategory::Fire), 1);
    }

private:
    test::CityTemplate m_city;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<TwinStore> m_twin;
    ct::geo::Point m_inside;
};

QTEST_GUILESS_MAIN(TestDamageRegistry)
#include "tst_damageregistry.moc"
