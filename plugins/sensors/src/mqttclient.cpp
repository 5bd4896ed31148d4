// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "mqttclient.h"

#include <QDateTime>

#include <mosquitto.h>

namespace ct::sensors {

MqttClient::MqttClient(QString host, int port, QStringList topics, QString clientId)
    : m_host(std::move(host)), m_port(port), m_topics(std::move(topics)), m_clientId(std::move(clientId))
{
    mosquitto_lib_init(); // reference-counted by libmosquitto ≥ 1.6
}

MqttClient::~MqttClient()
{
    stop();
    mosquitto_lib_cleanup();
}

bool MqttClient::start()
{
    if (m_client)
        return true;
    const QByteArray id = m_clientId.toUtf8();
    m_client = mosquitto_new(id.isEmpty() ? nullptr : id.constData(), true, this);
    if (!m_client) {
        std::lock_guard lock(m_mutex);
        m_error = QStringLiteral("cannot create an MQTT client");
        m_state = State::Failed;
        return false;
    }
    mosquitto_connect_callback_set(m_client, &MqttClient::onConnect);
    mosquitto_disconnect_callback_set(m_client, &MqttClient::onDisconnect);
    mosquitto_message_callback_set(m_client, &MqttClient::onMessage);
    mosquitto_reconnect_delay_set(m_client, 1, 10, true);
    m_state = State::Connecting;
    int rc = mosquitto_connect_async(m_client, m_host.toUtf8().constData(), m_port, 30);
    if (rc == MOSQ_ERR_ERRNO || rc == MOSQ_ERR_EAI) {
        // Refused or unresolved now: the network thread keeps trying.
        std::lock_guard lock(m_mutex);
        m_error = QStringLiteral("%1:%2: %3").arg(m_host).arg(m_port).arg(QString::fromUtf8(mosquitto_strerror(rc)));
        rc = MOSQ_ERR_SUCCESS;
    }
    if (rc == MOSQ_ERR_SUCCESS)
        rc = mosquitto_loop_start(m_client);
    if (rc != MOSQ_ERR_SUCCESS) {
        std::lock_guard lock(m_mutex);
        m_error = QStringLiteral("%1:%2: %3").arg(m_host).arg(m_port).arg(QString::fromUtf8(mosquitto_strerror(rc)));
        m_state = State::Failed;
        mosquitto_destroy(m_client);
        m_client = nullptr;
        return false;
    }
    return true;
}

void MqttClient::stop()
{
    if (!m_client)
        return;
    mosquitto_disconnect(m_client);
    mosquitto_loop_stop(m_client, false);
    mosquitto_destroy(m_client);
    m_client = nullptr;
    m_state = State::Disconnected;
}

bool MqttClient::publish(const QString &topic, const QByteArray &payload, int qos)
{
    if (!m_client)
        return false;
    return mosquitto_publish(m_client, nullptr, topic.toUtf8().constData(), int(payload.size()), payload.constData(), qos, false)
           == MOSQ_ERR_SUCCESS;
}

QString MqttClient::errorString() const
{
    std::lock_guard lock(m_mutex);
    return m_error;
}

std::vector<MqttMessage> MqttClient::takeMessages()
{
    std::lock_guard lock(m_mutex);
    std::vector<MqttMessage> out(std::make_move_iterator(m_queue.begin()), std::make_move_iterator(m_queue.end()));
    m_queue.clear();
    return out;
}

void MqttClient::onConnect(mosquitto *client, void *self, int rc)
{
    auto *me = static_cast<MqttClient *>(self);
    if (rc != 0) {
        std::lock_guard lock(me->m_mutex);
        me->m_error = QString::fromUtf8(mosquitto_connack_string(rc));
        me->m_state = State::Failed;
        return;
    }
    for (const QString &topic : std::as_const(me->m_topics))
        mosquitto_subscribe(client, nullptr, topic.toUtf8().constData(), 1);
    me->m_state = State::Connected;
}

void MqttClient::onDisconnect(mosquitto *, void *self, int)
{
    static_cast<MqttClient *>(self)->m_state = State::Connecting; // the loop reconnects unless stopped
}

void MqttClient::onMessage(mosquitto *, void *self, const mosquitto_message *message)
{
    auto *me = static_cast<MqttClient *>(self);
    MqttMessage m{QString::fromUtf8(message->topic),
                  QByteArray(static_cast<const char *>(message->payload), message->payloadlen),
                  QDateTime::currentMSecsSinceEpoch()};
    ++me->m_received;
    std::lock_guard lock(me->m_mutex);
    me->m_queue.push_back(std::move(m));
}

} // namespace ct::sensors
