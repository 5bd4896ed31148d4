// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import CityTwin.Ui

// Simulation → Compare runs…: two runs recorded in the twin side by side. The KPIs with their
// difference (green where it favours a run, for the KPIs where better is clear), and charts of
// what was sampled over simulated time: the share evacuated of both runs on one chart, and a
// second chart of a series the user picks (shelter occupancy, persons on the way …).
// (No "ComponentBehavior: Bound" here: Qt 6.4 refuses to let the Loader inside the SplitView
// instantiate a bound inline component.)
Dialog {
    id: root

    required property TwinSession session
    readonly property RunComparison comparison: comparison
    readonly property alias chartsItem: chartsLoader.item
    readonly property color colorA: "#1f77b4"
    readonly property color colorB: "#ff7f0e"

    title: qsTr("Compare runs")
    modal: true
    width: Math.min(1180, parent ? parent.width * 0.95 : 1180)
    height: Math.min(780, parent ? parent.height * 0.95 : 780)
    padding: 12
    standardButtons: Dialog.Close

    onAboutToShow: comparison.refresh()

    RunComparison {
        id: comparison
        session: root.session
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 8

        RowLayout {
            Layout.fillWidth: true
            spacing: 8
            Rectangle { width: 12; height: 12; radius: 2; color: root.colorA }
            Label { text: qsTr("Run A") }
            ComboBox {
                id: pickA
                objectName: "runA"
                Layout.fillWidth: true
                model: comparison.runs
                textRole: "label"
                valueRole: "id"
                enabled: comparison.runs.length > 0
                currentIndex: indexOfValue(comparison.runA)
                onActivated: comparison.runA = currentValue
            }
            Rectangle { width: 12; height: 12; radius: 2; color: root.colorB }
            Label { text: qsTr("Run B") }
            ComboBox {
                id: pickB
                objectName: "runB"
                Layout.fillWidth: true
                model: comparison.runs
                textRole: "label"
                valueRole: "id"
                enabled: comparison.runs.length > 0
                currentIndex: indexOfValue(comparison.runB)
                onActivated: comparison.runB = currentValue
            }
            BusyIndicator {
                objectName: "comparisonLoading"
                running: comparison.loading
                visible: running
                Layout.preferredWidth: 28
                Layout.preferredHeight: 28
            }
        }

        Label {
            objectName: "noRuns"
            Layout.fillWidth: true
            visible: comparison.runs.length < 2
            wrapMode: Text.Wrap
            color: palette.placeholderText
            text: comparison.runs.length === 0
                  ? qsTr("This twin has no recorded runs. Run a scenario on the timeline and record it, then record another (another seed or scenario) to compare.")
                  : qsTr("Only one run is recorded in this twin; record another to compare.")
        }

        Label {
            objectName: "comparisonError"
            Layout.fillWidth: true
            visible: comparison.errorString.length > 0
            color: "#b00020"
            wrapMode: Text.Wrap
            text: comparison.errorString
        }

        SplitView {
            Layout.fillWidth: true
            Layout.fillHeight: true
            orientation: Qt.Horizontal

            // KPIs: name, run A, run B, difference (B − A).
            ListView {
                id: kpiList
                objectName: "kpiTable"
                SplitView.preferredWidth: 470
                SplitView.minimumWidth: 320
                clip: true
                model: comparison.kpis
                headerPositioning: ListView.OverlayHeader
                ScrollBar.vertical: ScrollBar {}

                readonly property real valueWidth: 92

                header: Rectangle {
                    z: 2
                    width: kpiList.width
                    height: headerRow.implicitHeight + 8
                    color: palette.window
                    RowLayout {
                        id: headerRow
                        anchors.fill: parent
                        anchors.leftMargin: 4
                        anchors.rightMargin: 4
                        Label { text: qsTr("KPI"); font.bold: true; Layout.fillWidth: true }
                        Label { text: qsTr("Run A"); font.bold: true; color: root.colorA; horizontalAlignment: Text.AlignRight; Layout.preferredWidth: kpiList.valueWidth }
                        Label { text: qsTr("Run B"); font.bold: true; color: root.colorB; horizontalAlignment: Text.AlignRight; Layout.preferredWidth: kpiList.valueWidth }
                        Label { text: qsTr("B − A"); font.bold: true; horizontalAlignment: Text.AlignRight; Layout.preferredWidth: kpiList.valueWidth }
                    }
                }

                delegate: Rectangle {
                    id: kpiRow
                    required property var modelData
                    required property int index
                    objectName: "kpi:" + modelData.key
                    width: kpiList.width
                    height: rowLayout.implicitHeight + 6
                    color: index % 2 ? palette.alternateBase : palette.base
                    RowLayout {
                        id: rowLayout
                        anchors.fill: parent
                        anchors.leftMargin: 4
                        anchors.rightMargin: 4
                        Label {
                            text: kpiRow.modelData.label
                            elide: Text.ElideRight
                            Layout.fillWidth: true
                            ToolTip.visible: hovered.hovered
                            ToolTip.text: kpiRow.modelData.key
                            HoverHandler { id: hovered }
                        }
                        Label {
                            text: kpiRow.modelData.a
                            font.bold: kpiRow.modelData.better === "a"
                            horizontalAlignment: Text.AlignRight
                            elide: Text.ElideRight
                            Layout.preferredWidth: kpiList.valueWidth
                        }
                        Label {
                            text: kpiRow.modelData.b
                            font.bold: kpiRow.modelData.better === "b"
                            horizontalAlignment: Text.AlignRight
                            elide: Text.ElideRight
                            Layout.preferredWidth: kpiList.valueWidth
                        }
                        Label {
                            objectName: "delta"
                            text: kpiRow.modelData.delta
                            horizontalAlignment: Text.AlignRight
                            Layout.preferredWidth: kpiList.valueWidth
                            color: kpiRow.modelData.better === "b" ? "#1a7f37" : kpiRow.modelData.better === "a" ? "#b00020" : palette.text
                        }
                    }
                }
            }

            // The charts are made when the dialog opens (Qt Charts draws with Graphics View).
            Loader {
                id: chartsLoader
                SplitView.fillWidth: true
                SplitView.minimumWidth: 360
                active: root.visible
                sourceComponent: CompareRunsCharts {
                    comparison: root.comparison
                    colorA: root.colorA
                    colorB: root.colorB
                }
            }
        }
    }
}
