// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import CityTwin.Fleets

// Live service: polling a GTFS-Realtime VehiclePositions URL (connection state shown), the
// timetabled buses' schedule adherence (exportable as CSV) and the mobile supermarket's
// stop-by-stop arrival times as residents see them.
ScrollView {
    id: root

    required property var twin            // ct::ui::TwinSession (plugin::TwinAccess)

    // The lists (adherence, supermarket on the road graph, no-fly zones) are read the first time
    // the page is shown, not when the panel opens; polling works whether the page is shown or not.
    property bool shown: visible
    onVisibleChanged: if (visible) shown = true

    // The last point clicked on the main map's ground (EPSG:6677): a robot delivery's destination.
    property real pickedX: NaN
    property real pickedY: NaN
    function mapPicked(x: real, y: real) {
        root.pickedX = x;
        root.pickedY = y;
    }

    contentWidth: availableWidth
    clip: true

    RealtimeFeedPoller {
        id: poller
        objectName: "realtimeFeedPoller"
        twin: root.twin
        onPolled: (ok, wrote) => {
            if (wrote) {
                adherence.refresh()
                supermarket.refresh()
            }
        }
    }
    AdherenceModel {
        id: adherence
        objectName: "adherenceModel"
        twin: root.shown ? root.twin : null
    }
    SupermarketEtaModel {
        id: supermarket
        objectName: "supermarketEtaModel"
        twin: root.shown ? root.twin : null
    }
    SupermarketRoundEditor {
        id: roundEditor
        objectName: "supermarketRoundEditor"
        twin: root.shown ? root.twin : null
        vehicleId: supermarket.vehicleId
        onSaved: supermarket.refresh()
    }
    DroneFlightCheck {
        id: droneCheck
        objectName: "droneFlightCheck"
        twin: root.shown ? root.twin : null
    }
    RobotDeliveryCheck {
        id: robotCheck
        objectName: "robotDeliveryCheck"
        twin: root.shown ? root.twin : null
    }
    // Positions also arrive from simulations and imports: read again now and then.
    Timer {
        interval: 30000
        repeat: true
        running: root.visible
        onTriggered: {
            adherence.refresh()
            supermarket.refresh()
        }
    }
    FileDialog {
        id: exportDialog
        title: qsTr("Export schedule adherence")
        fileMode: FileDialog.SaveFile
        defaultSuffix: "csv"
        nameFilters: [qsTr("CSV files (*.csv)")]
        onAccepted: adherence.exportCsv(selectedFile)
    }

    ColumnLayout {
        width: root.availableWidth
        spacing: 6

        // --- GTFS-Realtime feed -------------------------------------------------------------
        Label { text: qsTr("GTFS-Realtime vehicle positions"); font.bold: true }
        TextField {
            id: urlField
            objectName: "realtimeUrl"
            Layout.fillWidth: true
            placeholderText: qsTr("http://…/vehicle_positions.pb")
            text: poller.url
            enabled: !poller.running
            onEditingFinished: poller.url = text
            // The remembered feed of another twin replaces what was typed.
            Connections {
                target: poller
                function onUrlChanged() { urlField.text = poller.url }
            }
        }
        RowLayout {
            Layout.fillWidth: true
            Label { text: qsTr("Every") }
            SpinBox {
                objectName: "realtimeInterval"
                from: 5
                to: 3600
                stepSize: 5
                editable: true
                value: poller.intervalSeconds
                onValueModified: poller.intervalSeconds = value
            }
            Label { text: qsTr("s") }
            Item { Layout.fillWidth: true }
            Button {
                objectName: "realtimeStart"
                text: poller.running ? qsTr("Stop") : qsTr("Start")
                enabled: poller.running || poller.permitted || urlField.text.length === 0
                onClicked: {
                    if (poller.running) {
                        poller.stop()
                    } else {
                        poller.url = urlField.text
                        poller.start()
                    }
                }
            }
        }
        RowLayout {
            Layout.fillWidth: true
            Rectangle {
                objectName: "realtimeStateDot"
                width: 12
                height: 12
                radius: 6
                color: poller.state === RealtimeFeedPoller.Connected ? "#27ae60"
                     : poller.state === RealtimeFeedPoller.Connecting ? "#f39c12"
                     : poller.state === RealtimeFeedPoller.Failed ? "#c0392b" : "#95a5a6"
            }
            Label {
                objectName: "realtimeState"
                Layout.fillWidth: true
                text: poller.stateText
                wrapMode: Text.Wrap
            }
        }
        CheckBox {
            objectName: "realtimeStartOnOpen"
            text: qsTr("Start polling when the twin opens")
            checked: poller.startOnOpen
            onToggled: poller.startOnOpen = checked
            ToolTip.visible: hovered
            ToolTip.text: qsTr("The URL and interval are remembered for this twin file; polling starts by itself only when this is ticked")
        }
        Label {
            visible: !poller.permitted && root.twin !== null
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            opacity: 0.7
            text: qsTr("Polling a feed needs the mobility dispatcher or administrator role.")
        }

        // --- schedule adherence -------------------------------------------------------------
        MenuSeparator { Layout.fillWidth: true }
        RowLayout {
            Layout.fillWidth: true
            Label {
                text: qsTr("Schedule adherence")
                font.bold: true
            }
            Label {
                Layout.fillWidth: true
                text: qsTr("%n bus(es), %1 late", "", adherence.count).arg(adherence.lateCount)
                opacity: 0.7
            }
            Button {
                objectName: "adherenceExport"
                text: qsTr("Export CSV…")
                enabled: adherence.count > 0
                onClicked: exportDialog.open()
            }
        }
        Label {
            visible: adherence.errorString.length > 0
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            color: "#c0392b"
            text: adherence.errorString
        }
        Label {
            visible: adherence.count === 0
            opacity: 0.7
            text: qsTr("No bus reports a timetabled trip yet.")
        }
        Repeater {
            model: adherence
            delegate: RowLayout {
                id: adherenceRow
                required property string label
                required property string routeId
                required property string tripId
                required property string scheduled
                required property string delayText
                required property string nextStop
                required property bool late
                required property bool known
                Layout.fillWidth: true
                Label {
                    Layout.preferredWidth: 90
                    text: adherenceRow.label
                    elide: Text.ElideRight
                }
                Label {
                    Layout.fillWidth: true
                    text: adherenceRow.known ? qsTr("%1 → %2 (due %3)").arg(adherenceRow.routeId || adherenceRow.tripId)
                                                   .arg(adherenceRow.nextStop).arg(adherenceRow.scheduled)
                                             : adherenceRow.tripId
                    elide: Text.ElideRight
                    opacity: 0.8
                }
                Label {
                    text: adherenceRow.delayText
                    color: adherenceRow.late ? "#c0392b" : adherenceRow.known ? palette.text : "#7f8c8d"
                    font.bold: adherenceRow.late
                    elide: Text.ElideRight
                    Layout.maximumWidth: 180
                }
            }
        }

        // --- mobile supermarket -------------------------------------------------------------
        MenuSeparator { Layout.fillWidth: true }
        RowLayout {
            Layout.fillWidth: true
            Label {
                text: qsTr("Mobile supermarket")
                font.bold: true
            }
            ComboBox {
                objectName: "supermarketVehicle"
                Layout.fillWidth: true
                model: supermarket.vehicles
                currentIndex: supermarket.vehicles.indexOf(supermarket.vehicleId)
                onActivated: supermarket.vehicleId = currentText
            }
        }
        Label {
            objectName: "supermarketHeadline"
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            font.pixelSize: 16
            text: supermarket.headline
        }
        Label {
            visible: supermarket.lastReport.length > 0
            opacity: 0.7
            text: qsTr("Last position report %1").arg(supermarket.lastReport)
        }
        Label {
            visible: supermarket.errorString.length > 0
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            opacity: 0.7
            text: supermarket.errorString
        }
        Repeater {
            model: supermarket
            delegate: RowLayout {
                id: stopRow
                required property int sequence
                required property string name
                required property string scheduled
                required property string etaText
                required property int delayMinutes
                required property string state
                Layout.fillWidth: true
                opacity: stopRow.state === "departed" ? 0.5 : 1.0
                Label { text: stopRow.scheduled; Layout.preferredWidth: 44 }
                Label {
                    Layout.fillWidth: true
                    text: stopRow.name
                    elide: Text.ElideRight
                }
                Label {
                    text: stopRow.etaText
                    color: stopRow.state === "upcoming" && stopRow.delayMinutes >= 5 ? "#c0392b" : palette.text
                }
            }
        }

        // --- editing the supermarket's round ---------------------------------------------------
        RowLayout {
            Layout.fillWidth: true
            visible: supermarket.vehicleId.length > 0
            Button {
                id: editRound
                objectName: "supermarketEditButton"
                text: qsTr("Edit round…")
                checkable: true
            }
            Label {
                Layout.fillWidth: true
                visible: editRound.checked && !roundEditor.permitted
                wrapMode: Text.Wrap
                opacity: 0.7
                text: qsTr("Changing a round needs the mobility dispatcher or administrator role.")
            }
        }
        Frame {
            objectName: "supermarketRoundEditorFrame"
            Layout.fillWidth: true
            visible: editRound.checked && supermarket.vehicleId.length > 0
            ColumnLayout {
                anchors.fill: parent
                spacing: 2
                RowLayout {
                    Label { text: qsTr("Stop"); Layout.fillWidth: true; opacity: 0.7 }
                    Label { text: qsTr("Arrival"); Layout.preferredWidth: 64; opacity: 0.7 }
                    Label { text: qsTr("Stays (min)"); Layout.preferredWidth: 150; opacity: 0.7 }
                    Item { Layout.preferredWidth: 110 } // over the move and remove buttons
                }
                Repeater {
                    objectName: "roundStops"
                    model: roundEditor.stops
                    delegate: RowLayout {
                        id: roundRow
                        required property var modelData
                        required property int index
                        Layout.fillWidth: true
                        TextField {
                            objectName: "roundStopName" + roundRow.index
                            Layout.fillWidth: true
                            text: roundRow.modelData.name
                            enabled: roundEditor.permitted
                            onTextEdited: roundEditor.setName(roundRow.index, text)
                        }
                        TextField {
                            objectName: "roundStopArrival" + roundRow.index
                            Layout.preferredWidth: 64
                            text: roundRow.modelData.arrival
                            enabled: roundEditor.permitted
                            placeholderText: "14:30"
                            onTextEdited: roundEditor.setArrival(roundRow.index, text)
                        }
                        SpinBox {
                            objectName: "roundStopDwell" + roundRow.index
                            Layout.preferredWidth: 150
                            from: 0
                            to: 600
                            stepSize: 5
                            editable: true
                            value: roundRow.modelData.dwellMinutes
                            enabled: roundEditor.permitted
                            onValueModified: roundEditor.setDwellMinutes(roundRow.index, value)
                        }
                        ToolButton {
                            text: "↑"
                            enabled: roundEditor.permitted && roundRow.index > 0
                            onClicked: roundEditor.moveStop(roundRow.index, -1)
                            ToolTip.visible: hovered
                            ToolTip.text: qsTr("Move this place one stop earlier (the times stay)")
                        }
                        ToolButton {
                            text: "↓"
                            enabled: roundEditor.permitted && roundRow.index < roundEditor.count - 1
                            onClicked: roundEditor.moveStop(roundRow.index, 1)
                            ToolTip.visible: hovered
                            ToolTip.text: qsTr("Move this place one stop later (the times stay)")
                        }
                        ToolButton {
                            objectName: "roundStopRemove" + roundRow.index
                            text: "✕"
                            enabled: roundEditor.permitted
                            onClicked: {
                                removeStopDialog.index = roundRow.index;
                                removeStopDialog.stopName = roundRow.modelData.name;
                                removeStopDialog.open();
                            }
                            ToolTip.visible: hovered
                            ToolTip.text: qsTr("Remove this stop")
                        }
                    }
                }
                RowLayout {
                    Layout.fillWidth: true
                    ComboBox {
                        id: busStopBox
                        objectName: "roundBusStop"
                        Layout.fillWidth: true
                        model: roundEditor.busStops
                    }
                    Button {
                        objectName: "roundAddBusStop"
                        text: qsTr("Add bus stop")
                        enabled: roundEditor.permitted && busStopBox.currentIndex >= 0
                        onClicked: roundEditor.addBusStop(busStopBox.currentIndex)
                    }
                    Button {
                        objectName: "roundAddMapPoint"
                        text: qsTr("Add clicked point")
                        enabled: roundEditor.permitted && !isNaN(root.pickedX)
                        onClicked: roundEditor.addAt(root.pickedX, root.pickedY, "")
                        ToolTip.visible: hovered
                        ToolTip.text: qsTr("A stop at the last point clicked on the map")
                    }
                }
                RowLayout {
                    Layout.fillWidth: true
                    Button {
                        objectName: "roundSave"
                        text: qsTr("Save round")
                        enabled: roundEditor.permitted && roundEditor.dirty
                        onClicked: roundEditor.save()
                    }
                    Button {
                        text: qsTr("Revert")
                        enabled: roundEditor.dirty
                        onClicked: roundEditor.reload()
                    }
                    Item { Layout.fillWidth: true }
                }
                Label {
                    objectName: "roundMessage"
                    Layout.fillWidth: true
                    visible: roundEditor.message.length > 0
                    wrapMode: Text.Wrap
                    text: roundEditor.message
                    color: roundEditor.lastFailed ? "#c0392b" : "#1e8449"
                }
            }
        }
        Dialog {
            id: removeStopDialog
            objectName: "removeStopDialog"
            property int index: -1
            property string stopName: ""
            title: qsTr("Remove stop %1?").arg(stopName)
            modal: true
            parent: Overlay.overlay
            anchors.centerIn: parent
            standardButtons: Dialog.Yes | Dialog.No
            Label { text: qsTr("The stop leaves the round when you save it.") }
            onAccepted: roundEditor.removeStop(index)
        }

        // --- drone flight check ------------------------------------------------------------
        MenuSeparator { Layout.fillWidth: true }
        Label {
            text: qsTr("Drone flight check (%n no-fly zone(s))", "", droneCheck.zoneCount)
            font.bold: true
        }
        RowLayout {
            Layout.fillWidth: true
            ComboBox {
                id: droneBox
                objectName: "droneBox"
                Layout.preferredWidth: 110
                model: droneCheck.drones
            }
            Label { text: qsTr("to") }
            ComboBox {
                id: placeBox
                objectName: "placeBox"
                Layout.fillWidth: true
                model: droneCheck.places
            }
        }
        RowLayout {
            Layout.fillWidth: true
            CheckBox {
                id: returnBox
                text: qsTr("and back")
                checked: true
            }
            Item { Layout.fillWidth: true }
            Button {
                objectName: "droneCheckButton"
                text: qsTr("Check flight")
                enabled: droneBox.currentIndex >= 0 && placeBox.currentIndex >= 0
                onClicked: droneCheck.check(droneBox.currentText, placeBox.currentIndex, returnBox.checked)
            }
        }
        Label {
            objectName: "droneCheckResult"
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            text: droneCheck.result
            color: droneCheck.feasible ? palette.text : "#c0392b"
        }

        // --- robot delivery check -----------------------------------------------------------
        MenuSeparator { Layout.fillWidth: true }
        Label {
            text: qsTr("Robot delivery check (walking network)")
            font.bold: true
        }
        RowLayout {
            Layout.fillWidth: true
            ComboBox {
                id: robotBox
                objectName: "robotBox"
                Layout.preferredWidth: 110
                model: robotCheck.robots
            }
            Label { text: qsTr("to") }
            ComboBox {
                id: robotPlaceBox
                objectName: "robotPlaceBox"
                Layout.fillWidth: true
                // The twin's places, then the point last clicked on the map.
                model: robotCheck.places.concat([qsTr("Point clicked on the map")])
            }
        }
        RowLayout {
            Layout.fillWidth: true
            Label {
                objectName: "robotPickedPoint"
                Layout.fillWidth: true
                opacity: 0.7
                elide: Text.ElideRight
                text: robotPlaceBox.currentIndex !== robotCheck.places.length ? ""
                    : isNaN(root.pickedX) ? qsTr("Click the map to choose the point")
                    : qsTr("Point %1, %2").arg(root.pickedX.toFixed(0)).arg(root.pickedY.toFixed(0))
            }
            Button {
                objectName: "robotCheckButton"
                text: qsTr("Check delivery")
                enabled: robotBox.currentIndex >= 0 && robotPlaceBox.currentIndex >= 0
                         && (robotPlaceBox.currentIndex < robotCheck.places.length || !isNaN(root.pickedX))
                onClicked: {
                    if (robotPlaceBox.currentIndex < robotCheck.places.length)
                        robotCheck.check(robotBox.currentText, robotPlaceBox.currentIndex);
                    else
                        robotCheck.checkTo(robotBox.currentText, root.pickedX, root.pickedY);
                }
            }
        }
        Label {
            objectName: "robotCheckResult"
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            text: robotCheck.result
            color: robotCheck.feasible ? palette.text : "#c0392b"
        }
        Label {
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            opacity: 0.7
            text: qsTr("The last flight or way checked is drawn on the map (layer “Planned drone or robot path”).")
        }
    }
}
