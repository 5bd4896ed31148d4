// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// The selected report: what, where, who, its photo, its way through the queue, the roads it
// closed, the reports that may describe the same damage, and the triage actions.
ScrollView {
    id: root

    required property var controller       // DamageController
    readonly property var report: root.controller.selected
    readonly property bool hasReport: root.report.fid !== undefined

    signal showOnMap(var fid)

    clip: true
    contentWidth: availableWidth

    ColumnLayout {
        width: root.availableWidth
        spacing: 4

        Label {
            Layout.fillWidth: true
            visible: !root.hasReport
            text: qsTr("Select a report in the queue to see it here.")
            color: palette.placeholderText
            wrapMode: Text.Wrap
        }

        RowLayout {
            Layout.fillWidth: true
            visible: root.hasReport
            SeverityBadge {
                severity: root.report.severity ?? 1
            }
            Label {
                Layout.fillWidth: true
                text: qsTr("#%1 %2 — %3").arg(root.report.fid).arg(root.report.categoryLabel ?? "").arg(root.report.stateLabel ?? "")
                font.bold: true
                wrapMode: Text.Wrap
            }
            ToolButton {
                text: qsTr("Show")
                onClicked: root.showOnMap(root.report.fid)
                ToolTip.visible: hovered
                ToolTip.delay: 500
                ToolTip.text: qsTr("Centre the map on this report")
            }
        }

        Label {
            Layout.fillWidth: true
            visible: root.hasReport && (root.report.description ?? "").length > 0
            text: root.report.description ?? ""
            wrapMode: Text.Wrap
        }

        GridLayout {
            Layout.fillWidth: true
            visible: root.hasReport
            columns: 2
            columnSpacing: 8
            rowSpacing: 1
            Label { text: qsTr("Severity"); color: palette.placeholderText }
            Label { Layout.fillWidth: true; text: qsTr("%1 of 5").arg(root.report.severity ?? "") }
            Label { text: qsTr("Place"); color: palette.placeholderText }
            Label { Layout.fillWidth: true; text: root.report.position ?? ""; wrapMode: Text.Wrap }
            Label { text: qsTr("Reported"); color: palette.placeholderText }
            Label {
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                text: root.hasReport ? qsTr("%1 by %2%3").arg(Qt.formatDateTime(root.report.reportedAt, "yyyy-MM-dd hh:mm"))
                                           .arg(root.report.reporterKindLabel)
                                           .arg(root.report.reporterName.length > 0 ? " (" + root.report.reporterName + ")" : "")
                                     : ""
            }
            Label { text: qsTr("Entered"); color: palette.placeholderText }
            Label {
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                text: root.hasReport ? qsTr("%1 by %2").arg(Qt.formatDateTime(root.report.enteredAt, "yyyy-MM-dd hh:mm")).arg(root.report.enteredBy) : ""
            }
            Label { text: qsTr("Assigned to"); color: palette.placeholderText; visible: (root.report.assignedTo ?? "").length > 0 }
            Label { Layout.fillWidth: true; text: root.report.assignedTo ?? ""; visible: (root.report.assignedTo ?? "").length > 0 }
            Label { text: qsTr("Duplicate of"); color: palette.placeholderText; visible: (root.report.duplicateOf ?? 0) > 0 }
            Label { Layout.fillWidth: true; text: qsTr("#%1").arg(root.report.duplicateOf ?? 0); visible: (root.report.duplicateOf ?? 0) > 0 }
            Label { text: qsTr("Roads"); color: palette.placeholderText; visible: root.report.closesRoads ?? false }
            Label {
                Layout.fillWidth: true
                visible: root.report.closesRoads ?? false
                wrapMode: Text.Wrap
                text: (root.report.closedRoads ?? 0) > 0 ? qsTr("%n road link(s) closed for routing and simulation", "", root.report.closedRoads)
                                                        : (root.report.closuresEver ?? 0) > 0 ? qsTr("the roads it closed are open again")
                                                                                              : qsTr("closes roads once verified")
            }
        }

        Image {
            id: photo
            objectName: "photo"
            Layout.fillWidth: true
            Layout.preferredHeight: status === Image.Ready ? Math.min(220, width * sourceSize.height / Math.max(1, sourceSize.width)) : 0
            visible: root.hasReport && (root.report.hasPhoto ?? false)
            source: root.report.photoUrl ?? ""
            fillMode: Image.PreserveAspectFit
            horizontalAlignment: Image.AlignLeft
            asynchronous: true
        }
        Label {
            Layout.fillWidth: true
            visible: root.hasReport && (root.report.hasPhoto ?? false) && photo.status !== Image.Ready && photo.status !== Image.Loading
            text: qsTr("The photo cannot be shown.")
            color: palette.placeholderText
        }

        // --- actions ---------------------------------------------------------------------------
        Flow {
            Layout.fillWidth: true
            visible: root.hasReport && !(root.report.final ?? true)
            spacing: 4
            Button {
                objectName: "verifyButton"
                text: qsTr("Verify")
                visible: root.report.canVerify ?? false
                enabled: root.controller.mayTriage
                onClicked: confirm.ask(root.report.closesRoads
                                           ? qsTr("Verify report #%1? The road links within %2 m of it will be closed for routing and simulation.")
                                                 .arg(root.report.fid).arg(root.report.category === "flooding" ? root.controller.floodingRadius : root.controller.roadBlockedRadius)
                                           : qsTr("Verify report #%1?").arg(root.report.fid),
                                       () => root.controller.verify(root.report.fid))
                ToolTip.visible: hovered
                ToolTip.delay: 500
                ToolTip.text: root.controller.mayTriage ? qsTr("Confirm that the damage is real") : qsTr("Your role may not triage reports")
            }
            Button {
                text: (root.report.state ?? "") === "assigned" ? qsTr("Reassign…") : qsTr("Assign…")
                visible: root.report.canAssign ?? false
                enabled: root.controller.mayTriage
                onClicked: assignDialog.openFor(root.report.fid, root.report.assignedTo)
                ToolTip.visible: hovered
                ToolTip.delay: 500
                ToolTip.text: root.controller.mayTriage ? qsTr("Give the report to a team that deals with it") : qsTr("Your role may not triage reports")
            }
            Button {
                objectName: "resolveButton"
                text: qsTr("Resolve")
                visible: root.report.canResolve ?? false
                enabled: root.controller.mayResolve
                onClicked: confirm.ask((root.report.closedRoads ?? 0) > 0
                                           ? qsTr("Resolve report #%1? It leaves the queue and the %n road link(s) it closed reopen.", "", root.report.closedRoads).arg(root.report.fid)
                                           : qsTr("Resolve report #%1? It leaves the queue.").arg(root.report.fid),
                                       () => root.controller.resolve(root.report.fid))
                ToolTip.visible: hovered
                ToolTip.delay: 500
                ToolTip.text: root.controller.mayResolve ? qsTr("The damage has been dealt with") : qsTr("Your role may not resolve reports")
            }
            Button {
                text: qsTr("Duplicate of…")
                visible: root.report.canMarkDuplicate ?? false
                enabled: root.controller.mayTriage
                onClicked: duplicateDialog.openFor(root.report.fid)
                ToolTip.visible: hovered
                ToolTip.delay: 500
                ToolTip.text: root.controller.mayTriage ? qsTr("Mark this report as a duplicate of another report number") : qsTr("Your role may not triage reports")
            }
        }

        // --- likely duplicates ----------------------------------------------------------------
        Label {
            Layout.fillWidth: true
            Layout.topMargin: 4
            visible: root.hasReport && !(root.report.final ?? true)
            text: root.controller.suggestions.length > 0 ? qsTr("Possible duplicates (same category, within 150 m and 6 h)")
                                                         : qsTr("No likely duplicates (same category, within 150 m and 6 h)")
            font.bold: root.controller.suggestions.length > 0
            color: root.controller.suggestions.length > 0 ? palette.text : palette.placeholderText
            wrapMode: Text.Wrap
        }
        Repeater {
            model: root.controller.suggestions
            delegate: RowLayout {
                id: suggestion
                required property var modelData
                Layout.fillWidth: true
                Label {
                    Layout.fillWidth: true
                    text: qsTr("#%1 · %2 m · %3 h apart · %4").arg(suggestion.modelData.fid)
                              .arg(Math.round(suggestion.modelData.distance)).arg(suggestion.modelData.hours.toFixed(1))
                              .arg(suggestion.modelData.stateLabel)
                    elide: Text.ElideRight
                    ToolTip.visible: suggestionHover.hovered && suggestion.modelData.description.length > 0
                    ToolTip.text: suggestion.modelData.description
                    HoverHandler { id: suggestionHover }
                }
                Button {
                    text: qsTr("Mark as duplicate")
                    enabled: root.controller.mayTriage
                    onClicked: confirm.ask(qsTr("Mark report #%1 as a duplicate of #%2? It leaves the queue and any road it closed reopens.")
                                               .arg(root.report.fid).arg(suggestion.modelData.fid),
                                           () => root.controller.markDuplicate(root.report.fid, suggestion.modelData.fid))
                    ToolTip.visible: hovered
                    ToolTip.delay: 500
                    ToolTip.text: qsTr("This report describes the same damage as #%1").arg(suggestion.modelData.fid)
                }
            }
        }

        // --- history ---------------------------------------------------------------------------
        Label {
            Layout.topMargin: 4
            visible: root.hasReport
            text: qsTr("History")
            font.bold: true
        }
        Repeater {
            model: root.report.steps ?? []
            delegate: Label {
                required property var modelData
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                font.pixelSize: 11
                text: qsTr("%1 %2 by %3 (%4)%5").arg(Qt.formatDateTime(modelData.at, "MM-dd hh:mm")).arg(modelData.stateLabel)
                          .arg(modelData.operatorName).arg(modelData.role)
                          .arg(modelData.note.length > 0 ? " — " + modelData.note : "")
            }
        }
    }

    Dialog {
        id: confirm
        objectName: "confirmDialog"
        property var action: null
        property string question
        function ask(text, fn) {
            confirm.question = text;
            confirm.action = fn;
            confirm.open();
        }
        parent: Overlay.overlay
        anchors.centerIn: parent
        width: Math.min(420, parent ? parent.width - 40 : 420)
        modal: true
        title: qsTr("Please confirm")
        standardButtons: Dialog.Ok | Dialog.Cancel
        Label {
            width: parent.width
            text: confirm.question
            wrapMode: Text.Wrap
        }
        onAccepted: {
            if (confirm.action)
                confirm.action();
            confirm.action = null;
        }
        onRejected: confirm.action = null
    }

    Dialog {
        id: assignDialog
        property var fid: 0
        function openFor(fid, current) {
            assignDialog.fid = fid;
            assignee.text = current ?? "";
            assignDialog.open();
            assignee.forceActiveFocus();
        }
        parent: Overlay.overlay
        anchors.centerIn: parent
        width: Math.min(380, parent ? parent.width - 40 : 380)
        modal: true
        title: qsTr("Assign report #%1").arg(assignDialog.fid)
        standardButtons: Dialog.Ok | Dialog.Cancel
        ColumnLayout {
            width: parent.width
            Label { text: qsTr("Team or person who deals with it") }
            TextField {
                id: assignee
                Layout.fillWidth: true
                placeholderText: qsTr("e.g. Road crew 3")
                selectByMouse: true
                ToolTip.visible: hovered
                ToolTip.text: qsTr("Recorded with the report and in the audit log")
            }
        }
        onAccepted: root.controller.assign(assignDialog.fid, assignee.text)
    }

    Dialog {
        id: duplicateDialog
        property var fid: 0
        function openFor(fid) {
            duplicateDialog.fid = fid;
            original.value = 0;
            duplicateDialog.open();
        }
        parent: Overlay.overlay
        anchors.centerIn: parent
        width: Math.min(380, parent ? parent.width - 40 : 380)
        modal: true
        title: qsTr("Mark report #%1 as a duplicate").arg(duplicateDialog.fid)
        standardButtons: Dialog.Ok | Dialog.Cancel
        ColumnLayout {
            width: parent.width
            Label {
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                text: qsTr("Number of the report it repeats. It leaves the queue and any road it closed reopens.")
            }
            SpinBox {
                id: original
                from: 0
                to: 2000000000
                editable: true
                ToolTip.visible: hovered
                ToolTip.text: qsTr("The report number shown as #N in the queue")
            }
        }
        onAccepted: root.controller.markDuplicate(duplicateDialog.fid, original.value)
    }
}
