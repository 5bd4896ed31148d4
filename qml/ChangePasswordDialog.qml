// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import CityTwin.Ui

// Operator → Change my password: the signed-in operator's own password, confirmed with the
// current one.
Dialog {
    id: root

    required property OperatorSession operatorSession
    property string problem: ""

    objectName: "changePasswordDialog"
    title: qsTr("Change my password")
    modal: true
    width: 420
    closePolicy: Popup.CloseOnEscape

    function clearFields() {
        current.text = "";
        next.text = "";
        repeat.text = "";
        root.problem = "";
    }

    function submit() {
        if (next.text !== repeat.text) {
            root.problem = qsTr("The two new passwords differ.");
            return;
        }
        if (root.operatorSession.changeOwnPassword(current.text, next.text)) {
            root.clearFields();
            root.close();
        } else {
            root.problem = root.operatorSession.errorString;
        }
    }

    onOpened: {
        root.clearFields();
        current.forceActiveFocus();
    }
    onClosed: root.clearFields()

    ColumnLayout {
        anchors.fill: parent
        spacing: 8
        GridLayout {
            Layout.fillWidth: true
            columns: 2
            Label { text: qsTr("Current password") }
            TextField {
                id: current
                Layout.fillWidth: true
                echoMode: TextInput.Password
                onAccepted: next.forceActiveFocus()
            }
            Label { text: qsTr("New password") }
            TextField {
                id: next
                Layout.fillWidth: true
                echoMode: TextInput.Password
                placeholderText: qsTr("at least %n characters", "", root.operatorSession.minimumPasswordLength)
                onAccepted: repeat.forceActiveFocus()
            }
            Label { text: qsTr("Repeat new password") }
            TextField {
                id: repeat
                Layout.fillWidth: true
                echoMode: TextInput.Password
                onAccepted: root.submit()
            }
        }
        Label {
            visible: root.problem.length > 0
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            text: root.problem
            color: "#b00020"
        }
        RowLayout {
            Layout.fillWidth: true
            Item { Layout.fillWidth: true }
            Button {
                text: qsTr("Cancel")
                onClicked: root.close()
            }
            Button {
                text: qsTr("Change")
                highlighted: true
                enabled: current.text.length > 0 && next.text.length > 0 && repeat.text.length > 0
                onClicked: root.submit()
            }
        }
    }
}
