// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
//
// The sensors panel as the console loads it: the real plugin library (its QML resources and the
// types it registers in initialise()), a twin with a river gauge rising through three of its four
// levels over the last week (one reading a minute), a weather sensor and a silent gauge, and a
// session object that hands out the store and the operator. Screenshots go to the build folder
// (tests/sensors-panel-*.png).
#include "fakesession.h"
#include "sensorstestsupport.h"

#include "alarmengine.h"
#include "mqttclient.h"
#include "readingstore.h"
#include "sensorstatesource.h"

#include "ct/pluginapi/domainplugin.h"
#include "ct/pluginapi/pluginregistry.h"

#include <QDateTime>
#include <QLocale>
#include <QQuickItem>
#include <QQuickStyle>
#include <QProcess>
#include <QQuickView>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace ct;
using namespace ct::sensors;

namespace {

QObject *findByObjectName(QObject *root, const QString &name)
{
    if (root->objectName() == name)
        return root;
    for (QObject *child : root->children())
        if (QObject *found = findByObjectName(child, name))
            return found;
    if (auto *item = qobject_cast<QQuickItem *>(root))
        for (QQuickItem *child : item->childItems())
            if (QObject *found = findByObjectName(child, name))
                return found;
    return nullptr;
}

core::Actor hq() { return {QStringLiteral("hq-tanaka"), core::Role::HqCommander, {}}; }
core::Actor planner() { return {QStringLiteral("planner-ito"), core::Role::Planner, {}}; }

constexpr qint64 kMinute = 60000;

//! The gauge's water level at minute i of the week: flat at 1.2 m, then a flood wave that peaks
//! at 3.5 m (above 避難判断水位 3.2 m, below 氾濫危険水位 3.8 m) half an hour ago.
double level(int i, int minutes)
{
    const double hoursBeforeEnd = double(minutes - i) / 60.0;
    const double wave = 2.3 * std::exp(-std::pow((hoursBeforeEnd - 0.5) / 6.0, 2.0));
    return 1.2 + wave + 0.03 * std::sin(i / 17.0);
}

} // namespace

class TestSensorsPanel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void stateSourceColoursSitesByLevel();
    void listFiltersAndHistoryChart();
    void acknowledgeFollowsPermission();
    void feedHealthWithABroker();

private:
    static QString errorsOf(const QQuickView &view);
    void save(QQuickView &view, const QString &name);
    std::unique_ptr<QQuickView> open(testing::FakeSession &session, QSize size);

    QTemporaryDir m_dir;
    std::unique_ptr<plugin::PluginRegistry> m_plugins;
    std::unique_ptr<store::TwinStore> m_twin;
    QUrl m_panel;
    qint64 m_gauge = 0;
    qint64 m_endMs = 0;
    int m_minutes = 7 * 24 * 60;
};

