// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import CityTwin.Shelters

// The selected shelter's thread with HQ: messages oldest first (HQ's on the right), and a field
// to post.
ColumnLayout {
    id: root

    required property ShelterDashboard dashboard
    property bool allowed: false
    property string refusal

    spacing: 4

    ListView {
        id: list
        Layout.fillWidth: true
        Layout.fillHeight: true
        clip: true
        spacing: 4
        model: root.dashboard.messages
        boundsBehavior: Flickable.StopAtBounds
        ScrollBar.vertical: ScrollBar {}
        onCountChanged: positionViewAtEnd()
        Component.onCompleted: positionViewAtEnd()

        Label {
            anchors.centerIn: parent
            visible: list.count === 0
            text: qsTr("No messages yet.")
            color: palette.placeholderText
        }

        delegate: Item {
            id: message
            required property string at
            required property string author
            required property string role
            required property bool fromHq
            required property string body

            width: ListView.view.width
            height: bubble.height
            Rectangle {
                id: bubble
                width: Math.min(message.width * 0.85, Math.max(bodyLabel.implicitWidth, header.implicitWidth) + 12)
                height: bodyLabel.implicitHeight + header.implicitHeight + 10
                anchors.right: message.fromHq ? parent.right : undefined
                anchors.left: message.fromHq ? undefined : parent.left
                radius: 6
                color: message.fromHq ? "#e8f0fe" : "#f1f3f4"
                Label {
                    id: header
                    x: 6
                    y: 3
                    text: qsTr("%1 (%2) %3").arg(message.author).arg(message.role).arg(message.at)
                    font.pixelSize: 9
                    color: "#5f6368"
                }
                Label {
                    id: bodyLabel
                    x: 6
                    anchors.top: header.bottom
                    width: Math.min(message.width * 0.85 - 12, implicitWidth)
                    text: message.body
                    wrapMode: Text.Wrap
                }
            }
        }
    }
    RowLayout {
        Layout.fillWidth: true
        TextField {
            id: input
            Layout.fillWidth: true
            enabled: root.allowed
            placeholderText: root.allowed ? qsTr("Write to the thread…") : qsTr("Read only")
            selectByMouse: true
            onAccepted: send.clicked()
            ToolTip.visible: hovered && !root.allowed
            ToolTip.text: qsTr("Not allowed: %1").arg(root.refusal)
        }
        Button {
            id: send
            text: qsTr("Send")
            enabled: root.allowed && input.text.trim().length > 0
            onClicked: {
                if (root.dashboard.postMessage(input.text))
                    input.text = "";
            }
            ToolTip.visible: hovered
            ToolTip.text: qsTr("Post to this shelter's thread (HQ and the shelter's staff see it)")
        }
    }
}
