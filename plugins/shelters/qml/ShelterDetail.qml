// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import CityTwin.Shelters

// One shelter: lifecycle, head count, power, stock, medical counts, requests, messages, history.
// Every control is enabled from the operator's permissions (dashboard.may); the store refuses
// the same actions itself.
Flickable {
    id: root

    required property ShelterDashboard dashboard
    signal back()

    readonly property var shelter: dashboard.selected
    readonly property var may: dashboard.may
    readonly property string refusal: may.reason ?? ""

    function tipFor(allowed, text) {
        return allowed ? text : qsTr("%1 — not allowed: %2").arg(text).arg(root.refusal.length > 0 ? root.refusal : qsTr("your role may not do this"));
    }

    contentHeight: column.implicitHeight + 8
    clip: true
    boundsBehavior: Flickable.StopAtBounds
    ScrollBar.vertical: ScrollBar {}

    Dialog {
        id: confirmClose
        objectName: "confirmClose"
        property string target
        title: qsTr("Close a shelter with evacuees inside?")
        modal: true
        anchors.centerIn: Overlay.overlay
        standardButtons: Dialog.Yes | Dialog.No
        Label {
            width: 300
            wrapMode: Text.Wrap
            text: qsTr("%n evacuee(s) are still checked in at %1. Closing stops new admissions; the shelter can only become closed once everybody has been checked out. Continue?",
                       "", root.shelter.occupancy ?? 0).arg(root.shelter.displayName ?? "")
        }
        onAccepted: root.dashboard.transition(target, "")
    }

    ColumnLayout {
        id: column
        width: root.width - 12
        x: 4
        spacing: 4

        RowLayout {
            Layout.fillWidth: true
            ToolButton {
                text: "‹"
                font.pixelSize: 18
                onClicked: root.back()
                ToolTip.visible: hovered
                ToolTip.text: qsTr("Back to the list")
            }
            ColumnLayout {
                Layout.fillWidth: true
                spacing: 0
                Label {
                    Layout.fillWidth: true
                    text: root.shelter.displayName ?? ""
                    font.bold: true
                    font.pixelSize: 15
                    elide: Text.ElideRight
                }
                Label {
                    Layout.fillWidth: true
                    text: [root.shelter.sourceId, root.shelter.address].filter(s => s && s.length > 0).join(" · ")
                    font.pixelSize: 10
                    color: palette.placeholderText
                    elide: Text.ElideRight
                }
            }
            Label {
                text: root.shelter.statusTitle ?? ""
                font.bold: true
                color: root.shelter.status === "closed" ? "#80868b" : "#1a73e8"
            }
        }
        Label {
            Layout.fillWidth: true
            text: qsTr("Designated for: %1").arg((root.shelter.hazards ?? []).length > 0 ? root.shelter.hazards.join(", ")
                                                                                         : qsTr("no hazard"))
            wrapMode: Text.Wrap
            font.pixelSize: 11
        }
        Label {
            Layout.fillWidth: true
            visible: (root.shelter.updatedBy ?? "").length > 0
            text: qsTr("Last change %1 by %2").arg(root.shelter.updatedAt).arg(root.shelter.updatedBy)
            font.pixelSize: 10
            color: palette.placeholderText
        }

        Section {
            title: qsTr("Lifecycle")
            tip: qsTr("closed → opening → open ⇄ full; opening, open or full → closing → closed (only when nobody is inside)")
            Flow {
                Layout.fillWidth: true
                spacing: 4
                Repeater {
                    model: root.shelter.nextStatuses ?? []
                    delegate: Button {
                        required property var modelData
                        objectName: "transition-" + modelData.value
                        text: qsTr("→ %1").arg(modelData.title)
                        enabled: root.may.transition === true
                        onClicked: {
                            if (modelData.value === "closing" && (root.shelter.occupancy ?? 0) > 0) {
                                confirmClose.target = modelData.value;
                                confirmClose.open();
                            } else {
                                root.dashboard.transition(modelData.value, "");
                            }
                        }
                        ToolTip.visible: hovered
                        ToolTip.text: root.tipFor(root.may.transition === true, qsTr("Change the status to %1").arg(modelData.title))
                    }
                }
            }
            Label {
                visible: (root.shelter.nextStatuses ?? []).length === 0
                text: qsTr("No further step.")
                color: palette.placeholderText
            }
        }

        Section {
            title: qsTr("Evacuees")
            tip: qsTr("Check-ins and check-outs change the head count; going over capacity is allowed and flagged")
            RowLayout {
                Layout.fillWidth: true
                Rectangle {
                    Layout.preferredWidth: 14
                    Layout.preferredHeight: 14
                    radius: 7
                    color: root.shelter.congestionColor ?? "#9aa0a6"
                }
                Label {
                    Layout.fillWidth: true
                    text: (root.shelter.capacity ?? 0) > 0
                          ? qsTr("%1 of %2 (%3 %) — %4").arg(root.shelter.occupancy).arg(root.shelter.capacity)
                                .arg(Math.round((root.shelter.ratio ?? 0) * 100)).arg(root.shelter.congestionTitle)
                          : qsTr("%1 inside (capacity unknown)").arg(root.shelter.occupancy ?? 0)
                    wrapMode: Text.Wrap
                    font.bold: root.shelter.overCapacity === true
                    color: root.shelter.overCapacity === true ? "#b71c1c" : palette.text
                }
            }
            ProgressBar {
                Layout.fillWidth: true
                from: 0
                to: 1
                value: Math.min(1, root.shelter.ratio ?? 0)
            }
            RowLayout {
                Layout.fillWidth: true
                SpinBox {
                    id: persons
                    from: 1
                    to: 100000
                    value: 1
                    editable: true
                    ToolTip.visible: hovered
                    ToolTip.text: qsTr("Number of persons to check in or out")
                }
                Button {
                    text: qsTr("Check in")
                    enabled: root.may.checkin === true && root.shelter.admits === true
                    onClicked: root.dashboard.checkIn(persons.value)
                    ToolTip.visible: hovered
                    ToolTip.text: root.shelter.admits === true
                                  ? root.tipFor(root.may.checkin === true, qsTr("Add these persons to the head count"))
                                  : qsTr("Only an opening, open or full shelter admits evacuees")
                }
                Button {
                    text: qsTr("Check out")
                    enabled: root.may.checkout === true && (root.shelter.occupancy ?? 0) > 0
                    onClicked: root.dashboard.checkOut(persons.value)
                    ToolTip.visible: hovered
                    ToolTip.text: root.tipFor(root.may.checkout === true, qsTr("Remove these persons from the head count (never below zero)"))
                }
            }
        }

        Section {
            title: qsTr("Power")
            tip: qsTr("Estimated load = 5 kW base + 0.1 kW per person + the medical devices (coefficients in the twin's shelter_load_model and shelter_medical_need)")
            RowLayout {
                Layout.fillWidth: true
                Label { text: qsTr("Supply") }
                ComboBox {
                    id: powerBox
                    Layout.fillWidth: true
                    textRole: "title"
                    valueRole: "value"
                    model: root.dashboard.powerOptions
                    enabled: root.may.power === true
                    currentIndex: root.dashboard.powerOptions.findIndex(o => o.value === (root.shelter.power ?? "grid"))
                    onActivated: root.dashboard.setPower(currentValue)
                    ToolTip.visible: hovered
                    ToolTip.text: root.tipFor(root.may.power === true, qsTr("Where the shelter's electricity comes from now"))
                }
            }
            RowLayout {
                Layout.fillWidth: true
                Label {
                    Layout.fillWidth: true
                    text: qsTr("Load %1 kW").arg(Number(root.shelter.loadKw ?? 0).toLocaleString(Qt.locale(), "f", 1))
                    color: root.shelter.noPower === true ? "#202124" : palette.text
                    font.bold: root.shelter.noPower === true
                }
                Label { text: qsTr("Outage h") }
                SpinBox {
                    id: outage
                    from: 0
                    to: 744
                    editable: true
                    value: Math.round(root.shelter.expectedOutageHours ?? 72)
                    enabled: root.may.outage === true
                    onValueModified: outageTimer.restart()
                    ToolTip.visible: hovered
                    ToolTip.text: root.tipFor(root.may.outage === true,
                                              qsTr("Hours of outage the shelter must bridge (HQ's estimate, default 72); the hydrogen power dispatch plans with it"))
                    Timer {
                        id: outageTimer
                        interval: 800
                        onTriggered: root.dashboard.setExpectedOutage(outage.value)
                    }
                }
            }
        }

        Section {
            title: qsTr("Stockpiles")
            tip: qsTr("Days of supply = quantity ÷ (daily use per person × persons inside); a shortage below one day, low below three")
            Repeater {
                model: root.shelter.stock ?? []
                delegate: RowLayout {
                    id: stockRow
                    required property var modelData
                    Layout.fillWidth: true
                    Rectangle {
                        Layout.preferredWidth: 8
                        Layout.preferredHeight: 8
                        radius: 4
                        color: stockRow.modelData.state === "shortage" ? "#d62728"
                             : stockRow.modelData.state === "low" ? "#f07f1a" : "#2e9e44"
                    }
                    Label {
                        Layout.preferredWidth: 100
                        text: stockRow.modelData.title
                        elide: Text.ElideRight
                    }
                    TextField {
                        id: quantityField
                        Layout.preferredWidth: 70
                        text: String(stockRow.modelData.quantity)
                        enabled: root.may.stock === true
                        horizontalAlignment: Text.AlignRight
                        validator: DoubleValidator { bottom: 0; decimals: 1; notation: DoubleValidator.StandardNotation }
                        selectByMouse: true
                        onEditingFinished: {
                            const value = Number.fromLocaleString(Qt.locale("C"), text);
                            if (!isNaN(value) && value !== stockRow.modelData.quantity)
                                root.dashboard.setStock(stockRow.modelData.item, value);
                        }
                        ToolTip.visible: hovered
                        ToolTip.text: root.tipFor(root.may.stock === true, qsTr("Counted quantity; press Enter to record it"))
                    }
                    Label {
                        text: stockRow.modelData.unit
                        font.pixelSize: 10
                    }
                    Label {
                        Layout.fillWidth: true
                        horizontalAlignment: Text.AlignRight
                        font.pixelSize: 11
                        text: stockRow.modelData.consumable
                              ? (stockRow.modelData.daysLeft < 0 ? qsTr("no use")
                                                                  : qsTr("%1 days").arg(Number(stockRow.modelData.daysLeft).toLocaleString(Qt.locale(), "f", 1)))
                              : qsTr("need %1").arg(stockRow.modelData.needed)
                        color: stockRow.modelData.state === "shortage" ? "#b71c1c" : palette.text
                    }
                }
            }
        }

        Section {
            title: qsTr("Continued medical care")
            tip: qsTr("Numbers of evacuees needing each kind of care (counts only, no names); they add to the power load")
            Label {
                text: qsTr("%n person(s) in all", "", root.shelter.medicalCount ?? 0)
                font.pixelSize: 11
            }
            GridLayout {
                Layout.fillWidth: true
                columns: width > 520 ? 2 : 1
                Repeater {
                    model: root.shelter.medical ?? []
                    delegate: RowLayout {
                        id: needRow
                        required property var modelData
                        Layout.fillWidth: true
                        Label {
                            Layout.fillWidth: true
                            text: needRow.modelData.title
                            elide: Text.ElideRight
                            font.pixelSize: 11
                        }
                        SpinBox {
                            id: needCount
                            from: 0
                            to: 10000
                            editable: true
                            value: needRow.modelData.count
                            enabled: root.may.medical === true
                            Layout.preferredWidth: 90
                            onValueModified: needTimer.restart()
                            ToolTip.visible: hovered
                            ToolTip.text: root.tipFor(root.may.medical === true, qsTr("Persons needing %1").arg(needRow.modelData.title))
                            Timer {
                                id: needTimer
                                interval: 800
                                onTriggered: root.dashboard.setMedicalCount(needRow.modelData.need, needCount.value)
                            }
                        }
                    }
                }
            }
        }

        Section {
            title: qsTr("Requests")
            tip: qsTr("Requests to HQ: requested → acknowledged → dispatched → delivered, or declined with a reason")
            RequestForm {
                Layout.fillWidth: true
                dashboard: root.dashboard
                allowed: root.may.request === true
                refusal: root.refusal
            }
            RequestList {
                Layout.fillWidth: true
                Layout.preferredHeight: Math.min(contentHeight, 320)
                model: root.dashboard.shelterRequests
                dashboard: root.dashboard
                emptyText: qsTr("No requests from this shelter.")
                interactive: contentHeight > height
            }
        }

        Section {
            title: qsTr("Messages with HQ")
            tip: qsTr("One thread per shelter between HQ and the shelter's staff")
            MessageThread {
                Layout.fillWidth: true
                Layout.preferredHeight: 240
                dashboard: root.dashboard
                allowed: root.may.message === true
                refusal: root.refusal
            }
        }

        Section {
            title: qsTr("Status history")
            Repeater {
                model: root.shelter.history ?? []
                delegate: Label {
                    required property var modelData
                    Layout.fillWidth: true
                    text: qsTr("%1  %2 → %3  (%4, %5)").arg(modelData.at).arg(modelData.from).arg(modelData.to)
                          .arg(modelData.operator).arg(modelData.role) + (modelData.note.length > 0 ? " — " + modelData.note : "")
                    font.pixelSize: 10
                    wrapMode: Text.Wrap
                }
            }
            Label {
                visible: (root.shelter.history ?? []).length === 0
                text: qsTr("No changes recorded.")
                color: palette.placeholderText
                font.pixelSize: 11
            }
        }
    }
}
