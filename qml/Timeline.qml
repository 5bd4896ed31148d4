// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import QtQuick.Dialogs
import CityTwin.Ui

// The one timeline: live, a running simulation, or the replay of a recorded run. Play/pause
// (Space), step (.), speed 1×–3600×, seek by dragging, record a run, replay one.
ToolBar {
    id: root

    required property TimelineController timeline
    property bool twinOpen: false
    //! Whether the operator's role may record runs ("simulation.record").
    property bool mayRecord: true

    signal errorOccurred(string message)

    readonly property bool live: root.timeline.mode === "live"

    function modeText() {
        if (root.timeline.mode === "simulation")
            return qsTr("Simulation: %1").arg(root.timeline.title);
        if (root.timeline.mode === "replay")
            return qsTr("Replay: %1").arg(root.timeline.title);
        return qsTr("Live");
    }

    Connections {
        target: root.timeline
        function onErrorStringChanged() {
            if (root.timeline.errorString.length > 0)
                root.errorOccurred(root.timeline.errorString);
        }
    }

    Shortcut {
        sequence: "Space"
        enabled: !root.live
        onActivated: root.timeline.togglePlay()
    }
    Shortcut {
        sequence: "."
        enabled: !root.live
        onActivated: root.timeline.step()
    }

    RowLayout {
        anchors.fill: parent
        anchors.leftMargin: 8
        anchors.rightMargin: 8
        spacing: 8

        Label {
            objectName: "timelineMode"
            text: root.modeText()
            font.bold: true
            Layout.maximumWidth: 240
            elide: Text.ElideRight
        }
        ToolButton {
            objectName: "runScenario"
            text: qsTr("Run scenario…")
            enabled: root.twinOpen && !root.timeline.preparing
            onClicked: scenarioDialog.open()
            ToolTip.visible: hovered
            ToolTip.text: qsTr("Simulate a scenario (JSON) on this twin")
        }
        ToolButton {
            objectName: "replayRun"
            text: qsTr("Replay…")
            enabled: root.timeline.runs.length > 0
            onClicked: runsMenu.open()
            ToolTip.visible: hovered
            ToolTip.text: qsTr("Replay a run recorded in this twin")
            Menu {
                id: runsMenu
                Repeater {
                    model: root.timeline.runs
                    delegate: MenuItem {
                        required property var modelData
                        text: qsTr("#%1 %2 (seed %3)").arg(modelData.id).arg(modelData.name).arg(modelData.seed)
                        onTriggered: root.timeline.replay(modelData.id)
                    }
                }
            }
        }
        BusyIndicator {
            visible: root.timeline.preparing
            running: visible
            Layout.preferredHeight: 24
            Layout.preferredWidth: 24
        }
        ToolButton {
            objectName: "playPause"
            visible: !root.live
            text: root.timeline.playing ? "❚❚" : "▶"
            onClicked: root.timeline.togglePlay()
            ToolTip.visible: hovered
            ToolTip.text: root.timeline.playing ? qsTr("Pause (Space)") : qsTr("Play (Space)")
        }
        ToolButton {
            objectName: "step"
            visible: !root.live
            text: "▶❚"
            onClicked: root.timeline.step()
            ToolTip.visible: hovered
            ToolTip.text: qsTr("One step (.)")
        }
        ComboBox {
            id: speed
            objectName: "speed"
            visible: !root.live
            model: [1, 10, 60, 300, 900, 3600]
            displayText: qsTr("%1×").arg(currentValue)
            Component.onCompleted: currentIndex = Math.max(0, model.indexOf(root.timeline.speed))
            onActivated: root.timeline.speed = currentValue
            ToolTip.visible: hovered
            ToolTip.text: qsTr("Simulated seconds per second")
        }
        Slider {
            id: scrubber
            objectName: "scrubber"
            visible: !root.live
            Layout.fillWidth: true
            from: 0
            to: Math.max(1, root.timeline.endSeconds)
            value: root.timeline.timeSeconds
            onMoved: root.timeline.seek(value)
            ToolTip.visible: pressed
            ToolTip.text: qsTr("Go to this time")
        }
        Item {
            visible: root.live
            Layout.fillWidth: true
        }
        Label {
            objectName: "timelineClock"
            text: root.live ? root.timeline.clockText
                            : root.timeline.elapsedText + "  (" + root.timeline.clockText + ")"
            font.family: "monospace"
        }
        Label {
            objectName: "timelineFigures"
            visible: !root.live && root.timeline.figures.population !== undefined
            text: qsTr("sheltered %L1 / %L2 · moving %L3").arg(root.timeline.figures.sheltered ?? 0)
                      .arg(root.timeline.figures.population ?? 0).arg(root.timeline.figures.moving ?? 0)
        }
        ToolButton {
            objectName: "record"
            visible: root.timeline.mode === "simulation"
            enabled: root.timeline.canRecord && root.mayRecord
            text: qsTr("Record")
            onClicked: root.timeline.record()
            ToolTip.visible: hovered
            ToolTip.text: root.mayRecord ? qsTr("Store this run (events, samples, KPIs) in the twin; pause first")
                                         : qsTr("Sign in with a role that may record runs (planner, HQ commander, administrator)")
        }
        ToolButton {
            objectName: "backToLive"
            visible: !root.live
            text: qsTr("Live")
            onClicked: root.timeline.backToLive()
            ToolTip.visible: hovered
            ToolTip.text: qsTr("End the simulation or replay and show the live state")
        }
    }

    FileDialog {
        id: scenarioDialog
        title: qsTr("Run a scenario")
        currentFolder: root.timeline.scenarioFolder
        nameFilters: [qsTr("Scenarios (*.json)"), qsTr("All files (*)")]
        onAccepted: root.timeline.startSimulation(selectedFile)
    }
}
