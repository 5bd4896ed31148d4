// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include "safetycontroller.h"

#include <QPointer>
#include <QQuickPaintedItem>

namespace ct::safety {

/// \brief The safety panel's map: the kernel-density hotspot surface over the roads, the alerts
/// the operator may see fading with age (near-repeats ringed), hotspot ranks, police boxes, the
/// suggested patrol loop and the streetlight suggestions.
///
/// A painted 2D view rather than a layer of the console's 3D map: the surface and the points
/// depend on who looks (generalised places for most roles), so they are drawn from the
/// controller's access-filtered reading and never written into the twin's shared layers.
class HotspotView : public QQuickPaintedItem
{
    Q_OBJECT
    Q_PROPERTY(ct::safety::SafetyController *controller READ controller WRITE setController NOTIFY controllerChanged)
    Q_PROPERTY(bool showAlerts READ showAlerts WRITE setShowAlerts NOTIFY styleChanged)
    Q_PROPERTY(bool showDensity READ showDensity WRITE setShowDensity NOTIFY styleChanged)
    Q_PROPERTY(bool showPatrol READ showPatrol WRITE setShowPatrol NOTIFY styleChanged)
    Q_PROPERTY(bool showStreetlights READ showStreetlights WRITE setShowStreetlights NOTIFY styleChanged)

public:
    explicit HotspotView(QQuickItem *parent = nullptr);

    SafetyController *controller() const { return m_controller; }
    void setController(SafetyController *controller);
    bool showAlerts() const { return m_showAlerts; }
    void setShowAlerts(bool on);
    bool showDensity() const { return m_showDensity; }
    void setShowDensity(bool on);
    bool showPatrol() const { return m_showPatrol; }
    void setShowPatrol(bool on);
    bool showStreetlights() const { return m_showStreetlights; }
    void setShowStreetlights(bool on);

    void paint(QPainter *painter) override;
    /// Where an EPSG:6677 position is drawn in this item (pixels); (-1, -1) without data.
    Q_INVOKABLE QPointF mapFromWorld(double x, double y) const;

    /// The colour of a density relative to the hotspot threshold (transparent well below it).
    static QColor rampColor(double value, double threshold, double maximum);

signals:
    void controllerChanged();
    void styleChanged();

private:
    QPointer<SafetyController> m_controller;
    bool m_showAlerts = true;
    bool m_showDensity = true;
    bool m_showPatrol = true;
    bool m_showStreetlights = true;
};

} // namespace ct::safety
