// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import CityTwin.Damage

// The damage panel: the triage queue (filters by category and state), the selected report with
// its photo, duplicate suggestions and actions, and the form for a new report. Every action is
// checked by the store against the operator's grants; buttons the operator may not use are
// disabled with a tooltip saying why.
Item {
    id: root

    required property var twin            // the console's session (ct::plugin::TwinAccess)
    property alias controller: controller

    //! Asks the shell to show a feature (centre the map, open the inspector).
    signal featureActivated(string layer, var fid)

    //! The shell forwards map clicks here (EPSG:6677); used while the form picks a place.
    function mapPicked(x: real, y: real) {
        if (form.picking)
            form.setPosition(x, y);
    }

    implicitWidth: 320
    implicitHeight: 600

    DamageController {
        id: controller
        twin: root.twin
        onReportChanged: fid => {
            // the map shows the damage_report layer: read the twin again
            if (root.twin && root.twin.reload)
                root.twin.reload();
        }
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 4

        RowLayout {
            Layout.fillWidth: true
            Label {
                Layout.fillWidth: true
                text: qsTr("Damage reports")
                font.bold: true
                font.pixelSize: 15
                elide: Text.ElideRight
            }
            Button {
                id: newButton
                objectName: "newReportButton"
                text: qsTr("New report…")
                enabled: controller.available && controller.mayReport
                onClicked: form.openEmpty()
                ToolTip.visible: hovered
                ToolTip.delay: 500
                ToolTip.text: controller.mayReport ? qsTr("Enter a damage report from shelter staff or a resident")
                                                   : qsTr("Your role may not enter damage reports")
            }
        }

        Label {
            Layout.fillWidth: true
            visible: !controller.available
            wrapMode: Text.Wrap
            color: palette.placeholderText
            text: root.twin && root.twin.isOpen ? qsTr("This twin has no damage reports table (it is open read-only or the plugin's schema was not applied).")
                                                : qsTr("No twin is open.")
        }

        RowLayout {
            Layout.fillWidth: true
            visible: controller.available
            ComboBox {
                id: categoryFilter
                Layout.fillWidth: true
                textRole: "label"
                valueRole: "name"
                model: [{ name: "", label: qsTr("All categories") }].concat(controller.categories)
                onActivated: controller.categoryFilter = currentValue
                ToolTip.visible: hovered
                ToolTip.delay: 500
                ToolTip.text: qsTr("Show only reports of this category")
            }
            ComboBox {
                id: stateFilter
                Layout.fillWidth: true
                textRole: "label"
                valueRole: "name"
                model: [{ name: "", label: qsTr("All states") }, { name: "open", label: qsTr("Open (not finished)") }].concat(controller.states)
                onActivated: controller.stateFilter = currentValue
                ToolTip.visible: hovered
                ToolTip.delay: 500
                ToolTip.text: qsTr("Show only reports in this triage state")
            }
        }

        Label {
            Layout.fillWidth: true
            visible: controller.available
            color: palette.placeholderText
            text: qsTr("%1 of %2 report(s), waiting longest first").arg(controller.queue.count).arg(controller.queue.totalCount)
        }

        Label {
            id: errorLabel
            Layout.fillWidth: true
            visible: controller.errorString.length > 0 && !form.visible
            text: controller.errorString
            color: "#b00020"
            wrapMode: Text.Wrap
        }

        Frame {
            Layout.fillWidth: true
            visible: form.picking
            RowLayout {
                anchors.left: parent.left
                anchors.right: parent.right
                Label {
                    Layout.fillWidth: true
                    text: qsTr("Click the place of the damage on the map.")
                    wrapMode: Text.Wrap
                    font.bold: true
                }
                Button {
                    text: qsTr("Cancel")
                    onClicked: {
                        form.picking = false;
                        form.open();
                    }
                    ToolTip.visible: hovered
                    ToolTip.text: qsTr("Back to the form without picking a place")
                }
            }
        }

        SplitView {
            Layout.fillWidth: true
            Layout.fillHeight: true
            orientation: Qt.Vertical
            visible: controller.available

            ListView {
                id: queue
                objectName: "queue"
                SplitView.preferredHeight: parent.height * 0.4
                SplitView.minimumHeight: 80
                clip: true
                model: controller.queue
                ScrollBar.vertical: ScrollBar {}
                delegate: QueueRow {
                    width: ListView.view.width
                    selected: controller.selectedFid === fid
                    onClicked: controller.select(fid)
                }
            }

            ReportDetail {
                SplitView.fillHeight: true
                controller: controller
                onShowOnMap: fid => root.featureActivated("damage_report", fid)
            }
        }
    }

    NewReportForm {
        id: form
        controller: controller
        parent: Overlay.overlay
    }
}
