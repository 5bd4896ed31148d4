// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "ct/fleets/realtimefeedpoller.h"

#include "ct/fleets/gtfsrealtimefeed.h"
#include "ct/fleets/realtimeschema.h"
#include "ct/fleets/vehiclepositionupdater.h"
#include "ct/pluginapi/twinaccess.h"
#include "ct/store/twinstore.h"

#include <QCryptographicHash>
#include <QJsonObject>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSettings>

#include <algorithm>

namespace ct::fleets {

namespace {

plugin::TwinAccess *access(QObject *twin) { return twin ? qobject_cast<plugin::TwinAccess *>(twin) : nullptr; }

} // namespace

RealtimeFeedPoller::RealtimeFeedPoller(QObject *parent) : QObject(parent), m_network(new QNetworkAccessManager(this))
{
    m_timer.setSingleShot(false);
    connect(&m_timer, &QTimer::timeout, this, &RealtimeFeedPoller::pollNow);
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, [this] {
        if (m_reply) {
            m_timedOut = true;
            m_reply->abort();
        }
    });
}

RealtimeFeedPoller::~RealtimeFeedPoller()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
    }
}

void RealtimeFeedPoller::setTwin(QObject *twin)
{
    if (m_twin == twin)
        return;
    stop();
    if (m_twin)
        disconnect(m_twin, nullptr, this, nullptr);
    m_twin = twin;
    m_lastDigest.clear();
    if (m_twin && m_twin->metaObject()->indexOfSignal("openedChanged()") >= 0)
        connect(m_twin, SIGNAL(openedChanged()), this, SLOT(twinOpened()));
    if (m_twin && m_twin->metaObject()->indexOfSignal("operatorChanged()") >= 0)
        connect(m_twin, SIGNAL(operatorChanged()), this, SLOT(operatorChanged()));
    emit twinChanged();
    twinOpened();
}

QString RealtimeFeedPoller::twinPath() const
{
    plugin::TwinAccess *session = access(m_twin);
    store::TwinStore *twin = session ? session->store() : nullptr;
    return twin ? twin->path() : QString();
}

namespace {

QString settingsGroup(const QString &twinPath)
{
    return QStringLiteral("fleets/realtime/")
           + QString::fromLatin1(QCryptographicHash::hash(twinPath.toUtf8(), QCryptographicHash::Sha1).toHex().left(16));
}

} // namespace

void RealtimeFeedPoller::twinOpened()
{
    const QString path = twinPath();
    if (path == m_settingsTwin)
        return;
    stop();
    m_settingsTwin = path;
    m_autoStartPending = false;
    if (path.isEmpty())
        return;
    QSettings settings;
    settings.beginGroup(settingsGroup(path));
    m_loading = true;
    // A twin without a remembered feed starts blank, not with the previous twin's.
    setUrl(settings.value(QStringLiteral("url")).toString());
    setIntervalSeconds(settings.value(QStringLiteral("interval"), 30).toInt());
    setStartOnOpen(settings.value(QStringLiteral("startOnOpen"), false).toBool());
    m_loading = false;
    emit twinChanged(); // permitted() may differ for the new twin
    if (m_startOnOpen && !m_url.isEmpty()) {
        m_autoStartPending = true;
        operatorChanged();
    }
}

void RealtimeFeedPoller::operatorChanged()
{
    emit twinChanged();
    // A remembered feed waits for an operator who may poll (the console opens as a viewer).
    if (m_autoStartPending && !running() && permitted() && start())
        m_autoStartPending = false;
}

void RealtimeFeedPoller::remember()
{
    const QString path = twinPath();
    if (m_loading || path.isEmpty() || path != m_settingsTwin)
        return;
    QSettings settings;
    settings.beginGroup(settingsGroup(path));
    settings.setValue(QStringLiteral("twin"), path);
    settings.setValue(QStringLiteral("url"), m_url);
    settings.setValue(QStringLiteral("interval"), m_interval);
    settings.setValue(QStringLiteral("startOnOpen"), m_startOnOpen);
}

void RealtimeFeedPoller::setStartOnOpen(bool on)
{
    if (m_startOnOpen == on)
        return;
    m_startOnOpen = on;
    remember();
    emit startOnOpenChanged();
}

void RealtimeFeedPoller::setUrl(const QString &url)
{
    if (m_url == url.trimmed())
        return;
    m_url = url.trimmed();
    m_lastDigest.clear();
    remember();
    emit urlChanged();
}

void RealtimeFeedPoller::setIntervalSeconds(int seconds)
{
    seconds = std::clamp(seconds, kMinimumInterval, kMaximumInterval);
    if (m_interval == seconds)
        return;
    m_interval = seconds;
    if (m_timer.isActive())
        m_timer.start(m_interval * 1000);
    remember();
    emit intervalSecondsChanged();
}

void RealtimeFeedPoller::setTimeoutSeconds(int seconds)
{
    seconds = std::clamp(seconds, 1, 300);
    if (m_timeout == seconds)
        return;
    m_timeout = seconds;
    emit timeoutSecondsChanged();
}

bool RealtimeFeedPoller::permitted() const
{
    plugin::TwinAccess *session = access(m_twin);
    store::TwinStore *twin = session ? session->store() : nullptr;
    return twin && !twin->isReadOnly() && twin->mayPerform(session->actor(), RealtimeSchema::pollAction(), m_url);
}

