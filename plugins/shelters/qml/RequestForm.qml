// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import CityTwin.Shelters

// A new request from the selected shelter to HQ: kind, for supplies an item and quantity, a note.
GridLayout {
    id: root

    required property ShelterDashboard dashboard
    property bool allowed: false
    property string refusal

    columns: 2
    columnSpacing: 4
    rowSpacing: 2
    enabled: root.allowed

    ComboBox {
        id: kind
        Layout.fillWidth: true
        textRole: "title"
        valueRole: "value"
        model: root.dashboard.requestKindOptions
        ToolTip.visible: hovered
        ToolTip.text: qsTr("What the shelter needs from HQ")
    }
    ComboBox {
        id: item
        Layout.fillWidth: true
        visible: kind.currentValue === "supplies"
        textRole: "title"
        valueRole: "value"
        model: [{ value: "", title: qsTr("(other supplies)") }].concat(root.dashboard.stockItemOptions)
        ToolTip.visible: hovered
        ToolTip.text: qsTr("A stock item: on delivery its quantity is added to the shelter's stock")
    }
    TextField {
        id: quantity
        Layout.fillWidth: true
        visible: kind.currentValue === "supplies" && item.currentValue !== ""
        placeholderText: qsTr("quantity")
        validator: DoubleValidator { bottom: 0; decimals: 1; notation: DoubleValidator.StandardNotation }
        selectByMouse: true
    }
    TextField {
        id: detail
        Layout.fillWidth: true
        Layout.columnSpan: quantity.visible ? 1 : 2
        placeholderText: qsTr("details (what, how many, by when)")
        selectByMouse: true
    }
    Button {
        Layout.columnSpan: 2
        text: qsTr("Send request to HQ")
        enabled: root.allowed && (detail.text.trim().length > 0 || (item.visible && item.currentValue !== ""))
        onClicked: {
            const q = quantity.visible ? Number.fromLocaleString(Qt.locale("C"), quantity.text || "0") : 0;
            if (root.dashboard.createRequest(kind.currentValue, detail.text, item.visible ? item.currentValue : "", isNaN(q) ? 0 : q)) {
                detail.text = "";
                quantity.text = "";
            }
        }
        ToolTip.visible: hovered
        ToolTip.text: root.allowed ? qsTr("HQ sees it at the top of its queue until acknowledged")
                                   : qsTr("Not allowed: %1").arg(root.refusal.length > 0 ? root.refusal : qsTr("your role may not raise requests"))
    }
}
