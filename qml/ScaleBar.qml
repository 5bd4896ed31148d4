// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
import QtQuick
import QtQuick.Controls

// A scale bar of a round length (1, 2 or 5 × 10ⁿ metres) close to 100 pixels.
Item {
    id: root

    property real metresPerPixel: 1
    property real targetPixels: 100

    readonly property real metres: {
        if (!(root.metresPerPixel > 0) || !isFinite(root.metresPerPixel))
            return 0;
        const raw = root.metresPerPixel * root.targetPixels;
        const magnitude = Math.pow(10, Math.floor(Math.log(raw) / Math.LN10));
        const steps = [1, 2, 5, 10];
        let best = magnitude;
        for (let i = 0; i < steps.length; ++i) {
            if (steps[i] * magnitude <= raw)
                best = steps[i] * magnitude;
        }
        return best;
    }
    readonly property real pixels: root.metres > 0 ? root.metres / root.metresPerPixel : 0
    readonly property string label: root.metres >= 1000 ? qsTr("%1 km").arg(root.metres / 1000)
                                                        : qsTr("%1 m").arg(root.metres)

    implicitWidth: root.targetPixels * 1.1 + 40
    implicitHeight: 28

    Label {
        anchors.horizontalCenter: bar.horizontalCenter
        anchors.bottom: bar.top
        anchors.bottomMargin: 1
        text: root.label
        font.pixelSize: 11
    }
    Rectangle {
        id: bar
        anchors.bottom: parent.bottom
        anchors.bottomMargin: 4
        x: 4
        width: root.pixels
        height: 4
        color: palette.text
        Rectangle { width: 1.5; height: 8; anchors.bottom: parent.bottom; color: palette.text }
        Rectangle { width: 1.5; height: 8; anchors.bottom: parent.bottom; anchors.right: parent.right; color: palette.text }
    }
}