QString RealtimeFeedPoller::checkStart() const
{
    const QUrl url(m_url);
    if (!url.isValid() || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https")) || url.host().isEmpty())
        return tr("%1 is not an http(s) URL").arg(m_url);
    plugin::TwinAccess *session = access(m_twin);
    store::TwinStore *twin = session ? session->store() : nullptr;
    if (!twin)
        return tr("no twin is open");
    if (twin->isReadOnly())
        return tr("the twin is open read-only");
    if (core::Status allowed = twin->mayPerform(session->actor(), RealtimeSchema::pollAction(), m_url); !allowed)
        return allowed.error().toString();
    return {};
}

bool RealtimeFeedPoller::start()
{
    if (const QString problem = checkStart(); !problem.isEmpty()) {
        stop();
        fail(problem);
        return false;
    }
    m_starting = true;
    m_timer.start(m_interval * 1000);
    m_starting = false;
    emit runningChanged();
    pollNow();
    return true;
}

void RealtimeFeedPoller::stop()
{
    const bool was = running();
    m_timer.stop();
    m_deadline.stop();
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
        m_reply = nullptr;
    }
    if (m_state != State::Idle || was) {
        m_state = State::Idle;
        emit statusChanged();
    }
    if (was)
        emit runningChanged();
}

void RealtimeFeedPoller::pollNow()
{
    if (m_reply)
        return;
    if (const QString problem = checkStart(); !problem.isEmpty()) {
        fail(problem);
        return;
    }
    QNetworkRequest request{QUrl(m_url)};
    request.setTransferTimeout(m_timeout * 1000);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    m_timedOut = false;
    m_reply = m_network->get(request);
    QNetworkReply *reply = m_reply;
    connect(reply, &QNetworkReply::finished, this, [this, reply] { finished(reply, m_timedOut); });
    m_deadline.start(m_timeout * 1000);
    if (m_state != State::Connecting) {
        m_state = State::Connecting;
        emit statusChanged();
    }
}

void RealtimeFeedPoller::finished(QNetworkReply *reply, bool timedOut)
{
    m_deadline.stop();
    reply->deleteLater();
    if (m_reply == reply)
        m_reply = nullptr;
    ++m_polls;
    const QByteArray body = reply->readAll();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QNetworkReply::NetworkError error = reply->error();
    if (timedOut || error == QNetworkReply::OperationCanceledError || error == QNetworkReply::TimeoutError)
        return fail(tr("%1: no answer within %2 s").arg(m_url).arg(m_timeout));
    if (status >= 400)
        return fail(tr("%1: the server answered HTTP %2 %3")
                        .arg(m_url)
                        .arg(status)
                        .arg(reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString()));
    if (error != QNetworkReply::NoError)
        return fail(tr("%1: cannot fetch: %2").arg(m_url, reply->errorString()));
    auto positions = GtfsRealtimeFeed::decode(body, m_url);
    if (!positions)
        return fail(positions.error().toString());
    const QByteArray digest = QCryptographicHash::hash(body, QCryptographicHash::Sha256);
    bool wrote = false;
    plugin::TwinAccess *session = access(m_twin);
    store::TwinStore *twin = session ? session->store() : nullptr;
    if (!twin)
        return fail(tr("no twin is open"));
    if (digest != m_lastDigest || twin != m_lastStore) {
        VehiclePositionUpdater::Outcome outcome;
        const core::Status written = twin->perform(
            session->actor(), RealtimeSchema::pollAction(), m_url,
            [&](store::TwinStore &store, QJsonObject &, QJsonObject &after) -> core::Status {
                auto applied = VehiclePositionUpdater::apply(store, *positions);
                if (!applied)
                    return applied.error();
                outcome = *applied;
                after = QJsonObject{{QStringLiteral("updated"), outcome.updated}, {QStringLiteral("inserted"), outcome.inserted},
                                    {QStringLiteral("stale"), outcome.stale}, {QStringLiteral("stops_started"), outcome.stopsStarted}};
                return {};
            });
        if (!written)
            return fail(written.error().toString());
        m_lastDigest = digest;
        m_lastStore = twin;
        m_lastVehicles = outcome.updated + outcome.inserted;
        ++m_writes;
        wrote = true;
    }
    m_lastSuccess = QDateTime::currentDateTimeUtc();
    m_lastError.clear();
    m_state = State::Connected;
    emit statusChanged();
    emit polled(true, wrote);
}

void RealtimeFeedPoller::fail(const QString &error)
{
    m_lastError = error;
    m_state = State::Failed;
    emit statusChanged();
    emit polled(false, false);
}

QString RealtimeFeedPoller::stateText() const
{
    switch (m_state) {
    case State::Idle:
        return tr("Not polling");
    case State::Connecting:
        return tr("Connecting…");
    case State::Connected:
        return tr("Connected, checked at %1; %n vehicle(s) in the last new feed", nullptr, m_lastVehicles)
            .arg(QLocale().toString(m_lastSuccess.toLocalTime().time(), QStringLiteral("HH:mm:ss")));
    case State::Failed:
        return tr("Failed: %1").arg(m_lastError);
    }
    return {};
}

} // namespace ct::fleets
