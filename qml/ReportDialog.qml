// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import QtQuick.Dialogs
import CityTwin.Ui

// File → Report…: where to write the situation report and which moment it describes; progress
// while it is written; then its path, with buttons to open it or its folder.
Dialog {
    id: root

    required property TwinSession session
    required property PluginListModel plugins
    required property string language
    readonly property ReportController controller: controller
    readonly property bool timeValid: controller.isValidTime(timeField.text)
    readonly property bool canWrite: !controller.busy && root.session.isOpen && fileField.text.trim().length > 0 && root.timeValid
    property bool done: false

    function write() {
        if (!root.canWrite)
            return;
        root.done = false;
        controller.generate(fileField.text.trim(), timeField.text);
    }

    title: qsTr("Situation report")
    modal: true
    closePolicy: controller.busy ? Popup.NoAutoClose : Popup.CloseOnEscape
    width: Math.min(620, parent ? parent.width * 0.9 : 620)
    padding: 16

    onAboutToShow: {
        if (!controller.busy) {
            fileField.text = controller.suggestedPath();
            timeField.text = "";
            root.done = false;
        }
    }

    ReportController {
        id: controller
        session: root.session
        plugins: root.plugins
        language: root.language
        onFinished: ok => root.done = true
    }

    FileDialog {
        id: saveDialog
        title: qsTr("Save the report as")
        fileMode: FileDialog.SaveFile
        defaultSuffix: "pdf"
        nameFilters: [qsTr("PDF documents (*.pdf)")]
        onAccepted: fileField.text = controller.localPath(selectedFile)
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 10

        Label {
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            text: qsTr("A PDF with a map of the city, the operator and the time, and the sections of the loaded plugins (shelters, damage, power …).")
        }

        GridLayout {
            Layout.fillWidth: true
            columns: 3
            columnSpacing: 8
            rowSpacing: 6

            Label { text: qsTr("File") }
            TextField {
                id: fileField
                objectName: "reportFile"
                Layout.fillWidth: true
                enabled: !controller.busy
                selectByMouse: true
            }
            Button {
                text: qsTr("Browse…")
                enabled: !controller.busy
                onClicked: saveDialog.open()
            }

            Label { text: qsTr("Situation at") }
            TextField {
                id: timeField
                objectName: "reportTime"
                Layout.fillWidth: true
                enabled: !controller.busy
                placeholderText: qsTr("now (or e.g. %1)").arg(controller.now())
                color: root.timeValid ? palette.text : "#b00020"
                selectByMouse: true
                onAccepted: root.write()
            }
            Button {
                text: qsTr("Now")
                enabled: !controller.busy
                onClicked: timeField.text = ""
            }
        }

        Label {
            objectName: "reportTimeProblem"
            Layout.fillWidth: true
            visible: !root.timeValid
            color: "#b00020"
            wrapMode: Text.Wrap
            text: qsTr("Write the time like %1 (local time), or leave it empty for now.").arg(controller.now())
        }

        ColumnLayout {
            Layout.fillWidth: true
            visible: controller.busy
            spacing: 4
            ProgressBar {
                objectName: "reportProgress"
                Layout.fillWidth: true
                from: 0
                to: 1
                value: controller.progress
            }
            Label {
                text: controller.stage
                color: palette.placeholderText
            }
        }

        Label {
            objectName: "reportError"
            Layout.fillWidth: true
            visible: root.done && controller.errorString.length > 0
            color: "#b00020"
            wrapMode: Text.Wrap
            text: qsTr("The report could not be written: %1").arg(controller.errorString)
        }

        ColumnLayout {
            Layout.fillWidth: true
            visible: root.done && controller.errorString.length === 0 && controller.writtenPath.length > 0
            spacing: 6
            Label {
                objectName: "reportWritten"
                Layout.fillWidth: true
                wrapMode: Text.WrapAnywhere
                text: qsTr("Report written to %1").arg(controller.writtenPath)
            }
            RowLayout {
                Button {
                    text: qsTr("Open the report")
                    onClicked: Qt.openUrlExternally(controller.writtenFile)
                }
                Button {
                    text: qsTr("Open the folder")
                    onClicked: Qt.openUrlExternally(controller.writtenFolder)
                }
            }
        }
    }

    footer: DialogButtonBox {
        Button {
            objectName: "reportWrite"
            text: qsTr("Write report")
            enabled: root.canWrite
            DialogButtonBox.buttonRole: DialogButtonBox.ActionRole
            onClicked: root.write()
        }
        Button {
            text: qsTr("Close")
            enabled: !controller.busy
            DialogButtonBox.buttonRole: DialogButtonBox.RejectRole
            onClicked: root.close()
        }
    }
}
