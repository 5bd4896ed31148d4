// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
//
// Duplicate suggestions against brute force: a few hundred random reports around one place
// (three categories, times over a day, some already duplicates); for every report and several
// radii and windows, the finder (R-tree candidates, exact distance and time) gives exactly the
// reports a scan of all of them gives, in the same order.
#include "damagetestsupport.h"

#include "ct/damage/duplicatefinder.h"

#include <QtTest>

#include <algorithm>
#include <cmath>
#include <random>

using namespace ct::damage;

class TestDuplicateFinder : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_twin = m_city.copyTo(m_dir->filePath(QStringLiteral("twin.gpkg")));
        const ct::geo::Point centre = test::pointInCity(*m_twin);
        DamageRegistry registry(*m_twin);
        const QDateTime now = QDateTime::fromString(QStringLiteral("2026-09-10T12:00:00Z"), Qt::ISODate);
        registry.setClock([now] { return now; });
        const auto system = ct::core::Actor::system(QStringLiteral("test"));
        std::mt19937 random(20260910);
        std::uniform_real_distribution<double> offset(-400.0, 400.0), minutes(0.0, 24 * 60.0);
        const QString categories[] = {QStringLiteral("collapse"), QStringLiteral("road_blocked"), QStringLiteral("fire")};
        std::vector<qint64> fids;
        for (int attempt = 0; attempt < 600 && fids.size() < 250; ++attempt) {
            NewDamageReport r = test::sampleReport({centre.x + offset(random), centre.y + offset(random)},
                                                   categories[random() % 3], int(random() % 5) + 1);
            r.reportedAt = now.addSecs(-qint64(minutes(random) * 60.0));
            if (!registry.validate(r).ok())
                continue; // outside the city
            auto fid = registry.submit(system, r);
            QVERIFY(fid.ok());
            fids.push_back(fid.value());
        }
        QVERIFY(fids.size() >= 150);
        // every tenth report a duplicate of its predecessor: never suggested
        for (std::size_t i = 10; i < fids.size(); i += 10)
            QVERIFY(registry.markDuplicate(system, fids[i], fids[i - 1]));
        m_reports = registry.reader().reports().value();
    }

    void againstBruteForce_data()
    {
        QTest::addColumn<double>("radius");
        QTest::addColumn<double>("hours");
        QTest::addColumn<int>("maxResults");
        QTest::addColumn<int>("atLeast");   // reports with a candidate: the comparison compared something
        QTest::newRow("defaults, all results") << 150.0 << 6.0 << -1 << 20;
        QTest::newRow("defaults, ten results") << 150.0 << 6.0 << 10 << 20;
        QTest::newRow("tight") << 40.0 << 1.0 << -1 << 5;
        QTest::newRow("wide") << 500.0 << 24.0 << -1 << 100;
        QTest::newRow("wide, three results") << 500.0 << 24.0 << 3 << 100;
    }
    void againstBruteForce()
    {
        QFETCH(double, radius);
        QFETCH(double, hours);
        QFETCH(int, maxResults);
        QFETCH(int, atLeast);
        DuplicateFinder::Options options;
        options.radiusM = radius;
        options.windowHours = hours;
        options.maxResults = maxResults;
        int withCandidates = 0;
        for (const DamageReport &query : m_reports) {
            std::vector<DuplicateCandidate> expected;
            for (const DamageReport &other : m_reports) {
                if (other.fid == query.fid || other.category != query.category || other.state == TriageState::Duplicate)
                    continue;
                const double d = std::hypot(other.position.x - query.position.x, other.position.y - query.position.y);
                const double h = std::abs(double(other.reportedAt.toMSecsSinceEpoch() - query.reportedAt.toMSecsSinceEpoch())) / 3.6e6;
                if (d <= radius && h <= hours)
                    expected.push_back({other.fid, d, h, d / radius + h / hours});
            }
            std::sort(expected.begin(), expected.end(), [](const DuplicateCandidate &a, const DuplicateCandidate &b) {
                return a.score != b.score ? a.score < b.score : a.fid < b.fid;
            });
            if (maxResults >= 0 && int(expected.size()) > maxResults)
                expected.resize(std::size_t(maxResults));
            auto found = DuplicateFinder::find(*m_twin, query.position, query.category, query.reportedAt, query.fid, options);
            QVERIFY(found.ok());
            QCOMPARE(found->size(), expected.size());
            for (std::size_t i = 0; i < expected.size(); ++i) {
                QCOMPARE(found->at(i).fid, expected[i].fid);
                QVERIFY(std::abs(found->at(i).distanceM - expected[i].distanceM) < 1e-6);
                QVERIFY(std::abs(found->at(i).hoursApart - expected[i].hoursApart) < 1e-6);
            }
            withCandidates += expected.empty() ? 0 : 1;
        }
        QVERIFY2(withCandidates >= atLeast, qPrintable(QString::number(withCandidates)));
    }

    void registryUsesTheDefaults()
    {
        const DuplicateFinder::Options defaults;
        QCOMPARE(defaults.radiusM, 150.0);
        QCOMPARE(defaults.windowHours, 6.0);
        DamageRegistry registry(*m_twin);
        for (const DamageReport &r : m_reports) {
            auto viaRegistry = registry.suggestDuplicates(r.fid);
            auto direct = DuplicateFinder::find(*m_twin, r.position, r.category, r.reportedAt, r.fid);
            QVERIFY(viaRegistry.ok() && direct.ok());
            QCOMPARE(viaRegistry->size(), direct->size());
            for (std::size_t i = 0; i < direct->size(); ++i)
                QCOMPARE(viaRegistry->at(i).fid, direct->at(i).fid);
        }
    }

    void badOptions()
    {
        DuplicateFinder::Options options;
        options.radiusM = 0.0;
        QVERIFY(!DuplicateFinder::find(*m_twin, {0, 0}, DamageCategory::Fire, QDateTime::currentDateTimeUtc(), 0, options).ok());
        QVERIFY(!DuplicateFinder::find(*m_twin, {0, 0}, DamageCategory::Fire, QDateTime(), 0).ok());
    }

private:
    test::CityTemplate m_city;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ct::store::TwinStore> m_twin;
    std::vector<DamageReport> m_reports;
};

QTEST_GUILESS_MAIN(TestDuplicateFinder)
#include "tst_duplicatefinder.moc"
