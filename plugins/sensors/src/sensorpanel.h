// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include "alarmlistmodel.h"
#include "ingestreport.h"
#include "sensorlistmodel.h"

#include "ct/core/actor.h"
#include "ct/pluginapi/twinbinding.h"

#include <QDateTime>
#include <QObject>
#include <QTimer>
#include <QVariantList>
#include <QVariantMap>

#include <functional>
#include <memory>

namespace ct::store {
class TwinStore;
}

namespace ct::sensors {

class Ingestor;
class MqttClient;

/// \brief The model behind the sensors panel: the sensor list with its present state, the active
/// alarms with acknowledgement, the selected sensor's history (raw readings for short ranges, the
/// store's exact per-bucket aggregates for long ones) and thresholds, and the health of a live
/// MQTT feed the operator connects from the panel.
///
/// `twin` is the console's session (plugin::TwinAccess: the store and the signed-in operator);
/// tests call setSource(). Acknowledge goes through AlarmEngine::acknowledge, so the store refuses
/// an operator without the grant whatever the panel shows; `mayAcknowledge` asks the same in
/// advance. Messages of the MQTT feed are taken on the GUI thread every `refreshInterval` ms and
/// ingested (readings, alarms) in one transaction per batch; rejections are counted per reason.
class SensorPanel : public QObject
{
    Q_OBJECT
    Q_PROPERTY(QObject *twin READ twin WRITE setTwin NOTIFY twinChanged)
    Q_PROPERTY(bool ready READ isReady NOTIFY refreshed)
    Q_PROPERTY(ct::sensors::SensorListModel *sensors READ sensors CONSTANT)
    Q_PROPERTY(ct::sensors::AlarmListModel *alarms READ alarms CONSTANT)
    Q_PROPERTY(QVariantList kindOptions READ kindOptions NOTIFY refreshed)
    Q_PROPERTY(qint64 selectedSensorId READ selectedSensorId WRITE setSelectedSensorId NOTIFY selectionChanged)
    Q_PROPERTY(QVariantMap selected READ selected NOTIFY selectionChanged)
    Q_PROPERTY(int rangeHours READ rangeHours WRITE setRangeHours NOTIFY historyChanged)
    Q_PROPERTY(QVariantList history READ history NOTIFY historyChanged)
    Q_PROPERTY(bool historyAggregated READ historyAggregated NOTIFY historyChanged)
    Q_PROPERTY(qint64 historyBucketMs READ historyBucketMs NOTIFY historyChanged)
    Q_PROPERTY(QDateTime historyFrom READ historyFrom NOTIFY historyChanged)
    Q_PROPERTY(QDateTime historyTo READ historyTo NOTIFY historyChanged)
    Q_PROPERTY(bool mayAcknowledge READ mayAcknowledge NOTIFY operatorChanged)
    Q_PROPERTY(QString operatorName READ operatorName NOTIFY operatorChanged)
    Q_PROPERTY(QString operatorRole READ operatorRole NOTIFY operatorChanged)
    Q_PROPERTY(QString errorString READ errorString NOTIFY errorStringChanged)
    Q_PROPERTY(QString mqttState READ mqttState NOTIFY healthChanged)
    Q_PROPERTY(QString mqttError READ mqttError NOTIFY healthChanged)
    Q_PROPERTY(qint64 mqttReceived READ mqttReceived NOTIFY healthChanged)
    Q_PROPERTY(qint64 ingestStored READ ingestStored NOTIFY healthChanged)
    Q_PROPERTY(QVariantList rejections READ rejections NOTIFY healthChanged)
    Q_PROPERTY(int refreshInterval READ refreshInterval WRITE setRefreshInterval NOTIFY refreshIntervalChanged)

public:
    using Clock = std::function<qint64()>;

    explicit SensorPanel(QObject *parent = nullptr);
    ~SensorPanel() override;

    QObject *twin() const { return m_session.twin(); }
    void setTwin(QObject *twin);
    //! Without a session: a store and an operator directly (tests). The store must outlive the panel.
    void setSource(store::TwinStore *store, const core::Actor &actor);
    //! "Now" for history ranges, stale checks and acknowledgement times; the wall clock by default.
    void setClock(Clock clock) { m_clock = std::move(clock); }

    bool isReady() const { return m_ready; }
    SensorListModel *sensors() const { return m_sensors; }
    AlarmListModel *alarms() const { return m_alarms; }
    QVariantList kindOptions() const;
    qint64 selectedSensorId() const { return m_selectedId; }
    void setSelectedSensorId(qint64 id);
    QVariantMap selected() const { return m_selected; }
    int rangeHours() const { return m_rangeHours; }
    void setRangeHours(int hours);
    QVariantList history() const { return m_history; }
    bool historyAggregated() const { return m_bucketMs > 0; }
    qint64 historyBucketMs() const { return m_bucketMs; }
    QDateTime historyFrom() const;
    QDateTime historyTo() const;
    bool mayAcknowledge() const;
    QString operatorName() const { return actor().operatorName; }
    QString operatorRole() const;
    QString errorString() const { return m_errorString; }
    QString mqttState() const;
    QString mqttError() const;
    qint64 mqttReceived() const;
    qint64 ingestStored() const { return m_report.stored; }
    //! [{reason: "unknown_sensor", count: 3}, …], every reason, in the enum's order.
    QVariantList rejections() const;
    int refreshInterval() const { return m_timer.interval(); }
    void setRefreshInterval(int ms);

    //! Readings above this many points in a range are shown as per-bucket aggregates.
    static constexpr int kRawLimit = 2000;
    //! Buckets across a range when aggregated.
    static constexpr int kBuckets = 288;

    Q_INVOKABLE void refresh();
    //! Acknowledges an active alarm as the signed-in operator; false (with errorString) when refused.
    Q_INVOKABLE bool acknowledge(qint64 alarmId);
    //! Subscribes to a broker (replacing any earlier feed); the state shows in mqttState.
    Q_INVOKABLE bool connectBroker(const QString &host, int port, const QString &topics = QStringLiteral("#"));
    Q_INVOKABLE void disconnectBroker();
    //! Takes the queued MQTT messages and ingests them now (the timer does it too).
    Q_INVOKABLE void drainFeed();

signals:
    void twinChanged();
    void refreshed();
    void selectionChanged();
    void historyChanged();
    void operatorChanged();
    void errorStringChanged();
    void healthChanged();
    void refreshIntervalChanged();

private slots:
    void onSessionChanged();

private:
    store::TwinStore *store() const { return m_session.store(); }
    //! Without a session or source a nameless Viewer: granted nothing.
    core::Actor actor() const { return m_session.actor(); }
    void setError(const QString &message);
    void loadSelected();
    void loadHistory();
    qint64 now() const { return m_clock ? m_clock() : QDateTime::currentMSecsSinceEpoch(); }

    plugin::TwinBinding m_session; //!< the console's session, or setSource()'s store and operator
    bool m_ready = false;
    SensorListModel *m_sensors;
    AlarmListModel *m_alarms;
    QStringList m_kinds;
    qint64 m_selectedId = 0;
    QVariantMap m_selected;
    int m_rangeHours = 24;
    QVariantList m_history;
    qint64 m_bucketMs = 0;
    qint64 m_fromMs = 0;
    qint64 m_toMs = 0;
    QString m_errorString;
    Clock m_clock;
    QTimer m_timer;
    std::unique_ptr<MqttClient> m_mqtt;
    std::unique_ptr<Ingestor> m_ingestor;
    store::TwinStore *m_ingestorStore = nullptr;
    IngestReport m_report;
};

} // namespace ct::sensors
