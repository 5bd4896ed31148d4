// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import QtQuick.Dialogs
import CityTwin.Ui

// The console window: menus, the layer panel, the map, the inspector and domain panels, the
// status bar. Collaborators come in as required properties from the application context.
ApplicationWindow {
    id: root

    required property TwinSession session
    required property PluginListModel plugins
    required property LanguageController languages
    required property ImportController importer
    required property TimelineController timeline
    required property OperatorSession operatorSession
    // Ask who is working whenever a twin is opened (off for --screenshot runs: nobody to type).
    property bool signInOnOpen: true
    property string initialView: "2d"
    // --center LON,LAT and --zoom M/PX: where the first view looks (else the whole city).
    property real initialLongitude: NaN
    property real initialLatitude: NaN
    property real initialMetresPerPixel: 0
    // --panel ID: the domain panel shown at start (plugin id); the one shown now, for --screenshot.
    property string initialPanel: ""
    readonly property string openPanel: domainPanels.currentPanel
    readonly property alias domainPanelsView: domainPanels

    readonly property bool mapReady: map.ready && root.initialViewApplied
    property bool initialViewApplied: false
    readonly property bool importBusy: root.importer.busy
    // A scenario being prepared, or running towards --until: not yet the picture asked for.
    readonly property bool timelineBusy: root.timeline.preparing || root.pendingUntil.length > 0
                                         || (root.timeline.mode === "simulation" && root.timeline.playing)
    property string pendingUntil: ""

    // --scenario FILE [--until HH:MM]: start a simulation, run it to that time and pause there.
    function runScenario(url, until) {
        root.pendingUntil = until && until.length > 0 ? until : "";
        if (!root.timeline.startSimulation(url))
            root.pendingUntil = "";
    }

    Connections {
        target: root.timeline
        function onModeChanged() {
            if (root.timeline.mode !== "simulation" || root.pendingUntil.length === 0)
                return;
            const parts = root.pendingUntil.split(":");
            root.pendingUntil = "";
            root.timeline.seek((Number(parts[0]) * 60 + Number(parts[1] ?? 0)) * 60);
        }
        function onStateChanged() {
            if (!root.timeline.preparing && root.timeline.mode === "live" && root.timeline.errorString.length > 0)
                root.pendingUntil = "";
        }
    }
    readonly property alias mapView: map

    // Whether the signed-in operator (or the viewer) may perform `action` on `target`. Reads the
    // operator's role first, so bindings calling it follow sign-in and sign-out.
    function may(action, target) {
        return root.session.isOpen && root.operatorSession.roleName.length > 0
               && root.operatorSession.may(action, target ?? "");
    }

    // Only administrators are offered the accounts; the store refuses anyone else anyway.
    function syncAccountsMenu() {
        let index = -1;
        for (let i = 0; i < operatorMenu.count; ++i) {
            if (operatorMenu.actionAt(i) === accountsAction)
                index = i;
        }
        if (root.operatorSession.isAdministrator && index < 0)
            operatorMenu.addAction(accountsAction);
        else if (!root.operatorSession.isAdministrator && index >= 0)
            operatorMenu.takeAction(index);
        else
            return;
        // A closed menu does not lay out the item it gained or lost until told to.
        operatorMenu.contentItem.forceLayout?.();
    }

    Action {
        id: accountsAction
        objectName: "accountsAction"
        text: qsTr("&Accounts…")
        shortcut: "Ctrl+Shift+A"
        enabled: root.operatorSession.isAdministrator
        onTriggered: accountsDialog.open()
    }

    function askSignIn() {
        if (root.session.isOpen && !root.operatorSession.signedIn)
            signInDialog.open();
    }

    Connections {
        target: root.session
        function onOpenedChanged() {
            if (root.signInOnOpen)
                root.askSignIn();
            else if (!root.session.isOpen)
                signInDialog.close();
        }
    }

    width: 1280
    height: 800
    visible: true
    title: session.isOpen ? qsTr("%1 — CityTwin Console").arg(session.name) : qsTr("CityTwin Console")
    font.family: "Noto Sans CJK JP"

    function openTwin(url) {
        if (!root.session.open(url))
            errorDialog.show(qsTr("Cannot open the twin"), root.session.errorString);
        else if (root.session.warnings.length > 0)
            errorDialog.show(qsTr("Some plugins could not prepare this twin"), root.session.warnings.join("\n"));
        root.plugins.refresh();
    }

    // Dropped or chosen files: a twin is opened; anything else is imported into the open twin.
    function openOrImport(urls) {
        if (urls.length === 0)
            return;
        if (urls.length === 1 && root.session.isTwin(urls[0])) {
            root.openTwin(urls[0]);
            return;
        }
        root.importFiles(urls);
    }

    function importFiles(urls) {
        if (!root.session.isOpen) {
            errorDialog.show(qsTr("No twin is open"), qsTr("Open a twin first; imported data goes into the open twin."));
            return;
        }
        if (root.session.readOnly) {
            errorDialog.show(qsTr("The twin is read-only"), qsTr("This twin file cannot be written, so nothing can be imported into it."));
            return;
        }
        if (!root.may("layer.import")) {
            errorDialog.show(qsTr("Not allowed to import"),
                             root.operatorSession.signedIn ? root.session.refusal("layer.import", "")
                                                           : qsTr("Sign in with an account that may import data (Operator → Sign in)."));
            return;
        }
        if (root.importer.importFiles(urls, skipBadRows.checked))
            importDialog.open();
    }

    Connections {
        target: root.importer
        function onFinished(changed) {
            if (changed) {
                root.session.reload();
                map.reload();
            }
        }
    }

    function showFeature(layer, fid) {
        inspector.show(layer, fid);
        const centre = root.session.featureCentre(layer, fid);
        if (centre.x !== undefined)
            map.centerOn(centre.x, centre.y);
    }

    menuBar: MenuBar {
        Menu {
            title: qsTr("&File")
            Action {
                text: qsTr("&Open twin…")
                shortcut: StandardKey.Open
                onTriggered: openDialog.open()
            }
            Action {
                text: qsTr("&Import…")
                shortcut: "Ctrl+I"
                enabled: root.session.isOpen && !root.importer.busy && root.may("layer.import")
                onTriggered: importFileDialog.open()
            }
            Action {
                id: skipBadRows
                text: qsTr("Import good rows of files with bad rows")
                checkable: true
                checked: false
            }
            MenuSeparator {}
            Action {
                text: qsTr("&Report…")
                enabled: root.session.isOpen
                onTriggered: reportDialog.open()
            }
            MenuSeparator {}
            Action {
                text: qsTr("&Close twin")
                enabled: root.session.isOpen
                onTriggered: {
                    inspector.clear();
                    root.session.close();
                }
            }
            MenuSeparator {}
            Action {
                text: qsTr("&Quit")
                shortcut: StandardKey.Quit
                onTriggered: Qt.quit()
            }
        }
        Menu {
            title: qsTr("&View")
            Action {
                text: qsTr("&2D map")
                shortcut: "Ctrl+2"
                checkable: true
                checked: map.viewMode === "2d"
                onTriggered: map.viewMode = "2d"
            }
            Action {
                text: qsTr("&3D view")
                shortcut: "Ctrl+3"
                checkable: true
                checked: map.viewMode === "3d"
                onTriggered: map.viewMode = "3d"
            }
            MenuSeparator {}
            Action {
                text: qsTr("&Reset view")
                shortcut: "Ctrl+Home"
                onTriggered: map.resetView()
            }
            Action {
                text: qsTr("Zoom &in")
                shortcut: StandardKey.ZoomIn
                onTriggered: map.zoomIn()
            }
            Action {
                text: qsTr("Zoom &out")
                shortcut: StandardKey.ZoomOut
                onTriggered: map.zoomOut()
            }
            MenuSeparator {}
            Action {
                text: qsTr("&Layer panel")
                shortcut: "Ctrl+L"
                checkable: true
                checked: layerPanel.visible
                onTriggered: layerPanel.visible = !layerPanel.visible
            }
        }
        Menu {
            title: qsTr("S&imulation")
            Action {
                text: qsTr("&Compare runs…")
                enabled: root.session.isOpen
                onTriggered: compareRunsDialog.open()
            }
        }
        Menu {
            title: qsTr("&Settings")
            Menu {
                title: qsTr("&Language")
                ActionGroup { id: languageGroup }
                Action {
                    text: qsTr("Follow the system")
                    checkable: true
                    ActionGroup.group: languageGroup
                    checked: root.languages.choice === ""
                    onTriggered: root.languages.choice = ""
                }
                Action {
                    text: "日本語"
                    checkable: true
                    ActionGroup.group: languageGroup
                    checked: root.languages.choice === "ja"
                    onTriggered: root.languages.choice = "ja"
                }
                Action {
                    text: "English"
                    checkable: true
                    ActionGroup.group: languageGroup
                    checked: root.languages.choice === "en"
                    onTriggered: root.languages.choice = "en"
                }
            }
        }
        Menu {
            id: operatorMenu
            objectName: "operatorMenu"
            title: qsTr("&Operator")
            Action {
                id: signInAction
                text: qsTr("Sign &in…")
                shortcut: "Ctrl+Shift+I"
                enabled: root.session.isOpen && !root.operatorSession.signedIn
                onTriggered: signInDialog.open()
            }
            Action {
                id: signOutAction
                text: qsTr("Sign &out")
                shortcut: "Ctrl+Shift+O"
                enabled: root.operatorSession.signedIn
                onTriggered: root.operatorSession.signOut()
            }
            Action {
                text: qsTr("&Change my password…")
                enabled: root.operatorSession.signedIn
                onTriggered: changePasswordDialog.open()
            }
            // Operator → Accounts… is added for administrators only (syncAccountsMenu()).
        }
        Menu {
            title: qsTr("&Help")
            Action {
                text: root.plugins.failedCount > 0 ? qsTr("&Plugins… (%n failed)", "", root.plugins.failedCount)
                                                   : qsTr("&Plugins…")
                onTriggered: pluginsDialog.open()
            }
            Action {
                text: qsTr("&About CityTwin Console")
                onTriggered: aboutDialog.open()
            }
        }
    }

    PositionFormatter {
        id: twinPositions
        sourceCrs: root.session.isOpen ? root.session.crs : "EPSG:6677"
    }

    Connections {
        target: map
        function onReadyChanged() {
            if (!map.ready || root.initialViewApplied)
                return;
            if (!isNaN(root.initialLongitude) && !isNaN(root.initialLatitude)) {
                const p = twinPositions.fromWgs84(root.initialLongitude, root.initialLatitude);
                if (p.valid)
                    map.setView(p.x, p.y, root.initialMetresPerPixel);
            } else if (root.initialMetresPerPixel > 0) {
                const c = map.controller.groundAt(map.width / 2, map.height / 2);
                if (c.valid)
                    map.setView(c.x, c.y, root.initialMetresPerPixel);
            }
            root.initialViewApplied = true;
        }
    }

    Connections {
        target: root.languages
        function onLanguageChanged() {
            root.session.retranslate();
            mapOverlays.refresh();   // titles, notes and legends in the new language
        }
    }

    SplitView {
        anchors.fill: parent
        orientation: Qt.Horizontal

        LayerPanel {
            id: layerPanel
            SplitView.preferredWidth: 260
            SplitView.minimumWidth: 180
            layers: root.session.layers
            overlays: mapOverlays.model
        }

        Item {
            SplitView.fillWidth: true
            SplitView.minimumWidth: 300

            MapView {
                id: map
                // The ground under the pointer (EPSG:6677); a click there also goes to the domain
                // panels, e.g. to place a new damage report.
                property real groundX: NaN
                property real groundY: NaN
                anchors.fill: parent
                layerModel: root.session.layers
                twinPath: root.session.path
                viewMode: root.initialView
                focus: true
                onFeatureClicked: (layer, fid) => {
                    if (!isNaN(map.groundX))
                        domainPanels.mapClicked(map.groundX, map.groundY);
                    if (layer.length > 0)
                        inspector.show(layer, fid);
                    else
                        inspector.clear();
                }
                onCursorMoved: (x, y, valid) => {
                    statusBar.setCursor(x, y, valid);
                    map.groundX = valid ? x : NaN;
                    map.groundY = valid ? y : NaN;
                }
            }

            // Draws polygons and circles on the map for the plugin panels (e.g. safety notice
            // areas); idle, it lets every click through to the map.
            MapDrawTool {
                id: drawTool
                objectName: "mapDrawTool"
                anchors.fill: map
                map: map.controller
                onCursorMoved: (x, y, valid) => statusBar.setCursor(x, y, valid)
            }
            Label {
                objectName: "mapDrawHint"
                anchors.top: parent.top
                anchors.horizontalCenter: parent.horizontalCenter
                anchors.topMargin: 8
                width: Math.min(implicitWidth + 16, parent.width - 20)
                visible: drawTool.active
                text: drawTool.hint
                wrapMode: Text.Wrap
                padding: 6
                color: drawTool.hintIsProblem ? "#b00020" : "#202020"
                background: Rectangle { color: "#eeffffff"; radius: 4; border.color: "#7b3fa0" }
            }

            Label {
                anchors.centerIn: parent
                visible: !root.session.isOpen
                horizontalAlignment: Text.AlignHCenter
                text: qsTr("No twin is open.\nUse File → Open (Ctrl+O) or drop a .gpkg twin here.")
                font.pixelSize: 16
                color: palette.placeholderText
            }

            Label {
                anchors.centerIn: parent
                visible: root.session.isOpen && map.loadError.length > 0
                text: map.loadError
                color: "#b00020"
                wrapMode: Text.Wrap
                width: parent.width * 0.8
                horizontalAlignment: Text.AlignHCenter
            }

            DropArea {
                id: drop
                anchors.fill: parent
                keys: ["text/uri-list"]
                onDropped: drag => {
                    if (drag.hasUrls)
                        root.openOrImport(drag.urls);
                }
                Rectangle {
                    anchors.fill: parent
                    visible: drop.containsDrag
                    color: "#302b6cb0"
                    border.color: "#2b6cb0"
                    border.width: 3
                    Label {
                        anchors.centerIn: parent
                        text: root.session.isOpen ? qsTr("Drop a twin to open it, or data files to import them")
                                                  : qsTr("Drop a twin to open it")
                        font.pixelSize: 20
                    }
                }
            }
        }

        ColumnLayout {
            SplitView.preferredWidth: 320
            SplitView.minimumWidth: 220
            spacing: 0

            Inspector {
                id: inspector
                Layout.fillWidth: true
                Layout.preferredHeight: parent.height * 0.45
                twin: root.session
                onCentreRequested: (layer, fid) => root.showFeature(layer, fid)
            }
            DomainPanels {
                id: domainPanels
                Layout.fillWidth: true
                Layout.fillHeight: true
                twin: root.session
                plugins: root.plugins
                mapDrawTool: drawTool
                timeline: root.timeline
                onFeatureActivated: (layer, fid) => root.showFeature(layer, fid)
            }
        }
    }

    footer: ColumnLayout {
        spacing: 0
        Timeline {
            Layout.fillWidth: true
            timeline: root.timeline
            twinOpen: root.session.isOpen
            mayRecord: root.may("simulation.record")
            onErrorOccurred: message => errorDialog.show(qsTr("The scenario cannot run"), message)
        }
        StatusBar {
            id: statusBar
            Layout.fillWidth: true
            twin: root.session
            map: map
            operatorSession: root.operatorSession
            onSignInRequested: signInDialog.open()
        }
    }

    // The plugins' layers computed for the signed-in operator (safety alerts and hotspots).
    MapOverlays {
        id: mapOverlays
        twin: root.session
        plugins: root.plugins
        map: map.controller
        // A click on a plugin's symbol (a vehicle, an alert) selects it in the owner's panel.
        onPicked: owner => domainPanels.showPanel(owner)
    }

    Component.onCompleted: {
        root.timeline.map = map.controller;
        if (root.initialPanel.length > 0)
            domainPanels.showPanel(root.initialPanel);
        if (root.signInOnOpen)
            root.askSignIn();
    }

    FileDialog {
        id: openDialog
        title: qsTr("Open a twin")
        nameFilters: [qsTr("CityTwin twins (*.gpkg)"), qsTr("All files (*)")]
        onAccepted: root.openTwin(selectedFile)
    }

    FileDialog {
        id: importFileDialog
        title: qsTr("Import into the twin")
        fileMode: FileDialog.OpenFiles
        nameFilters: [qsTr("GIS data (*.geojson *.json *.csv *.gml *.xml *.osm *.pbf *.gpkg *.shp *.kml)"), qsTr("All files (*)")]
        onAccepted: root.importFiles(selectedFiles)
    }

    ImportDialog {
        id: importDialog
        anchors.centerIn: parent
        importer: root.importer
    }

    CompareRunsDialog {
        id: compareRunsDialog
        anchors.centerIn: parent
        session: root.session
    }

    ReportDialog {
        id: reportDialog
        anchors.centerIn: parent
        session: root.session
        plugins: root.plugins
        language: root.languages.language
    }

    Dialog {
        id: errorDialog
        property string detail
        function show(heading, text) {
            errorDialog.title = heading;
            errorDialog.detail = text;
            errorDialog.open();
        }
        anchors.centerIn: parent
        width: Math.min(560, root.width * 0.9)
        modal: true
        standardButtons: Dialog.Ok
        Label {
            width: parent.width
            text: errorDialog.detail
            wrapMode: Text.Wrap
        }
    }

    PluginsDialog {
        id: pluginsDialog
        anchors.centerIn: parent
        plugins: root.plugins
    }

    AboutDialog {
        id: aboutDialog
        anchors.centerIn: parent
    }

    SignInDialog {
        id: signInDialog
        anchors.centerIn: parent
        operatorSession: root.operatorSession
        twinName: root.session.name
    }

    ChangePasswordDialog {
        id: changePasswordDialog
        anchors.centerIn: parent
        operatorSession: root.operatorSession
    }

    AccountsDialog {
        id: accountsDialog
        anchors.centerIn: parent
        width: Math.min(760, root.width * 0.95)
        height: Math.min(640, root.height * 0.95)
        operatorSession: root.operatorSession
    }

    // Signing out (or another twin) ends what only the operator could see.
    Connections {
        target: root.operatorSession
        function onOperatorChanged() {
            root.syncAccountsMenu();
            if (!root.operatorSession.isAdministrator)
                accountsDialog.close();
            if (!root.operatorSession.signedIn)
                changePasswordDialog.close();
        }
    }
}
