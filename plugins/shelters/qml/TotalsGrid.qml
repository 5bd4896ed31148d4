// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// The headline figures of all shelters: six tiles, each with a tooltip saying what it counts.
GridLayout {
    id: root

    property var totals: ({})
    signal showRequests()

    columns: width > 420 ? 6 : 3
    rowSpacing: 4
    columnSpacing: 4

    component Tile: Rectangle {
        id: tile
        property string title
        property string value
        property string detail
        property string tip
        property bool alert: false
        signal clicked()
        Layout.fillWidth: true
        implicitHeight: column.implicitHeight + 8
        radius: 4
        color: alert ? "#fdecea" : "#f4f5f7"
        border.color: alert ? "#d62728" : "#c8ccd2"
        ColumnLayout {
            id: column
            anchors.fill: parent
            anchors.margins: 4
            spacing: 0
            Label {
                Layout.fillWidth: true
                text: tile.value
                font.pixelSize: 18
                font.bold: true
                color: tile.alert ? "#b71c1c" : "#202124"
                horizontalAlignment: Text.AlignHCenter
            }
            Label {
                Layout.fillWidth: true
                text: tile.title
                font.pixelSize: 10
                horizontalAlignment: Text.AlignHCenter
                elide: Text.ElideRight
            }
            Label {
                Layout.fillWidth: true
                visible: tile.detail.length > 0
                text: tile.detail
                font.pixelSize: 9
                color: palette.placeholderText
                horizontalAlignment: Text.AlignHCenter
                elide: Text.ElideRight
            }
        }
        MouseArea {
            id: area
            anchors.fill: parent
            hoverEnabled: true
            onClicked: tile.clicked()
        }
        ToolTip.visible: area.containsMouse
        ToolTip.text: tile.tip
        ToolTip.delay: 400
    }

    Tile {
        title: qsTr("Open shelters")
        value: String(root.totals.openShelters ?? 0)
        detail: qsTr("of %1").arg(root.totals.shelters ?? 0)
        tip: qsTr("Shelters open or full; %1 operating in all (opening to closing)").arg(root.totals.activeShelters ?? 0)
    }
    Tile {
        title: qsTr("Evacuees")
        value: Number(root.totals.evacuees ?? 0).toLocaleString(Qt.locale(), "f", 0)
        detail: qsTr("%1 need care").arg(root.totals.medicalCount ?? 0)
        tip: qsTr("Persons checked in at all shelters, and how many of them need continued medical care")
    }
    Tile {
        title: qsTr("Free places")
        value: Number(root.totals.freePlaces ?? 0).toLocaleString(Qt.locale(), "f", 0)
        detail: qsTr("of %1").arg(Number(root.totals.openCapacity ?? 0).toLocaleString(Qt.locale(), "f", 0))
        alert: (root.totals.overCapacity ?? 0) > 0
        tip: (root.totals.overCapacity ?? 0) > 0
             ? qsTr("Room left in the shelters admitting evacuees; %n shelter(s) over capacity", "", root.totals.overCapacity)
             : qsTr("Room left in the shelters admitting evacuees (opening, open, full), of their capacity")
    }
    Tile {
        title: qsTr("No power")
        value: String(root.totals.noPower ?? 0)
        detail: qsTr("%1 kW load").arg(Number(root.totals.loadKw ?? 0).toLocaleString(Qt.locale(), "f", 0))
        alert: (root.totals.noPower ?? 0) > 0
        tip: qsTr("Operating shelters without electricity; the estimated load of all operating shelters")
    }
    Tile {
        title: qsTr("Shortages")
        value: String(root.totals.shortages ?? 0)
        alert: (root.totals.shortages ?? 0) > 0
        tip: qsTr("Operating shelters where a supply lasts less than a day, or does not cover everyone inside")
    }
    Tile {
        title: qsTr("Open requests")
        value: String(root.totals.openRequests ?? 0)
        detail: qsTr("%1 new").arg(root.totals.unacknowledgedRequests ?? 0)
        alert: (root.totals.unacknowledgedRequests ?? 0) > 0
        tip: qsTr("Requests not yet delivered or declined; new ones are not acknowledged yet. Click to see them.")
        onClicked: root.showRequests()
    }
}
