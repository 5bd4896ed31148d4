// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import CityTwin.Assets

// The plan's interventions: year, asset, grade, intervention, cost and risk reduction; a click
// on a heading sorts by it (again: the other way), a click on a row shows the asset.
ColumnLayout {
    id: root

    required property AssetPlanModel model
    signal activated(var fid)

    readonly property var columns: [
        {role: "year", title: qsTr("Year"), width: 44},
        {role: "assetId", title: qsTr("Asset"), width: 84},
        {role: "grade", title: qsTr("Grade"), width: 52},
        {role: "intervention", title: qsTr("Intervention"), width: 96},
        {role: "cost", title: qsTr("Cost"), width: 58},
        {role: "riskReduction", title: qsTr("Risk −"), width: 70}
    ]

    spacing: 0

    Row {
        Layout.fillWidth: true
        Repeater {
            model: root.columns
            delegate: ToolButton {
                required property var modelData
                objectName: "sort_" + modelData.role
                width: modelData.width
                height: 26
                font.pixelSize: 11
                font.bold: root.model.sortRole === modelData.role
                text: modelData.title + (root.model.sortRole === modelData.role ? (root.model.sortAscending ? " ▲" : " ▼") : "")
                onClicked: root.model.sortBy(modelData.role)
                ToolTip.visible: hovered
                ToolTip.text: qsTr("Sort by this column")
            }
        }
    }

    ListView {
        id: list
        objectName: "planList"
        Layout.fillWidth: true
        Layout.fillHeight: true
        clip: true
        model: root.model
        ScrollBar.vertical: ScrollBar {}
        delegate: ItemDelegate {
            id: row
            required property int index
            required property int year
            required property string assetId
            required property string assetName
            required property string typeLabel
            required property string grade
            required property string gradeColor
            required property string interventionLabel
            required property double cost
            required property double riskReduction
            required property var fid
            width: ListView.view.width
            height: 24
            padding: 0
            onClicked: root.activated(fid)
            ToolTip.visible: hovered
            ToolTip.text: typeLabel + (assetName.length > 0 ? " — " + assetName : "")
            contentItem: Row {
                Label { width: 44; text: row.year; font.pixelSize: 11; verticalAlignment: Text.AlignVCenter; height: 24 }
                Label { width: 84; text: row.assetId; font.pixelSize: 11; elide: Text.ElideRight; verticalAlignment: Text.AlignVCenter; height: 24 }
                Item {
                    width: 52
                    height: 24
                    Rectangle {
                        anchors.verticalCenter: parent.verticalCenter
                        width: 32
                        height: 16
                        radius: 3
                        color: row.gradeColor
                        Label { anchors.centerIn: parent; text: row.grade; color: "white"; font.pixelSize: 10; font.bold: true }
                    }
                }
                Label { width: 96; text: row.interventionLabel; font.pixelSize: 11; elide: Text.ElideRight; verticalAlignment: Text.AlignVCenter; height: 24 }
                Label {
                    width: 58; height: 24; font.pixelSize: 11; horizontalAlignment: Text.AlignRight; verticalAlignment: Text.AlignVCenter
                    text: Number(row.cost).toLocaleString(Qt.locale(), "f", 1)
                }
                Label {
                    width: 64; height: 24; font.pixelSize: 11; horizontalAlignment: Text.AlignRight; verticalAlignment: Text.AlignVCenter
                    text: Number(row.riskReduction).toLocaleString(Qt.locale(), "f", 1)
                }
            }
        }
    }

    Label {
        Layout.fillWidth: true
        Layout.preferredWidth: 100
        font.pixelSize: 10
        opacity: 0.7
        text: qsTr("Money in million yen; risk = probability of reaching grade IV within the horizon × cost of a failure to its users.")
        wrapMode: Text.WordWrap
    }
}
