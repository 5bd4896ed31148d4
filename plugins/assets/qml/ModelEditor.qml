// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import CityTwin.Assets

// The deterioration model: the annual probability of dropping one grade, per asset type. Applied
// to the next run of the planner; saved in the twin by planners and administrators.
ColumnLayout {
    id: root

    required property AssetPlanController controller

    spacing: 4

    Label {
        Layout.fillWidth: true
        Layout.preferredWidth: 100
        wrapMode: Text.WordWrap
        font.pixelSize: 11
        text: qsTr("Annual probability of dropping one grade. Apply, then Plan again to see the effect.")
    }

    Column {
        Layout.fillWidth: true
        spacing: 2
        Row {
            spacing: 4
            Label { width: 90; text: qsTr("Type"); font.bold: true }
            Label { width: 64; text: "I→II"; font.bold: true }
            Label { width: 64; text: "II→III"; font.bold: true }
            Label { width: 64; text: "III→IV"; font.bold: true }
        }
        Repeater {
            model: root.controller.modelRows
            delegate: Row {
                id: modelRow
                required property var modelData
                required property int index
                spacing: 4
                Label {
                    width: 90
                    anchors.verticalCenter: parent.verticalCenter
                    text: modelRow.modelData.label
                    elide: Text.ElideRight
                }
                component ProbabilityField: TextField {
                    width: 64
                    enabled: modelRow.modelData.oneStep
                    validator: DoubleValidator { bottom: 0; top: 1; decimals: 4; locale: "C" }
                    inputMethodHints: Qt.ImhFormattedNumbersOnly
                }
                ProbabilityField { id: toII; objectName: "toII_" + modelRow.modelData.type; text: modelRow.modelData.toII }
                ProbabilityField { id: toIII; objectName: "toIII_" + modelRow.modelData.type; text: modelRow.modelData.toIII }
                ProbabilityField { id: toIV; objectName: "toIV_" + modelRow.modelData.type; text: modelRow.modelData.toIV }
                Button {
                    objectName: "apply_" + modelRow.modelData.type
                    text: qsTr("Apply")
                    enabled: modelRow.modelData.oneStep
                    onClicked: root.controller.setModelRow(modelRow.modelData.type, Number(toII.text), Number(toIII.text), Number(toIV.text))
                    ToolTip.visible: hovered && !modelRow.modelData.oneStep
                    ToolTip.text: qsTr("This type's chain skips grades; edit it in the asset_transition table")
                }
            }
        }
    }

    Button {
        objectName: "saveModelButton"
        text: qsTr("Save model")
        enabled: root.controller.mayPlan
        onClicked: root.controller.saveModel()
        ToolTip.visible: hovered
        ToolTip.text: root.controller.mayPlan ? qsTr("Keep this model in the twin for every planner") : root.controller.planRefusal
    }
    Item { Layout.fillHeight: true }
}
