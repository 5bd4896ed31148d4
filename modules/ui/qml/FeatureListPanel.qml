// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// A domain panel's list of the features of one layer, filterable; activating a row asks the shell
// to show the feature (centre the map, open the inspector). Plugins build their panels on it.
Item {
    id: root

    required property var twin              // ct::ui::TwinSession
    property string heading
    property string layerName
    property string titleField: "name"
    property string detailField
    property string detailFormat: "%1"
    property int limit: 2000

    signal featureActivated(string layer, var fid)

    property var rows: []

    function reload() {
        if (!root.twin || !root.twin.isOpen) {
            root.rows = [];
            return;
        }
        const fields = [root.titleField];
        if (root.detailField.length > 0)
            fields.push(root.detailField);
        root.rows = root.twin.features(root.layerName, fields, root.limit);
    }

    readonly property var filteredRows: {
        const needle = filter.text.trim().toLowerCase();
        if (needle.length === 0)
            return root.rows;
        return root.rows.filter(row => String(row[root.titleField] ?? "").toLowerCase().indexOf(needle) >= 0);
    }

    Component.onCompleted: reload()
    Connections {
        target: root.twin
        function onOpenedChanged() { root.reload(); }
    }

    implicitWidth: 280
    implicitHeight: 400

    ColumnLayout {
        anchors.fill: parent
        spacing: 4

        Label {
            Layout.fillWidth: true
            text: root.heading
            font.bold: true
            font.pixelSize: 15
            elide: Text.ElideRight
        }
        Label {
            Layout.fillWidth: true
            text: root.rows.length === 0 ? qsTr("No features in this twin")
                                         : qsTr("%n feature(s)", "", root.rows.length)
            color: palette.placeholderText
        }
        TextField {
            id: filter
            Layout.fillWidth: true
            placeholderText: qsTr("Filter by name")
            selectByMouse: true
            ToolTip.visible: hovered
            ToolTip.text: qsTr("Show only the features whose name contains this text")
        }
        ListView {
            id: list
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            model: root.filteredRows
            ScrollBar.vertical: ScrollBar {}
            delegate: ItemDelegate {
                id: row
                required property var modelData
                width: ListView.view.width
                text: String(row.modelData[root.titleField] ?? qsTr("(unnamed)"))
                onClicked: root.featureActivated(root.layerName, row.modelData.fid)
                contentItem: ColumnLayout {
                    spacing: 0
                    Label {
                        Layout.fillWidth: true
                        text: row.text
                        elide: Text.ElideRight
                    }
                    Label {
                        Layout.fillWidth: true
                        visible: root.detailField.length > 0
                        text: root.detailFormat.arg(row.modelData[root.detailField] ?? "–")
                        color: palette.placeholderText
                        font.pixelSize: 11
                        elide: Text.ElideRight
                    }
                }
            }
        }
    }
}
