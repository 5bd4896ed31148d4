// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
//
// plugin::TwinBinding against the shared FakeSession and against sessions that lack signals or
// TwinAccess: the store and operator come from the session, setSource() wins over it, the
// session's signals arrive as the binding's, a destroyed session leaves a nameless viewer, and
// reloadTwin() reaches the session's reload() only when it has one.
#include "fakesession.h"

#include "ct/pluginapi/twinbinding.h"
#include "ct/store/twinstore.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace ct;
using plugin::TwinBinding;

namespace {

core::Actor commander()
{
    return core::Actor{QStringLiteral("sato"), core::Role::HqCommander, {}};
}

} // namespace

class TestTwinBinding : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        auto store = store::TwinStore::create(m_dir.filePath(QStringLiteral("twin.gpkg")));
        QVERIFY(store.ok());
        m_store = std::move(store.value());
    }

    void withoutSession()
    {
        TwinBinding binding;
        QCOMPARE(binding.twin(), nullptr);
        QCOMPARE(binding.store(), nullptr);
        QVERIFY(!binding.access());
        QCOMPARE(binding.actor().role, core::Role::Viewer);
        QVERIFY(binding.actor().operatorName.isEmpty());
        QVERIFY(binding.operatorName().isEmpty());
        QVERIFY(binding.operatorRole().isEmpty());
        QVERIFY(!binding.reloadTwin());
    }

    void fromSession()
    {
        testing::FakeSession session(m_store.get(), commander());
        TwinBinding binding;
        QVERIFY(binding.setTwin(&session));
        QVERIFY(!binding.setTwin(&session)); // the same session: nothing to do
        QCOMPARE(binding.twin(), &session);
        QCOMPARE(binding.access(), static_cast<plugin::TwinAccess *>(&session));
        QCOMPARE(binding.store(), m_store.get());
        QCOMPARE(binding.operatorName(), QStringLiteral("sato"));
        QCOMPARE(binding.operatorRole(), core::roleName(core::Role::HqCommander));

        // A session without an open twin: the operator is not shown.
        session.open(nullptr);
        QCOMPARE(binding.store(), nullptr);
        QVERIFY(binding.operatorName().isEmpty());
    }

    void sourceWinsOverSession()
    {
        testing::FakeSession session(nullptr, commander());
        TwinBinding binding;
        binding.setTwin(&session);
        const core::Actor planner{QStringLiteral("suzuki"), core::Role::Planner, {}};
        binding.setSource(m_store.get(), planner);
        QCOMPARE(binding.store(), m_store.get());
        QCOMPARE(binding.actor().operatorName, QStringLiteral("suzuki"));
        QCOMPARE(binding.operatorRole(), core::roleName(core::Role::Planner));
    }

    void forwardsTheSessionsSignals()
    {
        auto session = std::make_unique<testing::FakeSession>(m_store.get(), commander());
        TwinBinding binding;
        QSignalSpy sessionChanged(&binding, &TwinBinding::sessionChanged);
        QSignalSpy operatorChanged(&binding, &TwinBinding::operatorChanged);
        binding.setTwin(session.get());
        QCOMPARE(sessionChanged.count(), 0); // the caller reacts to its own setTwin()

        session->signIn(core::Actor{QStringLiteral("tanaka"), core::Role::ShelterStaff, {}});
        QCOMPARE(operatorChanged.count(), 1);
        QCOMPARE(binding.operatorName(), QStringLiteral("tanaka"));
        session->open(m_store.get());
        QCOMPARE(sessionChanged.count(), 1);

        // Another session: the first one's signals no longer arrive.
        testing::FakeSession other(m_store.get(), commander());
        binding.setTwin(&other);
        session->signIn(commander());
        QCOMPARE(operatorChanged.count(), 1);

        // The session goes away: the binding says so and falls back to a nameless viewer.
        binding.setTwin(session.get());
        session.reset();
        QCOMPARE(sessionChanged.count(), 2);
        QCOMPARE(binding.twin(), nullptr);
        QCOMPARE(binding.store(), nullptr);
        QCOMPARE(binding.actor().role, core::Role::Viewer);
    }

    void sessionWithoutTwinAccessOrSignals()
    {
        // A plain QObject: no TwinAccess, no signals. Nothing to read, nothing connected.
        QObject plain;
        TwinBinding binding;
        QVERIFY(binding.setTwin(&plain));
        QVERIFY(!binding.access());
        QCOMPARE(binding.store(), nullptr);
        QVERIFY(!binding.reloadTwin());
    }

    void reloadReachesTheSession()
    {
        testing::FakeSession session(m_store.get(), commander());
        TwinBinding binding;
        binding.setTwin(&session);
        QVERIFY(binding.reloadTwin());
        QVERIFY(binding.reloadTwin());
        QCOMPARE(session.reloads(), 2);
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<store::TwinStore> m_store;
};

QTEST_GUILESS_MAIN(TestTwinBinding)
#include "tst_twinbinding.moc"
