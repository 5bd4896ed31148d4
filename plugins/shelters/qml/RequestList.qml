// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import CityTwin.Shelters

// Requests in attention order (new ones first, the longest waiting on top) with the steps the
// operator may take: acknowledge, dispatch, decline (with a reason), confirm the delivery.
ListView {
    id: root

    required property ShelterDashboard dashboard
    property bool showShelter: false
    property string emptyText
    signal shelterActivated(var fid)

    clip: true
    spacing: 2
    boundsBehavior: Flickable.StopAtBounds
    ScrollBar.vertical: ScrollBar {}

    Label {
        anchors.centerIn: parent
        visible: root.count === 0
        text: root.emptyText
        color: palette.placeholderText
    }

    Dialog {
        id: declineDialog
        property var requestId: -1
        title: qsTr("Decline the request")
        modal: true
        anchors.centerIn: Overlay.overlay
        standardButtons: Dialog.Ok | Dialog.Cancel
        ColumnLayout {
            anchors.fill: parent
            Label {
                text: qsTr("The shelter sees this reason:")
            }
            TextField {
                id: reasonField
                Layout.preferredWidth: 260
                placeholderText: qsTr("e.g. no vehicle free before 18:00")
                selectByMouse: true
            }
        }
        onOpened: {
            reasonField.text = "";
            reasonField.forceActiveFocus();
        }
        onAccepted: root.dashboard.decline(requestId, reasonField.text)
        Component.onCompleted: standardButton(Dialog.Ok).enabled = Qt.binding(() => reasonField.text.trim().length > 0)
    }

    delegate: Frame {
        id: card
        required property var requestId
        required property var shelterFid
        required property string shelterName
        required property string kindTitle
        required property string summary
        required property string status
        required property string statusTitle
        required property bool unacknowledged
        required property bool open
        required property string requestedAt
        required property string requestedBy
        required property string waiting
        required property string declineReason
        required property bool mayHandle
        required property bool mayConfirm

        width: ListView.view.width
        padding: 4
        background: Rectangle {
            radius: 3
            color: card.unacknowledged ? "#fff4e5" : (card.open ? "#ffffff" : "#f1f3f4")
            border.color: card.unacknowledged ? "#f29900" : "#dadce0"
        }

        ColumnLayout {
            anchors.left: parent.left
            anchors.right: parent.right
            spacing: 2
            RowLayout {
                Layout.fillWidth: true
                Label {
                    visible: root.showShelter
                    text: card.shelterName
                    font.bold: true
                    elide: Text.ElideRight
                    Layout.maximumWidth: card.width * 0.45
                    MouseArea {
                        anchors.fill: parent
                        cursorShape: Qt.PointingHandCursor
                        onClicked: root.shelterActivated(card.shelterFid)
                    }
                }
                Label {
                    text: card.kindTitle
                    font.pixelSize: 11
                    color: "#1a73e8"
                }
                Item { Layout.fillWidth: true }
                Label {
                    text: card.statusTitle
                    font.pixelSize: 11
                    font.bold: card.unacknowledged
                    color: card.unacknowledged ? "#b06000" : "#5f6368"
                }
            }
            Label {
                Layout.fillWidth: true
                text: card.summary
                wrapMode: Text.Wrap
            }
            Label {
                Layout.fillWidth: true
                text: card.open ? qsTr("%1 by %2 — waiting %3").arg(card.requestedAt).arg(card.requestedBy).arg(card.waiting)
                                : qsTr("%1 by %2").arg(card.requestedAt).arg(card.requestedBy)
                font.pixelSize: 10
                color: card.unacknowledged ? "#b06000" : "#5f6368"
                elide: Text.ElideRight
            }
            Label {
                Layout.fillWidth: true
                visible: card.status === "declined"
                text: qsTr("Declined: %1").arg(card.declineReason)
                font.pixelSize: 11
                wrapMode: Text.Wrap
                color: "#b71c1c"
            }
            RowLayout {
                visible: card.open
                spacing: 4
                Button {
                    visible: card.status === "requested"
                    enabled: card.mayHandle
                    text: qsTr("Acknowledge")
                    onClicked: root.dashboard.acknowledge(card.requestId)
                    ToolTip.visible: hovered
                    ToolTip.text: card.mayHandle ? qsTr("Tell the shelter HQ has seen the request")
                                                 : qsTr("Only HQ acknowledges requests")
                }
                Button {
                    visible: card.status === "acknowledged"
                    enabled: card.mayHandle
                    text: qsTr("Dispatch")
                    onClicked: root.dashboard.dispatch(card.requestId)
                    ToolTip.visible: hovered
                    ToolTip.text: card.mayHandle ? qsTr("The help is on its way") : qsTr("Only HQ dispatches")
                }
                Button {
                    visible: card.status === "dispatched"
                    enabled: card.mayConfirm
                    text: qsTr("Delivered")
                    onClicked: root.dashboard.deliver(card.requestId)
                    ToolTip.visible: hovered
                    ToolTip.text: card.mayConfirm ? qsTr("Confirm the delivery; supplies with a quantity are added to the shelter's stock")
                                                  : qsTr("HQ or the shelter's own staff confirm deliveries")
                }
                Button {
                    visible: card.status === "requested" || card.status === "acknowledged"
                    enabled: card.mayHandle
                    text: qsTr("Decline…")
                    onClicked: {
                        declineDialog.requestId = card.requestId;
                        declineDialog.open();
                    }
                    ToolTip.visible: hovered
                    ToolTip.text: qsTr("Decline with a reason the shelter will see")
                }
            }
        }
    }
}
