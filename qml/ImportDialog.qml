// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import CityTwin.Ui

// File → Import: progress while the importer works, then one summary per file — features
// imported, updated, skipped (with each skipped row) and errors. A failed file changed nothing.
Dialog {
    id: root

    required property ImportController importer

    title: root.importer.busy ? qsTr("Importing…") : qsTr("Import finished")
    modal: true
    closePolicy: root.importer.busy ? Popup.NoAutoClose : Popup.CloseOnEscape
    width: 620
    height: Math.min(520, implicitHeight)
    standardButtons: root.importer.busy ? Dialog.NoButton : Dialog.Close

    ColumnLayout {
        anchors.fill: parent
        spacing: 8

        ColumnLayout {
            visible: root.importer.busy
            Layout.fillWidth: true
            Label {
                Layout.fillWidth: true
                text: qsTr("Reading %1").arg(root.importer.currentFile)
                elide: Text.ElideMiddle
            }
            ProgressBar {
                Layout.fillWidth: true
                value: root.importer.progress
                indeterminate: root.importer.progress === 0
            }
            Button {
                text: qsTr("Cancel after this file")
                onClicked: root.importer.cancel()
                ToolTip.visible: hovered
                ToolTip.text: qsTr("Files already imported stay; the file being read is finished first")
            }
        }

        ListView {
            id: results
            objectName: "importResults"
            visible: !root.importer.busy
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.preferredHeight: contentHeight
            clip: true
            spacing: 10
            model: root.importer.summaries
            ScrollBar.vertical: ScrollBar {}
            delegate: ColumnLayout {
                id: summary
                required property var modelData
                readonly property bool failed: (summary.modelData.error ?? "").length > 0
                width: ListView.view.width
                spacing: 2
                Label {
                    Layout.fillWidth: true
                    text: (summary.failed ? "✕ " : "✓ ") + String(summary.modelData.file).split("/").pop()
                    color: summary.failed ? "#c62828" : "#2e7d32"
                    font.bold: true
                    elide: Text.ElideMiddle
                }
                Label {
                    visible: !summary.failed
                    Layout.fillWidth: true
                    wrapMode: Text.Wrap
                    text: qsTr("%1 → layer %2: %L3 new, %L4 updated, %L5 skipped")
                          .arg(summary.modelData.format ?? "")
                          .arg(summary.modelData.layer ?? "")
                          .arg(summary.modelData.imported ?? 0)
                          .arg(summary.modelData.updated ?? 0)
                          .arg(summary.modelData.skipped ?? 0)
                }
                Label {
                    visible: summary.failed
                    Layout.fillWidth: true
                    wrapMode: Text.Wrap
                    text: qsTr("Not imported, the twin is unchanged: %1").arg(summary.modelData.error ?? "")
                    color: "#c62828"
                }
                Repeater {
                    model: (summary.modelData.skippedRows ?? []).slice(0, 20)
                    delegate: Label {
                        required property var modelData
                        Layout.fillWidth: true
                        wrapMode: Text.Wrap
                        font.pixelSize: 11
                        text: "  " + modelData.where + ": " + modelData.reason
                    }
                }
                Label {
                    visible: (summary.modelData.skippedRows ?? []).length > 20
                    text: qsTr("  … and %L1 more skipped rows").arg((summary.modelData.skippedRows ?? []).length - 20)
                    font.pixelSize: 11
                }
                Repeater {
                    model: summary.modelData.warnings ?? []
                    delegate: Label {
                        required property var modelData
                        Layout.fillWidth: true
                        wrapMode: Text.Wrap
                        font.pixelSize: 11
                        color: "#b35c00"
                        text: "⚠ " + modelData
                    }
                }
            }
        }
    }
}
