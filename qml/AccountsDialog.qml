// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import CityTwin.Ui

// Operator → Accounts (administrators only): the twin's operators with their roles and bindings;
// add one, change a role or bindings, reset a password, disable or enable an account. Every
// change is an audited action of the signed-in administrator; the store refuses anyone else.
Dialog {
    id: root

    required property OperatorSession operatorSession
    readonly property AccountAdministration administration: root.operatorSession.accounts
    property int selected: -1
    readonly property var selectedAccount: root.selected >= 0 && root.selected < root.administration.accounts.length
                                           ? root.administration.accounts[root.selected] : null

    objectName: "accountsDialog"
    title: qsTr("Accounts")
    modal: true
    standardButtons: Dialog.Close
    width: 760
    height: 640

    RoleTitles { id: roleTitles }

    onOpened: {
        root.administration.refresh();
        root.selected = -1;
        newName.forceActiveFocus();
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 8

        ListView {
            id: list
            objectName: "accountList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            model: root.administration.accounts
            currentIndex: root.selected
            ScrollBar.vertical: ScrollBar {}
            delegate: ItemDelegate {
                id: row
                required property var modelData
                required property int index
                width: ListView.view.width
                highlighted: row.index === root.selected
                onClicked: root.selected = row.index
                contentItem: RowLayout {
                    spacing: 12
                    Label {
                        text: row.modelData.name
                        font.bold: true
                        Layout.preferredWidth: 120
                        elide: Text.ElideRight
                    }
                    Label {
                        text: row.modelData.displayName
                        Layout.preferredWidth: 160
                        elide: Text.ElideRight
                    }
                    Label {
                        text: roleTitles.title(row.modelData.role)
                        Layout.preferredWidth: 150
                    }
                    Label {
                        text: row.modelData.bindingsText
                        Layout.fillWidth: true
                        elide: Text.ElideRight
                        color: palette.placeholderText
                    }
                    Label {
                        visible: row.modelData.disabled
                        text: qsTr("disabled")
                        color: "#b35c00"
                    }
                }
            }
        }

        // The selected account.
        GroupBox {
            Layout.fillWidth: true
            visible: root.selectedAccount !== null
            title: root.selectedAccount ? qsTr("Account %1").arg(root.selectedAccount.name) : ""
            GridLayout {
                anchors.fill: parent
                columns: 4
                Label { text: qsTr("Role") }
                ComboBox {
                    id: editRole
                    objectName: "editRole"
                    Layout.fillWidth: true
                    model: root.operatorSession.accountRoles
                    displayText: roleTitles.title(currentText)
                    delegate: ItemDelegate {
                        required property string modelData
                        width: ListView.view ? ListView.view.width : implicitWidth
                        text: roleTitles.title(modelData)
                    }
                    currentIndex: root.selectedAccount ? root.operatorSession.accountRoles.indexOf(root.selectedAccount.role) : -1
                }
                Label { text: qsTr("Bindings") }
                TextField {
                    id: editBindings
                    objectName: "editBindings"
                    Layout.fillWidth: true
                    text: root.selectedAccount ? root.selectedAccount.bindingsText : ""
                    placeholderText: qsTr("e.g. shelter:12, school:3")
                }
                Label { text: qsTr("New password") }
                TextField {
                    id: editPassword
                    Layout.fillWidth: true
                    echoMode: TextInput.Password
                    placeholderText: qsTr("leave empty to keep")
                }
                Item { Layout.columnSpan: 2; Layout.fillWidth: true }
                RowLayout {
                    Layout.columnSpan: 4
                    Layout.fillWidth: true
                    Button {
                        objectName: "toggleDisabled"
                        text: root.selectedAccount && root.selectedAccount.disabled ? qsTr("Enable") : qsTr("Disable")
                        onClicked: root.administration.setDisabled(root.selectedAccount.name, !root.selectedAccount.disabled)
                        ToolTip.visible: hovered
                        ToolTip.delay: 500
                        ToolTip.text: qsTr("A disabled account cannot sign in; its history stays in the audit log")
                    }
                    Item { Layout.fillWidth: true }
                    Button {
                        objectName: "applyAccount"
                        text: qsTr("Apply changes")
                        onClicked: {
                            const account = root.selectedAccount;
                            let ok = true;
                            if (editRole.currentText !== account.role)
                                ok = root.administration.setRole(account.name, editRole.currentText);
                            if (ok && editBindings.text !== account.bindingsText)
                                ok = root.administration.setBindings(account.name, editBindings.text);
                            if (ok && editPassword.text.length > 0)
                                ok = root.administration.setPassword(account.name, editPassword.text);
                            if (ok)
                                editPassword.text = "";
                        }
                        ToolTip.visible: hovered
                        ToolTip.delay: 500
                        ToolTip.text: qsTr("Save the role, bindings and, if given, the new password of this account")
                    }
                }
            }
        }

        // A new operator.
        GroupBox {
            Layout.fillWidth: true
            title: qsTr("Add an operator")
            GridLayout {
                anchors.fill: parent
                columns: 4
                Label { text: qsTr("Account name") }
                TextField {
                    id: newName
                    objectName: "newName"
                    Layout.fillWidth: true
                    placeholderText: qsTr("e.g. tanaka")
                }
                Label { text: qsTr("Display name") }
                TextField {
                    id: newDisplayName
                    objectName: "newDisplayName"
                    Layout.fillWidth: true
                    placeholderText: qsTr("e.g. 田中 花子")
                }
                Label { text: qsTr("Role") }
                ComboBox {
                    id: newRole
                    objectName: "newRole"
                    Layout.fillWidth: true
                    model: root.operatorSession.accountRoles
                    currentIndex: root.operatorSession.accountRoles.indexOf("planner")
                    displayText: roleTitles.title(currentText)
                    delegate: ItemDelegate {
                        required property string modelData
                        width: ListView.view ? ListView.view.width : implicitWidth
                        text: roleTitles.title(modelData)
                    }
                }
                Label { text: qsTr("Bindings") }
                TextField {
                    id: newBindings
                    objectName: "newBindings"
                    Layout.fillWidth: true
                    placeholderText: qsTr("e.g. shelter:12, school:3")
                    ToolTip.visible: hovered
                    ToolTip.delay: 500
                    ToolTip.text: qsTr("What a shelter staff member or school liaison is responsible for: kind:key, separated by commas")
                }
                Label { text: qsTr("Password") }
                TextField {
                    id: newPassword
                    objectName: "newPassword"
                    Layout.fillWidth: true
                    echoMode: TextInput.Password
                    placeholderText: qsTr("at least %n characters", "", root.operatorSession.minimumPasswordLength)
                }
                Item { Layout.fillWidth: true }
                Button {
                    objectName: "addAccount"
                    text: qsTr("Add")
                    highlighted: true
                    enabled: newName.text.trim().length > 0 && newPassword.text.length > 0
                    onClicked: {
                        if (root.administration.createAccount(newName.text, newDisplayName.text, newRole.currentText,
                                                              newPassword.text, newBindings.text)) {
                            newName.text = "";
                            newDisplayName.text = "";
                            newPassword.text = "";
                            newBindings.text = "";
                        }
                    }
                    ToolTip.visible: hovered
                    ToolTip.delay: 500
                    ToolTip.text: qsTr("Create this operator's account")
                }
            }
        }

        Label {
            objectName: "accountsProblem"
            visible: root.administration.errorString.length > 0
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            text: root.administration.errorString
            color: "#b00020"
        }
    }
}
