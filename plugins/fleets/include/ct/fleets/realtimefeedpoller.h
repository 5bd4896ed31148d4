// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;

namespace ct::fleets {

/// \brief Polls a GTFS-Realtime VehiclePositions URL (http/https) every `intervalSeconds` for the
/// console's fleets panel and writes the positions into the open twin.
///
/// `twin` is the panel's session object (plugin::TwinAccess): each poll that brings a feed
/// different from the last one applied is one TwinStore::perform() by the session's operator,
/// action `fleets.realtime.poll` (mobility dispatchers, administrators), target the URL, so it
/// is audited and all or nothing. A feed identical to the last one writes nothing.
///
/// Connection state for the panel: Idle (not polling), Connecting (a request is out), Connected
/// (the last poll succeeded), Failed (the last poll did not: no answer within `timeoutSeconds`,
/// refused connection, HTTP status ≥ 400, corrupt protobuf, refused permission — `lastError`
/// says which; the twin is unchanged and polling goes on at the interval).
///
/// The URL, the interval and `startOnOpen` are remembered per twin file (QSettings, group
/// `fleets/realtime/<hash of the twin's path>`): a feed belongs to the city and operator of that
/// twin, not to every twin the console opens. They are read back when the session opens that twin
/// again; polling then starts by itself only when `startOnOpen` was ticked (default off) — at once
/// if the signed-in operator may poll, else as soon as one who may signs in.
class RealtimeFeedPoller : public QObject
{
    Q_OBJECT
    Q_PROPERTY(QObject *twin READ twin WRITE setTwin NOTIFY twinChanged)
    Q_PROPERTY(QString url READ url WRITE setUrl NOTIFY urlChanged)
    Q_PROPERTY(int intervalSeconds READ intervalSeconds WRITE setIntervalSeconds NOTIFY intervalSecondsChanged)
    Q_PROPERTY(int timeoutSeconds READ timeoutSeconds WRITE setTimeoutSeconds NOTIFY timeoutSecondsChanged)
    Q_PROPERTY(bool running READ running NOTIFY runningChanged)
    Q_PROPERTY(State state READ state NOTIFY statusChanged)
    Q_PROPERTY(QString stateText READ stateText NOTIFY statusChanged)
    Q_PROPERTY(QString lastError READ lastError NOTIFY statusChanged)
    Q_PROPERTY(QDateTime lastSuccess READ lastSuccess NOTIFY statusChanged)
    Q_PROPERTY(int lastVehicles READ lastVehicles NOTIFY statusChanged)
    Q_PROPERTY(int polls READ polls NOTIFY statusChanged)
    Q_PROPERTY(int writes READ writes NOTIFY statusChanged)
    Q_PROPERTY(bool permitted READ permitted NOTIFY twinChanged)
    Q_PROPERTY(bool startOnOpen READ startOnOpen WRITE setStartOnOpen NOTIFY startOnOpenChanged)

public:
    enum class State { Idle, Connecting, Connected, Failed };
    Q_ENUM(State)

    static constexpr int kMinimumInterval = 5;
    static constexpr int kMaximumInterval = 3600;

    explicit RealtimeFeedPoller(QObject *parent = nullptr);
    ~RealtimeFeedPoller() override;

    QObject *twin() const { return m_twin; }
    void setTwin(QObject *twin);
    QString url() const { return m_url; }
    void setUrl(const QString &url);
    int intervalSeconds() const { return m_interval; }
    /// Clamped to kMinimumInterval…kMaximumInterval.
    void setIntervalSeconds(int seconds);
    int timeoutSeconds() const { return m_timeout; }
    void setTimeoutSeconds(int seconds);
    bool startOnOpen() const { return m_startOnOpen; }
    void setStartOnOpen(bool on);

    bool running() const { return m_timer.isActive() || m_starting; }
    State state() const { return m_state; }
    QString stateText() const;
    QString lastError() const { return m_lastError; }
    QDateTime lastSuccess() const { return m_lastSuccess; }
    int lastVehicles() const { return m_lastVehicles; }  //!< vehicles written by the last feed that changed
    int polls() const { return m_polls; }
    int writes() const { return m_writes; }
    bool permitted() const;

    /// Starts polling now and then every interval; false (with lastError) for a URL that is not
    /// http(s), no open twin or an operator without the permission.
    Q_INVOKABLE bool start();
    Q_INVOKABLE void stop();
    /// One poll now (ignored while a request is out).
    Q_INVOKABLE void pollNow();

signals:
    void twinChanged();
    void urlChanged();
    void intervalSecondsChanged();
    void timeoutSecondsChanged();
    void runningChanged();
    void startOnOpenChanged();
    void statusChanged();
    /// After each poll: whether it succeeded, and whether it changed the twin.
    void polled(bool ok, bool wrote);

private slots:
    //! Reads the remembered feed when the session's twin is another file than the last one.
    void twinOpened();
    //! Starts a remembered feed once the signed-in operator may poll.
    void operatorChanged();

private:
    void finished(QNetworkReply *reply, bool timedOut);
    void fail(const QString &error);
    QString checkStart() const;
    //! The open twin's file ("" when none).
    QString twinPath() const;
    void remember();

    QPointer<QObject> m_twin;
    QString m_url;
    int m_interval = 30;
    int m_timeout = 10;
    QTimer m_timer;
    QTimer m_deadline;
    QNetworkAccessManager *m_network = nullptr;
    QPointer<QNetworkReply> m_reply;
    bool m_starting = false;
    bool m_timedOut = false;
    State m_state = State::Idle;
    QString m_lastError;
    QDateTime m_lastSuccess;
    QByteArray m_lastDigest;
    const void *m_lastStore = nullptr;  //!< the store the last feed went into (another twin: write again)
    int m_lastVehicles = 0;
    int m_polls = 0;
    int m_writes = 0;
    bool m_startOnOpen = false;
    QString m_settingsTwin;       //!< twin path the url/interval belong to
    bool m_loading = false;       //!< reading the settings: do not write them back
    bool m_autoStartPending = false;
};

} // namespace ct::fleets
