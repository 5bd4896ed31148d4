// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import CityTwin.Ui

// Cursor position in WGS84 and in the twin's metric CRS, loading progress, scale bar, north arrow.
ToolBar {
    id: root

    required property var twin        // ct::ui::TwinSession
    required property var map         // MapView

    property var cursorPosition: ({ valid: false })

    function setCursor(x, y, valid) {
        root.cursorPosition = valid ? formatter.describe(x, y) : { valid: false };
    }

    PositionFormatter {
        id: formatter
        sourceCrs: root.twin.isOpen ? root.twin.crs : "EPSG:6677"
    }

    RowLayout {
        anchors.fill: parent
        anchors.leftMargin: 8
        anchors.rightMargin: 8
        spacing: 16

        Label {
            objectName: "wgs84Readout"
            Layout.preferredWidth: 230
            text: root.cursorPosition.valid ? root.cursorPosition.wgs84 : "—"
            font.family: "monospace"
            ToolTip.visible: wgsHover.hovered
            ToolTip.text: qsTr("Cursor position, WGS84 latitude and longitude")
            HoverHandler { id: wgsHover }
        }
        Label {
            objectName: "metricReadout"
            Layout.preferredWidth: 260
            text: root.cursorPosition.valid ? root.cursorPosition.metric : "—"
            font.family: "monospace"
            ToolTip.visible: metricHover.hovered
            ToolTip.text: qsTr("Cursor position in %1 (easting, northing)").arg(formatter.sourceCrs)
            HoverHandler { id: metricHover }
        }
        Label {
            text: root.twin.isOpen ? root.twin.crs : ""
            color: palette.placeholderText
        }
        Item { Layout.fillWidth: true }
        ProgressBar {
            visible: root.twin.isOpen && !root.map.ready && root.map.loadError.length === 0
            Layout.preferredWidth: 140
            value: root.map.loadProgress
            ToolTip.visible: visible && progressHover.hovered
            ToolTip.text: qsTr("Loading the twin's layers")
            HoverHandler { id: progressHover }
        }
        Label {
            visible: root.twin.readOnly
            text: qsTr("read-only")
            color: "#b35c00"
        }
        ScaleBar {
            metresPerPixel: root.map.metresPerPixel
        }
        NorthArrow {
            headingDegrees: root.map.headingDegrees
            onClicked: root.map.resetView()
        }
    }
}
