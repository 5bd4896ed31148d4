// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import CityTwin.Shelters

// The shelter list: search, filters (status, congestion, power, hazard, needs attention), sort.
ColumnLayout {
    id: root

    required property ShelterDashboard dashboard
    signal shelterActivated(var fid)

    readonly property ShelterListModel model: root.dashboard.shelters
    spacing: 4

    RowLayout {
        Layout.fillWidth: true
        TextField {
            id: search
            Layout.fillWidth: true
            placeholderText: qsTr("Search name, address or id")
            selectByMouse: true
            onTextChanged: root.model.searchText = text
            ToolTip.visible: hovered
            ToolTip.text: qsTr("Show only shelters whose Japanese or English name, address or source id contains this text")
        }
        ToolButton {
            id: filterToggle
            checkable: true
            text: qsTr("Filters")
            highlighted: root.model.statusFilter.length > 0 || root.model.congestionFilter.length > 0
                         || root.model.powerFilter.length > 0 || root.model.hazardFilter.length > 0
                         || root.model.attentionOnly
            ToolTip.visible: hovered
            ToolTip.text: qsTr("Filter by status, congestion, power and hazard suitability")
        }
    }

    GridLayout {
        Layout.fillWidth: true
        visible: filterToggle.checked
        columns: 2
        columnSpacing: 4
        rowSpacing: 2

        Label { text: qsTr("Status") }
        ComboBox {
            Layout.fillWidth: true
            textRole: "title"
            valueRole: "value"
            model: [{ value: "", title: qsTr("any") },
                    { value: "active", title: qsTr("operating (not closed)") }].concat(root.dashboard.statusOptions)
            onActivated: {
                if (currentValue === "")
                    root.model.statusFilter = [];
                else if (currentValue === "active")
                    root.model.statusFilter = ["opening", "open", "full", "closing"];
                else
                    root.model.statusFilter = [currentValue];
            }
            ToolTip.visible: hovered
            ToolTip.text: qsTr("Only shelters in this state of their lifecycle")
        }
        Label { text: qsTr("Congestion") }
        ComboBox {
            Layout.fillWidth: true
            textRole: "title"
            valueRole: "value"
            model: [{ value: "", title: qsTr("any") },
                    { value: "23", title: qsTr("60 % and more") }].concat(root.dashboard.congestionOptions)
            onActivated: {
                if (currentValue === "")
                    root.model.congestionFilter = [];
                else if (currentValue === "23")
                    root.model.congestionFilter = [2, 3];
                else
                    root.model.congestionFilter = [Number(currentValue)];
            }
            ToolTip.visible: hovered
            ToolTip.text: qsTr("Occupancy of capacity: under 30 %, 30–60 %, 60–80 %, 80 % and more (a boundary belongs to the higher level)")
        }
        Label { text: qsTr("Power") }
        ComboBox {
            Layout.fillWidth: true
            textRole: "title"
            valueRole: "value"
            model: [{ value: "", title: qsTr("any") }].concat(root.dashboard.powerOptions)
            onActivated: root.model.powerFilter = currentValue === "" ? [] : [currentValue]
            ToolTip.visible: hovered
            ToolTip.text: qsTr("Where the shelter's electricity comes from now")
        }
        Label { text: qsTr("Suitable for") }
        ComboBox {
            Layout.fillWidth: true
            textRole: "title"
            valueRole: "value"
            model: [{ value: "", title: qsTr("any hazard") }].concat(root.dashboard.hazardOptions)
            onActivated: root.model.hazardFilter = currentValue
            ToolTip.visible: hovered
            ToolTip.text: qsTr("Only shelters designated for this hazard (e.g. a flood-unsuitable shelter is hidden for flood)")
        }
        CheckBox {
            Layout.columnSpan: 2
            text: qsTr("Needs attention only")
            checked: root.model.attentionOnly
            onToggled: root.model.attentionOnly = checked
            ToolTip.visible: hovered
            ToolTip.text: qsTr("Unacknowledged requests, supply shortages, no power or over capacity")
        }
    }

    RowLayout {
        Layout.fillWidth: true
        Label {
            text: qsTr("Sort")
        }
        ComboBox {
            id: sortBox
            Layout.fillWidth: true
            textRole: "title"
            valueRole: "value"
            model: [{ value: "attention", title: qsTr("most urgent first") },
                    { value: "name", title: qsTr("name") },
                    { value: "status", title: qsTr("status") },
                    { value: "congestion", title: qsTr("congestion") },
                    { value: "occupancy", title: qsTr("evacuees") },
                    { value: "free", title: qsTr("free places") },
                    { value: "capacity", title: qsTr("capacity") },
                    { value: "requests", title: qsTr("open requests") },
                    { value: "load", title: qsTr("power load") }]
            Component.onCompleted: currentIndex = indexOfValue(root.model.sortKey)
            onActivated: root.model.sortKey = currentValue
            ToolTip.visible: hovered
            ToolTip.text: qsTr("Most urgent first: shelters with unacknowledged requests (longest waiting on top), then shortages, no power or overcrowding, then by congestion")
        }
        ToolButton {
            enabled: root.model.sortKey !== "attention"
            text: root.model.sortAscending ? "▲" : "▼"
            onClicked: root.model.sortAscending = !root.model.sortAscending
            ToolTip.visible: hovered
            ToolTip.text: root.model.sortAscending ? qsTr("Ascending; click for descending") : qsTr("Descending; click for ascending")
        }
    }

    Label {
        Layout.fillWidth: true
        text: qsTr("%1 of %2 shelters").arg(root.model.count).arg(root.model.total)
        color: palette.placeholderText
        font.pixelSize: 11
    }

    ListView {
        id: list
        Layout.fillWidth: true
        Layout.fillHeight: true
        clip: true
        model: root.model
        boundsBehavior: Flickable.StopAtBounds
        ScrollBar.vertical: ScrollBar {}
        delegate: ShelterDelegate {
            width: ListView.view.width
            onActivated: fid => root.shelterActivated(fid)
        }
    }
}
