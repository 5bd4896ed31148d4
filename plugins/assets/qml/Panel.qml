// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import CityTwin.Assets

// The assets panel: the inventory by condition grade, the planner's inputs (annual budget,
// years, risk horizon), the plan table (sortable) with its totals, preventive vs reactive
// life-cycle cost, and "Save plan" (granted to planner and administrator; checked by the store).
Item {
    id: root

    required property var twin            // the console's session (ct::plugin::TwinAccess)
    property alias controller: controller

    //! Asks the shell to show a feature (centre the map, open the inspector).
    signal featureActivated(string layer, var fid)

    implicitWidth: 420
    implicitHeight: 900

    function money(value) {
        return Number(value).toLocaleString(Qt.locale(), "f", 1);
    }

    AssetPlanController {
        id: controller
        twin: root.twin
        onSaved: {
            // the map shows the asset_planned layer: read the twin again
            if (root.twin && root.twin.reload)
                root.twin.reload();
        }
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: 4
        spacing: 6

        Label {
            Layout.fillWidth: true
            text: qsTr("Assets and maintenance")
            font.bold: true
            font.pixelSize: 15
            elide: Text.ElideRight
        }

        Label {
            Layout.fillWidth: true
            visible: !controller.available
            wrapMode: Text.WordWrap
            text: controller.errorString.length > 0 ? controller.errorString
                : qsTr("This twin has no asset inventory (it is open read-only or the plugin's schema was not applied).")
        }

        // the inventory by grade
        RowLayout {
            objectName: "gradeCounts"
            Layout.fillWidth: true
            visible: controller.available
            spacing: 4
            Label {
                text: qsTr("%n asset(s)", "", controller.assetCount)
            }
            Repeater {
                model: controller.gradeCounts
                delegate: Rectangle {
                    required property var modelData
                    Layout.preferredHeight: 22
                    Layout.preferredWidth: gradeText.implicitWidth + 12
                    radius: 4
                    color: modelData.color
                    ToolTip.visible: gradeMouse.containsMouse
                    ToolTip.text: modelData.label
                    Label {
                        id: gradeText
                        anchors.centerIn: parent
                        text: modelData.grade + " " + Number(modelData.count).toLocaleString(Qt.locale(), "f", 0)
                        color: "white"
                        font.bold: true
                    }
                    MouseArea {
                        id: gradeMouse
                        anchors.fill: parent
                        hoverEnabled: true
                    }
                }
            }
        }

        // inputs
        GridLayout {
            Layout.fillWidth: true
            visible: controller.available
            columns: 2
            columnSpacing: 6
            rowSpacing: 2
            Label { text: qsTr("Annual budget (million yen)") }
            TextField {
                id: budgetField
                objectName: "budgetField"
                Layout.preferredWidth: 90
                text: String(controller.annualBudget)
                validator: DoubleValidator { bottom: 0; top: 1e7; decimals: 1 }
                inputMethodHints: Qt.ImhFormattedNumbersOnly
                onEditingFinished: controller.annualBudget = Number.fromLocaleString(Qt.locale("C"), text)
            }
            Label { text: qsTr("Years") }
            SpinBox {
                objectName: "yearsBox"
                from: 1
                to: 30
                value: controller.years
                editable: true
                onValueModified: controller.years = value
            }
            Label { text: qsTr("Risk horizon (years)") }
            SpinBox {
                objectName: "horizonBox"
                from: 1
                to: 50
                value: controller.riskHorizon
                editable: true
                onValueModified: controller.riskHorizon = value
            }
            Label { text: qsTr("Life cycle (years)") }
            SpinBox {
                from: 5
                to: 100
                value: controller.lifeCycleYears
                editable: true
                onValueModified: controller.lifeCycleYears = value
            }
        }

        RowLayout {
            Layout.fillWidth: true
            visible: controller.available
            Button {
                id: planButton
                objectName: "planButton"
                text: controller.busy ? qsTr("Planning…") : qsTr("Plan")
                enabled: !controller.busy
                highlighted: true
                onClicked: {
                    controller.annualBudget = Number.fromLocaleString(Qt.locale("C"), budgetField.text);
                    controller.runPlan();
                }
                ToolTip.visible: hovered
                ToolTip.text: qsTr("Choose the interventions that remove the most risk of failure within the annual budget, year by year")
            }
            Button {
                objectName: "saveButton"
                text: qsTr("Save plan")
                enabled: controller.hasPlan && controller.mayPlan
                onClicked: controller.savePlan()
                ToolTip.visible: hovered
                ToolTip.text: controller.mayPlan ? qsTr("Save the plan in the twin and show it on the map")
                                                 : controller.planRefusal
            }
            Item { Layout.fillWidth: true }
            Button {
                objectName: "deriveButton"
                text: qsTr("Derive from roads")
                flat: true
                enabled: controller.mayDerive && !controller.busy
                onClicked: controller.deriveInventory()
                ToolTip.visible: hovered
                ToolTip.text: controller.mayDerive
                    ? qsTr("Derive bridges, pavement and pipes from the twin's roads, rivers, water and buildings again (for roads imported after the inventory was made)")
                    : controller.deriveRefusal
            }
        }

        Label {
            objectName: "statusLabel"
            Layout.fillWidth: true
            visible: text.length > 0
            Layout.preferredWidth: 100
            wrapMode: Text.WordWrap
            text: controller.errorString.length > 0 && controller.available ? controller.errorString : controller.statusText
            color: controller.errorString.length > 0 ? "#c62828" : palette.windowText
        }

        // totals
        GridLayout {
            Layout.fillWidth: true
            visible: controller.hasPlan
            columns: 2
            columnSpacing: 8
            rowSpacing: 0
            Label { text: qsTr("Total cost") }
            Label {
                objectName: "totalCost"
                text: qsTr("%1 million yen").arg(root.money(controller.totalCost))
                font.bold: true
            }
            Label { text: qsTr("Risk before (year 1)") }
            Label { text: qsTr("%1 million yen").arg(root.money(controller.riskBefore)) }
            Label { text: qsTr("Risk reduction") }
            Label {
                text: qsTr("%1 million yen").arg(root.money(controller.totalRiskReduction))
                font.bold: true
            }
        }

        // the plan table
        PlanTable {
            Layout.fillWidth: true
            Layout.preferredWidth: 100 // the layout's width, not the notes' unwrapped width
            Layout.fillHeight: true
            Layout.minimumHeight: 160
            visible: controller.hasPlan
            model: controller.plan
            onActivated: fid => root.featureActivated("asset", fid)
        }

        // keeps the rows at the top before there is a plan
        Item {
            Layout.fillHeight: true
            visible: !controller.hasPlan
        }

        TabBar {
            id: chartTabs
            objectName: "chartTabs"
            Layout.fillWidth: true
            visible: controller.hasPlan
            TabButton { text: qsTr("Preventive vs reactive") }
            TabButton {
                objectName: "outlookTab"
                text: qsTr("Grades without maintenance")
            }
            TabButton {
                objectName: "modelTab"
                text: qsTr("Model")
            }
        }

        StackLayout {
            Layout.fillWidth: true
            Layout.preferredHeight: 280
            Layout.maximumHeight: 280
            visible: controller.hasPlan
            currentIndex: chartTabs.currentIndex
            LifeCycleChart {
                objectName: "lifeCycleChart"
                controller: controller
            }
            GradeOutlookChart {
                objectName: "gradeOutlookChart"
                controller: controller
            }
            ModelEditor {
                objectName: "modelEditor"
                controller: controller
            }
        }
    }
}
