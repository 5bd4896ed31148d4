// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "screenshotter.h"

#include <QCoreApplication>
#include <QFile>
#include <QImage>
#include <QJsonDocument>
#include <QJsonObject>
#include <QQuickItem>
#include <QQuickWindow>

#include <cstdio>

namespace ct::app {

Screenshotter::Screenshotter(QQuickWindow *window, QString path, int timeoutSeconds, QElapsedTimer sinceLaunch,
                             QObject *parent)
    : QObject(parent), m_window(window), m_path(std::move(path)), m_sinceLaunch(sinceLaunch)
{
    // The root window exposes `mapReady` (all visible layers loaded and drawn once); checking it
    // after every swapped frame needs no knowledge of the QML beyond that property.
    connect(m_window, &QQuickWindow::frameSwapped, this, &Screenshotter::checkReady);
    connect(m_window, SIGNAL(mapReadyChanged()), this, SLOT(checkReady()));
    connect(m_window, SIGNAL(importBusyChanged()), this, SLOT(checkReady()));
    connect(m_window, SIGNAL(timelineBusyChanged()), this, SLOT(checkReady()));
    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, [this] {
        if (m_done)
            return;
        m_done = true;
        std::fprintf(stderr, "citytwin: the map did not finish loading within the timeout; no screenshot written\n");
        QCoreApplication::exit(1);
    });
    m_timeout.start(timeoutSeconds * 1000);
}

void Screenshotter::checkReady()
{
    // Ready: the map has drawn every visible layer and no import is running (an import reloads the
    // map when it ends, so its summary and the new data are both in the picture).
    if (m_done || !m_window->property("mapReady").toBool() || m_window->property("importBusy").toBool()
        || m_window->property("timelineBusy").toBool())
        return;
    m_firstCompleteFrameMs = m_sinceLaunch.elapsed();
    // One more frame after readiness so that the labels placed on the ready frame are drawn too.
    m_done = true;
    disconnect(m_window, &QQuickWindow::frameSwapped, this, &Screenshotter::checkReady);
    disconnect(m_window, SIGNAL(mapReadyChanged()), this, SLOT(checkReady()));
    disconnect(m_window, SIGNAL(importBusyChanged()), this, SLOT(checkReady()));
    disconnect(m_window, SIGNAL(timelineBusyChanged()), this, SLOT(checkReady()));
    connect(m_window, &QQuickWindow::frameSwapped, this, &Screenshotter::capture, Qt::SingleShotConnection);
    m_window->update();
}

void Screenshotter::capture()
{
    const QImage image = m_window->grabWindow();
    if (image.isNull() || !image.save(m_path, "PNG")) {
        std::fprintf(stderr, "citytwin: cannot write the screenshot to %s\n", qPrintable(m_path));
        QCoreApplication::exit(1);
        return;
    }
    writeViewDescription();
    std::printf("%s\n", qPrintable(m_path));
    std::fflush(stdout);
    QCoreApplication::exit(0);
}

} // namespace ct::app

namespace ct::app {

void Screenshotter::writeViewDescription() const
{
    // OUT.png.json: where the map sits in the window and what its camera shows, so that a test can
    // project the twin's features itself and look for them in the picture.
    auto *map = qvariant_cast<QQuickItem *>(m_window->property("mapView"));
    if (!map)
        return;
    const QPointF origin = map->mapToScene(QPointF(0, 0));
    QObject *controller = qvariant_cast<QObject *>(map->property("controller"));
    QVariantMap centre;
    if (controller) {
        QMetaObject::invokeMethod(controller, "groundAt", Q_RETURN_ARG(QVariantMap, centre),
                                  Q_ARG(double, map->width() / 2.0), Q_ARG(double, map->height() / 2.0));
    }
    // The domain panel shown (--panel), with where it sits in the window.
    QJsonObject panel{{QStringLiteral("id"), m_window->property("openPanel").toString()}};
    if (auto *panels = qvariant_cast<QQuickItem *>(m_window->property("domainPanelsView"))) {
        const QPointF at = panels->mapToScene(QPointF(0, 0));
        panel.insert(QStringLiteral("x"), at.x());
        panel.insert(QStringLiteral("y"), at.y());
        panel.insert(QStringLiteral("width"), panels->width());
        panel.insert(QStringLiteral("height"), panels->height());
        panel.insert(QStringLiteral("visible"), panels->isVisible());
    }
    QJsonObject description{
        {QStringLiteral("window"), QJsonObject{{QStringLiteral("width"), m_window->width()},
                                               {QStringLiteral("height"), m_window->height()},
                                               {QStringLiteral("devicePixelRatio"), m_window->devicePixelRatio()}}},
        {QStringLiteral("map"), QJsonObject{{QStringLiteral("x"), origin.x()},
                                            {QStringLiteral("y"), origin.y()},
                                            {QStringLiteral("width"), map->width()},
                                            {QStringLiteral("height"), map->height()}}},
        {QStringLiteral("viewMode"), map->property("viewMode").toString()},
        {QStringLiteral("metresPerPixel"), map->property("metresPerPixel").toDouble()},
        {QStringLiteral("headingDegrees"), map->property("headingDegrees").toDouble()},
        {QStringLiteral("tiltDegrees"), map->property("tiltDegrees").toDouble()},
        {QStringLiteral("centre"), QJsonObject::fromVariantMap(centre)},
        {QStringLiteral("firstCompleteFrameMs"), m_firstCompleteFrameMs},
        {QStringLiteral("panel"), panel},
    };
    QFile file(m_path + QStringLiteral(".json"));
    if (file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        file.write(QJsonDocument(description).toJson());
}

} // namespace ct::app
