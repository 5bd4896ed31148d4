// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import CityTwin.Fleets

// Vehicle list with filters (kind, state, search) and the selected vehicle's details.
ColumnLayout {
    id: root

    required property FleetController controller

    spacing: 4

    // Where the vehicles come from: the live fleet, or a recorded simulation run (read-only).
    RowLayout {
        Layout.fillWidth: true
        visible: root.controller.recordedRuns.length > 0
        Label { text: qsTr("Vehicles from") }
        ComboBox {
            id: sourceBox
            objectName: "vehicleSource"
            Layout.fillWidth: true
            textRole: "text"
            valueRole: "id"
            model: [{ text: qsTr("Live"), id: 0 }].concat(root.controller.recordedRuns.map(
                run => ({ text: qsTr("Recorded run: %1").arg(run.name), id: run.id })))
            currentIndex: Math.max(0, indexOfValue(root.controller.sourceRunId))
            onActivated: root.controller.sourceRunId = currentValue
            ToolTip.visible: hovered
            ToolTip.delay: 600
            ToolTip.text: qsTr("The list and the map's vehicle layers show the vehicles of a recorded simulation run, at the timeline's time while it replays that run (else at the run's end). Simulated vehicles cannot be dispatched; nothing of the run is written to the fleet.")
        }
    }
    Label {
        objectName: "vehicleSourceText"
        visible: root.controller.sourceRunId > 0
        text: root.controller.sourceText
        color: "#8e44ad"
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }

    RowLayout {
        Layout.fillWidth: true
        ComboBox {
            id: kindBox
            objectName: "kindFilter"
            Layout.fillWidth: true
            textRole: "label"
            valueRole: "id"
            model: [{ id: "", label: qsTr("All kinds") }].concat(root.controller.kinds)
            onActivated: root.controller.kindFilter = currentValue
        }
        ComboBox {
            id: stateBox
            objectName: "stateFilter"
            Layout.fillWidth: true
            textRole: "label"
            valueRole: "id"
            model: [{ id: "", label: qsTr("All states") }].concat(root.controller.states.map(s => ({ id: s, label: root.controller.stateLabel(s) })))
            onActivated: root.controller.stateFilter = currentValue
        }
    }
    TextField {
        objectName: "vehicleSearch"
        Layout.fillWidth: true
        placeholderText: qsTr("Search id or name")
        onTextEdited: root.controller.search = text
    }
    Label {
        text: qsTr("%1 of %2 vehicles").arg(root.controller.vehicles.count).arg(root.controller.total)
        opacity: 0.7
    }
    Label {
        visible: root.controller.errorString.length > 0
        text: root.controller.errorString
        color: "#c0392b"
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }

    // A vehicle clicked on the main map: its row scrolled into view (when the filters show it).
    Connections {
        target: root.controller
        function onPickedOnMap(vehicleId) {
            // Once the panel has switched to this tab and laid the list out.
            Qt.callLater(() => {
                const row = root.controller.vehicles.indexOf(vehicleId);
                if (row >= 0)
                    list.positionViewAtIndex(row, ListView.Beginning); // stays in view when the details below it appear
            });
        }
    }

    ListView {
        id: list
        objectName: "vehicleList"
        Layout.fillWidth: true
        Layout.fillHeight: true
        clip: true
        model: root.controller.vehicles
        ScrollBar.vertical: ScrollBar {}
        delegate: ItemDelegate {
            id: row
            required property string vehicleId
            required property string label
            required property string kindLabel
            required property string kindColor
            required property string state
            required property int occupancy
            required property int capacity
            required property var energyLevel
            width: ListView.view.width
            highlighted: root.controller.selectedVehicle === vehicleId
            onClicked: root.controller.selectedVehicle = (highlighted ? "" : vehicleId)
            contentItem: RowLayout {
                spacing: 6
                Rectangle { width: 10; height: 10; radius: 5; color: row.kindColor }
                ColumnLayout {
                    Layout.fillWidth: true
                    spacing: 0
                    Label { text: row.label; font.bold: true; elide: Text.ElideRight; Layout.fillWidth: true }
                    Label {
                        text: row.kindLabel + " · " + root.controller.stateLabel(row.state)
                              + (row.capacity > 0 ? " · " + qsTr("%1/%2 on board").arg(row.occupancy).arg(row.capacity) : "")
                        opacity: 0.75
                        font.pixelSize: 11
                        elide: Text.ElideRight
                        Layout.fillWidth: true
                    }
                }
                Label {
                    visible: row.energyLevel !== undefined && row.energyLevel !== null
                    text: visible ? Math.round(row.energyLevel * 100) + " %" : ""
                    color: row.energyLevel < 0.2 ? "#c0392b" : palette.text
                }
            }
        }
    }

    VehicleDetail {
        Layout.fillWidth: true
        controller: root.controller
        visible: root.controller.selectedVehicle.length > 0
    }
}
