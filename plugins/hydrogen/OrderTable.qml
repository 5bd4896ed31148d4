// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// The dispatch orders of the accepted plan, with their state and the next step.
ColumnLayout {
    id: root

    required property var orders
    property bool canUpdate: false

    signal stateRequested(var orderId, string state, string text)

    spacing: 2

    MenuSeparator { Layout.fillWidth: true }
    Label {
        text: qsTr("Dispatch orders (bus, destination, departure, state)")
        font.bold: true
    }
    Repeater {
        model: root.orders
        delegate: RowLayout {
            id: order
            required property var modelData
            Layout.fillWidth: true
            spacing: 4
            Label {
                text: order.modelData.busId
                font.pixelSize: 11
            }
            Label {
                Layout.fillWidth: true
                text: order.modelData.refuel ? qsTr("Refuel: %1").arg(order.modelData.target) : order.modelData.target
                elide: Text.ElideRight
                font.pixelSize: 11
            }
            Label {
                text: order.modelData.departText
                font.pixelSize: 11
                ToolTip.visible: departHover.hovered
                ToolTip.text: qsTr("Departs %1, arrives %2, %3 h of service")
                                  .arg(order.modelData.departText).arg(order.modelData.etaText)
                                  .arg(Number(order.modelData.hours).toFixed(1))
                HoverHandler { id: departHover }
            }
            Label {
                text: order.modelData.stateLabel
                font.pixelSize: 11
                color: order.modelData.state === "cancelled" ? palette.placeholderText
                     : order.modelData.state === "done" ? "#2b8a3e" : palette.windowText
            }
            ToolButton {
                visible: order.modelData.canStart || order.modelData.canFinish
                enabled: root.canUpdate
                text: order.modelData.canStart ? "▶" : "✓"
                implicitHeight: 22
                onClicked: order.modelData.canStart
                           ? root.stateRequested(order.modelData.orderId, "underway",
                                                 qsTr("Mark order %1 (%2 to %3) as underway?").arg(order.modelData.orderId)
                                                     .arg(order.modelData.busId).arg(order.modelData.target))
                           : root.stateRequested(order.modelData.orderId, "done",
                                                 qsTr("Mark order %1 (%2 at %3) as done?").arg(order.modelData.orderId)
                                                     .arg(order.modelData.busId).arg(order.modelData.target))
                ToolTip.visible: hovered
                ToolTip.text: order.modelData.canStart ? qsTr("The bus has left: mark the order underway")
                                                       : qsTr("Mark the order done")
            }
            ToolButton {
                visible: order.modelData.canCancel
                enabled: root.canUpdate
                text: "✕"
                implicitHeight: 22
                onClicked: root.stateRequested(order.modelData.orderId, "cancelled",
                                               qsTr("Cancel order %1 (%2 to %3)?").arg(order.modelData.orderId)
                                                   .arg(order.modelData.busId).arg(order.modelData.target))
                ToolTip.visible: hovered
                ToolTip.text: qsTr("Cancel this order")
            }
        }
    }
}
