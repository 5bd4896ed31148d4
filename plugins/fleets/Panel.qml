// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import CityTwin.Fleets

// The fleets panel: every vehicle (list, filters, details and track), the dispatcher's desk for
// on-demand requests, and the service's KPIs over time.
Item {
    id: root

    required property var twin            // ct::ui::TwinSession (plugin::TwinAccess)
    /// The console's timeline (ct::ui::TimelineController), handed in by the console; while it
    /// replays the recorded run chosen as the vehicle source, the vehicles follow its time.
    property var timeline: null

    /// A click on the map's ground (EPSG:6677), from the console: places a new request's pick-up
    /// or drop-off while the dispatch page asks for one.
    function mapPicked(x: real, y: real) {
        dispatchPage.mapPicked(x, y);
        livePage.mapPicked(x, y);
    }

    FleetController {
        id: fleet
        objectName: "fleetController"
        twin: root.twin
        sourceSeconds: fleet.sourceRunId > 0 && root.timeline && root.timeline.mode === "replay"
                       && root.timeline.runId === fleet.sourceRunId ? root.timeline.timeSeconds : -1
        // A vehicle clicked on the main map: its details on the Vehicles tab.
        onPickedOnMap: pages.currentIndex = 0
    }
    // A run recorded (or the runs re-read) on the timeline: offer it as a vehicle source.
    Connections {
        target: root.timeline
        ignoreUnknownSignals: true
        function onRunsChanged() { fleet.refreshRecordedRuns(); }
    }
    DispatchController {
        id: dispatch
        objectName: "dispatchController"
        twin: root.twin
        // Watched closely while the Dispatch or KPI tab is on screen (every 3 s, else every 30 s).
        shown: root.visible && (pages.currentIndex === 1 || pages.currentIndex === 2)
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 4

        TabBar {
            id: pages
            objectName: "fleetsTabs"
            Layout.fillWidth: true
            TabButton { text: qsTr("Vehicles (%1)").arg(fleet.total); width: implicitWidth }
            TabButton { text: qsTr("Dispatch (%1)").arg(dispatch.requests.length); width: implicitWidth }
            TabButton { text: qsTr("KPIs"); width: implicitWidth }
            TabButton { text: qsTr("Live"); width: implicitWidth }
        }

        StackLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            currentIndex: pages.currentIndex

            VehiclesPage { controller: fleet }
            DispatchPage { id: dispatchPage; controller: dispatch }
            KpiCharts { controller: dispatch }
            LivePage { id: livePage; twin: root.twin }
        }
    }
}