void TestSensorsPanel::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QQuickStyle::setStyle(QStringLiteral("Fusion"));
    m_plugins = std::make_unique<plugin::PluginRegistry>(plugin::PluginContext{});
    m_plugins->loadFile(QStringLiteral(CITYTWIN_PLUGIN_DIR "/citytwin_plugin_sensors.so"));
    const plugin::PluginInfo *info = m_plugins->find(QStringLiteral("sensors"));
    QVERIFY(info);
    QVERIFY2(info->isLoaded(), qPrintable(info->error));
    m_panel = info->instance->panel();
    QCOMPARE(int(info->instance->featureStateSources().size()), 1);

    m_twin = test::makeTwin(m_dir.filePath(QStringLiteral("panel.gpkg")));
    QVERIFY(m_plugins->applyMigrations(*m_twin).isEmpty());
    SensorRegistry registry(*m_twin);
    Sensor gauge;
    gauge.sourceId = QStringLiteral("mlit:303041283311010");
    gauge.name = QStringLiteral("桜川 田土部");
    gauge.quantity = QStringLiteral("water_level");
    gauge.unit = QStringLiteral("m");
    gauge.intervalS = 60;
    gauge.siteFid = 7;
    gauge.thresholds = SensorRegistry::demoGaugeThresholds(1.0); // 2.0, 2.5, 3.2, 3.8 m
    m_gauge = registry.add(gauge).value();
    QVERIFY(registry.addAlias(QStringLiteral("sta:7"), m_gauge));
    Sensor temp;
    temp.sourceId = QStringLiteral("amedas:40336/temp");
    temp.name = QStringLiteral("つくば（館野） 気温");
    temp.kind = SensorKind::Weather;
    temp.quantity = QStringLiteral("temperature");
    temp.unit = QStringLiteral("°C");
    temp.siteFid = 9;
    const qint64 tempId = registry.add(temp).value();
    Sensor silent = gauge;
    silent.sourceId = QStringLiteral("mlit:silent");
    silent.name = QStringLiteral("小貝川 黒子");
    silent.intervalS = 600;
    silent.siteFid = 8;
    const qint64 silentId = registry.add(silent).value();

    // One reading a minute for a week, ending now, through the store and the alarm engine.
    m_endMs = QDateTime::currentMSecsSinceEpoch() / kMinute * kMinute;
    const qint64 startMs = m_endMs - qint64(m_minutes) * kMinute;
    std::vector<Reading> readings;
    for (int i = 0; i < m_minutes; ++i)
        readings.push_back({m_gauge, startMs + i * kMinute, level(i, m_minutes), 0});
    ReadingStore store(*m_twin);
    QVERIFY(store.write(readings));
    AlarmEngine engine(*m_twin);
    QVERIFY(engine.evaluate(registry.find(m_gauge).value().value(), readings));
    QCOMPARE(engine.level(m_gauge), 3);
    QVERIFY(store.write({{tempId, m_endMs - 10 * kMinute, 7.4, 0}}));
    // The silent gauge last spoke two hours ago: stale (3 × 10 min).
    const std::vector<Reading> old{{silentId, m_endMs - 120 * kMinute, 1.1, 0}};
    QVERIFY(store.write(old));
    QVERIFY(engine.evaluate(registry.find(silentId).value().value(), old));
    QCOMPARE(engine.checkStale(m_endMs).value(), 1);
}

void TestSensorsPanel::init()
{
    // Any warning from the panel's QML (a failed binding, a missing property) fails the test.
    QTest::failOnWarning(QRegularExpression(QStringLiteral("qrc:/citytwin/plugins/sensors/")));
}

void TestSensorsPanel::stateSourceColoursSitesByLevel()
{
    SensorStateSource source;
    auto state = source.read(*m_twin);
    QVERIFY2(state, state ? "" : qPrintable(state.error().toString()));
    QCOMPARE(state->layer, QStringLiteral("sensor_sites"));
    QCOMPARE(state->fids, (std::vector<qint64>{7, 8, 9}));
    const int lvl = state->numberColumn(QStringLiteral("level"));
    const int alert = state->textColumn(QStringLiteral("alert"));
    QCOMPARE(state->number(0, lvl), 3.0);
    QCOMPARE(state->number(1, lvl), 0.0);
    QCOMPARE(state->text(1, alert), QStringLiteral("stale"));
    QCOMPARE(state->text(0, alert), QString());
    QCOMPARE(state->number(2, lvl), 0.0);
    QCOMPARE(state->style.colorBy, QStringLiteral("level"));
    QCOMPARE(int(state->style.colorStops.size()), 5);
}

std::unique_ptr<QQuickView> TestSensorsPanel::open(testing::FakeSession &session, QSize size)
{
    auto view = std::make_unique<QQuickView>();
    view->setInitialProperties({{QStringLiteral("twin"), QVariant::fromValue<QObject *>(&session)}});
    view->setResizeMode(QQuickView::SizeRootObjectToView);
    view->setSource(m_panel);
    if (view->status() != QQuickView::Ready) {
        qWarning().noquote() << errorsOf(*view);
        return nullptr;
    }
    view->resize(size);
    view->show();
    if (!QTest::qWaitForWindowExposed(view.get()))
        return nullptr;
    return view;
}

