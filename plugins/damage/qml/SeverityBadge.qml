// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
import QtQuick
import QtQuick.Controls

// Severity 1–5 as a coloured square with the number (yellow to dark red).
Rectangle {
    id: badge
    property int severity: 1
    readonly property var colours: ["#f2c94c", "#f2994a", "#eb5757", "#c0392b", "#7b1113"]

    implicitWidth: 24
    implicitHeight: 24
    radius: 4
    color: badge.colours[Math.max(0, Math.min(4, badge.severity - 1))]

    Label {
        anchors.centerIn: parent
        text: badge.severity
        color: badge.severity >= 3 ? "white" : "black"
        font.bold: true
    }
}
