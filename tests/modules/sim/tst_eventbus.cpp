// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "ct/sim/engine.h"
#include "ct/sim/eventbus.h"
#include "ct/sim/shelterarrival.h"

#include <QTest>

using namespace ct::sim;

namespace {

struct Ping
{
    static constexpr std::string_view kTopic = "test.ping";
    int value = 0;
};

struct Pong
{
    static constexpr std::string_view kTopic = "test.pong";
    QString text;
};

/// Publishes a Ping at 1 s and 2 s from its own events.
class Pinger : public Model
{
public:
    QString name() const override { return QStringLiteral("pinger"); }
    void start(Engine &engine) override
    {
        for (int i = 0; i < engine.modelCount(); ++i) {
            if (engine.model(i) == this)
                m_self = i;
        }
        engine.schedule(kSecond, m_self, 0, 1);
        engine.schedule(2 * kSecond, m_self, 0, 2);
    }
    void handle(Engine &engine, const Event &event) override { engine.events().publish(Ping{int(event.a)}); }

private:
    int m_self = -1;
};

/// Records the pings it hears at the engine's time.
class Listener : public Model
{
public:
    explicit Listener(EventBus &bus)
    {
        bus.subscribe<Ping>([this](const Ping &p) { heard.emplace_back(m_engine->now(), p.value); });
    }
    QString name() const override { return QStringLiteral("listener"); }
    void start(Engine &engine) override { m_engine = &engine; }
    void handle(Engine &, const Event &) override {}
    std::vector<std::pair<SimTime, int>> heard;

private:
    Engine *m_engine = nullptr;
};

} // namespace

class TestEventBus : public QObject
{
    Q_OBJECT

private slots:
    void deliversInSubscriptionOrderByTopic()
    {
        EventBus bus;
        QVERIFY(!bus.hasSubscribers<Ping>());
        QStringList calls;
        bus.subscribe<Ping>([&](const Ping &p) { calls << QStringLiteral("a%1").arg(p.value); });
        bus.subscribe<Pong>([&](const Pong &p) { calls << QStringLiteral("pong ") + p.text; });
        bus.subscribe<Ping>([&](const Ping &p) { calls << QStringLiteral("b%1").arg(p.value); });
        QVERIFY(bus.hasSubscribers<Ping>());
        QVERIFY(!bus.hasSubscribers<ShelterArrival>());
        bus.publish(Ping{1});
        bus.publish(Pong{QStringLiteral("x")});
        bus.publish(Ping{2});
        bus.publish(ShelterArrival{}); // nobody listens: nothing happens
        QCOMPARE(calls, (QStringList{QStringLiteral("a1"), QStringLiteral("b1"), QStringLiteral("pong x"),
                                     QStringLiteral("a2"), QStringLiteral("b2")}));
        QCOMPARE(bus.delivered(), std::int64_t(3));
    }

    void handlerMayPublishAnotherTopic()
    {
        EventBus bus;
        QStringList calls;
        bus.subscribe<Ping>([&](const Ping &p) {
            calls << QStringLiteral("ping");
            bus.publish(Pong{QString::number(p.value)});
        });
        bus.subscribe<Pong>([&](const Pong &p) { calls << QStringLiteral("pong ") + p.text; });
        bus.publish(Ping{7});
        QCOMPARE(calls, (QStringList{QStringLiteral("ping"), QStringLiteral("pong 7")}));
    }

    void sealedAtStartAndDeliveredAtTheEventsTime()
    {
        Engine engine(1, 10 * kSecond);
        engine.addModel(std::make_unique<Pinger>());
        auto listener = std::make_unique<Listener>(engine.events());
        Listener *l = listener.get();
        engine.addModel(std::move(listener));
        QVERIFY(!engine.events().isSealed());
        engine.run();
        QVERIFY(engine.events().isSealed());
        QCOMPARE(l->heard, (std::vector<std::pair<SimTime, int>>{{kSecond, 1}, {2 * kSecond, 2}}));

        QTest::ignoreMessage(QtWarningMsg, "sim: subscription to \"test.ping\" after the run started is ignored");
        int late = 0;
        engine.events().subscribe<Ping>([&](const Ping &) { ++late; });
        engine.events().publish(Ping{3});
        QCOMPARE(late, 0);
        QCOMPARE(l->heard.size(), std::size_t(3));
    }
};

QTEST_GUILESS_MAIN(TestEventBus)
#include "tst_eventbus.moc"