void TestSensorsPanel::listFiltersAndHistoryChart()
{
    testing::FakeSession session(m_twin.get(), hq());
    auto view = open(session, QSize(420, 900));
    QVERIFY(view);
    QObject *panel = findByObjectName(view->rootObject(), QStringLiteral("sensorPanel"));
    QVERIFY(panel);
    QVERIFY(panel->property("ready").toBool());
    auto *list = panel->property("sensors").value<QObject *>();
    QCOMPARE(list->property("count").toInt(), 3);
    list->setProperty("kindFilter", QStringLiteral("weather"));
    QCOMPARE(list->property("count").toInt(), 1);
    list->setProperty("kindFilter", QString());
    list->setProperty("alarmedOnly", true);
    QCOMPARE(list->property("count").toInt(), 1);
    list->setProperty("alarmedOnly", false);
    list->setProperty("staleOnly", true);
    QCOMPARE(list->property("count").toInt(), 1);
    list->setProperty("staleOnly", false);
    list->setProperty("search", QStringLiteral("桜川"));
    QCOMPARE(list->property("count").toInt(), 1);
    list->setProperty("search", QString());

    // Clicking a sensor selects it and asks the map to show its site.
    QSignalSpy activated(view->rootObject(), SIGNAL(featureActivated(QString, QVariant)));
    QObject *row = findByObjectName(view->rootObject(), QStringLiteral("sensor-%1").arg(m_gauge));
    QVERIFY(row);
    QVERIFY(QMetaObject::invokeMethod(row, "clicked"));
    QCOMPARE(activated.count(), 1);
    QCOMPARE(activated.at(0).at(0).toString(), QStringLiteral("sensor_sites"));
    QCOMPARE(activated.at(0).at(1).toLongLong(), qint64(7));

    // 24 h: 1,440 raw readings, the four thresholds as labelled lines.
    QCOMPARE(panel->property("selectedSensorId").toLongLong(), m_gauge);
    QCOMPARE(panel->property("rangeHours").toInt(), 24);
    QCOMPARE(panel->property("selected").toMap().value(QStringLiteral("thresholds")).toList().size(), 4);
    QVERIFY(!panel->property("historyAggregated").toBool());
    const int raw = panel->property("history").toList().size();
    QVERIFY2(raw >= 24 * 60 - 2 && raw <= 24 * 60, qPrintable(QString::number(raw)));
    QObject *chart = findByObjectName(view->rootObject(), QStringLiteral("historyChart"));
    QVERIFY(chart);
    auto *series = chart->property("valueSeries").value<QObject *>();
    QVERIFY(series);
    QCOMPARE(series->property("count").toInt(), raw);
    QObject *standby = findByObjectName(view->rootObject(), QStringLiteral("thresholdLabel1"));
    QVERIFY(standby);
    QVERIFY2(standby->property("text").toString().startsWith(QLatin1String("Flood-fighting standby level")),
             qPrintable(standby->property("text").toString()));
    QVERIFY(standby->property("visible").toBool());
    QObject *evac = findByObjectName(view->rootObject(), QStringLiteral("thresholdLabel3"));
    QVERIFY(evac);
    QTest::qWait(300);
    save(*view, QStringLiteral("gauge-24h"));
    // The evacuation line is above the standby line on screen.
    QVERIFY2(evac->property("y").toDouble() < standby->property("y").toDouble(),
             qPrintable(QStringLiteral("%1 vs %2").arg(evac->property("y").toDouble()).arg(standby->property("y").toDouble())));

    // 7 d: more readings than the raw limit → the store's exact bucket aggregates.
    panel->setProperty("rangeHours", 168);
    QVERIFY(panel->property("historyAggregated").toBool());
    const QVariantList buckets = panel->property("history").toList();
    QVERIFY2(buckets.size() >= 280 && buckets.size() <= 289, qPrintable(QString::number(buckets.size())));
    QCOMPARE(series->property("count").toInt(), buckets.size());
    // One bucket checked against the readings themselves.
    const qint64 bucketMs = panel->property("historyBucketMs").toLongLong();
    const qint64 fromMs = panel->property("historyFrom").toDateTime().toMSecsSinceEpoch();
    const QVariantMap b = buckets.at(100).toMap();
    const qint64 bStart = qint64(b.value(QStringLiteral("t")).toDouble()) - bucketMs / 2;
    QCOMPARE((bStart - fromMs) % bucketMs, qint64(0));
    auto rows = ReadingStore(*m_twin).range(m_gauge, bStart, bStart + bucketMs);
    QVERIFY(rows && !rows->empty());
    double sum = 0, hi = -1e9;
    for (const Reading &r : *rows) {
        sum += r.value;
        hi = std::max(hi, r.value);
    }
    QCOMPARE(b.value(QStringLiteral("count")).toLongLong(), qint64(rows->size()));
    QVERIFY(std::abs(b.value(QStringLiteral("value")).toDouble() - sum / double(rows->size())) < 1e-9);
    QCOMPARE(b.value(QStringLiteral("max")).toDouble(), hi);
    QTest::qWait(300);
    save(*view, QStringLiteral("gauge-7d"));

    // 6 h preset from the button.
    QObject *six = findByObjectName(view->rootObject(), QStringLiteral("range6"));
    QVERIFY(six);
    QVERIFY(QMetaObject::invokeMethod(six, "clicked"));
    QCOMPARE(panel->property("rangeHours").toInt(), 6);
    QVERIFY(!panel->property("historyAggregated").toBool());
    QVERIFY(std::abs(panel->property("history").toList().size() - 360) <= 2);
}

