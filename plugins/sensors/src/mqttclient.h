// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <atomic>
#include <deque>
#include <mutex>
#include <vector>

struct mosquitto;
struct mosquitto_message;

namespace ct::sensors {

//! One message as received, with the wall-clock time of arrival (ms since the epoch).
struct MqttMessage
{
    QString topic;
    QByteArray payload;
    qint64 receivedMs = 0;
};

/// \brief A libmosquitto client on its own network thread (mosquitto_loop_start): subscribes to
/// the given topic patterns on connect (and on every reconnect), queues messages for the owner's
/// thread to take with takeMessages(). The store is never touched from the network thread.
class MqttClient
{
public:
    enum class State { Disconnected, Connecting, Connected, Failed };

    MqttClient(QString host, int port, QStringList topics, QString clientId = {});
    ~MqttClient();
    MqttClient(const MqttClient &) = delete;
    MqttClient &operator=(const MqttClient &) = delete;

    /// Starts connecting (asynchronously; the network thread retries every 1–10 s until stop(),
    /// so a broker that is not up yet is a state, Connecting, with errorString()). False only
    /// when the client cannot start at all (bad arguments, no thread).
    bool start();
    void stop();
    /// Queues a publication (sent by the network thread). False when not started or refused.
    bool publish(const QString &topic, const QByteArray &payload, int qos = 1);
    State state() const { return m_state.load(); }
    QString errorString() const;
    std::vector<MqttMessage> takeMessages();
    qint64 received() const { return m_received.load(); }

private:
    static void onConnect(mosquitto *, void *self, int rc);
    static void onDisconnect(mosquitto *, void *self, int rc);
    static void onMessage(mosquitto *, void *self, const ::mosquitto_message *message);

    QString m_host;
    int m_port;
    QStringList m_topics;
    QString m_clientId;
    mosquitto *m_client = nullptr;
    std::atomic<State> m_state{State::Disconnected};
    std::atomic<qint64> m_received{0};
    mutable std::mutex m_mutex;
    std::deque<MqttMessage> m_queue;
    QString m_error;
};

} // namespace ct::sensors
