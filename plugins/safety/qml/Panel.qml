// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import CityTwin.Safety

// The community-safety panel: what the signed-in operator may see of the alerts, analysed —
// hotspot map (kernel density with the bandwidth chosen here), hour × weekday profile,
// near-repeats, a patrol loop within a time budget, streetlight suggestions and the hotspots
// without a patrol today.
Item {
    id: root

    required property var twin              // ct::ui::TwinSession (plugin::TwinAccess)
    /// The main map's drawing tool (ct::ui::MapDrawTool), handed in by the console; null when
    /// the panel is shown without a map (areas can then not be drawn).
    property var mapDrawTool: null
    /// The console's timeline (ct::ui::TimelineController), handed in by the console; while it
    /// replays the recorded run chosen as the alert source, the analysis follows its time.
    property var timeline: null
    property alias controller: controller
    property alias page: tabs.currentIndex  // 0 alerts, 1 analysis, 2 areas
    readonly property bool drawing: root.mapDrawTool !== null && root.mapDrawTool.active && root.mapDrawTool.owner === "safety"

    /// After an area was stored or deleted: the map reads the twin again and shows the layer.
    function showAreasOnMap() {
        if (!root.twin || !root.twin.layers)
            return;
        let row = root.twin.layers.indexOf("safety_areas");
        if (row < 0 && typeof root.twin.reload === "function") {
            root.twin.reload();   // the first area created the layer
            row = root.twin.layers.indexOf("safety_areas");
        }
        if (row >= 0)
            root.twin.layers.setVisible(row, true);
        if (root.mapDrawTool)
            root.mapDrawTool.reloadMap();
    }

    /// A click on the console's map (EPSG:6677): the place of the alert being recorded.
    function mapPicked(x: real, y: real) {
        intake.pickedX = x;
        intake.pickedY = y;
        intake.hasPick = true;
        placeMap.checked = true;
    }

    implicitWidth: 380
    implicitHeight: 1200

    SafetyController {
        id: controller
        twin: root.twin
        sourceSeconds: controller.sourceRunId > 0 && root.timeline && root.timeline.mode === "replay"
                       && root.timeline.runId === controller.sourceRunId ? root.timeline.timeSeconds : -1
    }

    // An alert clicked on the main map: the alerts tab, scrolled to it (once its row exists).
    Connections {
        target: controller
        function onPickedOnMap(alertId) {
            tabs.currentIndex = 0;
            Qt.callLater(root.revealSelectedAlert);
        }
    }
    function revealSelectedAlert() {
        for (let i = 0; i < alertRepeater.count; ++i) {
            const item = alertRepeater.itemAt(i);
            if (item && item.selected) {
                const flick = alertsScroll.contentItem;
                const y = item.mapToItem(flick.contentItem, 0, 0).y;
                flick.contentY = Math.max(0, Math.min(y - 20, flick.contentHeight - flick.height));
                return;
            }
        }
    }

    // A run recorded (or the runs re-read) on the timeline: offer it as an alert source.
    Connections {
        target: root.timeline
        ignoreUnknownSignals: true
        function onRunsChanged() { controller.refreshRecordedRuns(); }
    }

    Connections {
        target: root.mapDrawTool
        ignoreUnknownSignals: true
        function onFinished(owner: string, shape: var) {
            if (owner !== "safety")
                return;
            areaDialog.shape = shape;
            areaDialog.error = "";
            nameField.text = "";
            nameEnField.text = "";
            subscribersBox.value = 0;
            areaDialog.open();
            nameField.forceActiveFocus();
        }
    }

    // The drawn shape's name (Japanese, English) and subscriber count.
    Dialog {
        id: areaDialog
        objectName: "areaDialog"
        property var shape: ({})
        property string error
        parent: Overlay.overlay
        anchors.centerIn: parent
        modal: true
        title: qsTr("New notice area")
        width: 380

        ColumnLayout {
            anchors.fill: parent
            Label {
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                text: areaDialog.shape.kind === "radius"
                      ? qsTr("A circle of %1 m radius.").arg(Math.round(areaDialog.shape.radiusMetres ?? 0))
                      : qsTr("A polygon of %1 corners.").arg((areaDialog.shape.points ?? []).length)
            }
            GridLayout {
                Layout.fillWidth: true
                columns: 2
                Label { text: qsTr("Name (Japanese)") }
                TextField { id: nameField; objectName: "areaNameField"; Layout.fillWidth: true; placeholderText: qsTr("e.g. 竹園1丁目") }
                Label { text: qsTr("Name (English)") }
                TextField { id: nameEnField; objectName: "areaNameEnField"; Layout.fillWidth: true; placeholderText: qsTr("e.g. Takezono 1") }
                Label { text: qsTr("Subscribers") }
                SpinBox {
                    id: subscribersBox
                    objectName: "areaSubscribersBox"
                    from: 0; to: 10000000; stepSize: 10
                    editable: true
                    ToolTip.visible: hovered
                    ToolTip.text: qsTr("How many parents and residents receive notices for this area")
                }
            }
            Label {
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                visible: areaDialog.error.length > 0
                color: "#b00020"
                text: areaDialog.error
            }
        }
        footer: DialogButtonBox {
            Button {
                objectName: "areaSaveButton"
                text: qsTr("Save")
                DialogButtonBox.buttonRole: DialogButtonBox.ActionRole
                onClicked: {
                    const result = controller.addDrawnArea(areaDialog.shape, nameField.text, nameEnField.text, subscribersBox.value);
                    if (!result.ok) {
                        areaDialog.error = result.error;   // the dialog stays: fix and save again
                        return;
                    }
                    areaDialog.close();
                    areasPage.failed = false;
                    areasPage.message = qsTr("Area \"%1\" saved.").arg(nameField.text.trim());
                    root.page = 2;
                    root.showAreasOnMap();
                }
            }
            Button {
                text: qsTr("Discard")
                DialogButtonBox.buttonRole: DialogButtonBox.RejectRole
            }
        }
    }

    Dialog {
        id: deleteDialog
        objectName: "deleteAreaDialog"
        property string areaId
        property string areaName
        property int subscribers
        parent: Overlay.overlay
        anchors.centerIn: parent
        modal: true
        title: qsTr("Delete notice area")
        width: 380
        standardButtons: Dialog.Yes | Dialog.No
        Label {
            width: parent.width
            wrapMode: Text.Wrap
            text: qsTr("Delete \"%1\"? Its %2 subscribers get no more notices for it. Notices already sent stay in the outbox.")
                  .arg(deleteDialog.areaName).arg(deleteDialog.subscribers)
        }
        onAccepted: {
            const result = controller.removeArea(deleteDialog.areaId);
            areasPage.failed = !result.ok;
            areasPage.message = result.ok ? qsTr("Area \"%1\" deleted.").arg(deleteDialog.areaName) : result.error;
            if (result.ok)
                root.showAreasOnMap();
        }
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 4

        Label {
            Layout.fillWidth: true
            text: qsTr("Community safety")
            font.bold: true
            font.pixelSize: 15
        }
        Label {
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            color: controller.errorString.length > 0 ? "#b00020" : palette.placeholderText
            text: controller.errorString.length > 0
                  ? controller.errorString
                  : qsTr("%1 alerts in the last %2 days, %3 of them with places generalised to 100 m")
                        .arg(controller.alertCount).arg(controller.windowDays).arg(controller.generalisedCount)
        }
        RowLayout {
            Layout.fillWidth: true
            visible: controller.recordedRuns.length > 0
            Label { text: qsTr("Alerts from") }
            ComboBox {
                id: sourceBox
                objectName: "alertSource"
                Layout.fillWidth: true
                textRole: "text"
                valueRole: "id"
                model: [{ text: qsTr("Live alerts"), id: 0 }].concat(controller.recordedRuns.map(
                    run => ({ text: qsTr("Recorded run: %1 (%n alert(s))", "", run.alerts).arg(run.name), id: run.id })))
                currentIndex: Math.max(0, indexOfValue(controller.sourceRunId))
                onActivated: controller.sourceRunId = currentValue
                ToolTip.visible: hovered
                ToolTip.delay: 600
                ToolTip.text: qsTr("The analysis and the map's safety layers use the generated alerts of a recorded simulation run (up to the timeline's time while it replays that run); the alert list and its steps stay the live alerts.")
            }
        }
        TabBar {
            id: tabs
            Layout.fillWidth: true
            TabButton { text: qsTr("Alerts") }
            TabButton { text: qsTr("Analysis") }
            TabButton { text: qsTr("Areas") }
        }

        StackLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            currentIndex: tabs.currentIndex

            // --- alerts: intake and lifecycle ---------------------------------------------------
            ScrollView {
                id: alertsScroll
                contentWidth: availableWidth
                clip: true

                ColumnLayout {
                    id: intake
                    width: alertsScroll.availableWidth
                    spacing: 4

                    property real pickedX: 0
                    property real pickedY: 0
                    property bool hasPick: false
                    property string message
                    property bool failed: false

                    Label {
                        text: qsTr("Record an alert")
                        font.bold: true
                        visible: controller.may("received", schoolBox.currentValue ?? -1) || controller.may("received", -1)
                    }
                    GridLayout {
                        Layout.fillWidth: true
                        columns: 2
                        columnSpacing: 6
                        visible: controller.may("received", schoolBox.currentValue ?? -1) || controller.may("received", -1)

                        Label { text: qsTr("When (JST)") }
                        TextField {
                            id: fromField
                            Layout.fillWidth: true
                            placeholderText: "2026-03-01 16:30"
                            text: Qt.formatDateTime(new Date(), "yyyy-MM-dd HH:mm")
                        }
                        Label { text: qsTr("Until (optional)") }
                        TextField { id: toField; Layout.fillWidth: true; placeholderText: "2026-03-01 17:00" }
                        Label { text: qsTr("Category") }
                        ComboBox {
                            id: categoryBox
                            Layout.fillWidth: true
                            model: controller.categories
                            textRole: "en"
                            valueRole: "key"
                            displayText: currentIndex >= 0 ? controller.categories[currentIndex].ja + " / " + currentText : ""
                        }
                        Label { text: qsTr("Place") }
                        Flow {
                            Layout.fillWidth: true
                            RadioButton { id: placeMap; text: qsTr("Map"); checked: true }
                            RadioButton { id: placeAddress; text: qsTr("Address") }
                            RadioButton { id: placeSchool; text: qsTr("School") }
                        }
                        Label { text: placeMap.checked ? qsTr("Point") : placeAddress.checked ? qsTr("Address") : qsTr("School") }
                        Item {
                            Layout.fillWidth: true
                            implicitHeight: placeMap.checked ? pickLabel.implicitHeight : placeAddress.checked ? addressField.implicitHeight : placeSchoolBox.implicitHeight
                            Label {
                                id: pickLabel
                                visible: placeMap.checked
                                width: parent.width
                                wrapMode: Text.Wrap
                                text: intake.hasPick ? qsTr("%1, %2 (EPSG:6677)").arg(intake.pickedX.toFixed(0)).arg(intake.pickedY.toFixed(0))
                                                     : qsTr("Click the place on the map")
                            }
                            TextField {
                                id: addressField
                                visible: placeAddress.checked
                                width: parent.width
                                placeholderText: qsTr("e.g. 竹園1丁目")
                            }
                            ComboBox {
                                id: placeSchoolBox
                                visible: placeSchool.checked
                                width: parent.width
                                model: controller.schools
                                textRole: "name"
                                valueRole: "fid"
                            }
                        }
                        Label { text: qsTr("Concerned school") }
                        ComboBox {
                            id: schoolBox
                            Layout.fillWidth: true
                            model: [{ fid: -1, name: qsTr("(none)") }].concat(controller.schools)
                            textRole: "name"
                            valueRole: "fid"
                        }
                        Label { text: qsTr("Description") }
                        TextField { id: descriptionField; Layout.fillWidth: true }
                        Label { text: qsTr("Suspect") }
                        TextField { id: suspectField; Layout.fillWidth: true; placeholderText: qsTr("e.g. man in his 40s, white car") }
                        Label { text: qsTr("Source") }
                        TextField { id: sourceField; Layout.fillWidth: true; placeholderText: qsTr("school or police station") }
                        Label {
                            Layout.columnSpan: 2
                            text: qsTr("Personal data (kept apart, seen only by the police and the school)")
                            font.italic: true
                        }
                        Label { text: qsTr("Victim age group") }
                        TextField { id: ageField; Layout.fillWidth: true; placeholderText: qsTr("e.g. 小学生") }
                        Label { text: qsTr("Grade") }
                        TextField { id: gradeField; Layout.fillWidth: true; placeholderText: qsTr("e.g. 小3") }
                        Label { text: qsTr("Reporter contact") }
                        TextField { id: contactField; Layout.fillWidth: true }
                    }
                    Button {
                        text: qsTr("Record")
                        visible: controller.may("received", schoolBox.currentValue ?? -1) || controller.may("received", -1)
                        onClicked: {
                            const result = controller.recordAlert({
                                occurredFrom: fromField.text, occurredTo: toField.text,
                                placeKind: placeMap.checked ? "map" : placeAddress.checked ? "address" : "school",
                                x: intake.hasPick ? intake.pickedX : undefined, y: intake.hasPick ? intake.pickedY : undefined,
                                address: addressField.text, placeSchool: placeSchoolBox.currentValue ?? -1,
                                category: categoryBox.currentValue, description: descriptionField.text,
                                suspect: suspectField.text, source: sourceField.text, school: schoolBox.currentValue ?? -1,
                                victimAgeGroup: ageField.text, victimGrade: gradeField.text, reporterContact: contactField.text
                            });
                            intake.failed = !result.ok;
                            intake.message = result.ok ? qsTr("Alert %1 recorded (received).").arg(result.id)
                                                       : (result.where ? result.where + ": " : "") + result.error;
                            if (result.ok) {
                                descriptionField.text = ""; suspectField.text = ""; ageField.text = "";
                                gradeField.text = ""; contactField.text = ""; intake.hasPick = false;
                            }
                        }
                    }
                    Label {
                        Layout.fillWidth: true
                        wrapMode: Text.Wrap
                        visible: intake.message.length > 0
                        color: intake.failed ? "#b00020" : "#1b5e20"
                        text: intake.message
                    }

                    Label {
                        text: qsTr("Alerts you may see")
                        font.bold: true
                    }
                    TextField {
                        id: reasonField
                        Layout.fillWidth: true
                        placeholderText: qsTr("Reason (needed to retract)")
                    }
                    Repeater {
                        id: alertRepeater
                        model: controller.alertRows
                        delegate: Frame {
                            id: row
                            required property var modelData
                            readonly property bool selected: controller.selectedAlert === row.modelData.id
                            objectName: "alertRow" + row.modelData.id
                            Layout.fillWidth: true
                            padding: 4
                            background: Rectangle {
                                color: row.selected ? Qt.rgba(palette.highlight.r, palette.highlight.g, palette.highlight.b, 0.25) : "transparent"
                                border.color: row.selected ? palette.highlight : palette.mid
                                border.width: row.selected ? 2 : 1
                                radius: 2
                            }
                            TapHandler {
                                onTapped: controller.selectedAlert = row.selected ? 0 : row.modelData.id
                            }
                            ColumnLayout {
                                width: parent.width
                                spacing: 2
                                Label {
                                    Layout.fillWidth: true
                                    elide: Text.ElideRight
                                    font.bold: true
                                    text: qsTr("#%1 %2 / %3 — %4").arg(row.modelData.id).arg(row.modelData.categoryJa)
                                          .arg(row.modelData.categoryEn).arg(row.modelData.time)
                                }
                                Label {
                                    Layout.fillWidth: true
                                    wrapMode: Text.Wrap
                                    color: palette.placeholderText
                                    text: qsTranslate("SafetyStatus", row.modelData.status)
                                          + (row.modelData.detail === "generalised" ? " · " + qsTr("place generalised, no personal data") : "")
                                          + (row.modelData.reason ? " · " + row.modelData.reason : "")
                                }
                                Label {
                                    Layout.fillWidth: true
                                    wrapMode: Text.Wrap
                                    visible: (row.modelData.personalText ?? "").length > 0
                                    text: row.modelData.personalText ?? ""
                                }
                                Flow {
                                    Layout.fillWidth: true
                                    spacing: 4
                                    Repeater {
                                        model: [{ to: "verified", label: qsTr("Verify") }, { to: "published", label: qsTr("Publish") },
                                                { to: "closed", label: qsTr("Close") }, { to: "retracted", label: qsTr("Retract") }]
                                        delegate: Button {
                                            required property var modelData
                                            text: modelData.label
                                            visible: row.modelData.next.indexOf(modelData.to) >= 0
                                                     && controller.may(modelData.to, row.modelData.school)
                                            onClicked: {
                                                const result = controller.transition(row.modelData.id, modelData.to, reasonField.text);
                                                intake.failed = !result.ok;
                                                intake.message = result.ok ? "" : result.error;
                                            }
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }

            // --- analysis -------------------------------------------------------------------------
            ScrollView {
                id: scroll
                contentWidth: availableWidth
                clip: true

                ColumnLayout {
                    width: scroll.availableWidth
                    spacing: 6

                    Label {
                        text: qsTr("Analysis parameters")
                        font.bold: true
                    }
                    GridLayout {
                        id: parameters
                        Layout.fillWidth: true
                        columns: 2
                        columnSpacing: 8
                        rowSpacing: 2

                        Label { text: qsTr("Bandwidth (m)") }
                        ParameterBox {
                            objectName: "bandwidthBox"
                            range: controller.ranges.bandwidthMetres
                            value: controller.bandwidthMetres
                            onValueModified: controller.bandwidthMetres = value
                            tip: qsTr("Radius of the kernel: larger values give smoother, wider hotspots (%1–%2 m)")
                        }
                        Label { text: qsTr("Cell size (m)") }
                        ParameterBox {
                            objectName: "cellBox"
                            range: controller.ranges.cellMetres
                            value: controller.cellMetres
                            onValueModified: controller.cellMetres = value
                            tip: qsTr("Side of a cell of the density grid: smaller cells show more detail and take longer (%1–%2 m)")
                        }
                        Label { text: qsTr("Period (days)") }
                        ParameterBox {
                            objectName: "windowBox"
                            range: controller.ranges.windowDays
                            value: controller.windowDays
                            onValueModified: controller.windowDays = value
                            tip: qsTr("Alerts of the last this many days are analysed; on the map they fade with age over this period (%1–%2 days)")
                        }
                        Label { text: qsTr("Near-repeat distance (m)") }
                        ParameterBox {
                            objectName: "nearRepeatMetresBox"
                            range: controller.ranges.nearRepeatMetres
                            value: controller.nearRepeatMetres
                            onValueModified: controller.nearRepeatMetres = value
                            tip: qsTr("An alert is a near-repeat when another one happened within this distance … (%1–%2 m)")
                        }
                        Label { text: qsTr("Near-repeat days") }
                        ParameterBox {
                            objectName: "nearRepeatDaysBox"
                            range: controller.ranges.nearRepeatDays
                            value: controller.nearRepeatDays
                            onValueModified: controller.nearRepeatDays = value
                            tip: qsTr("… and within this many days before it (%1–%2 days)")
                        }
                    }
                    RowLayout {
                        Layout.fillWidth: true
                        Button {
                            text: qsTr("Defaults")
                            onClicked: controller.resetParameters()
                            ToolTip.visible: hovered
                            ToolTip.text: qsTr("Bandwidth 400 m, cells 50 m, 90 days, near-repeats within 200 m and 14 days, patrol 60 min")
                        }
                        BusyIndicator {
                            implicitWidth: 28
                            implicitHeight: 28
                            running: controller.busy
                            visible: running
                        }
                        Label {
                            Layout.fillWidth: true
                            visible: controller.busy
                            text: qsTr("Recomputing…")
                            color: palette.placeholderText
                        }
                    }

                    HotspotView {
                        id: map
                        objectName: "hotspotView"
                        Layout.fillWidth: true
                        Layout.preferredHeight: width
                        controller: controller
                        showAlerts: alertsBox.checked
                        showDensity: densityBox.checked
                        showPatrol: patrolBox.checked
                        showStreetlights: lightsBox.checked
                    }
                    Flow {
                        Layout.fillWidth: true
                        spacing: 4
                        CheckBox { id: densityBox; text: qsTr("Hotspots"); checked: true }
                        CheckBox { id: alertsBox; text: qsTr("Alerts (fading with age)"); checked: true }
                        CheckBox { id: patrolBox; text: qsTr("Patrol"); checked: true }
                        CheckBox { id: lightsBox; text: qsTr("Streetlight suggestions"); checked: true }
                    }

                    Label {
                        text: qsTr("Hotspots")
                        font.bold: true
                    }
                    Repeater {
                        model: controller.hotspots.slice(0, 5)
                        delegate: Label {
                            required property var modelData
                            Layout.fillWidth: true
                            text: qsTr("#%1: peak %2 alerts/km², about %3 alerts in %4 km²")
                                  .arg(modelData.rank).arg(modelData.peakDensity.toFixed(1))
                                  .arg(modelData.expectedAlerts.toFixed(1)).arg(modelData.areaKm2.toFixed(2))
                        }
                    }
                    Label {
                        Layout.fillWidth: true
                        wrapMode: Text.Wrap
                        text: qsTr("%1 near-repeat alerts (another alert within %2 m and %3 days before)")
                              .arg(controller.nearRepeatCount).arg(controller.nearRepeatMetres).arg(controller.nearRepeatDays)
                    }

                    Label {
                        text: qsTr("Alerts by hour (JST) and weekday")
                        font.bold: true
                    }
                    Loader {
                        id: chart
                        Layout.fillWidth: true
                        Layout.preferredHeight: 260
                        Component.onCompleted: setSource(controller.chartsAvailable ? "TimeChart.qml" : "TimeTable.qml",
                                                         { controller: controller })
                    }

                    Label {
                        text: qsTr("Patrol")
                        font.bold: true
                    }
                    RowLayout {
                        Layout.fillWidth: true
                        Label { text: qsTr("Time budget (min)") }
                        ParameterBox {
                            objectName: "patrolMinutesBox"
                            range: controller.ranges.patrolMinutes
                            value: controller.patrolMinutes
                            onValueModified: controller.patrolMinutes = value
                            tip: qsTr("Longest loop a patrol may take from the police box and back; a suggested loop is planned again when it changes (%1–%2 min)")
                        }
                    }
                    RowLayout {
                        Button {
                            text: qsTr("Suggest patrol")
                            onClicked: controller.planPatrol()
                        }
                        Button {
                            text: qsTr("Plan it for today")
                            enabled: controller.patrol.minutes !== undefined
                            onClicked: controller.savePatrol()
                        }
                    }
                    Label {
                        Layout.fillWidth: true
                        wrapMode: Text.Wrap
                        visible: controller.patrol.minutes !== undefined
                        text: controller.patrol.minutes === undefined ? ""
                              : qsTr("From %1 through hotspots %2: %3 min, %4 km")
                                    .arg(controller.patrol.policeBox).arg(controller.patrol.hotspots.join(", "))
                                    .arg(controller.patrol.minutes.toFixed(0)).arg(controller.patrol.kilometres.toFixed(1))
                    }
                    Repeater {
                        model: controller.unpatrolledHotspots
                        delegate: Label {
                            required property var modelData
                            Layout.fillWidth: true
                            color: "#b00020"
                            text: qsTr("Hotspot #%1 has no patrol planned today").arg(modelData.rank)
                        }
                    }
                    Button {
                        visible: controller.unpatrolledHotspots.length > 0
                        text: qsTr("Raise an alert for them")
                        onClicked: controller.raiseUnpatrolled()
                    }

                    Label {
                        text: qsTr("Streetlight suggestions")
                        font.bold: true
                    }
                    Repeater {
                        model: controller.streetlightSuggestions.slice(0, 5)
                        delegate: Label {
                            required property var modelData
                            Layout.fillWidth: true
                            text: modelData.metresToLight < 0
                                  ? qsTr("Road %1: no streetlight in the twin").arg(modelData.roadId)
                                  : qsTr("Road %1: %2 m from the nearest light").arg(modelData.roadId).arg(modelData.metresToLight.toFixed(0))
                        }
                    }
                }
            }

            // --- subscription areas: drawn on the map, deleted with confirmation ---------------
            ScrollView {
                id: areasScroll
                contentWidth: availableWidth
                clip: true

                ColumnLayout {
                    id: areasPage
                    width: areasScroll.availableWidth
                    spacing: 4

                    property string message
                    property bool failed: false

                    Label {
                        text: qsTr("Notice areas")
                        font.bold: true
                    }
                    Label {
                        Layout.fillWidth: true
                        wrapMode: Text.Wrap
                        color: palette.placeholderText
                        text: qsTr("Parents and residents subscribe to these areas; a published alert is sent to every area it lies in.")
                    }
                    RowLayout {
                        Layout.fillWidth: true
                        visible: controller.mayWriteAreas
                        Button {
                            objectName: "drawPolygonButton"
                            text: qsTr("Draw area…")
                            enabled: root.mapDrawTool !== null && !root.drawing
                            onClicked: {
                                areasPage.message = "";
                                root.mapDrawTool.start("polygon", "safety");
                            }
                            ToolTip.visible: hovered
                            ToolTip.text: qsTr("Click the corners on the map; Backspace removes the last, Enter or a double click finishes, Esc cancels")
                        }
                        Button {
                            objectName: "drawRadiusButton"
                            text: qsTr("Draw radius…")
                            enabled: root.mapDrawTool !== null && !root.drawing
                            onClicked: {
                                areasPage.message = "";
                                root.mapDrawTool.start("radius", "safety");
                            }
                            ToolTip.visible: hovered
                            ToolTip.text: qsTr("Click the centre on the map, then click or drag to the edge")
                        }
                        Button {
                            text: qsTr("Cancel drawing")
                            visible: root.drawing
                            onClicked: root.mapDrawTool.cancel()
                        }
                    }
                    Label {
                        Layout.fillWidth: true
                        wrapMode: Text.Wrap
                        visible: !controller.mayWriteAreas
                        color: palette.placeholderText
                        text: qsTr("Your role may not draw or delete notice areas (police liaison, planners, HQ and administrators may).")
                    }
                    Label {
                        Layout.fillWidth: true
                        wrapMode: Text.Wrap
                        visible: controller.mayWriteAreas && root.mapDrawTool === null
                        color: palette.placeholderText
                        text: qsTr("Areas are drawn on the main map, which is not available here.")
                    }
                    Label {
                        Layout.fillWidth: true
                        wrapMode: Text.Wrap
                        visible: root.drawing
                        color: root.drawing && root.mapDrawTool.hintIsProblem ? "#b00020" : palette.text
                        text: root.drawing ? root.mapDrawTool.hint : ""
                    }
                    Label {
                        objectName: "areasMessage"
                        Layout.fillWidth: true
                        wrapMode: Text.Wrap
                        visible: areasPage.message.length > 0
                        color: areasPage.failed ? "#b00020" : "#1b5e20"
                        text: areasPage.message
                    }
                    Label {
                        visible: controller.areas.length === 0
                        color: palette.placeholderText
                        text: qsTr("No notice areas yet.")
                    }
                    Repeater {
                        model: controller.areas
                        delegate: Frame {
                            id: areaRow
                            required property var modelData
                            Layout.fillWidth: true
                            padding: 4
                            RowLayout {
                                width: parent.width
                                Label {
                                    Layout.fillWidth: true
                                    wrapMode: Text.Wrap
                                    text: qsTr("%1%2 · %3 · %4 subscribers")
                                          .arg(areaRow.modelData.name)
                                          .arg(areaRow.modelData.nameEn ? " / " + areaRow.modelData.nameEn : "")
                                          .arg(qsTranslate("SafetyAreaKind", areaRow.modelData.kind))
                                          .arg(areaRow.modelData.subscribers)
                                }
                                Button {
                                    text: qsTr("Delete…")
                                    visible: controller.mayWriteAreas
                                    onClicked: {
                                        deleteDialog.areaId = areaRow.modelData.areaId;
                                        deleteDialog.areaName = areaRow.modelData.name;
                                        deleteDialog.subscribers = areaRow.modelData.subscribers;
                                        deleteDialog.open();
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}