void TestSensorsPanel::acknowledgeFollowsPermission()
{
    testing::FakeSession session(m_twin.get(), planner());
    auto view = open(session, QSize(420, 700));
    QVERIFY(view);
    QObject *panel = findByObjectName(view->rootObject(), QStringLiteral("sensorPanel"));
    QVERIFY(panel);
    view->rootObject()->setProperty("tab", 1);
    auto *alarms = panel->property("alarms").value<QObject *>();
    QCOMPARE(alarms->property("count").toInt(), 2); // level 3 of the gauge, stale of the silent one
    QCOMPARE(alarms->property("unacknowledged").toInt(), 2);

    // The level-3 alarm's id, from the engine.
    qint64 alarmId = 0;
    for (const Alarm &a : AlarmEngine(*m_twin).alarms(m_gauge).value())
        if (a.isActive())
            alarmId = a.id;
    QVERIFY(alarmId > 0);
    QTest::qWait(200);
    QObject *button = findByObjectName(view->rootObject(), QStringLiteral("acknowledge-%1").arg(alarmId));
    QVERIFY(button);
    // A planner: disabled, and the store refuses anyway.
    QVERIFY(!panel->property("mayAcknowledge").toBool());
    QVERIFY(!button->property("enabled").toBool());
    bool done = true;
    QVERIFY(QMetaObject::invokeMethod(panel, "acknowledge", Q_RETURN_ARG(bool, done), Q_ARG(qint64, alarmId)));
    QVERIFY(!done);
    QVERIFY2(panel->property("errorString").toString().contains(QLatin1String("planner")),
             qPrintable(panel->property("errorString").toString()));
    QCOMPARE(alarms->property("unacknowledged").toInt(), 2);

    // HQ: enabled; the button asks first, nothing changes until confirmed.
    session.signIn(hq());
    QVERIFY(panel->property("mayAcknowledge").toBool());
    QVERIFY(button->property("enabled").toBool());
    QVERIFY(QMetaObject::invokeMethod(button, "clicked"));
    QObject *confirm = findByObjectName(view->rootObject(), QStringLiteral("confirmAcknowledge"));
    QVERIFY(confirm);
    QTRY_VERIFY(confirm->property("opened").toBool());
    QTest::qWait(300);
    save(*view, QStringLiteral("confirm-acknowledge"));
    QCOMPARE(alarms->property("unacknowledged").toInt(), 2);
    QVERIFY(QMetaObject::invokeMethod(confirm, "accept"));
    QTRY_COMPARE(alarms->property("unacknowledged").toInt(), 1);
    bool acked = false;
    for (const Alarm &a : AlarmEngine(*m_twin).alarms(m_gauge).value())
        if (a.id == alarmId)
            acked = a.acknowledgedBy == QLatin1String("hq-tanaka") && a.acknowledgedMs.has_value();
    QVERIFY(acked);
    QTest::qWait(300);
    save(*view, QStringLiteral("alarms"));

    // The feed tab without a broker.
    view->rootObject()->setProperty("tab", 2);
    QObject *state = findByObjectName(view->rootObject(), QStringLiteral("mqttState"));
    QVERIFY(state);
    QCOMPARE(panel->property("mqttState").toString(), QStringLiteral("off"));
    QCOMPARE(panel->property("rejections").toList().size(), 7);
}

