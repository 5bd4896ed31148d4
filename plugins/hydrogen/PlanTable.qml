// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// The proposed plan: one row per stop (bus, shelter or station, departure, ETA, hours of supply,
// covered person-hours) with a menu to give the stop to another bus or to drop it.
ColumnLayout {
    id: root

    required property var rows
    required property var summary
    required property var buses

    signal reassign(int row, string busId, string text)
    signal remove(int row, string text)
    signal shelterActivated(var fid)

    spacing: 2

    Label {
        Layout.fillWidth: true
        text: root.summary.edited
              ? qsTr("Edited plan: %1 person-hours (optimised %2, simple greedy %3)")
                    .arg(Number(root.summary.coveredPersonHours).toFixed(0))
                    .arg(Number(root.summary.optimisedPersonHours).toFixed(0))
                    .arg(Number(root.summary.baselinePersonHours).toFixed(0))
              : qsTr("Plan from %1 for %2 h: %3 person-hours covered (simple greedy %4)")
                    .arg(root.summary.startsText).arg(root.summary.horizonHours)
                    .arg(Number(root.summary.coveredPersonHours).toFixed(0))
                    .arg(Number(root.summary.baselinePersonHours).toFixed(0))
        wrapMode: Text.Wrap
        font.bold: true
    }

    GridLayout {
        Layout.fillWidth: true
        columns: 6
        columnSpacing: 6
        rowSpacing: 1

        Repeater {
            model: [qsTr("Bus"), qsTr("Shelter"), qsTr("ETA"), qsTr("Supply h"), qsTr("Person-h"), ""]
            delegate: Label {
                required property string modelData
                text: modelData
                font.bold: true
                font.pixelSize: 11
            }
        }
        Repeater {
            model: root.rows
            delegate: Repeater {
                id: cells
                required property var modelData
                readonly property var row: modelData
                model: 6
                delegate: Item {
                    id: cell
                    required property int index
                    implicitWidth: cell.index === 5 ? 26 : content.implicitWidth
                    implicitHeight: Math.max(content.implicitHeight, 22)
                    // The shelter column takes what is left and elides; the others keep their text.
                    Layout.fillWidth: index === 1
                    Layout.preferredWidth: index === 1 ? 60 : implicitWidth
                    Label {
                        id: content
                        visible: cell.index < 5
                        anchors.verticalCenter: parent.verticalCenter
                        width: parent.width
                        elide: Text.ElideRight
                        font.pixelSize: 11
                        color: cells.row.refuel ? "#0b7285" : palette.windowText
                        text: {
                            const r = cells.row;
                            switch (cell.index) {
                            case 0: return r.first ? r.busId : "";
                            case 1: return r.refuel ? qsTr("Refuel: %1").arg(r.target) : r.target;
                            case 2: return r.etaText;
                            case 3: return Number(r.hours).toFixed(1);
                            case 4: return r.refuel ? "" : Number(r.personHours).toFixed(0);
                            }
                            return "";
                        }
                        MouseArea {
                            anchors.fill: parent
                            enabled: cell.index === 1 && !cells.row.refuel
                            cursorShape: enabled ? Qt.PointingHandCursor : Qt.ArrowCursor
                            onClicked: root.shelterActivated(cells.row.shelterFid)
                        }
                        ToolTip.visible: (cell.index === 1 || cell.index === 2) && hover.hovered
                        ToolTip.text: cells.row.refuel
                                      ? qsTr("Departs %1; %2 kWh on arrival, full on leaving").arg(cells.row.departText)
                                            .arg(Number(cells.row.energyArrive).toFixed(0))
                                      : qsTr("Departs %1; %2 kWh on arrival, %3 kWh on leaving").arg(cells.row.departText)
                                            .arg(Number(cells.row.energyArrive).toFixed(0)).arg(Number(cells.row.energyLeave).toFixed(0))
                        HoverHandler { id: hover }
                    }
                    ToolButton {
                        visible: cell.index === 5
                        anchors.centerIn: parent
                        text: "⋯"
                        implicitHeight: 22
                        onClicked: menu.popup()
                        ToolTip.visible: hovered
                        ToolTip.text: qsTr("Give this stop to another bus, or drop it")
                        Menu {
                            id: menu
                            Repeater {
                                model: root.buses
                                delegate: MenuItem {
                                    required property var modelData
                                    visible: modelData.busId !== cells.row.busId && modelData.available
                                    height: visible ? implicitHeight : 0
                                    text: qsTr("Reassign to %1").arg(modelData.busId)
                                    onTriggered: root.reassign(cells.row.row, modelData.busId,
                                                               qsTr("Give the stop at %1 to bus %2? Its timing is worked out again.")
                                                                   .arg(cells.row.target).arg(modelData.busId))
                                }
                            }
                            MenuSeparator {}
                            MenuItem {
                                text: qsTr("Remove from the plan")
                                onTriggered: root.remove(cells.row.row,
                                                         qsTr("Remove the stop of %1 at %2 from the plan?").arg(cells.row.busId).arg(cells.row.target))
                            }
                        }
                    }
                }
            }
        }
    }
}
