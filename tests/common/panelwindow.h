// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

// A domain panel as the console shows it, without the console: the plugin's Panel.qml (from its
// resources, so the plugin must be loaded first) created with a session object as its `twin`,
// placed in a window of its own and shown (under Xvfb in the tests). Link Qt6::Quick.

#include <QImage>
#include <QObject>
#include <QQmlComponent>
#include <QQmlEngine>
#include <QQuickItem>
#include <QQuickWindow>
#include <QSet>
#include <QScopedPointer>
#include <QSize>
#include <QUrl>

#include <memory>

namespace ct::testing {

class PanelWindow
{
public:
    /// Creates `qml` with `twin` as its `twin` property, sizes it `panelSize` in a window of
    /// `windowSize` (the panel's size when empty) and shows the window. False, with error(), when
    /// the QML does not load or is no item. The caller waits for the window as it needs to
    /// (QTest::qWaitForWindowExposed, or requestActivate() and qWaitForWindowActive for typing).
    bool open(const QUrl &qml, QObject *twin, QSize panelSize, QSize windowSize = {})
    {
        m_component = std::make_unique<QQmlComponent>(&m_engine, qml);
        if (m_component->status() != QQmlComponent::Ready) {
            m_error = m_component->errorString();
            return false;
        }
        m_object.reset(m_component->createWithInitialProperties({{QStringLiteral("twin"), QVariant::fromValue<QObject *>(twin)}}));
        m_panel = qobject_cast<QQuickItem *>(m_object.data());
        if (!m_panel) {
            m_error = m_object ? QStringLiteral("%1 is no item").arg(qml.toString()) : m_component->errorString();
            return false;
        }
        m_window.resize(windowSize.isEmpty() ? panelSize : windowSize);
        m_panel->setParentItem(m_window.contentItem());
        m_panel->setSize(QSizeF(panelSize));
        m_window.show();
        return true;
    }

    QString error() const { return m_error; }
    QQuickWindow &window() { return m_window; }
    //! The engine the panel runs in, for more components beside it.
    QQmlEngine &engine() { return m_engine; }
    QQuickItem *panel() const { return m_panel; }
    //! The panel's `controller` property (every domain panel's model), or nullptr.
    QObject *controller() const { return m_panel ? m_panel->property("controller").value<QObject *>() : nullptr; }

    /// The window's picture, also saved to `file` for a look (and named in the log); a null image
    /// when the window could not be grabbed or the file not written.
    QImage screenshot(const QString &file)
    {
        const QImage shot = m_window.grabWindow();
        if (shot.isNull() || !shot.save(file))
            return {};
        qInfo("screenshot: %s", qPrintable(file));
        return shot;
    }

    //! The colours of every `step`-th pixel in both directions: a drawn panel has many, an empty one a few.
    static int sampledColours(const QImage &image, int step)
    {
        QSet<QRgb> colours;
        for (int y = 0; y < image.height(); y += step)
            for (int x = 0; x < image.width(); x += step)
                colours.insert(image.pixel(x, y));
        return int(colours.size());
    }

private:
    // Declared so that the panel goes first, then its component and engine, then the window.
    QQuickWindow m_window;
    QQmlEngine m_engine;
    std::unique_ptr<QQmlComponent> m_component;
    QScopedPointer<QObject> m_object;
    QQuickItem *m_panel = nullptr;
    QString m_error;
};

} // namespace ct::testing
