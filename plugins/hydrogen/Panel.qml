// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import CityTwin.Hydrogen

// Fuel-cell buses and power dispatch: the buses with state and energy, planning which bus powers
// which shelter without grid power (with progress), the proposed plan as a table that can be
// edited stop by stop, the plan on the map, accepting it into dispatch orders and following
// them. Buttons follow the operator's permissions; the store checks them again.
Item {
    id: root

    required property var twin            // ct::ui::TwinSession (implements TwinAccess)
    signal featureActivated(string layer, var fid)

    implicitWidth: 360
    implicitHeight: 700

    PowerDispatchController {
        id: dispatch
        twin: root.twin
    }

    ConfirmDialog {
        id: confirm
    }

    ScrollView {
        id: scroll
        anchors.fill: parent
        contentWidth: availableWidth
        clip: true

        ColumnLayout {
            width: scroll.availableWidth
            spacing: 6

            RowLayout {
                Layout.fillWidth: true
                Label {
                    Layout.fillWidth: true
                    text: qsTr("Fuel-cell buses and power dispatch")
                    font.bold: true
                    font.pixelSize: 15
                    elide: Text.ElideRight
                }
                ToolButton {
                    text: "⟳"
                    onClicked: dispatch.refresh()
                    ToolTip.visible: hovered
                    ToolTip.text: qsTr("Read the buses and dispatch orders again from the twin")
                }
            }
            Label {
                Layout.fillWidth: true
                visible: root.twin && root.twin.isOpen
                text: dispatch.operatorName.length > 0
                      ? qsTr("Acting as %1 (%2)").arg(dispatch.operatorName).arg(dispatch.operatorRole)
                      : qsTr("Not signed in: read only")
                color: palette.placeholderText
                font.pixelSize: 11
                elide: Text.ElideRight
            }

            // --- buses -----------------------------------------------------------------------------
            Repeater {
                model: dispatch.buses
                delegate: BusRow {
                    required property var modelData
                    Layout.fillWidth: true
                    bus: modelData
                    stateOptions: dispatch.stateOptions
                    canChange: dispatch.may.setBusState === true
                    onActivated: root.featureActivated("fuel_cell_buses", modelData.fid)
                    onStateRequested: (state, label) => confirm.ask(
                        qsTr("Change bus state"),
                        qsTr("Set %1 (%2) to \"%3\"? The change is recorded in the audit log.").arg(modelData.name).arg(modelData.busId).arg(label),
                        () => dispatch.setBusState(modelData.busId, state))
                }
            }
            Label {
                Layout.fillWidth: true
                visible: dispatch.ready && dispatch.buses.length === 0
                text: qsTr("This twin has no fuel-cell buses.")
                color: palette.placeholderText
            }

            // --- planning ----------------------------------------------------------------------------
            MenuSeparator { Layout.fillWidth: true }
            RowLayout {
                Layout.fillWidth: true
                Label { text: qsTr("Horizon") }
                SpinBox {
                    id: horizon
                    from: 6
                    to: 168
                    stepSize: 6
                    value: dispatch.horizonHours
                    editable: true
                    onValueModified: dispatch.horizonHours = value
                    ToolTip.visible: hovered
                    ToolTip.text: qsTr("Hours from now the plan covers")
                }
                Label { text: qsTr("h") }
                Item { Layout.fillWidth: true }
                Button {
                    text: qsTr("Plan power dispatch")
                    enabled: dispatch.ready && dispatch.needViewAvailable && !dispatch.busy
                    highlighted: true
                    onClicked: dispatch.planDispatch()
                    ToolTip.visible: hovered
                    ToolTip.text: qsTr("Find which bus powers which shelter without grid power, when, and when it refuels, so that "
                                       + "the most person-hours are covered (persons with medical needs count three times)")
                }
            }
            RowLayout {
                Layout.fillWidth: true
                visible: dispatch.busy
                ProgressBar {
                    Layout.fillWidth: true
                    value: dispatch.progress
                }
                Button {
                    text: qsTr("Cancel")
                    onClicked: dispatch.cancelPlanning()
                }
            }
            Label {
                Layout.fillWidth: true
                visible: dispatch.busy
                text: dispatch.progressText
                font.pixelSize: 11
                color: palette.placeholderText
            }
            Label {
                objectName: "status"
                Layout.fillWidth: true
                visible: text.length > 0
                text: dispatch.statusText
                wrapMode: Text.Wrap
                color: dispatch.statusIsError ? "#c92a2a" : palette.windowText
            }

            // --- the proposed plan ---------------------------------------------------------------------
            PlanTable {
                Layout.fillWidth: true
                visible: dispatch.hasPlan
                rows: dispatch.planRows
                summary: dispatch.planSummary
                buses: dispatch.buses
                onReassign: (row, busId, text) => confirm.ask(qsTr("Reassign stop"), text, () => dispatch.reassignStop(row, busId))
                onRemove: (row, text) => confirm.ask(qsTr("Remove stop"), text, () => dispatch.cancelStop(row))
                onShelterActivated: fid => root.featureActivated("shelters", fid)
            }
            RowLayout {
                Layout.fillWidth: true
                visible: dispatch.hasPlan
                Button {
                    text: qsTr("Show on map")
                    enabled: dispatch.may.publish === true
                    onClicked: dispatch.showPlanOnMap()
                    ToolTip.visible: hovered
                    ToolTip.text: dispatch.may.publish === true
                                  ? qsTr("Draw the routes and arrival times in the map layers \"Power plan routes\" and \"Power plan stops\"")
                                  : qsTr("Your role may not publish plans to the map")
                }
                Item { Layout.fillWidth: true }
                Button {
                    text: qsTr("Discard")
                    onClicked: confirm.ask(qsTr("Discard plan"), qsTr("Discard the proposed plan? Nothing was recorded yet."),
                                           () => dispatch.discardPlan())
                }
                Button {
                    text: qsTr("Accept plan")
                    highlighted: true
                    enabled: dispatch.may.accept === true && dispatch.planSummary.stops > 0
                    onClicked: confirm.ask(qsTr("Accept plan"),
                                           qsTr("Create %1 dispatch orders for %2 buses? Pending orders of earlier plans are cancelled. "
                                                + "This is recorded in the audit log.").arg(dispatch.planSummary.stops).arg(dispatch.planSummary.busesUsed),
                                           () => dispatch.acceptPlan())
                    ToolTip.visible: hovered
                    ToolTip.text: dispatch.may.accept === true ? qsTr("Turn the plan into dispatch orders")
                                                               : qsTr("Only HQ commanders and administrators may accept plans")
                }
            }

            // --- dispatch orders ---------------------------------------------------------------------
            OrderTable {
                Layout.fillWidth: true
                visible: dispatch.orders.length > 0
                orders: dispatch.orders
                canUpdate: dispatch.may.updateOrder === true
                onStateRequested: (orderId, state, text) => confirm.ask(qsTr("Dispatch order"), text,
                                                                        () => dispatch.setOrderState(orderId, state))
            }
        }
    }
}
