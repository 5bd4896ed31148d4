// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import CityTwin.Shelters

// The HQ dashboard of the shelters: totals, the shelter list (filter, sort), a shelter's detail
// with its lifecycle, head count, stock, power, medical counts, requests and message thread, and
// the queue of open requests of all shelters. Buttons follow the operator's permissions; the
// store checks them again whatever the panel shows.
Item {
    id: root

    required property var twin            // ct::ui::TwinSession (implements TwinAccess)
    signal featureActivated(string layer, var fid)

    property int overviewTab: 0           // 0 shelters, 1 requests

    implicitWidth: 320
    implicitHeight: 600

    ShelterDashboard {
        id: hq
        twin: root.twin
        onActionFailed: message => status.show(message, true)
        onActionDone: what => status.show(what, false)
    }

    function openShelter(fid) {
        hq.selectedFid = fid;
        if (stack.depth === 1)
            stack.push(detailPage);
        root.featureActivated("shelters", fid);
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 4

        RowLayout {
            Layout.fillWidth: true
            Label {
                Layout.fillWidth: true
                text: qsTr("Shelters — HQ dashboard")
                font.bold: true
                font.pixelSize: 15
                elide: Text.ElideRight
            }
            ToolButton {
                text: "⟳"
                onClicked: hq.refresh()
                ToolTip.visible: hovered
                ToolTip.text: qsTr("Read the shelters again from the twin (it also refreshes on its own every 15 s)")
            }
        }
        Label {
            Layout.fillWidth: true
            visible: root.twin && root.twin.isOpen
            text: hq.operatorName.length > 0
                  ? qsTr("Acting as %1 (%2)").arg(hq.operatorName).arg(hq.operatorRole)
                  : qsTr("Not signed in: read only")
            color: palette.placeholderText
            elide: Text.ElideRight
            font.pixelSize: 11
        }
        Label {
            Layout.fillWidth: true
            visible: !hq.ready
            text: root.twin && root.twin.isOpen ? hq.errorString : qsTr("Open a twin to see its shelters.")
            wrapMode: Text.Wrap
            color: palette.placeholderText
        }

        TotalsGrid {
            Layout.fillWidth: true
            visible: hq.ready
            totals: hq.totals
            onShowRequests: {
                if (stack.depth > 1)
                    stack.pop();
                root.overviewTab = 1;
            }
        }

        StackView {
            id: stack
            objectName: "stack"
            Layout.fillWidth: true
            Layout.fillHeight: true
            visible: hq.ready
            clip: true
            initialItem: overviewPage
        }

        Label {
            id: status
            Layout.fillWidth: true
            visible: text.length > 0
            wrapMode: Text.Wrap
            font.pixelSize: 12
            property bool failed: false
            color: failed ? "#c62828" : "#2e7d32"
            function show(message, isError) {
                status.failed = isError;
                status.text = message;
                clearTimer.restart();
            }
            Timer {
                id: clearTimer
                interval: 8000
                onTriggered: status.text = ""
            }
        }
    }

    Component {
        id: overviewPage
        ColumnLayout {
            spacing: 4
            TabBar {
                id: tabs
                Layout.fillWidth: true
                currentIndex: root.overviewTab
                onCurrentIndexChanged: root.overviewTab = currentIndex
                TabButton {
                    text: qsTr("Shelters (%1)").arg(hq.shelters.count)
                }
                TabButton {
                    text: hq.openRequests.unacknowledged > 0
                          ? qsTr("Requests (%1 new)").arg(hq.openRequests.unacknowledged)
                          : qsTr("Requests (%1)").arg(hq.openRequests.count)
                }
            }
            StackLayout {
                Layout.fillWidth: true
                Layout.fillHeight: true
                currentIndex: tabs.currentIndex
                ShelterList {
                    dashboard: hq
                    onShelterActivated: fid => root.openShelter(fid)
                }
                RequestList {
                    model: hq.openRequests
                    dashboard: hq
                    showShelter: true
                    emptyText: qsTr("No open requests.")
                    onShelterActivated: fid => root.openShelter(fid)
                }
            }
        }
    }

    Component {
        id: detailPage
        ShelterDetail {
            dashboard: hq
            onBack: {
                stack.pop();
                hq.selectedFid = -1;
            }
        }
    }
}
