// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import CityTwin.Ui

// Cursor position in WGS84 and in the twin's metric CRS, loading progress, the signed-in
// operator with their role (and Sign in / Sign out), scale bar, north arrow.
ToolBar {
    id: root

    required property var twin        // ct::ui::TwinSession
    required property var map         // MapView
    required property OperatorSession operatorSession

    signal signInRequested()

    property var cursorPosition: ({ valid: false })

    function setCursor(x, y, valid) {
        root.cursorPosition = valid ? formatter.describe(x, y) : { valid: false };
    }

    RoleTitles { id: roleTitles }

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
        Label {
            // Why the operator was signed out or their role changed without asking (the
            // account was disabled or changed by an administrator); a click dismisses it.
            objectName: "operatorNotice"
            visible: root.twin.isOpen && root.operatorSession.notice.length > 0
            Layout.maximumWidth: 460
            elide: Text.ElideRight
            text: root.operatorSession.notice
            color: "#b35c00"
            font.bold: true
            ToolTip.visible: noticeHover.hovered
            ToolTip.text: qsTr("%1\n(Click to dismiss.)").arg(root.operatorSession.notice)
            HoverHandler { id: noticeHover }
            TapHandler { onTapped: root.operatorSession.dismissNotice() }
        }
        Label {
            objectName: "operatorLabel"
            visible: root.twin.isOpen
            text: root.operatorSession.signedIn
                  ? qsTr("%1 · %2").arg(root.operatorSession.displayName).arg(roleTitles.title(root.operatorSession.roleName))
                  : qsTr("Viewer (not signed in)")
            font.bold: root.operatorSession.signedIn
            ToolTip.visible: operatorHover.hovered
            ToolTip.text: root.operatorSession.signedIn
                          ? (root.operatorSession.bindings.length > 0
                             ? qsTr("Signed in as %1, responsible for %2").arg(root.operatorSession.operatorName)
                                   .arg(root.operatorSession.bindings.join(", "))
                             : qsTr("Signed in as %1").arg(root.operatorSession.operatorName))
                          : qsTr("Nobody is signed in: the twin can be looked at, not changed")
            HoverHandler { id: operatorHover }
        }
        ToolButton {
            objectName: "signInOutButton"
            visible: root.twin.isOpen
            text: root.operatorSession.signedIn ? qsTr("Sign out") : qsTr("Sign in…")
            onClicked: root.operatorSession.signedIn ? root.operatorSession.signOut() : root.signInRequested()
            ToolTip.visible: hovered
            ToolTip.delay: 500
            ToolTip.text: root.operatorSession.signedIn ? qsTr("End this operator's session (Ctrl+Shift+O)")
                                                        : qsTr("Sign in with an operator account (Ctrl+Shift+I)")
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
