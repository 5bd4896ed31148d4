// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import CityTwin.Fleets

// Open on-demand requests with the dispatcher's proposal: accept, override with another vehicle
// (the infeasible ones say why) or reject with a reason; re-optimise the stops not yet started
// (by hand or automatically); the buses' next stops marked arrived, done or a no-show. The
// controller re-reads the desk when the twin changes.
ColumnLayout {
    id: root

    required property DispatchController controller

    function clock(t) {
        return t ? t.toLocaleTimeString(Qt.locale(), "HH:mm") : "–";
    }

    /// The new-request form's pick-up or drop-off, from a click on the map.
    function mapPicked(x: real, y: real) {
        if (form.picking === "pickup")
            form.pickup = Qt.point(x, y);
        else if (form.picking === "dropoff")
            form.dropoff = Qt.point(x, y);
        form.picking = "";
    }

    /// The vehicle whose stops are shown (kept by id across re-reads).
    property string stopsVehicle: ""
    readonly property var stopVehicles: {
        const ids = [];
        for (const s of root.controller.stops)
            if (ids.indexOf(s.vehicle) < 0)
                ids.push(s.vehicle);
        return ids;
    }
    readonly property var vehicleStops: root.controller.stops.filter(s => s.vehicle === root.stopsVehicle)
    onStopVehiclesChanged: {
        if (stopVehicles.indexOf(stopsVehicle) < 0)
            stopsVehicle = stopVehicles.length > 0 ? stopVehicles[0] : "";
    }

    spacing: 4

    RowLayout {
        Layout.fillWidth: true
        Button {
            objectName: "reoptimiseButton"
            text: qsTr("Re-optimise stops")
            enabled: root.controller.mayReoptimise
            ToolTip.visible: hovered
            ToolTip.text: qsTr("Insert every pick-up that has not started again, earliest first, where it adds the least driving")
            onClicked: root.controller.reoptimise()
        }
        Button {
            text: qsTr("Refresh")
            onClicked: root.controller.refresh()
        }
        Button {
            objectName: "newRequestButton"
            text: qsTr("New request…")
            enabled: root.controller.mayCreate
            checkable: true
            checked: form.visible
            onToggled: form.visible = checked
        }
        BusyIndicator {
            running: root.controller.busy
            visible: running
            implicitWidth: 24
            implicitHeight: 24
            ToolTip.visible: running && hovered
            ToolTip.text: qsTr("Reading the requests and driving times…")
        }
        Item { Layout.fillWidth: true }
    }
    Frame {
        id: form
        objectName: "newRequestForm"
        property string picking: ""
        property var pickup: null
        property var dropoff: null
        visible: false
        Layout.fillWidth: true
        function place(p) {
            return p ? qsTr("E %1 m, N %2 m").arg(Math.round(p.x)).arg(Math.round(p.y)) : qsTr("not set");
        }
        GridLayout {
            anchors.fill: parent
            columns: 3
            Label { text: qsTr("Pick-up") }
            TextField { id: pickupName; objectName: "pickupName"; Layout.fillWidth: true; placeholderText: form.place(form.pickup) }
            Button {
                text: form.picking === "pickup" ? qsTr("Click the map…") : qsTr("On map")
                onClicked: form.picking = "pickup"
            }
            Label { text: qsTr("Drop-off") }
            TextField { id: dropoffName; Layout.fillWidth: true; placeholderText: form.place(form.dropoff) }
            Button {
                text: form.picking === "dropoff" ? qsTr("Click the map…") : qsTr("On map")
                onClicked: form.picking = "dropoff"
            }
            Label { text: qsTr("Passengers") }
            SpinBox { id: passengers; from: 1; to: 20; value: 1 }
            CheckBox { id: wheelchair; text: qsTr("Wheelchair") }
            Label { text: qsTr("Pick-up from") }
            SpinBox { id: earliestMinutes; from: 0; to: 24 * 60; value: 10; stepSize: 5 }
            Label { text: qsTr("min from now") }
            Label { text: qsTr("Arrive by") }
            SpinBox { id: latestMinutes; from: 1; to: 24 * 60; value: 60; stepSize: 5 }
            Label { text: qsTr("min from now") }
            Button {
                Layout.columnSpan: 3
                text: qsTr("Enter request")
                enabled: form.pickup !== null && form.dropoff !== null
                onClicked: {
                    const now = new Date();
                    const ok = root.controller.createRequest({
                        pickupX: form.pickup.x, pickupY: form.pickup.y, dropoffX: form.dropoff.x, dropoffY: form.dropoff.y,
                        pickupName: pickupName.text, dropoffName: dropoffName.text,
                        earliestPickup: new Date(now.getTime() + earliestMinutes.value * 60000),
                        latestArrival: new Date(now.getTime() + latestMinutes.value * 60000),
                        passengers: passengers.value, wheelchair: wheelchair.checked
                    });
                    if (ok) {
                        form.visible = false;
                        form.pickup = null;
                        form.dropoff = null;
                        pickupName.clear();
                        dropoffName.clear();
                    }
                }
            }
        }
    }
    RowLayout {
        Layout.fillWidth: true
        CheckBox {
            objectName: "autoReoptimise"
            text: qsTr("Re-optimise automatically every")
            enabled: root.controller.mayReoptimise
            checked: root.controller.autoReoptimise
            onToggled: root.controller.autoReoptimise = checked
            ToolTip.visible: hovered
            ToolTip.text: qsTr("Runs the re-optimisation as you, only when the new plan drives less; each change is in the audit log")
        }
        SpinBox {
            objectName: "autoReoptimiseMinutes"
            from: 1
            to: 240
            editable: true
            value: root.controller.autoReoptimiseMinutes
            onValueModified: root.controller.autoReoptimiseMinutes = value
        }
        Label { text: qsTr("min") }
        Item { Layout.fillWidth: true }
    }
    Label {
        objectName: "autoReport"
        visible: root.controller.autoReport.length > 0
        text: root.controller.autoReport
        wrapMode: Text.Wrap
        Layout.fillWidth: true
        opacity: 0.8
    }
    Label {
        visible: !root.controller.mayAccept && root.controller.refusal.length > 0
        text: qsTr("You can look but not decide: %1").arg(root.controller.refusal)
        wrapMode: Text.Wrap
        Layout.fillWidth: true
        opacity: 0.75
    }
    Label {
        visible: root.controller.travelNote.length > 0
        text: root.controller.travelNote
        wrapMode: Text.Wrap
        Layout.fillWidth: true
        opacity: 0.75
    }
    Label {
        objectName: "dispatchMessage"
        visible: root.controller.message.length > 0
        text: root.controller.message
        color: root.controller.lastFailed ? "#c0392b" : "#1e8449"
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }
    // --- the buses' planned stops --------------------------------------------------------
    Frame {
        objectName: "stopsFrame"
        Layout.fillWidth: true
        visible: root.stopVehicles.length > 0
        ColumnLayout {
            anchors.fill: parent
            spacing: 2
            RowLayout {
                Layout.fillWidth: true
                Label { text: qsTr("Stops of"); font.bold: true }
                ComboBox {
                    objectName: "stopsVehicle"
                    Layout.fillWidth: true
                    model: root.stopVehicles
                    currentIndex: root.stopVehicles.indexOf(root.stopsVehicle)
                    onActivated: root.stopsVehicle = currentText
                }
            }
            Repeater {
                model: root.vehicleStops
                delegate: RowLayout {
                    id: stopRow
                    required property var modelData
                    Layout.fillWidth: true
                    opacity: stopRow.modelData.next ? 1.0 : 0.7
                    Label {
                        Layout.preferredWidth: 44
                        text: root.clock(stopRow.modelData.plannedAt)
                    }
                    Label {
                        Layout.fillWidth: true
                        elide: Text.ElideRight
                        text: (stopRow.modelData.pickup ? qsTr("Pick up #%1 at %2") : qsTr("Set down #%1 at %2"))
                                  .arg(stopRow.modelData.requestId)
                                  .arg(stopRow.modelData.placeName || (stopRow.modelData.pickup ? qsTr("pick-up") : qsTr("drop-off")))
                              + (stopRow.modelData.started ? " · " + qsTr("arrived %1").arg(root.clock(stopRow.modelData.startedAt)) : "")
                        font.bold: stopRow.modelData.next
                    }
                    Button {
                        objectName: "stopArrived"
                        visible: stopRow.modelData.next && !stopRow.modelData.started
                        enabled: root.controller.mayUpdateStops
                        text: qsTr("Arrived")
                        onClicked: root.controller.startStop(stopRow.modelData.vehicle, stopRow.modelData.sequence)
                    }
                    Button {
                        objectName: "stopDone"
                        visible: stopRow.modelData.next
                        enabled: root.controller.mayUpdateStops
                        text: stopRow.modelData.pickup ? qsTr("Picked up") : qsTr("Set down")
                        onClicked: root.controller.completeStop(stopRow.modelData.vehicle, stopRow.modelData.sequence)
                    }
                    Button {
                        objectName: "stopNoShow"
                        visible: stopRow.modelData.next && stopRow.modelData.pickup
                        enabled: root.controller.mayUpdateStops
                        text: qsTr("No-show…")
                        onClicked: {
                            noShowDialog.vehicle = stopRow.modelData.vehicle;
                            noShowDialog.sequence = stopRow.modelData.sequence;
                            noShowDialog.requestId = stopRow.modelData.requestId;
                            noShowDialog.open();
                        }
                    }
                }
            }
        }
    }
    Label {
        text: qsTr("%n open request(s), %1 assigned", "", root.controller.requests.length).arg(root.controller.assigned.length)
        opacity: 0.7
    }

    ListView {
        objectName: "requestList"
        Layout.fillWidth: true
        Layout.fillHeight: true
        clip: true
        spacing: 4
        model: root.controller.requests
        ScrollBar.vertical: ScrollBar {}
        delegate: Frame {
            id: card
            required property var modelData
            width: ListView.view.width - 8
            ColumnLayout {
                anchors.fill: parent
                spacing: 2
                Label {
                    text: qsTr("#%1 %2 → %3").arg(card.modelData.id).arg(card.modelData.pickupName || qsTr("pick-up"))
                          .arg(card.modelData.dropoffName || qsTr("drop-off"))
                    font.bold: true
                    elide: Text.ElideRight
                    Layout.fillWidth: true
                }
                Label {
                    text: qsTr("pick-up from %1, arrive by %2 · %n passenger(s)", "", card.modelData.passengers)
                          .arg(root.clock(card.modelData.earliestPickup)).arg(root.clock(card.modelData.latestArrival))
                          + (card.modelData.wheelchair ? " · " + qsTr("wheelchair") : "")
                    font.pixelSize: 11
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }
                Label {
                    text: card.modelData.proposedVehicle
                          ? qsTr("Proposal: %1, pick-up %2 (wait %3 min), drop-off %4, detour %5 min")
                                .arg(card.modelData.proposedVehicle).arg(root.clock(card.modelData.proposedPickup))
                                .arg(Math.round(card.modelData.waitMinutes)).arg(root.clock(card.modelData.proposedDropoff))
                                .arg(card.modelData.detourMinutes.toFixed(1))
                          : qsTr("No feasible vehicle: %1").arg(card.modelData.noProposal)
                    color: card.modelData.proposedVehicle ? palette.text : "#c0392b"
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }
                RowLayout {
                    Button {
                        text: qsTr("Accept")
                        enabled: root.controller.mayAccept && card.modelData.proposedVehicle !== undefined
                        onClicked: root.controller.accept(card.modelData.id)
                    }
                    Button {
                        text: qsTr("Override…")
                        enabled: root.controller.mayOverride
                        onClicked: {
                            overrideDialog.requestId = card.modelData.id;
                            overrideDialog.choices = root.controller.choices(card.modelData.id);
                            overrideDialog.open();
                        }
                    }
                    Button {
                        text: qsTr("Reject…")
                        enabled: root.controller.mayReject
                        onClicked: {
                            rejectDialog.requestId = card.modelData.id;
                            reason.text = card.modelData.proposedVehicle ? "" : (card.modelData.noProposal || "");
                            rejectDialog.open();
                        }
                    }
                }
            }
        }
    }

    Dialog {
        id: overrideDialog
        property var requestId: 0
        property var choices: []
        title: qsTr("Give request %1 to another vehicle").arg(requestId)
        modal: true
        parent: Overlay.overlay
        anchors.centerIn: parent
        width: Math.min(520, parent ? parent.width - 40 : 520)
        standardButtons: Dialog.Cancel
        ListView {
            implicitHeight: Math.min(360, contentHeight)
            width: parent ? parent.width : 480
            clip: true
            model: overrideDialog.choices
            delegate: ItemDelegate {
                id: choice
                required property var modelData
                width: ListView.view.width
                enabled: modelData.feasible
                text: modelData.feasible
                      ? qsTr("%1 — pick-up %2, drop-off %3, detour %4 min").arg(modelData.vehicle).arg(root.clock(modelData.pickupEta))
                            .arg(root.clock(modelData.dropoffEta)).arg(modelData.detourMinutes.toFixed(1))
                      : qsTr("%1 — cannot: %2").arg(modelData.vehicle).arg(modelData.reason)
                onClicked: {
                    root.controller.overrideWith(overrideDialog.requestId, modelData.vehicle);
                    overrideDialog.close();
                }
            }
        }
    }

    Dialog {
        id: noShowDialog
        objectName: "noShowDialog"
        property string vehicle: ""
        property int sequence: 0
        property var requestId: 0
        title: qsTr("No-show for request %1?").arg(requestId)
        modal: true
        parent: Overlay.overlay
        anchors.centerIn: parent
        width: Math.min(420, parent ? parent.width - 40 : 420)
        standardButtons: Dialog.Yes | Dialog.No
        Label {
            width: 360 // fixed: a wrapped label bound to the dialog's width loops through its implicit height
            wrapMode: Text.Wrap
            text: qsTr("Nobody came to the pick-up: the ride is cancelled and its stops leave %1's route.").arg(noShowDialog.vehicle)
        }
        onAccepted: root.controller.noShow(noShowDialog.vehicle, noShowDialog.sequence)
    }

    Dialog {
        id: rejectDialog
        property var requestId: 0
        title: qsTr("Reject request %1").arg(requestId)
        modal: true
        parent: Overlay.overlay
        anchors.centerIn: parent
        width: Math.min(420, parent ? parent.width - 40 : 420)
        standardButtons: Dialog.Ok | Dialog.Cancel
        ColumnLayout {
            anchors.fill: parent
            Label { text: qsTr("Reason (kept in the audit log)") }
            TextField { id: reason; Layout.fillWidth: true }
        }
        onOpened: reason.forceActiveFocus()
        onAccepted: root.controller.reject(rejectDialog.requestId, reason.text)
    }
}
