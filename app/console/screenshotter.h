// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QString>
#include <QTimer>

class QQuickWindow;

namespace ct::app {

/// \brief `--screenshot`: waits until the map reports its first complete frame, grabs the window,
/// writes the PNG and quits with 0 — or quits with 1 and a message on timeout or write failure.
class Screenshotter : public QObject
{
    Q_OBJECT

public:
    /// `sinceLaunch` was started when the process started: the time to the first complete frame
    /// goes into the view description for the start-up benchmark.
    Screenshotter(QQuickWindow *window, QString path, int timeoutSeconds, QElapsedTimer sinceLaunch,
                  QObject *parent = nullptr);

private slots:
    void checkReady();

private:
    void capture();
    void writeViewDescription() const;
    QQuickWindow *m_window;
    QString m_path;
    QTimer m_timeout;
    bool m_done = false;
    QElapsedTimer m_sinceLaunch;
    qint64 m_firstCompleteFrameMs = -1;
};

} // namespace ct::app
