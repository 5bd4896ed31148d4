// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import CityTwin.Ui

// Shown when a twin is opened: sign in with an operator account of that twin, or — on the first
// start of a twin without accounts — create its administrator. "View only" (Esc) looks at the
// twin without signing in; nothing can then be changed.
Dialog {
    id: root

    required property OperatorSession operatorSession
    property string twinName: ""

    readonly property bool firstStart: root.operatorSession.needsFirstAdministrator
    property string problem: ""

    objectName: "signInDialog"
    title: root.firstStart ? qsTr("Create the administrator") : qsTr("Sign in")
    modal: true
    closePolicy: Popup.CloseOnEscape
    width: 460
    focus: true

    function clearFields() {
        password.text = "";
        repeat.text = "";
        root.problem = "";
    }

    function submit() {
        if (name.text.trim().length === 0 || password.text.length === 0)
            return;
        if (root.firstStart) {
            if (password.text !== repeat.text) {
                root.problem = qsTr("The two passwords differ.");
                repeat.text = "";
                repeat.forceActiveFocus();
                return;
            }
            if (root.operatorSession.createFirstAdministrator(name.text.trim(), displayName.text, password.text)) {
                root.clearFields();
                root.close();
            } else {
                root.problem = root.operatorSession.errorString;
            }
            return;
        }
        if (root.operatorSession.signIn(name.text.trim(), password.text)) {
            root.clearFields();
            root.close();
        } else {
            root.problem = root.operatorSession.errorString;
            password.text = "";
            password.forceActiveFocus();
        }
    }

    onOpened: {
        root.clearFields();
        if (name.text.length > 0)
            password.forceActiveFocus();
        else
            name.forceActiveFocus();
    }
    onClosed: root.clearFields()

    ColumnLayout {
        anchors.fill: parent
        spacing: 10

        Label {
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            text: root.firstStart
                  ? qsTr("%1 has no operators yet. Create its administrator, who then adds the other operators with their roles.").arg(root.twinName)
                  : qsTr("Sign in to %1 with your operator account.").arg(root.twinName)
        }

        GridLayout {
            Layout.fillWidth: true
            columns: 2
            columnSpacing: 10
            rowSpacing: 6

            Label { text: qsTr("Account name") }
            TextField {
                id: name
                objectName: "signInName"
                Layout.fillWidth: true
                placeholderText: root.firstStart ? qsTr("e.g. admin") : ""
                inputMethodHints: Qt.ImhNoAutoUppercase | Qt.ImhPreferLatin
                onAccepted: (root.firstStart ? displayName : password).forceActiveFocus()
            }
            Label { visible: root.firstStart; text: qsTr("Display name") }
            TextField {
                id: displayName
                objectName: "signInDisplayName"
                visible: root.firstStart
                Layout.fillWidth: true
                placeholderText: qsTr("shown in the status bar (optional)")
                onAccepted: password.forceActiveFocus()
            }
            Label { text: qsTr("Password") }
            TextField {
                id: password
                objectName: "signInPassword"
                Layout.fillWidth: true
                echoMode: TextInput.Password
                inputMethodHints: Qt.ImhSensitiveData | Qt.ImhNoPredictiveText
                onAccepted: root.firstStart ? repeat.forceActiveFocus() : root.submit()
            }
            Label { visible: root.firstStart; text: qsTr("Repeat password") }
            TextField {
                id: repeat
                objectName: "signInRepeat"
                visible: root.firstStart
                Layout.fillWidth: true
                echoMode: TextInput.Password
                inputMethodHints: Qt.ImhSensitiveData | Qt.ImhNoPredictiveText
                onAccepted: root.submit()
            }
        }

        Label {
            visible: root.firstStart
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            text: qsTr("At least %n characters.", "", root.operatorSession.minimumPasswordLength)
            color: palette.placeholderText
        }

        Label {
            objectName: "signInProblem"
            visible: root.problem.length > 0
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            text: root.problem
            color: "#b00020"
        }

        RowLayout {
            Layout.fillWidth: true
            Button {
                objectName: "viewOnlyButton"
                text: qsTr("View only")
                onClicked: root.close()
                ToolTip.visible: hovered
                ToolTip.delay: 500
                ToolTip.text: qsTr("Look at the twin without signing in; nothing can be changed (Esc)")
            }
            Item { Layout.fillWidth: true }
            Button {
                objectName: "signInButton"
                text: root.firstStart ? qsTr("Create and sign in") : qsTr("Sign in")
                highlighted: true
                enabled: name.text.trim().length > 0 && password.text.length > 0
                         && (!root.firstStart || repeat.text.length > 0)
                onClicked: root.submit()
                ToolTip.visible: hovered
                ToolTip.delay: 500
                ToolTip.text: root.firstStart ? qsTr("Create the administrator account and sign in as it (Enter)")
                                              : qsTr("Sign in with this account (Enter)")
            }
        }
    }
}