void TestSensorsPanel::feedHealthWithABroker()
{
    const QString broker = QStandardPaths::findExecutable(QStringLiteral("mosquitto"), {QStringLiteral("/usr/sbin"), QStringLiteral("/usr/bin")});
    if (broker.isEmpty())
        QSKIP("the mosquitto broker is needed");
    int port = 0;
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        port = probe.serverPort();
    }
    QProcess mosquitto;
    mosquitto.start(broker, {QStringLiteral("-p"), QString::number(port)});
    QVERIFY(mosquitto.waitForStarted());
    auto stopBroker = qScopeGuard([&] {
        mosquitto.terminate();
        mosquitto.waitForFinished(3000);
    });

    testing::FakeSession session(m_twin.get(), hq());
    auto view = open(session, QSize(420, 700));
    QVERIFY(view);
    QObject *panel = findByObjectName(view->rootObject(), QStringLiteral("sensorPanel"));
    QVERIFY(panel);
    panel->setProperty("refreshInterval", 0); // the test drains by hand
    view->rootObject()->setProperty("tab", 2);
    bool started = false;
    QVERIFY(QMetaObject::invokeMethod(panel, "connectBroker", Q_RETURN_ARG(bool, started), Q_ARG(QString, QStringLiteral("127.0.0.1")),
                                      Q_ARG(int, port), Q_ARG(QString, QStringLiteral("v1.1/#"))));
    QVERIFY(started);
    QTRY_COMPARE_WITH_TIMEOUT(panel->property("mqttState").toString(), QStringLiteral("connected"), 10000);
    QTest::qWait(200); // the SUBSCRIBE reaches the broker

    MqttClient publisher(QStringLiteral("127.0.0.1"), port, {}, QStringLiteral("tst_sensorspanel_pub"));
    QVERIFY(publisher.start());
    QTRY_VERIFY_WITH_TIMEOUT(publisher.state() == MqttClient::State::Connected, 10000);
    const QString time = QDateTime::fromMSecsSinceEpoch(m_endMs + 1000, Qt::UTC).toString(Qt::ISODateWithMs);
    QVERIFY(publisher.publish(QStringLiteral("v1.1/Datastreams(7)/Observations"),
                              QStringLiteral(R"({"phenomenonTime":"%1","result":3.45})").arg(time).toUtf8()));
    QVERIFY(publisher.publish(QStringLiteral("v1.1/Datastreams(7)/Observations"), QByteArray("{broken")));
    QVERIFY(publisher.publish(QStringLiteral("v1.1/Datastreams(999)/Observations"),
                              QStringLiteral(R"({"phenomenonTime":"%1","result":1.0})").arg(time).toUtf8()));
    QTRY_COMPARE_WITH_TIMEOUT(panel->property("mqttReceived").toLongLong(), qint64(3), 10000);
    QVERIFY(QMetaObject::invokeMethod(panel, "drainFeed"));
    QCOMPARE(panel->property("ingestStored").toLongLong(), qint64(1));
    QMap<QString, qint64> refused;
    for (const QVariant &r : panel->property("rejections").toList())
        refused[r.toMap().value(QStringLiteral("reason")).toString()] = r.toMap().value(QStringLiteral("count")).toLongLong();
    QCOMPARE(refused.value(QStringLiteral("malformed")), qint64(1));
    QCOMPARE(refused.value(QStringLiteral("unknown_sensor")), qint64(1));
    QCOMPARE(refused.value(QStringLiteral("wrong_unit")), qint64(0));
    // The reading is in the store.
    const auto latest = ReadingStore(*m_twin).latest(m_gauge).value();
    QCOMPARE(latest.front().value, 3.45);
    QTest::qWait(300);
    save(*view, QStringLiteral("feed"));
    publisher.stop();
    QVERIFY(QMetaObject::invokeMethod(panel, "disconnectBroker"));
    QCOMPARE(panel->property("mqttState").toString(), QStringLiteral("off"));
}

QString TestSensorsPanel::errorsOf(const QQuickView &view)
{
    QStringList lines;
    for (const QQmlError &e : view.errors())
        lines << e.toString();
    return lines.join(QLatin1Char('\n'));
}

void TestSensorsPanel::save(QQuickView &view, const QString &name)
{
    const QImage image = view.grabWindow();
    QVERIFY(!image.isNull());
    const QString path = QStringLiteral(CITYTWIN_BINARY_DIR "/tests/sensors-panel-%1.png").arg(name);
    QVERIFY(image.save(path));
    qInfo().noquote() << "screenshot" << path;
}

QTEST_MAIN(TestSensorsPanel)
#include "tst_sensorspanel.moc"
