// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import CityTwin.Fleets

// The selected vehicle: capacity, occupancy, energy, state, speed profile, last report and the
// recent track (drawn on the main map by the plugin's overlay).
Frame {
    id: root

    required property FleetController controller
    readonly property var v: root.controller.selected

    GridLayout {
        anchors.fill: parent
        columns: 2
        columnSpacing: 8
        rowSpacing: 2

        Label { text: root.v.label || ""; font.bold: true; Layout.columnSpan: 2 }
        Label { text: qsTr("Kind"); opacity: 0.7 }
        Label { text: root.v.kindLabel || "" }
        Label { text: qsTr("State"); opacity: 0.7 }
        Label { text: root.controller.stateLabel(root.v.state || "") }
        Label { text: qsTr("Capacity"); opacity: 0.7 }
        Label {
            text: (root.v.capacity > 0 ? qsTr("%1 seats").arg(root.v.capacity) : qsTr("goods only"))
                  + (root.v.wheelchairPlaces > 0 ? qsTr(", %1 wheelchair places").arg(root.v.wheelchairPlaces) : "")
        }
        Label { text: qsTr("Occupancy"); opacity: 0.7 }
        Label { text: root.v.capacity > 0 ? qsTr("%1 of %2").arg(root.v.occupancy).arg(root.v.capacity) : "–" }
        Label { text: qsTr("Energy"); opacity: 0.7 }
        Label {
            text: root.controller.energyLabel(root.v.energyType || "")
                  + (root.v.energyLevel !== undefined && root.v.energyLevel !== null ? " " + Math.round(root.v.energyLevel * 100) + " %" : "")
        }
        Label { text: qsTr("Speed profile"); opacity: 0.7 }
        Label {
            text: (root.v.speedProfile || "–") + (root.v.cruiseKmh ? qsTr(", cruise %1 km/h, top %2 km/h").arg(root.v.cruiseKmh).arg(root.v.maxKmh) : "")
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        Label { text: qsTr("Heading"); opacity: 0.7 }
        Label { text: root.v.heading !== undefined && root.v.heading !== null ? qsTr("%1°").arg(Math.round(root.v.heading)) : "–" }
        Label { text: qsTr("Last report"); opacity: 0.7 }
        Label { text: root.v.updatedAt ? root.v.updatedAt.toLocaleString(Qt.locale(), Locale.ShortFormat) : "–" }
        Label { text: qsTr("Track"); opacity: 0.7 }
        Label { text: qsTr("%n position(s) recorded", "", root.controller.track.length) }
    }
}
